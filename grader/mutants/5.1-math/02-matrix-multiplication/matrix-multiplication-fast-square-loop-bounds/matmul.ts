/**
 * Mutant: the typed-array loop was written for square matrices — every loop runs to a.rows
 * (and B's row stride is taken as a.cols). Square inputs pass; any non-square product is wrong.
 */

import { formatShape, type Matrix } from "@solution/5.1-math/02-matrix-multiplication/matmul";
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/02-matrix-multiplication/matmul";

export function matmulFast(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new ShapeError(`Cannot multiply ${formatShape(a.rows, a.cols)} · ${formatShape(b.rows, b.cols)}`);
  }
  const n = a.rows;
  const C = new Float32Array(a.rows * b.cols);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a.data[i * n + k] as number;
      for (let j = 0; j < n; j++)
        C[i * n + j] = (C[i * n + j] as number) + aik * (b.data[k * n + j] as number);
    }
  }
  return { rows: a.rows, cols: b.cols, data: C };
}
