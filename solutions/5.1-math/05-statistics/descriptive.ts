/**
 * Reference solution — 5.1.5 Statistics, tasks 1 to 3: descriptive statistics, batch and online.
 */
import type { VarianceOptions } from "@exercise/5.1-math/05-statistics/descriptive.given";
import { InvalidArgument } from "../../../lib/errors";

/** Throws InvalidArgument for empty input or a non-finite value. */
function checkValues(values: ArrayLike<number>, where: string): void {
  if (values.length === 0) throw new InvalidArgument(`${where}: the input is empty`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new InvalidArgument(
        `${where}: values[${i}] is ${values[i]}; every value must be a finite number`,
      );
    }
  }
}

/** The divisor n − ddof, after checking that ddof is an integer with 0 ≤ ddof < n. */
function divisor(n: number, options: VarianceOptions | undefined, where: string): number {
  const ddof = options?.ddof ?? 0;
  if (!(Number.isInteger(ddof) && ddof >= 0)) {
    throw new InvalidArgument(`${where}: ddof must be an integer ≥ 0, got ${ddof}`);
  }
  if (n - ddof <= 0) {
    throw new InvalidArgument(`${where}: ddof = ${ddof} needs more than ${ddof} value(s), got ${n}`);
  }
  return n - ddof;
}

// ---------------------------------------------------------------------------------------------
// Task 1. Mean and median
// ---------------------------------------------------------------------------------------------

export function mean(values: ArrayLike<number>): number {
  checkValues(values, "mean");
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

export function median(values: ArrayLike<number>): number {
  checkValues(values, "median");
  // Float64Array#sort compares numerically; Array#sort without a comparator compares strings.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid];
  const lo = sorted[mid - 1];
  const hi = sorted[mid];
  // lo + hi overflows to ±Infinity when both are near ±MAX_VALUE; halving each first is exact there.
  const sum = lo + hi;
  return Number.isFinite(sum) ? sum / 2 : lo / 2 + hi / 2;
}

// ---------------------------------------------------------------------------------------------
// Task 2. Variance and standard deviation
// ---------------------------------------------------------------------------------------------

export function variance(values: ArrayLike<number>, options?: VarianceOptions): number {
  checkValues(values, "variance");
  const d = divisor(values.length, options, "variance");
  const m = mean(values);
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const dev = values[i] - m;
    sumSq += dev * dev;
  }
  return sumSq / d;
}

export function std(values: ArrayLike<number>, options?: VarianceOptions): number {
  return Math.sqrt(variance(values, options));
}

// ---------------------------------------------------------------------------------------------
// Task 3. Welford's online algorithm
// ---------------------------------------------------------------------------------------------

export class RunningStats {
  #n = 0;
  #mean = 0;
  /** M₂ = Σ (xᵢ − x̄ₙ)², the sum of squared deviations from the current mean. */
  #m2 = 0;

  push(x: number): void {
    if (!Number.isFinite(x)) throw new InvalidArgument(`RunningStats.push: ${x} is not a finite number`);
    this.#n += 1;
    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    this.#m2 += delta * (x - this.#mean);
  }

  get count(): number {
    return this.#n;
  }

  get mean(): number {
    if (this.#n === 0) throw new InvalidArgument("RunningStats.mean: no values pushed yet");
    return this.#mean;
  }

  variance(options?: VarianceOptions): number {
    return this.#m2 / divisor(this.#n, options, "RunningStats.variance");
  }

  std(options?: VarianceOptions): number {
    return Math.sqrt(this.variance(options));
  }
}
