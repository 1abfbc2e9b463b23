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
import type { MaxFeatures } from "../04-decision-tree/tree.given";

/** Options of both boosters (scikit-learn's names in camelCase). */
export interface BoostingOptions {
  /** Maximum number of trees (stages); default 100. */
  nEstimators?: number;
  /** Shrinkage ν ∈ (0, 1]: each tree's contribution is multiplied by it. Default 0.1. */
  learningRate?: number;
  /** Depth of every tree; default 3. */
  maxDepth?: number | null;
  /** Passed to every tree; default 2. */
  minSamplesSplit?: number;
  /** Passed to every tree; default 1. */
  minSamplesLeaf?: number;
  /** Passed to every tree; default all features. */
  maxFeatures?: MaxFeatures;
  /** Fraction of the training rows (drawn without replacement) each tree is fitted on; default 1. */
  subsample?: number;
  /**
   * Early stopping: stop when the validation loss has not improved by more than `tol` on its
   * best value for this many consecutive stages. `undefined`/`null` (default): no early stopping.
   */
  nIterNoChange?: number | null;
  /** Fraction of the training rows held out for early stopping; default 0.1. */
  validationFraction?: number;
  /** Minimum improvement of the validation loss that counts; default 1e-4. */
  tol?: number;
  /**
   * Seed of the validation split (`trainTestSplit(n, { testFraction: validationFraction, seed,
   * stratify })`, stratified by class for the classifier) and of an `Rng` for the subsamples
   * and the trees' feature sampling; default 0.
   */
  seed?: number;
}

/** The logistic function 1 / (1 + e^(−z)), computed without overflow for any z. */
export function sigmoid(_z: number): number {
  throw new NotImplemented("sigmoid");
}

/**
 * Mean binary log loss of raw scores (log-odds) `raw` for labels `y` ∈ {0, 1}:
 * (1/n) Σ [log(1 + e^F) − y·F], finite for any F.
 * @throws ShapeError when the lengths differ; InvalidArgument for empty or non-finite input.
 */
export function binaryLogLoss(_y: ArrayLike<number>, _raw: ArrayLike<number>): number {
  throw new NotImplemented("binaryLogLoss");
}

/** Gradient boosting for regression with squared loss (README tasks 3 and 5). */
export class GradientBoostingRegressor {
  readonly options: BoostingOptions;

  constructor(options: BoostingOptions = {}) {
    this.options = { ...options };
  }

  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("GradientBoostingRegressor.fit");
  }

  /** F(x) = init + learningRate · Σ trees. */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.predict");
  }

  /** F₀: the mean of the training targets. */
  get init(): number {
    throw new NotImplemented("GradientBoostingRegressor.init");
  }

  /** Number of trees actually fitted (smaller than nEstimators after early stopping). */
  get nEstimatorsFitted(): number {
    throw new NotImplemented("GradientBoostingRegressor.nEstimatorsFitted");
  }

  /** Training mean squared error after each stage. */
  get trainLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.trainLoss");
  }

  /** Validation mean squared error after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingRegressor.validationLoss");
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
    throw new NotImplemented("GradientBoostingClassifier.fit");
  }

  /** The raw score F(x): log-odds of the positive class. */
  decisionFunction(_X: Matrix): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.decisionFunction");
  }

  /** rows × 2: [1 − σ(F), σ(F)]. */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("GradientBoostingClassifier.predictProba");
  }

  /** The positive label where F > 0, else the other one. */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("GradientBoostingClassifier.predict");
  }

  /** The two labels, ascending. */
  get classes(): Int32Array {
    throw new NotImplemented("GradientBoostingClassifier.classes");
  }

  /** F₀ = log(p / (1 − p)), p = share of the positive class. */
  get init(): number {
    throw new NotImplemented("GradientBoostingClassifier.init");
  }

  get nEstimatorsFitted(): number {
    throw new NotImplemented("GradientBoostingClassifier.nEstimatorsFitted");
  }

  /** Training log loss after each stage. */
  get trainLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.trainLoss");
  }

  /** Validation log loss after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    throw new NotImplemented("GradientBoostingClassifier.validationLoss");
  }
}
