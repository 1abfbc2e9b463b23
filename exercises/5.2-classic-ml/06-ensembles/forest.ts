/**
 * 5.2.6 Ensembles, tasks 1–2: random forests. Read README.md first.
 *
 * Your trees from 5.2.4 do the real work:
 *   import { DecisionTreeClassifier, DecisionTreeRegressor } from "../04-decision-tree/tree";
 * Other useful imports:
 *   import { InvalidArgument } from "../../../lib/errors";
 *   import { NotFittedError } from "../../../lib/ml/errors";
 *   import { assertMatrix, assertVector, selectRows } from "../../../lib/ml/matrix";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Rng } from "../../../lib/rng";
import type { DecisionTreeClassifier, DecisionTreeRegressor } from "../04-decision-tree/tree";
import type { ForestOptions } from "./ensembles.given";

/**
 * A bootstrap sample: `n` row indices drawn from 0..n−1 with replacement, one `rng.int(0, n)`
 * per draw, in order.
 * @throws InvalidArgument when n is not an integer ≥ 1.
 */
export function bootstrapIndices(_n: number, _rng: Rng): Uint32Array {
  throw new NotImplemented("bootstrapIndices", 1);
}

/**
 * `mask[i] = 1` when row i does not occur in `indices` (it is out of bag), else 0.
 * @throws InvalidArgument for an index outside 0..n−1.
 */
export function outOfBagMask(_n: number, _indices: ArrayLike<number>): Uint8Array {
  throw new NotImplemented("outOfBagMask", 1);
}

/** A random forest of classification trees; predictProba averages the trees' probabilities. */
export class RandomForestClassifier {
  readonly options: ForestOptions;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

  /** Fits `nEstimators` trees on bootstrap samples (README task 1); with `oobScore`, also task 2. */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("RandomForestClassifier.fit", 1);
  }

  /** Mean of the trees' class probabilities, rows × K (columns in `classes` order). */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("RandomForestClassifier.predictProba", 1);
  }

  /** The label with the highest mean probability (the smallest label on a tie). */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("RandomForestClassifier.predict", 1);
  }

  /** The distinct labels of y, ascending. */
  get classes(): Int32Array {
    throw new NotImplemented("RandomForestClassifier.classes", 1);
  }

  /** The fitted trees, in the order they were grown. */
  get estimators(): readonly DecisionTreeClassifier[] {
    throw new NotImplemented("RandomForestClassifier.estimators", 1);
  }

  /** The row indices each tree was fitted on (its bootstrap sample; 0..n−1 without bootstrap). */
  get estimatorSamples(): readonly Uint32Array[] {
    throw new NotImplemented("RandomForestClassifier.estimatorSamples", 1);
  }

  /** Accuracy of the out-of-bag predictions over the rows out of bag at least once (README task 2). */
  get oobScore(): number {
    throw new NotImplemented("RandomForestClassifier.oobScore", 2);
  }

  /** Out-of-bag class probabilities, n × K (NaN for a row that was never out of bag). */
  get oobDecisionFunction(): Matrix {
    throw new NotImplemented("RandomForestClassifier.oobDecisionFunction", 2);
  }

  /** Mean of the trees' feature importances, normalised to sum to 1. */
  get featureImportances(): Float64Array {
    throw new NotImplemented("RandomForestClassifier.featureImportances", 1);
  }
}

/** A random forest of regression trees; predict averages the trees' predictions (README task 2). */
export class RandomForestRegressor {
  readonly options: ForestOptions;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("RandomForestRegressor.fit", 2);
  }

  /** Mean of the trees' predictions. */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("RandomForestRegressor.predict", 2);
  }

  get estimators(): readonly DecisionTreeRegressor[] {
    throw new NotImplemented("RandomForestRegressor.estimators", 2);
  }

  get estimatorSamples(): readonly Uint32Array[] {
    throw new NotImplemented("RandomForestRegressor.estimatorSamples", 2);
  }

  /** R² of the out-of-bag predictions over the rows out of bag at least once. */
  get oobScore(): number {
    throw new NotImplemented("RandomForestRegressor.oobScore", 2);
  }

  /** Out-of-bag prediction per training row (NaN for a row that was never out of bag). */
  get oobPrediction(): Float64Array {
    throw new NotImplemented("RandomForestRegressor.oobPrediction", 2);
  }

  get featureImportances(): Float64Array {
    throw new NotImplemented("RandomForestRegressor.featureImportances", 2);
  }
}
