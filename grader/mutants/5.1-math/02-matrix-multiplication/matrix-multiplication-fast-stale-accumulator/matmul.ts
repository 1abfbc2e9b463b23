/**
 * Mutant: an i-k-j loop that accumulates each row of C in a reusable Float64Array buffer but
 * forgets to zero it before the next row, so row i also contains the sums of rows 0..i−1.
 * A 1-row product is still right.
 */

import { formatShape, type Matrix } from "@solution/5.1-math/02-matrix-multiplication/matmul";
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/02-matrix-multiplication/matmul";

export function matmulFast(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new ShapeError(`Cannot multiply ${formatShape(a.rows, a.cols)} · ${formatShape(b.rows, b.cols)}`);
  }
  const m = a.rows;
  const k = a.cols;
  const p = b.cols;
  const C = new Float32Array(m * p);
  const acc = new Float64Array(p);
  for (let i = 0; i < m; i++) {
    // missing: acc.fill(0);
    for (let t = 0; t < k; t++) {
      const x = a.data[i * k + t] as number;
      const bt = t * p;
      for (let j = 0; j < p; j++) acc[j] = (acc[j] as number) + x * (b.data[bt + j] as number);
    }
    C.set(acc, i * p);
  }
  return { rows: m, cols: p, data: C };
}
