/**
 * Mutant: variance ignores `ddof` and always divides by n, so the "sample" variance is the
 * population one (biased low by a factor (n − 1)/n), and a single value gives 0 instead of
 * throwing.
 */
export * from "@solution/5.1-math/05-statistics/descriptive";

import { mean, type VarianceOptions } from "@solution/5.1-math/05-statistics/descriptive";

export function variance(values: ArrayLike<number>, _options?: VarianceOptions): number {
  const m = mean(values); // validates: empty or non-finite → InvalidArgument
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) sumSq += ((values[i] as number) - m) ** 2;
  return sumSq / values.length;
}
