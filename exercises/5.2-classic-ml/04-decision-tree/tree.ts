/**
 * 5.2.4 Decision trees (CART). Read README.md first: it gives the contract of every function
 * and the rules the specs check (tie-breaking, stopping rules, node numbering). The types
 * (options, `SplitCandidate`, `TreeNodes`) are given in `tree.given.ts`.
 *
 * Useful imports (uncomment what you use):
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { NotFittedError } from "../../../lib/ml/errors";
 *   import { assertMatrix, assertVector } from "../../../lib/ml/matrix";
 *   import { Rng } from "../../../lib/rng";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type {
  ClassifierOptions,
  Criterion,
  MaxFeatures,
  RegressorOptions,
  SplitCandidate,
  TreeNodes,
} from "./tree.given";

// ---------------------------------------------------------------------------------------------
// Task 1: impurity

/**
 * Gini impurity of a node with class counts `counts`: 1 − Σₖ pₖ², pₖ = countₖ / Σ counts.
 * @throws InvalidArgument for empty counts, a negative or non-finite count, or counts summing to 0.
 */
export function giniImpurity(_counts: ArrayLike<number>): number {
  throw new NotImplemented("giniImpurity", 1);
}

/**
 * Entropy in bits: −Σₖ pₖ log₂ pₖ (a class with count 0 contributes 0).
 * @throws InvalidArgument as giniImpurity.
 */
export function entropyImpurity(_counts: ArrayLike<number>): number {
  throw new NotImplemented("entropyImpurity", 1);
}

/**
 * Squared-error impurity of a regression node: the variance (1/n) Σ (yᵢ − ȳ)².
 * @throws InvalidArgument for empty or non-finite values.
 */
export function squaredErrorImpurity(_values: ArrayLike<number>): number {
  throw new NotImplemented("squaredErrorImpurity", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2: the best threshold of one feature

/**
 * The best threshold for one feature `x` and targets `y` (README task 2): candidates are the
 * midpoints between neighbouring distinct sorted values of `x`, allowed only if both sides keep
 * at least `minSamplesLeaf` (default 1) samples; returns the one with the largest impurity
 * decrease (the lowest threshold on ties), or `null` if there is none.
 *
 * For `"gini"`/`"entropy"`, `y` holds class indices 0..nClasses−1 (default nClasses: max + 1).
 *
 * @throws ShapeError when x and y differ in length.
 * @throws InvalidArgument for empty or non-finite input, a bad class index or an unknown criterion.
 */
export function bestSplit(
  _x: ArrayLike<number>,
  _y: ArrayLike<number>,
  _criterion: Criterion,
  _options: { nClasses?: number; minSamplesLeaf?: number } = {},
): SplitCandidate | null {
  throw new NotImplemented("bestSplit", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 5: random feature subsets

/**
 * The number of features a node examines for `maxFeatures` and `nFeatures` features
 * (README task 5).
 * @throws InvalidArgument for a value that is none of the allowed forms, or an integer > nFeatures.
 */
export function resolveMaxFeatures(_maxFeatures: MaxFeatures | undefined, _nFeatures: number): number {
  throw new NotImplemented("resolveMaxFeatures", 5);
}

// ---------------------------------------------------------------------------------------------
// Tasks 3, 5, 6: the classification tree

/** A CART classification tree (gini or entropy). */
export class DecisionTreeClassifier {
  protected readonly options: ClassifierOptions;

  constructor(options: ClassifierOptions = {}) {
    this.options = { ...options };
  }

  /**
   * Grows the tree (README task 3). `y` holds one integer label per row of X. Returns `this`.
   * @throws InvalidArgument for bad options, bad X or non-integer labels; ShapeError for a y of the wrong length.
   */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("DecisionTreeClassifier.fit", 3);
  }

  /** Class probabilities, rows × K (column k is `classes[k]`): the class shares in each row's leaf. */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("DecisionTreeClassifier.predictProba", 3);
  }

  /** The majority label of each row's leaf (the smallest label on a tie). */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("DecisionTreeClassifier.predict", 3);
  }

  /** The node number of the leaf each row of X ends in. */
  apply(_X: Matrix): Int32Array {
    throw new NotImplemented("DecisionTreeClassifier.apply", 3);
  }

  /** The distinct labels seen in fit, ascending. */
  get classes(): Int32Array {
    throw new NotImplemented("DecisionTreeClassifier.classes", 3);
  }

  /** The fitted nodes in pre-order. */
  get nodes(): TreeNodes {
    throw new NotImplemented("DecisionTreeClassifier.nodes", 3);
  }

  get nodeCount(): number {
    throw new NotImplemented("DecisionTreeClassifier.nodeCount", 3);
  }

  get nLeaves(): number {
    throw new NotImplemented("DecisionTreeClassifier.nLeaves", 3);
  }

  /** Depth of the deepest leaf (a single leaf: 0). */
  get depth(): number {
    throw new NotImplemented("DecisionTreeClassifier.depth", 3);
  }

  /** Number of columns of the X seen in fit. */
  get nFeatures(): number {
    throw new NotImplemented("DecisionTreeClassifier.nFeatures", 3);
  }

  /** Mean decrease in impurity per feature, normalised to sum to 1 (README task 6). */
  get featureImportances(): Float64Array {
    throw new NotImplemented("DecisionTreeClassifier.featureImportances", 6);
  }
}

// ---------------------------------------------------------------------------------------------
// Tasks 4, 5, 6: the regression tree

/** A CART regression tree (squared error); a leaf predicts the mean target of its samples. */
export class DecisionTreeRegressor {
  protected readonly options: RegressorOptions;

  constructor(options: RegressorOptions = {}) {
    this.options = { ...options };
  }

  /** Grows the tree on real-valued targets (README task 4). Returns `this`. */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("DecisionTreeRegressor.fit", 4);
  }

  /** The mean training target of each row's leaf. */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("DecisionTreeRegressor.predict", 4);
  }

  /** The node number of the leaf each row of X ends in. */
  apply(_X: Matrix): Int32Array {
    throw new NotImplemented("DecisionTreeRegressor.apply", 4);
  }

  get nodes(): TreeNodes {
    throw new NotImplemented("DecisionTreeRegressor.nodes", 4);
  }

  get nodeCount(): number {
    throw new NotImplemented("DecisionTreeRegressor.nodeCount", 4);
  }

  get nLeaves(): number {
    throw new NotImplemented("DecisionTreeRegressor.nLeaves", 4);
  }

  get depth(): number {
    throw new NotImplemented("DecisionTreeRegressor.depth", 4);
  }

  get nFeatures(): number {
    throw new NotImplemented("DecisionTreeRegressor.nFeatures", 4);
  }

  get featureImportances(): Float64Array {
    throw new NotImplemented("DecisionTreeRegressor.featureImportances", 6);
  }
}
