/** Mutant: denseForward computes X·W and forgets to add the bias b. */
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
  const { inputs: n, outputs: m, weights: w } = layer;
  const y = allocate(dtypeOf(w), rows * m);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      const xv = x[r * n + i] as number;
      for (let j = 0; j < m; j++) y[r * m + j] = (y[r * m + j] as number) + xv * (w[i * m + j] as number);
    }
  }
  return y;
}
