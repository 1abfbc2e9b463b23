/**
 * Mutant: leastSquares solves the normal equations AᵀA x = Aᵀb (by Gaussian elimination with
 * partial pivoting) instead of using QR. Correct in exact arithmetic, but it squares the
 * condition number and loses about twice as many digits.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/least-squares";

import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../../../lib/ml/matrix";

export function leastSquares(A: Matrix, b: ArrayLike<number>): Float64Array {
  assertMatrix(A, "leastSquares: A");
  assertVector(b, "leastSquares: b", { length: A.rows });
  const { rows: m, cols: n, data } = A;
  if (m < n) throw new ShapeError(`leastSquares needs at least as many rows as columns, got ${m}×${n}`);
  const M = new Float64Array(n * (n + 1));
  for (let i = 0; i < m; i++)
    for (let a = 0; a < n; a++) {
      const va = data[i * n + a] as number;
      for (let c = 0; c < n; c++)
        M[a * (n + 1) + c] = (M[a * (n + 1) + c] as number) + va * (data[i * n + c] as number);
      M[a * (n + 1) + n] = (M[a * (n + 1) + n] as number) + va * (b[i] as number);
    }
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(M[r * (n + 1) + c] as number) > Math.abs(M[piv * (n + 1) + c] as number)) piv = r;
    if (M[piv * (n + 1) + c] === 0) throw new InvalidArgument("leastSquares: A is rank deficient");
    for (let k = 0; k <= n; k++) {
      const t = M[c * (n + 1) + k] as number;
      M[c * (n + 1) + k] = M[piv * (n + 1) + k] as number;
      M[piv * (n + 1) + k] = t;
    }
    for (let r = c + 1; r < n; r++) {
      const f = (M[r * (n + 1) + c] as number) / (M[c * (n + 1) + c] as number);
      for (let k = c; k <= n; k++)
        M[r * (n + 1) + k] = (M[r * (n + 1) + k] as number) - f * (M[c * (n + 1) + k] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r * (n + 1) + n] as number;
    for (let k = r + 1; k < n; k++) s -= (M[r * (n + 1) + k] as number) * (x[k] as number);
    x[r] = s / (M[r * (n + 1) + r] as number);
  }
  return x;
}
