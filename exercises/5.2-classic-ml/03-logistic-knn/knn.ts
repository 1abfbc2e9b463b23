/**
 * 5.2.3 k-nearest neighbours (tasks 4 and 5).
 *
 * Features come as a `Matrix` from `lib/ml/matrix` (row-major, one row per sample). Labels are
 * integers (any 32-bit integers: 0/1/2, or 3 and 7…).
 *
 * The rules shared by everything in this file:
 * - Never modify an input.
 * - Validate matrices with `assertMatrix` from `lib/ml/matrix` (`ShapeError` for a wrong number
 *   of columns, `InvalidArgument` for an empty matrix, NaN or ±Infinity).
 * - Using a classifier before `fit` → `NotFittedError` from `lib/ml/errors`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { KNeighborsOptions, Metric, Neighbors } from "./classifiers.given";

/**
 * Task 4. All distances between the rows of A (m × d) and the rows of B (n × d): an m × n
 * matrix whose entry (i, j) is the distance between row i of A and row j of B.
 *
 * - "euclidean": √Σⱼ(aⱼ − bⱼ)², computed directly from the differences (so d(x, x) = 0 exactly).
 * - "manhattan": Σⱼ|aⱼ − bⱼ|.
 * - "cosine": 1 − a·b / (‖a‖‖b‖), clamped to [0, 2]; when a or b is the zero vector the
 *   similarity is taken as 0, so the distance is 1 (scikit-learn's convention).
 *
 * @throws ShapeError when A and B have different numbers of columns.
 * @throws InvalidArgument for an unknown metric, an empty matrix, NaN or ±Infinity.
 */
export function pairwiseDistances(_A: Matrix, _B: Matrix, _metric: Metric = "euclidean"): Matrix {
  throw new NotImplemented("pairwiseDistances", 4);
}

/**
 * Task 5. A k-nearest-neighbours classifier with uniform votes.
 *
 * The rules (state them to yourself before you code):
 * - Neighbours are sorted by distance; equal distances by training-row index (lower first).
 * - Each of the k neighbours casts one vote for its label; the most votes win.
 * - A tie in the vote goes to the tied class whose nearest neighbour (among the k) is
 *   closest; if those distances are equal too, to the smallest label.
 *
 * @example
 * const knn = new KNeighborsClassifier({ nNeighbors: 5, metric: "euclidean" }).fit(X, y);
 * knn.predict(Xtest); // Int32Array of labels
 */
export class KNeighborsClassifier {
  /** The distinct training labels in ascending order; null before fit. */
  classes: Int32Array | null = null;

  /**
   * @throws InvalidArgument when nNeighbors is not an integer ≥ 1 or the metric is unknown.
   */
  constructor(_options: KNeighborsOptions = {}) {
    throw new NotImplemented("KNeighborsClassifier", 5);
  }

  /**
   * Remembers a COPY of the training data (the caller may reuse its arrays) and the sorted
   * distinct labels; returns `this`.
   * @throws ShapeError when y does not have one label per row of X.
   * @throws InvalidArgument when a label is not an integer, or nNeighbors > the number of rows.
   */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("KNeighborsClassifier.fit", 5);
  }

  /**
   * The k nearest training rows of every row of X (k defaults to nNeighbors), nearest first,
   * equal distances in ascending training-row order.
   * @throws InvalidArgument when k is not an integer in [1, number of training rows].
   */
  kneighbors(_X: Matrix, _k?: number): Neighbors {
    throw new NotImplemented("KNeighborsClassifier.kneighbors", 5);
  }

  /** An n × (number of classes) matrix: the fraction of the k neighbours in each class, columns in `classes` order. */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("KNeighborsClassifier.predictProba", 5);
  }

  /** The predicted label of each row of X (majority vote, ties as stated above). */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("KNeighborsClassifier.predict", 5);
  }
}
