/**
 * Mutant: leastSquares back-substitutes without checking R's diagonal, so collinear columns give
 * huge, meaningless coefficients (or NaN) instead of an InvalidArgument.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/least-squares";

import { householderQR } from "@solution/5.2-classic-ml/02-linear-regression/least-squares";
import { assertVector, type Matrix } from "../../../../../lib/ml/matrix";

export function leastSquares(A: Matrix, b: ArrayLike<number>): Float64Array {
  const { Q, R } = householderQR(A);
  assertVector(b, "leastSquares: b", { length: A.rows });
  const n = A.cols;
  const qtb = new Float64Array(n);
  for (let i = 0; i < A.rows; i++)
    for (let j = 0; j < n; j++)
      qtb[j] = (qtb[j] as number) + (Q.data[i * n + j] as number) * (b[i] as number);
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = qtb[i] as number;
    for (let j = i + 1; j < n; j++) s -= (R.data[i * n + j] as number) * (x[j] as number);
    x[i] = s / (R.data[i * n + i] as number);
  }
  return x;
}
