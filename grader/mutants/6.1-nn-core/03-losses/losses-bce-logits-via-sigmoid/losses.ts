/**
 * Mutant: BCE "from logits" computed as BCE of σ(z): −[t·log σ(z) + (1 − t)·log(1 − σ(z))].
 * For z = 40, σ(z) rounds to 1 and log(1 − σ(z)) = log(0) = −Infinity; the whole point of the
 * logits version is never to form σ(z) before the log.
 */
export * from "@solution/6.1-nn-core/03-losses/losses";

import { checkSameLength, type FloatArray, type LossResult } from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument } from "../../../../../lib/errors";

export function binaryCrossEntropyWithLogits(logits: FloatArray, targets: ArrayLike<number>): LossResult {
  checkSameLength(logits, targets, "binaryCrossEntropyWithLogits");
  const n = logits.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const z = logits[i] as number;
    const t = targets[i] as number;
    if (!Number.isFinite(z) || !(t >= 0 && t <= 1)) throw new InvalidArgument(`bad value ${i}`);
    const s = 1 / (1 + Math.exp(-z));
    sum -= t * Math.log(s) + (1 - t) * Math.log(1 - s);
    grad[i] = (s - t) / n;
  }
  return { loss: sum / n, grad };
}
