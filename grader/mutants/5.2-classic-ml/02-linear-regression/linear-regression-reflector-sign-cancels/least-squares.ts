/**
 * Mutant: the Householder reflector always maps x onto +‖x‖·e₁, so v₀ = x₀ − ‖x‖ cancels
 * catastrophically when x is already close to a positive multiple of e₁.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/least-squares";

import { ShapeError } from "../../../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export function householderQR(A: Matrix): { Q: Matrix; R: Matrix } {
  assertMatrix(A, "householderQR: A");
  const { rows: m, cols: n } = A;
  if (m < n) throw new ShapeError(`householderQR needs at least as many rows as columns, got ${m}×${n}`);
  const r = Float64Array.from(A.data);
  const vs: Float64Array[] = [];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm = Math.hypot(norm, r[i * n + k] as number);
    const v = new Float64Array(m - k);
    for (let i = k; i < m; i++) v[i - k] = r[i * n + k] as number;
    v[0] = (v[0] as number) - norm; // always +‖x‖: the mistake
    let vNorm = 0;
    for (const x of v) vNorm = Math.hypot(vNorm, x);
    if (vNorm === 0) {
      vs.push(new Float64Array(m - k));
      continue;
    }
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / vNorm;
    for (let j = k; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += (v[i - k] as number) * (r[i * n + j] as number);
      dot *= 2;
      for (let i = k; i < m; i++) r[i * n + j] = (r[i * n + j] as number) - dot * (v[i - k] as number);
    }
    for (let i = k + 1; i < m; i++) r[i * n + k] = 0;
    vs.push(v);
  }
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i * n + j] = r[i * n + j] as number;
  const Q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) Q[j * n + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k] as Float64Array;
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += (v[i - k] as number) * (Q[i * n + j] as number);
      dot *= 2;
      for (let i = k; i < m; i++) Q[i * n + j] = (Q[i * n + j] as number) - dot * (v[i - k] as number);
    }
  }
  return { Q: { data: Q, rows: m, cols: n }, R: { data: R, rows: n, cols: n } };
}
