/**
 * Mutant: fit stores a reference to the caller's X instead of a copy. When the caller later
 * reuses or changes its array, the "trained" model changes with it.
 */
import { KNeighborsClassifier as Base } from "@solution/5.2-classic-ml/03-logistic-knn/knn";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/knn";

export class KNeighborsClassifier extends Base {
  #X: Matrix | null = null;
  #y: ArrayLike<number> = [];

  override fit(X: Matrix, y: ArrayLike<number>): this {
    super.fit(X, y);
    this.#X = X; // the mistake: no copy
    this.#y = y;
    return this;
  }

  override predict(X: Matrix): Int32Array {
    // Refit on the (possibly changed) caller's data before every prediction.
    if (this.#X) super.fit(this.#X, this.#y);
    return super.predict(X);
  }
}
