/**
 * Mutant: the Vandermonde matrix starts at z¹ instead of z⁰, so the fit has no intercept
 * (coeffs[0] stays 0) and every polynomial is forced through p(center) = 0.
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
  const z = xs.map((v) => (v - center) / halfRange);
  // Normal equations over the columns z¹…zᵈ only, solved by Gaussian elimination.
  const q = degree;
  const G = Array.from({ length: q }, () => new Array<number>(q + 1).fill(0));
  for (let i = 0; i < z.length; i++) {
    for (let a = 0; a < q; a++) {
      const za = (z[i] as number) ** (a + 1);
      const row = G[a] as number[];
      for (let b = 0; b < q; b++) row[b] = (row[b] as number) + za * (z[i] as number) ** (b + 1);
      row[q] = (row[q] as number) + za * (y[i] as number);
    }
  }
  for (let c = 0; c < q; c++) {
    const pivot = G[c] as number[];
    for (let r = c + 1; r < q; r++) {
      const row = G[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k <= q; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
  }
  const coeffs = new Float64Array(degree + 1);
  for (let c = q - 1; c >= 0; c--) {
    const row = G[c] as number[];
    let s = row[q] as number;
    for (let k = c + 1; k < q; k++) s -= (row[k] as number) * (coeffs[k + 1] as number);
    coeffs[c + 1] = s / (row[c] as number);
  }
  return { coeffs, center, halfRange };
}
