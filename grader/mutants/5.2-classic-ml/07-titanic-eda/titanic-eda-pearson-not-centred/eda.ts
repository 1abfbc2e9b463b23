/** Mutant: pearson forgets to subtract the means: Σxy / √(Σx² Σy²) (the cosine similarity). */
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new ShapeError(`pearson: x has ${x.length} values, y has ${y.length}`);
  if (x.length < 2) throw new InvalidArgument(`pearson: needs at least 2 pairs, got ${x.length}`);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (!Number.isFinite(a) || !Number.isFinite(b))
      throw new InvalidArgument(`pearson: pair ${i} is not finite`);
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  if (sxx === 0 || syy === 0) throw new InvalidArgument("pearson: x or y is zero");
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
