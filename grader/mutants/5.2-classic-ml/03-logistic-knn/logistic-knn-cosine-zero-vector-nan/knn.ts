/**
 * Mutant: the cosine distance divides by ‖a‖‖b‖ without checking for a zero vector, so any
 * distance to [0, 0, …] is 0/0 = NaN.
 */
import { type Metric, pairwiseDistances as reference } from "@solution/5.2-classic-ml/03-logistic-knn/knn";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/knn";

export function pairwiseDistances(A: Matrix, B: Matrix, metric: Metric = "euclidean"): Matrix {
  const D = reference(A, B, metric);
  if (metric !== "cosine") return D;
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < B.rows; j++) {
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let c = 0; c < A.cols; c++) {
        const a = A.data[i * A.cols + c] as number;
        const b = B.data[j * B.cols + c] as number;
        dot += a * b;
        na += a * a;
        nb += b * b;
      }
      D.data[i * B.rows + j] = 1 - dot / Math.sqrt(na * nb);
    }
  }
  return D;
}
