/**
 * 5.2.9 Iris: decision tree vs random forest. Read README.md first.
 *
 * Useful imports (uncomment what you use):
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { assertMatrix, assertVector, selectRows, selectValues } from "../../../lib/ml/matrix";
 *   import { kFold } from "../../../lib/ml/split";
 *   import { heatmap, renderSvg } from "../../../lib/plot";
 *   import { DecisionTreeClassifier } from "../04-decision-tree/tree";
 *   import { RandomForestClassifier } from "../06-ensembles/forest";
 *   import { IRIS_CLASSES, loadIris } from "./iris-data";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Split } from "../../../lib/ml/split";
import type { VegaLiteSpec } from "../../../lib/plot";

/** Anything with scikit-learn's classifier shape (the trees and forests of 5.2.4 and 5.2.6 fit). */
export interface Classifier {
  fit(X: Matrix, y: ArrayLike<number>): unknown;
  predict(X: Matrix): ArrayLike<number>;
}

// ---------------------------------------------------------------------------------------------
// Task 1: cross-validated accuracy

/**
 * The share of positions where `yPred` equals `yTrue`.
 * @throws ShapeError for different lengths; InvalidArgument for empty or non-finite input.
 */
export function accuracy(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("accuracy", 1);
}

/**
 * Mean and population standard deviation √(Σ(x − x̄)²/n).
 * @throws InvalidArgument for empty or non-finite input.
 */
export function meanStd(_values: ArrayLike<number>): { mean: number; std: number } {
  throw new NotImplemented("meanStd", 1);
}

/** What crossValidate returns. */
export interface CrossValidation {
  /** Accuracy on each fold's test part, in fold order. */
  foldAccuracies: Float64Array;
  /** Mean of foldAccuracies. */
  mean: number;
  /** Population standard deviation of foldAccuracies. */
  std: number;
  /** For every sample, the prediction of the model of the fold that tested it. */
  predictions: Int32Array;
}

/**
 * k-fold cross-validation: for every fold a fresh model from `makeModel()` is fitted on the
 * fold's train rows and scored on its test rows (README task 1).
 *
 * @throws ShapeError when y does not have one label per row of X.
 * @throws InvalidArgument for fewer than 2 folds, test parts that are not a partition of
 *   0..n−1, or a fold that trains on one of its test rows.
 */
export function crossValidate(
  _makeModel: () => Classifier,
  _X: Matrix,
  _y: ArrayLike<number>,
  _folds: readonly Split[],
): CrossValidation {
  throw new NotImplemented("crossValidate", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2: the confusion matrix as a table

/**
 * C[i][j] = number of samples with true label labels[i] and predicted label labels[j].
 *
 * @throws ShapeError when yTrue and yPred differ in length.
 * @throws InvalidArgument for empty input, an empty or duplicated `labels`, or a label of
 *   yTrue/yPred that is not in `labels`.
 */
export function confusionMatrix(
  _yTrue: ArrayLike<number>,
  _yPred: ArrayLike<number>,
  _labels: ArrayLike<number>,
): number[][] {
  throw new NotImplemented("confusionMatrix", 2);
}

/**
 * The matrix as a text table (README task 2 gives the exact layout).
 * @throws ShapeError for a non-square matrix or a wrong number of names; InvalidArgument when empty.
 */
export function formatConfusionMatrix(
  _cm: readonly (readonly number[])[],
  _names: readonly string[],
): string {
  throw new NotImplemented("formatConfusionMatrix", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3: the confusion matrix as a heatmap

/** Each row divided by its sum; a zero row stays zero. */
export function normalizeRows(_cm: readonly (readonly number[])[]): number[][] {
  throw new NotImplemented("normalizeRows", 3);
}

export interface ConfusionChartOptions {
  title?: string;
  /** Show shares of each true class (rows sum to 1) instead of counts. */
  normalize?: boolean;
}

/**
 * A vega-lite heatmap of the matrix, built with lib/plot's `heatmap` (README task 3).
 * @throws as formatConfusionMatrix.
 */
export function confusionMatrixChart(
  _cm: readonly (readonly number[])[],
  _names: readonly string[],
  _options: ConfusionChartOptions = {},
): VegaLiteSpec {
  throw new NotImplemented("confusionMatrixChart", 3);
}

/** The chart rendered to an SVG document with lib/plot's `renderSvg`. */
export async function confusionMatrixSvg(
  _cm: readonly (readonly number[])[],
  _names: readonly string[],
  _options: ConfusionChartOptions = {},
): Promise<string> {
  throw new NotImplemented("confusionMatrixSvg", 3);
}

// ---------------------------------------------------------------------------------------------
// Task 4: tree vs forest on Iris

/** Fold accuracies and their summary (a CrossValidation is one). */
export interface FoldScores {
  foldAccuracies: Float64Array;
  mean: number;
  std: number;
}

/** A model's name and cross-validation scores. */
export interface ModelResult {
  name: string;
  cv: FoldScores;
}

/** The four-line verdict of README task 4. */
export function comparisonReport(_a: ModelResult, _b: ModelResult): string {
  throw new NotImplemented("comparisonReport", 4);
}

/** Options of compareTreeAndForest. */
export interface IrisOptions {
  /** Number of folds; default 5. */
  k?: number;
  /** Number of repetitions of the k-fold cross-validation with different shuffles; default 5. */
  repeats?: number;
  /** Repetition r uses the seed `seed + r` for its folds and its forest; default 0. */
  seed?: number;
  /** Trees in the forest; default 100. */
  nEstimators?: number;
}

/** Everything compareTreeAndForest found. */
export interface IrisComparison {
  /** The k·repeats fold accuracies of the tree (repetition 0's folds first) and their mean ± std. */
  tree: FoldScores;
  forest: FoldScores;
  /** Out-of-fold confusion matrices summed over the repetitions (each adds up to 150 · repeats). */
  treeConfusion: number[][];
  forestConfusion: number[][];
  /** comparisonReport with the names "decision tree" (first) and "random forest". */
  report: string;
}

/** Repeated stratified k-fold cross-validation of a decision tree and a random forest on Iris (README task 4). */
export async function compareTreeAndForest(_options: IrisOptions = {}): Promise<IrisComparison> {
  throw new NotImplemented("compareTreeAndForest", 4);
}
