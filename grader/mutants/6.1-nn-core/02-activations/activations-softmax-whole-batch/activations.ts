/**
 * Mutant: softmax normalises over the whole batch (one distribution over all rows·cols
 * values) instead of row by row.
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { checkBatch, type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";

export function softmax<T extends FloatArray>(logits: T, rows: number, cols: number, out?: T): T {
  checkBatch(logits.length, rows, cols, "softmax");
  const y = outputFor(logits, out, "softmax");
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i] as number) - max);
    y[i] = e;
    sum += e;
  }
  for (let i = 0; i < logits.length; i++) y[i] = (y[i] as number) / sum;
  return y;
}
