/**
 * Mutant: the typed-array version never checks a.cols === b.rows. A mismatched product reads
 * past the end of B (undefined → NaN) or silently ignores part of it, instead of throwing.
 */
import type { Matrix } from "@solution/5.1-math/02-matrix-multiplication/matmul";

export * from "@solution/5.1-math/02-matrix-multiplication/matmul";

export function matmulFast(a: Matrix, b: Matrix): Matrix {
  const m = a.rows;
  const k = a.cols;
  const p = b.cols;
  const C = new Float32Array(m * p);
  for (let i = 0; i < m; i++) {
    for (let t = 0; t < k; t++) {
      const x = a.data[i * k + t] as number;
      for (let j = 0; j < p; j++) C[i * p + j] = (C[i * p + j] as number) + x * (b.data[t * p + j] as number);
    }
  }
  return { rows: m, cols: p, data: C };
}
