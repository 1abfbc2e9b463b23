/**
 * Mutant: for an even number of values the median returns the upper of the two middle values
 * instead of their mean.
 */
export * from "@solution/5.1-math/05-statistics/descriptive";

import { mean } from "@solution/5.1-math/05-statistics/descriptive";

export function median(values: ArrayLike<number>): number {
  mean(values); // validates: empty or non-finite → InvalidArgument
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1] as number;
}
