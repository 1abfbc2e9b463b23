/**
 * Mutant: RunningStats keeps running sums Σx and Σx² and returns Σx²/n − x̄². Algebraically
 * right, numerically wrong: with values near 1e6 the two terms agree in their first ~12 digits
 * and the subtraction cancels them.
 */
export * from "@solution/5.1-math/05-statistics/descriptive";

import type { VarianceOptions } from "@solution/5.1-math/05-statistics/descriptive";
import { InvalidArgument } from "../../../../../lib/errors";

export class RunningStats {
  #n = 0;
  #sum = 0;
  #sumSq = 0;

  push(x: number): void {
    if (!Number.isFinite(x)) throw new InvalidArgument(`RunningStats.push: ${x} is not a finite number`);
    this.#n += 1;
    this.#sum += x;
    this.#sumSq += x * x;
  }

  get count(): number {
    return this.#n;
  }

  get mean(): number {
    if (this.#n === 0) throw new InvalidArgument("RunningStats.mean: no values pushed yet");
    return this.#sum / this.#n;
  }

  variance(options?: VarianceOptions): number {
    const ddof = options?.ddof ?? 0;
    if (!(Number.isInteger(ddof) && ddof >= 0) || this.#n - ddof <= 0) {
      throw new InvalidArgument(`RunningStats.variance: bad ddof ${ddof} for ${this.#n} value(s)`);
    }
    const m = this.#sum / this.#n;
    return (this.#sumSq - this.#n * m * m) / (this.#n - ddof);
  }

  std(options?: VarianceOptions): number {
    return Math.sqrt(this.variance(options));
  }
}
