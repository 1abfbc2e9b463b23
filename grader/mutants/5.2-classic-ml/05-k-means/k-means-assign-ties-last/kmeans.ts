/**
 * Mutant: the assignment uses `<=` when comparing distances, so a point exactly between two
 * centres goes to the HIGHER centre index (the last one seen) instead of the lowest.
 */
import type { Assignment } from "@solution/5.2-classic-ml/05-k-means/kmeans";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/05-k-means/kmeans";

export function assignClusters(X: Matrix, centres: Matrix): Assignment {
  assertMatrix(X, "assignClusters: X");
  assertMatrix(centres, "assignClusters: centres", { cols: X.cols });
  const d = X.cols;
  const labels = new Int32Array(X.rows);
  const distances = new Float64Array(X.rows);
  for (let i = 0; i < X.rows; i++) {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let c = 0; c < centres.rows; c++) {
      let s = 0;
      for (let j = 0; j < d; j++)
        s += ((X.data[i * d + j] as number) - (centres.data[c * d + j] as number)) ** 2;
      if (s <= bestD) {
        bestD = s;
        best = c;
      }
    }
    labels[i] = best;
    distances[i] = bestD;
  }
  return { labels, distances };
}
