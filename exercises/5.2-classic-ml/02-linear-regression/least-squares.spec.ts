/**
 * Public specs for 5.2.2 Linear regression, tasks 2 and 3: Householder QR and least squares.
 *
 * Tolerances: products like QR − A are compared to 1e-12 relative to the size of A (a few
 * rounding errors per entry). The badly conditioned polynomial fit allows 1e-7 relative: QR
 * achieves about 1e-12 there, while solving the normal equations AᵀA x = Aᵀb loses about 1e-4.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix, matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { expectThrows, maxAbsDiff } from "../../../lib/testing";
import { householderQR, leastSquares } from "./least-squares";

function matmul(a: Matrix, b: Matrix): Matrix {
  const out = matrix(a.rows, b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let k = 0; k < a.cols; k++) {
      const v = a.data[i * a.cols + k];
      for (let j = 0; j < b.cols; j++)
        out.data[i * b.cols + j] = out.data[i * b.cols + j] + v * b.data[k * b.cols + j];
    }
  return out;
}
function transpose(a: Matrix): Matrix {
  const out = matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j];
  return out;
}
function identity(n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  return out;
}

describe("2. Householder QR", () => {
  const A = fromRows([
    [12, -51, 4],
    [6, 167, -68],
    [-4, 24, -41],
    [1, 2, 3],
  ]);

  test("Q is m × n with orthonormal columns, R is n × n upper triangular, and QR = A", () => {
    const { Q, R } = householderQR(A);
    expect([Q.rows, Q.cols], "shape of Q").toEqual([4, 3]);
    expect([R.rows, R.cols], "shape of R").toEqual([3, 3]);
    expect(maxAbsDiff(matmul(transpose(Q), Q).data, identity(3)), "QᵀQ = I").toBeLessThan(1e-12);
    for (let i = 1; i < 3; i++)
      for (let j = 0; j < i; j++) expect(R.data[i * 3 + j], `R[${i}][${j}] below the diagonal`).toBe(0);
    expect(maxAbsDiff(matmul(Q, R).data, A.data) / 200, "QR = A (relative to max |A| ≈ 200)").toBeLessThan(
      1e-12,
    );
  });

  test("|R| diagonal equals the column norms of the Gram–Schmidt process (signs may differ)", () => {
    // For the first column, |R₀₀| = ‖A[:, 0]‖ = √(144 + 36 + 16 + 1).
    const { R } = householderQR(A);
    expect(Math.abs(R.data[0]), "|R[0][0]|").toBeCloseTo(Math.sqrt(197), 12);
  });

  test("random 50 × 8 matrix (seed 3): QᵀQ = I and QR = A", () => {
    const rng = new Rng(3);
    const B: Matrix = { data: rng.normalArray(400), rows: 50, cols: 8 };
    const { Q, R } = householderQR(B);
    expect(maxAbsDiff(matmul(transpose(Q), Q).data, identity(8)), "QᵀQ = I").toBeLessThan(1e-12);
    expect(maxAbsDiff(matmul(Q, R).data, B.data), "QR = A").toBeLessThan(1e-12);
  });

  test("errors: more columns than rows, NaN, empty", () => {
    expectThrows(() => householderQR(fromRows([[1, 2, 3]])), ShapeError, "1 × 3 matrix");
    expectThrows(() => householderQR(fromRows([[1], [Number.NaN]])), InvalidArgument, "NaN");
    expectThrows(() => householderQR(matrix(0, 0)), InvalidArgument, "0 × 0 matrix");
  });
});

describe("3. Least squares", () => {
  test("a square, exactly solvable system", () => {
    const A = fromRows([
      [2, 1],
      [1, 3],
    ]);
    // 2x + y = 5, x + 3y = 10 → x = 1, y = 3.
    expect(maxAbsDiff(leastSquares(A, [5, 10]), [1, 3]), "solution").toBeLessThan(1e-14);
  });

  test("an overdetermined line fit: the residual is orthogonal to the columns", () => {
    // Fit y ≈ c₀ + c₁ t through (0, 1), (1, 3), (2, 4), (3, 8).
    const A = fromRows([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    const b = [1, 3, 4, 8];
    const x = leastSquares(A, b);
    // Normal equations by hand: [4 6; 6 14] x = [16; 35] → c₀ = 0.7, c₁ = 2.2.
    expect(maxAbsDiff(x, [0.7, 2.2]), "solution").toBeLessThan(1e-13);
    const residual = b.map((v, i) => v - x[0] - x[1] * i);
    const dots = [residual.reduce((s, r) => s + r, 0), residual.reduce((s, r, i) => s + r * i, 0)];
    expect(maxAbsDiff(dots, [0, 0]), "Aᵀ(b − Ax) = 0").toBeLessThan(1e-12);
  });

  test("a badly conditioned polynomial fit (degree 9, cond ≈ 4·10⁶) keeps its accuracy", () => {
    // b = V·c exactly, so the least-squares solution is c. The normal equations square the
    // condition number (≈ 10¹³) and lose about 4 digits more than QR.
    const n = 60;
    const degree = 9;
    const c = Float64Array.from({ length: degree + 1 }, (_, k) => (k % 2 === 0 ? 1 : -1) * (k + 1));
    const V = matrix(n, degree + 1);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = i / (n - 1);
      for (let k = 0; k <= degree; k++) {
        V.data[i * (degree + 1) + k] = t ** k;
        b[i] += c[k] * t ** k;
      }
    }
    const x = leastSquares(V, b);
    const rel = Math.max(...Array.from(x, (v, k) => Math.abs(v - c[k]) / Math.abs(c[k])));
    expect(rel, "largest relative error of the coefficients").toBeLessThan(1e-7);
  });

  test("a rank-deficient matrix (a duplicated column) → InvalidArgument", () => {
    const A = fromRows([
      [1, 2, 2],
      [3, 1, 1],
      [0, 5, 5],
      [2, 2, 2],
    ]);
    expectThrows(() => leastSquares(A, [1, 2, 3, 4]), InvalidArgument, "columns 1 and 2 are equal", /rank/i);
  });

  test("does not modify A or b", () => {
    const A = fromRows([
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    const b = Float64Array.of(1, 2, 4);
    leastSquares(A, b);
    expect(Array.from(A.data), "A").toEqual([1, 0, 1, 1, 1, 2]);
    expect(Array.from(b), "b").toEqual([1, 2, 4]);
  });

  test("errors: b of the wrong length, more unknowns than equations, NaN in b", () => {
    const A = fromRows([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expectThrows(() => leastSquares(A, [1, 2]), ShapeError, "b with 2 values for 3 rows");
    expectThrows(() => leastSquares(fromRows([[1, 2]]), [1]), ShapeError, "1 equation, 2 unknowns");
    expectThrows(() => leastSquares(A, [1, Number.NaN, 2]), InvalidArgument, "NaN in b");
  });
});
