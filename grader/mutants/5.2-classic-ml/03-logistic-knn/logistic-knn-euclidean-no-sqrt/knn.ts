/**
 * Mutant: the euclidean distance forgets the square root and returns Σ(aⱼ − bⱼ)². The
 * neighbours and predictions are the same (√ is monotone), but every reported distance is wrong.
 */
import { type Metric, pairwiseDistances as reference } from "@solution/5.2-classic-ml/03-logistic-knn/knn";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/knn";

export function pairwiseDistances(A: Matrix, B: Matrix, metric: Metric = "euclidean"): Matrix {
  const D = reference(A, B, metric);
  if (metric === "euclidean") for (let t = 0; t < D.data.length; t++) D.data[t] = (D.data[t] as number) ** 2;
  return D;
}
