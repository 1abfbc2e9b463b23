/**
 * Mutant: inertia sums the euclidean distances ‖xᵢ − c‖ instead of their squares.
 */
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/05-k-means/kmeans";

export function inertia(X: Matrix, centres: Matrix, labels: ArrayLike<number>): number {
  assertMatrix(X, "inertia: X");
  assertMatrix(centres, "inertia: centres", { cols: X.cols });
  if (labels.length !== X.rows) throw new ShapeError("inertia: one label per row");
  let total = 0;
  for (let i = 0; i < X.rows; i++) {
    const c = labels[i] as number;
    if (!(Number.isInteger(c) && c >= 0 && c < centres.rows))
      throw new InvalidArgument(`inertia: label ${c}`);
    let s = 0;
    for (let j = 0; j < X.cols; j++)
      s += ((X.data[i * X.cols + j] as number) - (centres.data[c * X.cols + j] as number)) ** 2;
    total += Math.sqrt(s);
  }
  return total;
}
