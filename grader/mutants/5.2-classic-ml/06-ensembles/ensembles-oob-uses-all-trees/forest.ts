/** Mutant: the "out-of-bag" score lets every tree vote, including those that trained on the row (it is the training accuracy). */
import { RandomForestClassifier as Solution } from "@solution/5.2-classic-ml/06-ensembles/forest";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/06-ensembles/forest";

export class RandomForestClassifier extends Solution {
  #X: Matrix | null = null;
  #y: ArrayLike<number> = [];
  override fit(X: Matrix, y: ArrayLike<number>): this {
    super.fit(X, y);
    this.#X = X;
    this.#y = y;
    return this;
  }
  override get oobScore(): number {
    super.oobScore; // same errors as the solution when oobScore was not requested
    const pred = this.predict(this.#X as Matrix);
    let correct = 0;
    pred.forEach((p, i) => {
      if (p === this.#y[i]) correct++;
    });
    return correct / pred.length;
  }
  override get oobDecisionFunction(): Matrix {
    super.oobDecisionFunction;
    return this.predictProba(this.#X as Matrix);
  }
}
