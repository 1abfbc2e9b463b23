/**
 * 5.1.5 Statistics — task 4: a seeded pseudo-random number generator and two distributions.
 *
 * Read README.md in this folder first. The specs (`random.spec.ts`) check exactly the
 * contracts documented here. (The course's own generator, `lib/rng.ts`, is a finished version
 * of the same idea — try to write yours before you look at it.)
 */
import { NotImplemented } from "../../../lib/errors";

/** A source of uniform random numbers in [0, 1): every call returns the next one. */
export type RandomSource = () => number;

/**
 * A seeded pseudo-random number generator: returns a function that yields a deterministic
 * sequence of numbers in [0, 1) — the same seed always gives the same sequence, different
 * seeds give different sequences. Use mulberry32 or a 32-bit LCG (see README) and divide a
 * 32-bit unsigned integer by 2³² (not 2³² − 1: the result must stay below 1).
 *
 * @param seed an integer; it is reduced to 32 bits (`seed >>> 0`).
 * @throws InvalidArgument when `seed` is not an integer.
 */
export function createRng(_seed: number): RandomSource {
  throw new NotImplemented("createRng");
}

/**
 * `n` independent samples of the continuous uniform distribution on [low, high):
 * low + (high − low) · u with u from `rng`.
 *
 * @throws InvalidArgument when `low` or `high` is not finite, `low >= high`, or `n` is not an
 *   integer ≥ 0.
 */
export function uniform(_rng: RandomSource, _low: number, _high: number, _n: number): Float64Array {
  throw new NotImplemented("uniform");
}

/**
 * `n` independent samples of the normal distribution N(mean, std²), by the Box–Muller
 * transform: from two uniforms u₁ ∈ (0, 1] and u₂ ∈ [0, 1),
 *
 *     r = √(−2 ln u₁),   z₀ = r · cos(2πu₂),   z₁ = r · sin(2πu₂)
 *
 * are two independent standard normal values (you may use both); return mean + std · z.
 * Take u₁ = 1 − rng() so that ln u₁ is never ln 0 = −∞.
 *
 * @throws InvalidArgument when `mean` is not finite, `std` is not finite and ≥ 0, or `n` is not
 *   an integer ≥ 0.
 */
export function normal(_rng: RandomSource, _mean: number, _std: number, _n: number): Float64Array {
  throw new NotImplemented("normal");
}
