/**
 * Mutant: softmax exponentiates the raw logits, e^zⱼ / Σ e^zₖ, without subtracting the row
 * maximum. Mathematically the same, numerically not: e^1000 overflows to Infinity and
 * Infinity / Infinity is NaN.
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { checkBatch, type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";

export function softmax<T extends FloatArray>(logits: T, rows: number, cols: number, out?: T): T {
  checkBatch(logits.length, rows, cols, "softmax");
  const y = outputFor(logits, out, "softmax");
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let i = r * cols; i < (r + 1) * cols; i++) {
      const e = Math.exp(logits[i] as number);
      y[i] = e;
      sum += e;
    }
    for (let i = r * cols; i < (r + 1) * cols; i++) y[i] = (y[i] as number) / sum;
  }
  return y;
}
