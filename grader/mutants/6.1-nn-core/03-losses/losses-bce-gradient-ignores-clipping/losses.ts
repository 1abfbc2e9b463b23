/**
 * Mutant: the loss is clipped, but the gradient is the formula at the clipped p̂ everywhere,
 * (p̂ − t)/(p̂(1 − p̂)N), also where p was clipped and the loss no longer depends on p.
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
    const raw = probabilities[i] as number;
    const t = targets[i] as number;
    if (!(raw >= 0 && raw <= 1 && t >= 0 && t <= 1)) throw new InvalidArgument(`value ${i} out of [0, 1]`);
    const p = Math.min(Math.max(raw, epsilon), 1 - epsilon);
    sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
    grad[i] = (p - t) / (p * (1 - p) * n);
  }
  return { loss: sum / n, grad };
}
