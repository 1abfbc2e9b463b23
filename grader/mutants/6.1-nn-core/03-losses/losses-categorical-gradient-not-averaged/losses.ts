/**
 * Mutant: the categorical cross-entropy gradient is softmax(z) − t, without the 1/rows of the
 * batch mean (the loss is averaged, its gradient is not).
 */
export * from "@solution/6.1-nn-core/03-losses/losses";

import {
  checkBatch,
  type FloatArray,
  type LossResult,
  logSumExp,
} from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function categoricalCrossEntropyFromLogits(
  logits: FloatArray,
  targets: ArrayLike<number>,
  rows: number,
  cols: number,
): LossResult {
  checkBatch(logits.length, rows, cols, "categoricalCrossEntropyFromLogits");
  if (targets.length !== logits.length) throw new ShapeError("targets");
  const lse = logSumExp(logits, rows, cols);
  const grad = new Float64Array(logits.length);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    for (let j = 0; j < cols; j++) {
      const i = r * cols + j;
      const t = targets[i] as number;
      if (!(t >= 0 && t <= 1)) throw new InvalidArgument("target");
      rowSum += t;
      if (t > 0) sum += t * ((lse[r] as number) - (logits[i] as number));
      grad[i] = Math.exp((logits[i] as number) - (lse[r] as number)) - t;
    }
    if (Math.abs(rowSum - 1) > 1e-6) throw new InvalidArgument("row sum");
  }
  return { loss: sum / rows, grad };
}
