/**
 * Mutant: solves the normal equations VᵀV c = Vᵀy with Cholesky. Correct on paper and fine at
 * low degree on scaled inputs, but VᵀV squares the condition number: around degree 20 the
 * factorisation breaks down (a non-positive pivot) or returns a badly wrong fit.
 */

import type { Polynomial } from "@solution/5.1-math/06-mse-bias-variance/bias-variance";
import type { VectorLike } from "@solution/5.1-math/06-mse-bias-variance/mse";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/06-mse-bias-variance/bias-variance";

export function polyFit(x: VectorLike, y: VectorLike, degree: number): Polynomial {
  if (x.length !== y.length) throw new ShapeError(`lengths ${x.length} and ${y.length} differ`);
  if (!Number.isInteger(degree) || degree < 0) throw new InvalidArgument(`bad degree ${degree}`);
  if (x.length === 0) throw new InvalidArgument("no data");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
      throw new InvalidArgument(`point ${i} is not finite`);
  }
  if (new Set(Array.from(x)).size < degree + 1) throw new InvalidArgument("too few distinct x");
  const xs = Array.from(x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const center = (lo + hi) / 2;
  const halfRange = hi > lo ? (hi - lo) / 2 : 1;
  const q = degree + 1;
  const G = new Float64Array(q * q);
  const r = new Float64Array(q);
  for (let i = 0; i < xs.length; i++) {
    const z = ((xs[i] as number) - center) / halfRange;
    const pw = Array.from({ length: q }, (_, j) => z ** j);
    for (let a = 0; a < q; a++) {
      r[a] = (r[a] as number) + (pw[a] as number) * (y[i] as number);
      for (let b = 0; b < q; b++)
        G[a * q + b] = (G[a * q + b] as number) + (pw[a] as number) * (pw[b] as number);
    }
  }
  const L = new Float64Array(q * q);
  for (let j = 0; j < q; j++) {
    let s = G[j * q + j] as number;
    for (let k = 0; k < j; k++) s -= (L[j * q + k] as number) ** 2;
    if (!(s > 0)) throw new InvalidArgument("polyFit: VᵀV is not positive definite (numerically singular)");
    L[j * q + j] = Math.sqrt(s);
    for (let i = j + 1; i < q; i++) {
      let t = G[i * q + j] as number;
      for (let k = 0; k < j; k++) t -= (L[i * q + k] as number) * (L[j * q + k] as number);
      L[i * q + j] = t / (L[j * q + j] as number);
    }
  }
  const w = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = r[i] as number;
    for (let k = 0; k < i; k++) s -= (L[i * q + k] as number) * (w[k] as number);
    w[i] = s / (L[i * q + i] as number);
  }
  const coeffs = new Float64Array(q);
  for (let i = q - 1; i >= 0; i--) {
    let s = w[i] as number;
    for (let k = i + 1; k < q; k++) s -= (L[k * q + i] as number) * (coeffs[k] as number);
    coeffs[i] = s / (L[i * q + i] as number);
  }
  return { coeffs, center, halfRange };
}
