/**
 * Mutant: the zero-skipping forward pass adds the bias "on the first input" (i = 0) — after the
 * `continue` for zero inputs, so rows whose first value is 0 never get their bias.
 */
import {
  allocate,
  checkRows,
  type DenseLayer,
  dtypeOf,
  type FloatArray,
} from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function denseForward(layer: DenseLayer, x: FloatArray, rows: number): FloatArray {
  checkRows(x.length, rows, layer.inputs, "denseForward");
  const { inputs: n, outputs: m, weights: w, bias: b } = layer;
  const y = allocate(dtypeOf(w), rows * m);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      const xv = x[r * n + i] as number;
      if (xv === 0) continue;
      for (let j = 0; j < m; j++) {
        const base = i === 0 ? (b[j] as number) : (y[r * m + j] as number);
        y[r * m + j] = base + xv * (w[i * m + j] as number);
      }
    }
  }
  return y;
}
