/**
 * Mutant: neighbours at equal distances come out in DESCENDING training-row order (an
 * insertion that goes before equal elements, `>=` instead of `>`), so which of several
 * equally distant points makes the cut is not the stated one.
 */
import {
  KNeighborsClassifier as Base,
  type Neighbors,
  pairwiseDistances,
} from "@solution/5.2-classic-ml/03-logistic-knn/knn";
import { InvalidArgument } from "../../../../../lib/errors";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/knn";

export class KNeighborsClassifier extends Base {
  #X: Matrix | null = null;

  override fit(X: Matrix, y: ArrayLike<number>): this {
    super.fit(X, y);
    this.#X = { data: X.data.slice(), rows: X.rows, cols: X.cols };
    return this;
  }

  override kneighbors(X: Matrix, k: number = this.nNeighbors): Neighbors {
    super.kneighbors(X, k); // validation and NotFittedError
    const train = this.#X as Matrix;
    if (!(Number.isInteger(k) && k >= 1 && k <= train.rows)) throw new InvalidArgument(`k = ${k}`);
    const D = pairwiseDistances(X, train, this.metric);
    const indices = new Int32Array(X.rows * k);
    const distances = new Float64Array(X.rows * k);
    for (let i = 0; i < X.rows; i++) {
      const order = Array.from({ length: train.rows }, (_, r) => r).sort(
        (a, b) => (D.data[i * train.rows + a] as number) - (D.data[i * train.rows + b] as number) || b - a,
      );
      for (let t = 0; t < k; t++) {
        indices[i * k + t] = order[t] as number;
        distances[i * k + t] = D.data[i * train.rows + (order[t] as number)] as number;
      }
    }
    return { indices, distances, k };
  }
}
