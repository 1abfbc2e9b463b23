/**
 * Mutant: the rule updates the weights but forgets the bias, so the boundary always passes
 * through the origin; a point at the origin (AND's (0, 0)) can then never be fixed.
 */
export * from "@solution/6.1-nn-core/01-perceptron/perceptron";

import { type Perceptron, predict } from "@solution/6.1-nn-core/01-perceptron/perceptron";
import { InvalidArgument } from "../../../../../lib/errors";

export function perceptronUpdate(
  model: Perceptron,
  x: ArrayLike<number>,
  y: number,
  learningRate = 1,
): boolean {
  if (y !== 0 && y !== 1) throw new InvalidArgument(`label ${y}`);
  if (!(Number.isFinite(learningRate) && learningRate > 0)) throw new InvalidArgument("learningRate");
  const error = y - predict(model, x);
  if (error === 0) return false;
  for (let i = 0; i < model.weights.length; i++) {
    model.weights[i] = (model.weights[i] as number) + learningRate * error * (x[i] as number);
  }
  return true;
}
