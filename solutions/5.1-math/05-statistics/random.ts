/**
 * Reference solution — 5.1.5 Statistics, task 4: a seeded PRNG and two distributions.
 */
import type { RandomSource } from "@exercise/5.1-math/05-statistics/random.given";
import { InvalidArgument } from "../../../lib/errors";

/** mulberry32: a 32-bit state advanced by a Weyl sequence, then scrambled by multiply-xorshifts. */
export function createRng(seed: number): RandomSource {
  if (!Number.isInteger(seed))
    throw new InvalidArgument(`createRng: the seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296; // 2³²: the result is < 1
  };
}

function checkCount(n: number, where: string): void {
  if (!(Number.isInteger(n) && n >= 0))
    throw new InvalidArgument(`${where}: n must be an integer ≥ 0, got ${n}`);
}

export function uniform(rng: RandomSource, low: number, high: number, n: number): Float64Array {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new InvalidArgument(`uniform: need finite low < high, got [${low}, ${high})`);
  }
  checkCount(n, "uniform");
  const out = new Float64Array(n);
  const width = high - low;
  for (let i = 0; i < n; i++) out[i] = low + width * rng();
  return out;
}

export function normal(rng: RandomSource, mean: number, std: number, n: number): Float64Array {
  if (!Number.isFinite(mean)) throw new InvalidArgument(`normal: mean must be finite, got ${mean}`);
  if (!(Number.isFinite(std) && std >= 0))
    throw new InvalidArgument(`normal: std must be finite and ≥ 0, got ${std}`);
  checkCount(n, "normal");
  const out = new Float64Array(n);
  // One pair of uniforms per pair of values, u₁ first; for odd n the last sine is dropped.
  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - rng(); // in (0, 1]: ln u1 is finite, and rng() = 0 gives r = 0
    const u2 = rng();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    out[i] = mean + std * r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(theta);
  }
  return out;
}
