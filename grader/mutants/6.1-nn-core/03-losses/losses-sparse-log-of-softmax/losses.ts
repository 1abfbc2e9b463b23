/**
 * Mutant: sparse categorical cross-entropy as −log(softmax(z)[label]), with a stable softmax
 * but the log taken afterwards. When the right class's probability underflows to 0 (logits
 * 1e4 apart), log(0) = −Infinity and the loss is Infinity instead of 2e4.
 */
export * from "@solution/6.1-nn-core/03-losses/losses";

import { checkBatch, type FloatArray, type LossResult } from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function sparseCategoricalCrossEntropyFromLogits(
  logits: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
  cols: number,
): LossResult {
  checkBatch(logits.length, rows, cols, "sparseCategoricalCrossEntropyFromLogits");
  if (labels.length !== rows) throw new ShapeError("labels");
  const grad = new Float64Array(logits.length);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const label = labels[r] as number;
    if (!(Number.isInteger(label) && label >= 0 && label < cols)) throw new InvalidArgument(`label ${label}`);
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) {
      const z = logits[r * cols + j] as number;
      if (!Number.isFinite(z)) throw new InvalidArgument("logit");
      max = Math.max(max, z);
    }
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp((logits[r * cols + j] as number) - max);
    for (let j = 0; j < cols; j++) {
      const p = Math.exp((logits[r * cols + j] as number) - max) / s;
      if (j === label) sum -= Math.log(p);
      grad[r * cols + j] = (p - (j === label ? 1 : 0)) / rows;
    }
  }
  return { loss: sum / rows, grad };
}
