/**
 * Mutant: the median sorts its input in place instead of a copy. The answer is right, but the
 * caller's array comes back reordered.
 */
export * from "@solution/5.1-math/05-statistics/descriptive";

import { mean } from "@solution/5.1-math/05-statistics/descriptive";

export function median(values: ArrayLike<number>): number {
  mean(values); // validates: empty or non-finite → InvalidArgument
  const sorted = values as number[];
  Array.prototype.sort.call(sorted, (a: number, b: number) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
