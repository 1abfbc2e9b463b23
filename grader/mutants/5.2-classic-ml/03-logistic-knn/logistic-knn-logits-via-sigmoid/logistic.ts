/**
 * Mutant: logLossFromLogits forms the probabilities first and takes their logarithms:
 * −[y ln σ(z) + (1 − y) ln(1 − σ(z))]. For z = −800, σ(z) underflows to 0 and the loss is
 * Infinity instead of 800.
 */
export * from "@solution/5.2-classic-ml/03-logistic-knn/logistic";

import { sigmoid } from "@solution/5.2-classic-ml/03-logistic-knn/logistic";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function logLossFromLogits(yTrue: ArrayLike<number>, logits: ArrayLike<number>): number {
  if (yTrue.length === 0) throw new InvalidArgument("logLossFromLogits: no samples");
  if (yTrue.length !== logits.length) throw new ShapeError("logLossFromLogits: lengths differ");
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i] as number;
    const z = logits[i] as number;
    if (y !== 0 && y !== 1) throw new InvalidArgument(`logLossFromLogits: label ${y}`);
    if (!Number.isFinite(z)) throw new InvalidArgument(`logLossFromLogits: logit ${z}`);
    const p = sigmoid(z);
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum / yTrue.length;
}
