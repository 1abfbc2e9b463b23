/**
 * 5.2.9 Iris: decision tree vs random forest. Read README.md first. The types are given in
 * `compare.given.ts`, the data in `iris-data.given.ts`.
 *
 * Useful imports (uncomment what you use):
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { assertMatrix, assertVector, selectRows, selectValues } from "../../../lib/ml/matrix";
 *   import { kFold } from "../../../lib/ml/split";
 *   import { heatmap, renderSvg } from "../../../lib/plot";
 *   import { DecisionTreeClassifier } from "../04-decision-tree/tree";
 *   import { RandomForestClassifier } from "../06-ensembles/forest";
 *   import { IRIS_CLASSES, loadIris } from "./iris-data.given";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Split } from "../../../lib/ml/split";
import type { VegaLiteSpec } from "../../../lib/plot";
import type {
  Classifier,
  ConfusionChartOptions,
  CrossValidation,
  IrisComparison,
  IrisOptions,
  ModelResult,
} from "./compare.given";

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

/** The four-line verdict of README task 4. */
export function comparisonReport(_a: ModelResult, _b: ModelResult): string {
  throw new NotImplemented("comparisonReport", 4);
}

/**
 * Repeated stratified k-fold cross-validation of a decision tree and a random forest on Iris
 * (README task 4). Repetition r (0 ≤ r < repeats) uses the seed `seed + r` twice: for its folds,
 * `kFold(150, k, { shuffle: true, seed: seed + r, stratify: y })`, and for its forests,
 * `new RandomForestClassifier({ nEstimators, seed: seed + r })`.
 *
 * @throws InvalidArgument when `repeats` is not an integer ≥ 1 (and what kFold throws for k).
 */
export async function compareTreeAndForest(_options: IrisOptions = {}): Promise<IrisComparison> {
  throw new NotImplemented("compareTreeAndForest", 4);
}
