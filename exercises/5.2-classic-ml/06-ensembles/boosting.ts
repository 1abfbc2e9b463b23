/**
 * 5.2.6 Ensembles, tasks 3–5: gradient boosting. Read README.md first.
 *
 * Every stage is one of your regression trees from 5.2.4:
 *   import { DecisionTreeRegressor } from "../04-decision-tree/tree";
 * Other useful imports:
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { NotFittedError } from "../../../lib/ml/errors";
 *   import { assertMatrix, assertVector, selectRows } from "../../../lib/ml/matrix";
 *   import { trainTestSplit } from "../../../lib/ml/split";
 *   import { Rng } from "../../../lib/rng";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { BoostingOptions } from "./ensembles.given";

/** The logistic function 1 / (1 + e^(−z)), computed without overflow for any z. */
export function sigmoid(_z: number): number {
  throw new NotImplemented("sigmoid", 4);
}

/**
 * Mean binary log loss of raw scores (log-odds) `raw` for labels `y` ∈ {0, 1}:
 * (1/n) Σ [log(1 + e^F) − y·F], finite for any F.
 * @throws ShapeError when the lengths differ; InvalidArgument for empty or non-finite input.
 */
export function binaryLogLoss(_y: ArrayLike<number>, _raw: ArrayLike<number>): number {
  throw new NotImplemented("binaryLogLoss", 4);
}

/** Gradient boosting for regression with squared loss (README tasks 3 and 5). */
export class GradientBoostingRegressor {
  readonly options: BoostingOptions;

  constructor(options: BoostingOptions = {}) {
    this.options = { ...options };
  }

  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("GradientBoostingRegressor.fit", 3);
  }

  /** F(x) = init + learningRate · Σ trees. */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.predict", 3);
  }

  /** F₀: the mean of the training targets. */
  get init(): number {
    throw new NotImplemented("GradientBoostingRegressor.init", 3);
  }

  /** Number of trees actually fitted (smaller than nEstimators after early stopping). */
  get nEstimatorsFitted(): number {
    throw new NotImplemented("GradientBoostingRegressor.nEstimatorsFitted", 3);
  }

  /** Training mean squared error after each stage. */
  get trainLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.trainLoss", 3);
  }

  /** Validation mean squared error after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.validationLoss", 5);
  }
}

/** Gradient boosting for binary classification with log loss (README tasks 4 and 5). */
export class GradientBoostingClassifier {
  readonly options: BoostingOptions;

  constructor(options: BoostingOptions = {}) {
    this.options = { ...options };
  }

  /** Fits on integer labels with exactly two distinct values (the larger one is "positive"). */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("GradientBoostingClassifier.fit", 4);
  }

  /** The raw score F(x): log-odds of the positive class. */
  decisionFunction(_X: Matrix): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.decisionFunction", 4);
  }

  /** rows × 2: [1 − σ(F), σ(F)]. */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("GradientBoostingClassifier.predictProba", 4);
  }

  /** The positive label where F > 0, else the other one. */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("GradientBoostingClassifier.predict", 4);
  }

  /** The two labels, ascending. */
  get classes(): Int32Array {
    throw new NotImplemented("GradientBoostingClassifier.classes", 4);
  }

  /** F₀ = log(p / (1 − p)), p = share of the positive class. */
  get init(): number {
    throw new NotImplemented("GradientBoostingClassifier.init", 4);
  }

  get nEstimatorsFitted(): number {
    throw new NotImplemented("GradientBoostingClassifier.nEstimatorsFitted", 4);
  }

  /** Training log loss after each stage. */
  get trainLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.trainLoss", 4);
  }

  /** Validation log loss after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.validationLoss", 5);
  }
}
