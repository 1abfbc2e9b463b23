/**
 * GIVEN — the options type of 5.1.5's `descriptive.ts` (tasks 2 and 3), shared by your file, the
 * solution and the specs. Read it; do not change it.
 */

/** The options of `variance`, `std`, `RunningStats.variance` and `RunningStats.std`. */
export interface VarianceOptions {
  /**
   * "Delta degrees of freedom": the sum of squared deviations is divided by n − ddof.
   * 0 (the default, as in NumPy) gives the population variance, 1 the sample variance (the
   * default of pandas and R). An integer with 0 ≤ ddof < n.
   */
  ddof?: number;
}
