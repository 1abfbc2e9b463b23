/**
 * Mutant: the median copies into a plain array and calls `.sort()` without a comparator, which
 * sorts numbers as strings ("10" < "100" < "2" < "9").
 */
export * from "@solution/5.1-math/05-statistics/descriptive";

import { mean } from "@solution/5.1-math/05-statistics/descriptive";

export function median(values: ArrayLike<number>): number {
  mean(values); // validates: empty or non-finite → InvalidArgument
  const sorted = Array.from(values).sort();
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
