/**
 * GIVEN — the option types of 5.2.6's forests and boosters and of the cross-validation of task 6,
 * shared by your forest.ts, boosting.ts, validation.ts and the specs. Read them; do not change them.
 */

import type { Matrix } from "../../../lib/ml/matrix";
import type { MaxFeatures } from "../04-decision-tree/tree.given";

/** Options of both forests (scikit-learn's names in camelCase). */
export interface ForestOptions {
  /** Number of trees; default 100. */
  nEstimators?: number;
  /** Passed to every tree. Default: unlimited depth. */
  maxDepth?: number | null;
  /** Passed to every tree; default 2. */
  minSamplesSplit?: number;
  /** Passed to every tree; default 1. */
  minSamplesLeaf?: number;
  /** Features examined per node. Default `"sqrt"` for the classifier, all (`null`) for the regressor. */
  maxFeatures?: MaxFeatures;
  /** Grow each tree on a bootstrap sample (default true); false: every tree sees all rows. */
  bootstrap?: boolean;
  /** Compute the out-of-bag score in fit (needs `bootstrap`); default false. */
  oobScore?: boolean;
  /** Seed of the bootstrap samples and of the trees' feature sampling; default 0. */
  seed?: number;
}

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

/** What `crossValidatedAccuracy` needs of a model: `fit(X, y)`, then `predict(X)` → one label per row. */
export interface Classifier {
  fit(X: Matrix, y: Int32Array): unknown;
  predict(X: Matrix): ArrayLike<number>;
}

/** Options of `crossValidatedAccuracy` (task 6). */
export interface CrossValidationOptions {
  /** Folds per repetition, an integer ≥ 2 (default 5). */
  folds?: number;
  /** Repetitions, an integer ≥ 1 (default 5). */
  repeats?: number;
  /** Seed of repetition 0; repetition r uses seed + r (default 0). */
  seed?: number;
}

/** Accuracy over the splits of a repeated stratified k-fold. */
export interface CrossValidationResult {
  /** One accuracy per split, split `r·folds + f` = fold f of repetition r. */
  scores: Float64Array;
  /** The mean of `scores`. */
  mean: number;
  /** The sample standard deviation of `scores` (÷ (N − 1), N = folds × repeats). */
  sd: number;
}
