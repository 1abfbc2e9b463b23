/**
 * Mutant: a tie in the vote always goes to the smallest label (scikit-learn's rule), instead
 * of the tied class with the nearest neighbour as this exercise specifies.
 */
import { KNeighborsClassifier as Base } from "@solution/5.2-classic-ml/03-logistic-knn/knn";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/knn";

export class KNeighborsClassifier extends Base {
  #y: Float64Array = new Float64Array(0);

  override fit(X: Matrix, y: ArrayLike<number>): this {
    super.fit(X, y);
    this.#y = Float64Array.from(y);
    return this;
  }

  override predict(X: Matrix): Int32Array {
    const { indices, k } = this.kneighbors(X);
    const out = new Int32Array(X.rows);
    for (let i = 0; i < X.rows; i++) {
      const votes = new Map<number, number>();
      for (let t = 0; t < k; t++) {
        const label = this.#y[indices[i * k + t] as number] as number;
        votes.set(label, (votes.get(label) ?? 0) + 1);
      }
      const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      out[i] = (ranked[0] as [number, number])[0];
    }
    return out;
  }
}
