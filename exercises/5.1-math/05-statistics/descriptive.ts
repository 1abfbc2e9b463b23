/**
 * 5.1.5 Statistics — tasks 1 to 3: descriptive statistics, batch and online.
 *
 * Read README.md in this folder first. The specs (`descriptive.spec.ts`) check exactly the
 * contracts documented here.
 *
 * Every function takes `ArrayLike<number>`, so both `number[]` and `Float64Array` work. Inputs
 * are never modified. Empty input, or any value that is NaN or ±Infinity, throws
 * `InvalidArgument`: a statistic of "nothing" or of "not a number" is a bug upstream, and
 * silently returning NaN would only move the error further away from its cause.
 */
import { NotImplemented } from "../../../lib/errors";
import type { VarianceOptions } from "./descriptive.given";

// ---------------------------------------------------------------------------------------------
// Task 1. Mean and median
// ---------------------------------------------------------------------------------------------

/**
 * The arithmetic mean (Σ xᵢ) / n.
 * @throws InvalidArgument for empty input or a non-finite value.
 */
export function mean(_values: ArrayLike<number>): number {
  throw new NotImplemented("mean", 1);
}

/**
 * The median: the middle value of the sorted data, or the mean of the two middle values when
 * n is even. Sorts a copy — `values` is not modified. The mean of the two middle values must not
 * overflow: median([MAX, MAX]) is MAX and median([−MAX, MAX]) is 0 (MAX = Number.MAX_VALUE).
 * @throws InvalidArgument for empty input or a non-finite value.
 */
export function median(_values: ArrayLike<number>): number {
  throw new NotImplemented("median", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2. Variance and standard deviation
// ---------------------------------------------------------------------------------------------

/**
 * The variance Σ (xᵢ − x̄)² / (n − ddof), computed in a numerically stable way (two passes:
 * first the mean, then the squared deviations from it — never Σxᵢ² / n − x̄²).
 * @throws InvalidArgument for empty input, a non-finite value, or a `ddof` that is not an
 *   integer with 0 ≤ ddof < n (so the sample variance of a single value throws).
 */
export function variance(_values: ArrayLike<number>, _options?: VarianceOptions): number {
  throw new NotImplemented("variance", 2);
}

/**
 * The standard deviation √variance(values, options). Same options and errors as `variance`.
 */
export function std(_values: ArrayLike<number>, _options?: VarianceOptions): number {
  throw new NotImplemented("std", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3. Welford's online algorithm
// ---------------------------------------------------------------------------------------------

/**
 * Mean and variance of a stream, in O(1) memory, updated one value at a time with Welford's
 * algorithm (see README). After pushing the same values it agrees with `mean` and `variance`.
 */
export class RunningStats {
  /**
   * Adds one observation.
   * @throws InvalidArgument when `x` is NaN or ±Infinity (the stats are left unchanged).
   */
  push(_x: number): void {
    throw new NotImplemented("RunningStats.push", 3);
  }

  /** How many values have been pushed so far (0 for a new instance). */
  get count(): number {
    throw new NotImplemented("RunningStats.count", 3);
  }

  /**
   * The mean of the values pushed so far.
   * @throws InvalidArgument when nothing has been pushed yet.
   */
  get mean(): number {
    throw new NotImplemented("RunningStats.mean", 3);
  }

  /**
   * The variance of the values pushed so far: M₂ / (n − ddof).
   * @throws InvalidArgument when n − ddof ≤ 0 or `ddof` is not an integer ≥ 0.
   */
  variance(_options?: VarianceOptions): number {
    throw new NotImplemented("RunningStats.variance", 3);
  }

  /** √variance(options). Same errors as `variance`. */
  std(_options?: VarianceOptions): number {
    throw new NotImplemented("RunningStats.std", 3);
  }
}
