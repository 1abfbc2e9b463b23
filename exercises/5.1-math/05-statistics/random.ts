/**
 * 5.1.5 Statistics — task 4: a seeded pseudo-random number generator and two distributions.
 *
 * Read README.md in this folder first. The specs (`random.spec.ts`) check exactly the
 * contracts documented here. (The course's own generator, `lib/rng.ts`, is a finished version
 * of the same idea — try to write yours before you look at it.)
 */
import { NotImplemented } from "../../../lib/errors";
import type { RandomSource } from "./random.given";

/**
 * A seeded pseudo-random number generator: returns a function that yields a deterministic
 * sequence of numbers in [0, 1) — the same seed always gives the same sequence, different
 * seeds give different sequences. Implement exactly one of the README's two generators,
 * mulberry32 or the 32-bit LCG (the specs replay both and accept either), and divide a 32-bit
 * unsigned integer by 2³² (not 2³² − 1: the result must stay below 1).
 *
 * @param seed an integer; it is reduced to 32 bits (`seed >>> 0`).
 * @throws InvalidArgument when `seed` is not an integer.
 */
export function createRng(_seed: number): RandomSource {
  throw new NotImplemented("createRng", 4);
}

/**
 * `n` independent samples of the continuous uniform distribution on [low, high):
 * value i is low + (high − low) · uᵢ, where uᵢ is the i-th call of `rng` (exactly n calls).
 *
 * @throws InvalidArgument when `low` or `high` is not finite, `low >= high`, or `n` is not an
 *   integer ≥ 0.
 */
export function uniform(_rng: RandomSource, _low: number, _high: number, _n: number): Float64Array {
  throw new NotImplemented("uniform", 4);
}

/**
 * `n` independent samples of the normal distribution N(mean, std²), by the Box–Muller
 * transform: from two uniforms u₁ ∈ (0, 1] and u₂ ∈ [0, 1),
 *
 *     r = √(−2 ln u₁),   z₀ = r · cos(2πu₂),   z₁ = r · sin(2πu₂)
 *
 * are two independent standard normal values; return mean + std · z. The draw order is fixed
 * (the specs replay it): for values 2k and 2k + 1, first u₁ = 1 − rng(), then u₂ = rng();
 * value 2k is mean + std · z₀ and value 2k + 1 is mean + std · z₁. For odd n the last pair is
 * drawn in full and its z₁ dropped: a call makes 2·⌈n/2⌉ calls of `rng`, and nothing is kept
 * for the next call. u₁ = 1 − rng() lies in (0, 1], so ln u₁ is never ln 0 = −∞: rng() = 0
 * gives u₁ = 1, r = 0 and the value `mean`.
 *
 * @throws InvalidArgument when `mean` is not finite, `std` is not finite and ≥ 0, or `n` is not
 *   an integer ≥ 0.
 */
export function normal(_rng: RandomSource, _mean: number, _std: number, _n: number): Float64Array {
  throw new NotImplemented("normal", 4);
}
