/**
 * 5.2.2 Linear regression — QR decomposition and least squares (reference solution).
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";

/**
 * The Householder reflectors of `A` (m × n, m ≥ n), kept in compact form: `R` in the upper
 * triangle of a copy of `A`, and reflector `k` as a unit vector `v` of length `m − k`.
 */
interface CompactQR {
  r: Float64Array; // m × n, row-major; its upper n × n triangle is R
  vs: Float64Array[]; // vs[k] has length m − k (all zeros when column k was already zero)
  m: number;
  n: number;
}

/** ‖x‖₂ without overflow or underflow: scale by the largest |xᵢ| first. */
function norm2(x: Float64Array): number {
  let big = 0;
  for (const v of x) big = Math.max(big, Math.abs(v));
  if (big === 0) return 0;
  let s = 0;
  for (const v of x) s += (v / big) ** 2;
  return big * Math.sqrt(s);
}

/** ‖r[k:, k]‖₂ of the row-major m × n array r. */
function columnNorm(r: Float64Array, n: number, k: number, m: number): number {
  const x = new Float64Array(m - k);
  for (let i = k; i < m; i++) x[i - k] = r[i * n + k];
  return norm2(x);
}

function factor(A: Matrix, what: string): CompactQR {
  assertMatrix(A, `${what}: A`);
  const { rows: m, cols: n } = A;
  if (m < n) throw new ShapeError(`${what} needs at least as many rows as columns, got ${m}×${n}`);
  const r = Float64Array.from(A.data);
  const vs: Float64Array[] = [];
  const dots = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    // x = r[k:, k]; reflect it onto −sign(x₀)·‖x‖·e₁ (the sign avoids cancellation in v₀).
    const norm = columnNorm(r, n, k, m);
    const v = new Float64Array(m - k);
    if (norm === 0) {
      vs.push(v);
      continue;
    }
    const x0 = r[k * n + k];
    const alpha = x0 >= 0 ? -norm : norm;
    for (let i = k; i < m; i++) v[i - k] = r[i * n + k];
    v[0] = x0 - alpha;
    const vNorm = norm2(v);
    for (let i = 0; i < v.length; i++) v[i] /= vNorm;
    // r[k:, k:] ← (I − 2vvᵀ) r[k:, k:], row by row (contiguous memory): first all the dot
    // products vᵀr[k:, j], then the rank-one update.
    dots.fill(0);
    for (let i = k; i < m; i++) {
      const vi = v[i - k];
      if (vi === 0) continue;
      const base = i * n;
      for (let j = k; j < n; j++) dots[j] += vi * r[base + j];
    }
    for (let i = k; i < m; i++) {
      const vi = 2 * v[i - k];
      if (vi === 0) continue;
      const base = i * n;
      for (let j = k; j < n; j++) r[base + j] -= vi * dots[j];
    }
    // Exact zeros below the diagonal (they are rounding noise after the reflection).
    r[k * n + k] = alpha;
    for (let i = k + 1; i < m; i++) r[i * n + k] = 0;
    vs.push(v);
  }
  return { r, vs, m, n };
}

/** b ← Qᵀb, applying the reflectors in order. */
function applyQt(qr: CompactQR, b: Float64Array): void {
  for (let k = 0; k < qr.n; k++) {
    const v = qr.vs[k];
    let dot = 0;
    for (let i = k; i < qr.m; i++) dot += v[i - k] * b[i];
    dot *= 2;
    if (dot === 0) continue;
    for (let i = k; i < qr.m; i++) b[i] -= dot * v[i - k];
  }
}

/**
 * The thin QR decomposition `A = QR` by Householder reflections: `Q` is m × n with orthonormal
 * columns (`QᵀQ = I`), `R` is n × n upper triangular. Signs are not normalised (a diagonal
 * entry of R may be negative).
 *
 * @throws ShapeError when A has fewer rows than columns; InvalidArgument for empty A or NaN.
 */
export function householderQR(A: Matrix): { Q: Matrix; R: Matrix } {
  const qr = factor(A, "householderQR");
  const { m, n, r, vs } = qr;
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i * n + j] = r[i * n + j];
  // Q = H₀ H₁ … Hₙ₋₁ applied to the first n columns of the identity (last reflector first).
  const Q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) Q[j * n + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += v[i - k] * Q[i * n + j];
      dot *= 2;
      if (dot === 0) continue;
      for (let i = k; i < m; i++) Q[i * n + j] -= dot * v[i - k];
    }
  }
  return { Q: { data: Q, rows: m, cols: n }, R: { data: R, rows: n, cols: n } };
}

/**
 * The least-squares solution `x = argmin ‖Ax − b‖₂` (m ≥ n) through the QR decomposition:
 * `Rx = Qᵀb` solved by back substitution. Never forms `AᵀA` or an inverse.
 *
 * A is treated as rank deficient when a diagonal entry of R is tiny:
 * `|Rₖₖ| ≤ max(m, n) · ε · maxᵢ |Rᵢᵢ|` (ε = 2⁻⁵²), and then InvalidArgument is thrown —
 * the solution is not unique.
 *
 * @throws ShapeError when A has fewer rows than columns or b's length differs from A's rows;
 *   InvalidArgument for empty/non-finite input or a rank-deficient A.
 */
export function leastSquares(A: Matrix, b: ArrayLike<number>): Float64Array {
  assertMatrix(A, "leastSquares: A");
  assertVector(b, "leastSquares: b", { length: A.rows });
  const qr = factor(A, "leastSquares");
  const { m, n, r } = qr;
  let maxDiag = 0;
  for (let k = 0; k < n; k++) maxDiag = Math.max(maxDiag, Math.abs(r[k * n + k]));
  const tol = Math.max(m, n) * Number.EPSILON * maxDiag;
  for (let k = 0; k < n; k++) {
    if (!(Math.abs(r[k * n + k]) > tol)) {
      throw new InvalidArgument(
        `leastSquares: A is rank deficient (column ${k} is a linear combination of the previous ones, |R[${k}][${k}]| = ${Math.abs(r[k * n + k])}); the solution is not unique`,
      );
    }
  }
  const qtb = Float64Array.from(b);
  applyQt(qr, qtb);
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = qtb[i];
    for (let j = i + 1; j < n; j++) s -= r[i * n + j] * x[j];
    x[i] = s / r[i * n + i];
  }
  return x;
}
