/**
 * Mutant: binary cross-entropy without clipping. A probability of exactly 0 (or 1) on the
 * wrong side gives log(0) = −Infinity, so the loss is Infinity and 0·log(0) is NaN.
 */
export * from "@solution/6.1-nn-core/03-losses/losses";

import { checkSameLength, type FloatArray, type LossResult } from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument } from "../../../../../lib/errors";

export function binaryCrossEntropy(
  probabilities: FloatArray,
  targets: ArrayLike<number>,
  epsilon = 1e-7,
): LossResult {
  checkSameLength(probabilities, targets, "binaryCrossEntropy");
  if (!(epsilon > 0 && epsilon < 0.5)) throw new InvalidArgument(`bad epsilon ${epsilon}`);
  const n = probabilities.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i] as number;
    const t = targets[i] as number;
    if (!(p >= 0 && p <= 1 && t >= 0 && t <= 1)) throw new InvalidArgument(`value ${i} out of [0, 1]`);
    sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
    grad[i] = (p - t) / (p * (1 - p) * n);
  }
  return { loss: sum / n, grad };
}
