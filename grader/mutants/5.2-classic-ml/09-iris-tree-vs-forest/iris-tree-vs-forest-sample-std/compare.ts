/** Mutant: meanStd divides by n − 1 (the sample standard deviation) instead of n. */
import { assertVector } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function meanStd(values: ArrayLike<number>): { mean: number; std: number } {
  assertVector(values, "meanStd: values");
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((values[i] as number) - mean) ** 2;
  return { mean, std: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}
