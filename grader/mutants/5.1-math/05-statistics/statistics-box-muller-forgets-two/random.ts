/**
 * Mutant: Box–Muller with r = √(−ln u₁) instead of √(−2 ln u₁), using only the cosine value of
 * each pair. The shape is still a bell, but its standard deviation is 1/√2 of what was asked.
 */
export * from "@solution/5.1-math/05-statistics/random";

import type { RandomSource } from "@solution/5.1-math/05-statistics/random";
import { InvalidArgument } from "../../../../../lib/errors";

export function normal(rng: RandomSource, mean: number, std: number, n: number): Float64Array {
  if (!Number.isFinite(mean)) throw new InvalidArgument(`normal: mean must be finite, got ${mean}`);
  if (!(Number.isFinite(std) && std >= 0))
    throw new InvalidArgument(`normal: std must be finite and ≥ 0, got ${std}`);
  if (!(Number.isInteger(n) && n >= 0))
    throw new InvalidArgument(`normal: n must be an integer ≥ 0, got ${n}`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u1 = 1 - rng();
    const u2 = rng();
    out[i] = mean + std * Math.sqrt(-Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
  return out;
}
