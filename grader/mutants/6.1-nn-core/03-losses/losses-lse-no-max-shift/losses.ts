/**
 * Mutant: log-sum-exp computed literally as log Σ e^(zⱼ), without taking out the maximum:
 * e^1e4 overflows to Infinity, and e^(−1e4) underflows to 0 so that the log is −Infinity.
 */
export * from "@solution/6.1-nn-core/03-losses/losses";

import { checkBatch, type FloatArray } from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument } from "../../../../../lib/errors";

export function logSumExp(logits: FloatArray, rows: number, cols: number): Float64Array {
  checkBatch(logits.length, rows, cols, "logSumExp");
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const z = logits[r * cols + j] as number;
      if (!Number.isFinite(z)) throw new InvalidArgument(`logit ${r * cols + j} is not finite`);
      sum += Math.exp(z);
    }
    out[r] = Math.log(sum);
  }
  return out;
}
