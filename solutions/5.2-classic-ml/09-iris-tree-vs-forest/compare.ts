/**
 * 5.2.9 Iris: decision tree vs random forest — reference solution.
 *
 * Cross-validation gives every model the same folds; the out-of-fold predictions (each
 * flower predicted by the model that did not train on it) feed one confusion matrix per
 * model; a short report says which model won and by how much.
 */

import type {
  Classifier,
  ConfusionChartOptions,
  CrossValidation,
  FoldScores,
  IrisComparison,
  IrisOptions,
  ModelResult,
} from "@exercise/5.2-classic-ml/09-iris-tree-vs-forest/compare.given";
import { IRIS_CLASSES, loadIris } from "@exercise/5.2-classic-ml/09-iris-tree-vs-forest/iris-data.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { assertMatrix, assertVector, type Matrix, selectRows, selectValues } from "../../../lib/ml/matrix";
import { kFold, type Split } from "../../../lib/ml/split";
import { heatmap, renderSvg, type VegaLiteSpec } from "../../../lib/plot";
import { DecisionTreeClassifier } from "../04-decision-tree/tree";
import { RandomForestClassifier } from "../06-ensembles/forest";

// ---------------------------------------------------------------------------------------------
// Task 1: cross-validated accuracy

/** The share of positions where `yPred` equals `yTrue`. */
export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertVector(yTrue, "accuracy: yTrue");
  assertVector(yPred, "accuracy: yPred", { length: yTrue.length });
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}

/** Mean and population standard deviation (divide by n, like numpy's `std()`). */
export function meanStd(values: ArrayLike<number>): { mean: number; std: number } {
  assertVector(values, "meanStd: values");
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(ss / n) };
}

/**
 * k-fold cross-validation: for every fold, a fresh model from `makeModel()` is fitted on the
 * fold's train rows and scored on its test rows.
 *
 * @throws ShapeError when y does not have one label per row of X.
 * @throws InvalidArgument when there are fewer than 2 folds, or the test parts are not a
 *   partition of 0..n−1 (a row tested twice or never), or a fold trains on one of its test rows.
 */
export function crossValidate(
  makeModel: () => Classifier,
  X: Matrix,
  y: ArrayLike<number>,
  folds: readonly Split[],
): CrossValidation {
  assertMatrix(X, "crossValidate: X");
  assertVector(y, "crossValidate: y", { length: X.rows });
  if (folds.length < 2)
    throw new InvalidArgument(`crossValidate: needs at least 2 folds, got ${folds.length}`);
  const n = X.rows;
  const testedBy = new Int32Array(n).fill(-1);
  folds.forEach((fold, f) => {
    for (const i of fold.test) {
      if (i >= n) throw new InvalidArgument(`crossValidate: fold ${f} tests row ${i}, but X has ${n} rows`);
      if (testedBy[i] !== -1) {
        throw new InvalidArgument(
          `crossValidate: row ${i} is in the test part of folds ${testedBy[i]} and ${f}`,
        );
      }
      testedBy[i] = f;
    }
    const leak = fold.train.find((i) => testedBy[i] === f);
    if (leak !== undefined) {
      throw new InvalidArgument(`crossValidate: fold ${f} trains on row ${leak}, which it also tests`);
    }
  });
  const missing = testedBy.indexOf(-1);
  if (missing >= 0) throw new InvalidArgument(`crossValidate: row ${missing} is in no fold's test part`);

  const yTyped = Int32Array.from(y);
  const predictions = new Int32Array(n);
  const foldAccuracies = new Float64Array(folds.length);
  folds.forEach((fold, f) => {
    const model = makeModel();
    model.fit(selectRows(X, fold.train), selectValues(yTyped, fold.train));
    const pred = model.predict(selectRows(X, fold.test));
    fold.test.forEach((i, k) => {
      predictions[i] = pred[k];
    });
    foldAccuracies[f] = accuracy(selectValues(yTyped, fold.test), pred);
  });
  return { foldAccuracies, ...meanStd(foldAccuracies), predictions };
}

// ---------------------------------------------------------------------------------------------
// Task 2: the confusion matrix as a table

/**
 * C[i][j] = number of samples whose true label is labels[i] and predicted label is labels[j]
 * (rows: truth, columns: prediction — scikit-learn's convention).
 *
 * @throws ShapeError when yTrue and yPred differ in length.
 * @throws InvalidArgument for empty input, an empty or duplicated `labels`, or a label of
 *   yTrue/yPred that is not in `labels`.
 */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  labels: ArrayLike<number>,
): number[][] {
  assertVector(yTrue, "confusionMatrix: yTrue");
  assertVector(yPred, "confusionMatrix: yPred", { length: yTrue.length });
  assertVector(labels, "confusionMatrix: labels");
  const index = new Map<number, number>();
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    if (index.has(label)) throw new InvalidArgument(`confusionMatrix: label ${label} is listed twice`);
    index.set(label, k);
  }
  const K = labels.length;
  const cm = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s]);
    const j = index.get(yPred[s]);
    if (i === undefined)
      throw new InvalidArgument(`confusionMatrix: yTrue[${s}] = ${yTrue[s]} is not in labels`);
    if (j === undefined)
      throw new InvalidArgument(`confusionMatrix: yPred[${s}] = ${yPred[s]} is not in labels`);
    cm[i][j]++;
  }
  return cm;
}

function assertSquare(cm: readonly (readonly number[])[], names: readonly string[], what: string): void {
  if (cm.length === 0) throw new InvalidArgument(`${what}: the matrix is empty`);
  cm.forEach((row, i) => {
    if (row.length !== cm.length) {
      throw new ShapeError(
        `${what}: row ${i} has ${row.length} values; a confusion matrix is ${cm.length}×${cm.length}`,
      );
    }
  });
  if (names.length !== cm.length) {
    throw new ShapeError(`${what}: ${names.length} class names for a ${cm.length}×${cm.length} matrix`);
  }
}

/**
 * The matrix as a text table: a header line `true \ pred` followed by the class names, then
 * one line per true class. The first column is left-aligned and as wide as its longest
 * entry; every other column is right-aligned and as wide as its longest entry (name or
 * count); columns are separated by two spaces; no line has trailing spaces.
 */
export function formatConfusionMatrix(cm: readonly (readonly number[])[], names: readonly string[]): string {
  assertSquare(cm, names, "formatConfusionMatrix");
  const corner = "true \\ pred";
  const first = Math.max(corner.length, ...names.map((s) => s.length));
  const widths = names.map((name, j) => Math.max(name.length, ...cm.map((row) => String(row[j]).length)));
  const line = (head: string, cells: readonly string[]) =>
    [head.padEnd(first), ...cells.map((c, j) => c.padStart(widths[j]))].join("  ").trimEnd();
  return [line(corner, names), ...cm.map((row, i) => line(names[i], row.map(String)))].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Task 3: the confusion matrix as a heatmap

/** Each row divided by its sum (the share of each true class predicted as each class); a zero row stays zero. */
export function normalizeRows(cm: readonly (readonly number[])[]): number[][] {
  return cm.map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => (total === 0 ? 0 : v / total));
  });
}

/**
 * A vega-lite heatmap of the matrix (lib/plot's `heatmap`): rows = true class (y axis,
 * titled "true"), columns = predicted class (x axis, "predicted"), counts printed as
 * integers (format "d") or, normalised, as two decimals on a fixed [0, 1] colour scale.
 */
export function confusionMatrixChart(
  cm: readonly (readonly number[])[],
  names: readonly string[],
  options: ConfusionChartOptions = {},
): VegaLiteSpec {
  assertSquare(cm, names, "confusionMatrixChart");
  const normalize = options.normalize ?? false;
  const values = normalize ? normalizeRows(cm) : cm;
  return heatmap(values, {
    rowLabels: names,
    colLabels: names,
    xLabel: "predicted",
    yLabel: "true",
    valueFormat: normalize ? ".2f" : "d",
    ...(normalize ? { domain: [0, 1] as const } : {}),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
}

/** The chart rendered to an SVG document (lib/plot's `renderSvg`). */
export async function confusionMatrixSvg(
  cm: readonly (readonly number[])[],
  names: readonly string[],
  options: ConfusionChartOptions = {},
): Promise<string> {
  return renderSvg(confusionMatrixChart(cm, names, options));
}

// ---------------------------------------------------------------------------------------------
// Task 4: tree vs forest on Iris

/**
 * A short comparison of two cross-validated models, four lines:
 *
 *   decision tree: mean accuracy 0.932 ± 0.036 over 25 folds
 *   random forest: mean accuracy 0.949 ± 0.030 over 25 folds
 *   random forest wins by 1.7 percentage points (0.017).
 *   The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.
 *
 * Line 3 is `Tie: both models reach a mean accuracy of 0.953.` when the means are equal
 * (within 1e-12), and line 4 is then `There is no difference to judge.` Otherwise line 4
 * compares the difference with the larger of the two standard deviations (whichever model has
 * it): the sentence above when the margin is smaller, otherwise — a margin exactly equal to it
 * included — `The difference is larger than one standard deviation of the fold accuracies.`
 */
export function comparisonReport(a: ModelResult, b: ModelResult): string {
  const line = (m: ModelResult) =>
    `${m.name}: mean accuracy ${m.cv.mean.toFixed(3)} ± ${m.cv.std.toFixed(3)} over ${m.cv.foldAccuracies.length} folds`;
  const diff = a.cv.mean - b.cv.mean;
  const lines = [line(a), line(b)];
  if (Math.abs(diff) < 1e-12) {
    lines.push(`Tie: both models reach a mean accuracy of ${a.cv.mean.toFixed(3)}.`);
    lines.push("There is no difference to judge.");
    return lines.join("\n");
  }
  const [winner, margin] = diff > 0 ? [a.name, diff] : [b.name, -diff];
  lines.push(`${winner} wins by ${(100 * margin).toFixed(1)} percentage points (${margin.toFixed(3)}).`);
  const spread = Math.max(a.cv.std, b.cv.std);
  lines.push(
    margin < spread
      ? "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing."
      : "The difference is larger than one standard deviation of the fold accuracies.",
  );
  return lines.join("\n");
}

/**
 * Repeated stratified k-fold cross-validation of a decision tree and a random forest on Iris.
 * Repetition r (0 ≤ r < repeats) makes its folds with lib/ml's
 * `kFold(150, k, { shuffle: true, seed: seed + r, stratify: y })` and cross-validates, on those
 * same folds, a `DecisionTreeClassifier()` with default options and a
 * `RandomForestClassifier({ nEstimators, seed: seed + r })`: one documented seed per repetition,
 * for its folds and its forest alike.
 */
export async function compareTreeAndForest(options: IrisOptions = {}): Promise<IrisComparison> {
  const k = options.k ?? 5;
  const repeats = options.repeats ?? 5;
  const seed = options.seed ?? 0;
  const nEstimators = options.nEstimators ?? 100;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InvalidArgument(`compareTreeAndForest: repeats must be an integer ≥ 1, got ${repeats}`);
  }
  const { X, y } = await loadIris();
  const labels = IRIS_CLASSES.map((_, c) => c);
  const K = labels.length;
  const zero = () => Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const treeConfusion = zero();
  const forestConfusion = zero();
  const treeScores: number[] = [];
  const forestScores: number[] = [];
  const add = (total: number[][], part: number[][]) => {
    part.forEach((row, i) => {
      row.forEach((v, j) => {
        total[i][j] += v;
      });
    });
  };
  for (let r = 0; r < repeats; r++) {
    const folds = kFold(X.rows, k, { shuffle: true, seed: seed + r, stratify: y });
    const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
    const forest = crossValidate(
      () => new RandomForestClassifier({ nEstimators, seed: seed + r }),
      X,
      y,
      folds,
    );
    treeScores.push(...tree.foldAccuracies);
    forestScores.push(...forest.foldAccuracies);
    add(treeConfusion, confusionMatrix(y, tree.predictions, labels));
    add(forestConfusion, confusionMatrix(y, forest.predictions, labels));
  }
  const summary = (scores: number[]): FoldScores => ({
    foldAccuracies: Float64Array.from(scores),
    ...meanStd(scores),
  });
  const tree = summary(treeScores);
  const forest = summary(forestScores);
  return {
    tree,
    forest,
    treeConfusion,
    forestConfusion,
    report: comparisonReport({ name: "decision tree", cv: tree }, { name: "random forest", cv: forest }),
  };
}
