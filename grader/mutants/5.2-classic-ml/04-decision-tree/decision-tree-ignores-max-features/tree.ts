/** Mutant: the trees accept maxFeatures but every node still examines all features. */
import {
  type ClassifierOptions,
  type RegressorOptions,
  resolveMaxFeatures,
  DecisionTreeClassifier as SolutionClassifier,
  DecisionTreeRegressor as SolutionRegressor,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export class DecisionTreeClassifier extends SolutionClassifier {
  readonly #maxFeatures: ClassifierOptions["maxFeatures"];
  constructor(options: ClassifierOptions = {}) {
    const { maxFeatures, ...rest } = options;
    super(rest);
    this.#maxFeatures = maxFeatures;
  }
  override fit(X: Matrix, y: ArrayLike<number>): this {
    resolveMaxFeatures(this.#maxFeatures, X.cols); // validated, then ignored
    return super.fit(X, y);
  }
}

export class DecisionTreeRegressor extends SolutionRegressor {
  readonly #maxFeatures: RegressorOptions["maxFeatures"];
  constructor(options: RegressorOptions = {}) {
    const { maxFeatures, ...rest } = options;
    super(rest);
    this.#maxFeatures = maxFeatures;
  }
  override fit(X: Matrix, y: ArrayLike<number>): this {
    resolveMaxFeatures(this.#maxFeatures, X.cols);
    return super.fit(X, y);
  }
}
