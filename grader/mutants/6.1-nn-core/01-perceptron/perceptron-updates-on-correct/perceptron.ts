/**
 * Mutant: the rule is applied to every sample, correct or not, with ±1 targets:
 * w ← w + η·(2y − 1)·x. Correctly classified samples keep pushing the weights, and the
 * function always reports an update.
 */
export * from "@solution/6.1-nn-core/01-perceptron/perceptron";

import type { Perceptron } from "@solution/6.1-nn-core/01-perceptron/perceptron";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function perceptronUpdate(
  model: Perceptron,
  x: ArrayLike<number>,
  y: number,
  learningRate = 1,
): boolean {
  if (y !== 0 && y !== 1) throw new InvalidArgument(`label ${y}`);
  if (!(Number.isFinite(learningRate) && learningRate > 0)) throw new InvalidArgument("learningRate");
  if (x.length !== model.weights.length) throw new ShapeError("length");
  const sign = 2 * y - 1;
  for (let i = 0; i < model.weights.length; i++) {
    model.weights[i] = (model.weights[i] as number) + learningRate * sign * (x[i] as number);
  }
  model.bias += learningRate * sign;
  return true;
}
