/**
 * 5.3.1 Metrics — reference solution (tasks 1 to 5).
 */
import {
  AVERAGES,
  type Average,
  type ConfusionMatrix,
  type LogLossOptions,
  type PerClassOptions,
  type PerClassScores,
  type PrecisionRecallCurve,
  type RocCurve,
  type RocOptions,
  type ScoreOptions,
  type Scores,
  type ZeroDivision,
} from "@exercise/5.3-mlops/01-metrics/metrics.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";

// ---------------------------------------------------------------------------------------------
// Validation

/** Two label arrays of the same, non-zero length whose values are all 32-bit integers. */
function checkLabels(where: string, yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  if (yTrue.length !== yPred.length) {
    throw new ShapeError(`${where}: yTrue has ${yTrue.length} labels but yPred has ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new InvalidArgument(`${where}: no labels`);
  for (const [name, y] of [
    ["yTrue", yTrue],
    ["yPred", yPred],
  ] as const) {
    for (let i = 0; i < y.length; i++) {
      // x | 0 is x exactly for the 32-bit integers (NaN, 1.5 and 2³¹ are not).
      if ((y[i] | 0) !== y[i]) {
        throw new InvalidArgument(`${where}: ${name}[${i}] = ${y[i]} is not a 32-bit integer label`);
      }
    }
  }
  return yTrue.length;
}

/** 0/1 labels and finite scores of the same, non-zero length. */
function checkBinaryScores(where: string, yTrue: ArrayLike<number>, scores: ArrayLike<number>): void {
  assertVector(scores, `${where}: scores`);
  assertVector(yTrue, `${where}: yTrue`, { length: scores.length });
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) {
      throw new InvalidArgument(`${where}: yTrue[${i}] = ${yTrue[i]}; labels must be 0 or 1`);
    }
  }
}

function checkZeroDivision(where: string, zeroDivision: unknown): ZeroDivision {
  if (zeroDivision !== 0 && zeroDivision !== 1) {
    throw new InvalidArgument(`${where}: zeroDivision must be 0 or 1, got ${String(zeroDivision)}`);
  }
  return zeroDivision;
}

/** The distinct values of the arrays, ascending as numbers (not as strings: 2 < 9 < 10). */
function distinctLabels(...arrays: ArrayLike<number>[]): Int32Array {
  const seen = new Set<number>();
  for (const a of arrays) for (let i = 0; i < a.length; i++) seen.add(a[i]);
  return Int32Array.from(seen).sort();
}

// ---------------------------------------------------------------------------------------------
// Task 1

/** Task 1. counts(i, j) = samples with true label labels[i] predicted as labels[j]. */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  labels?: ArrayLike<number>,
): ConfusionMatrix {
  const n = checkLabels("confusionMatrix", yTrue, yPred);
  let order: Int32Array;
  if (labels === undefined) {
    order = distinctLabels(yTrue, yPred);
  } else {
    if (labels.length === 0) throw new InvalidArgument("confusionMatrix: labels is empty");
    order = new Int32Array(labels.length);
    for (let k = 0; k < labels.length; k++) {
      if ((labels[k] | 0) !== labels[k]) {
        throw new InvalidArgument(`confusionMatrix: labels[${k}] = ${labels[k]} is not a 32-bit integer`);
      }
      order[k] = labels[k];
    }
    if (new Set(order).size !== order.length) throw new InvalidArgument("confusionMatrix: labels repeat");
  }
  const index = new Map<number, number>();
  for (let j = 0; j < order.length; j++) index.set(order[j], j);
  const k = order.length;
  const counts = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const t = index.get(yTrue[i]);
    const p = index.get(yPred[i]);
    if (t === undefined || p === undefined) {
      throw new InvalidArgument(
        `confusionMatrix: sample ${i} has label ${t === undefined ? yTrue[i] : yPred[i]}, which is not in labels`,
      );
    }
    counts[t * k + p]++;
  }
  return { labels: order, counts: { data: counts, rows: k, cols: k } };
}

/** Task 1. The fraction of positions where yPred equals yTrue. */
export function accuracyScore(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = checkLabels("accuracyScore", yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < n; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / n;
}

// ---------------------------------------------------------------------------------------------
// Task 2

/** tp, predicted and true counts of each label (the diagonal, column and row sums of the confusion matrix). */
function classCounts(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, labels: Int32Array) {
  const index = new Map<number, number>();
  for (let k = 0; k < labels.length; k++) index.set(labels[k], k);
  const tp = new Float64Array(labels.length);
  const predicted = new Float64Array(labels.length);
  const actual = new Float64Array(labels.length);
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]);
    const p = index.get(yPred[i]);
    if (t !== undefined) actual[t]++;
    if (p !== undefined) predicted[p]++;
    if (t !== undefined && t === p) tp[t]++;
  }
  return { tp, predicted, actual };
}

function divide(a: number, b: number, zeroDivision: ZeroDivision): number {
  return b === 0 ? zeroDivision : a / b;
}

/** F1 from one class's own precision and recall; 0 when both are 0. */
function f1Of(p: number, r: number): number {
  const denominator = p + r;
  return denominator === 0 ? 0 : (2 * p * r) / denominator;
}

function scoresOf(
  tp: Float64Array,
  predicted: Float64Array,
  actual: Float64Array,
  zeroDivision: ZeroDivision,
): { precision: Float64Array; recall: Float64Array; f1: Float64Array } {
  const precision = tp.map((t, c) => divide(t, predicted[c], zeroDivision));
  const recall = tp.map((t, c) => divide(t, actual[c], zeroDivision));
  const f1 = precision.map((p, c) => f1Of(p, recall[c]));
  return { precision, recall, f1 };
}

/** Task 2. Precision, recall, F1 and support of every label. */
export function perClassScores(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  options: PerClassOptions = {},
): PerClassScores {
  checkLabels("perClassScores", yTrue, yPred);
  const zeroDivision = checkZeroDivision("perClassScores", options.zeroDivision ?? 0);
  const labels = distinctLabels(yTrue, yPred);
  const { tp, predicted, actual } = classCounts(yTrue, yPred, labels);
  return { labels, ...scoresOf(tp, predicted, actual, zeroDivision), support: Int32Array.from(actual) };
}

function mean(values: Float64Array, weights?: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let c = 0; c < values.length; c++) {
    const w = weights === undefined ? 1 : weights[c];
    sum += values[c] * w;
    total += w;
  }
  return sum / total;
}

/** Task 2. Precision, recall and F1 under one average. */
export function precisionRecallF1(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  options: ScoreOptions = {},
): Scores {
  const where = "precisionRecallF1";
  checkLabels(where, yTrue, yPred);
  const zeroDivision = checkZeroDivision(where, options.zeroDivision ?? 0);
  const average: Average = options.average ?? "binary";
  if (!AVERAGES.includes(average)) {
    throw new InvalidArgument(
      `${where}: average must be one of ${AVERAGES.join(", ")}, got ${String(average)}`,
    );
  }
  const present = distinctLabels(yTrue, yPred);
  if (average === "binary") {
    const posLabel = options.posLabel ?? 1;
    if ((posLabel | 0) !== posLabel) throw new InvalidArgument(`${where}: posLabel must be a 32-bit integer`);
    if (present.length > 2) {
      throw new InvalidArgument(
        `${where}: average "binary" needs at most two labels, found ${present.length} (${present.join(", ")}); use "macro", "micro" or "weighted"`,
      );
    }
    if (present.length === 2 && !present.includes(posLabel)) {
      throw new InvalidArgument(
        `${where}: posLabel ${posLabel} is not one of the labels ${present.join(", ")}`,
      );
    }
    const { tp, predicted, actual } = classCounts(yTrue, yPred, Int32Array.of(posLabel));
    const s = scoresOf(tp, predicted, actual, zeroDivision);
    return { precision: s.precision[0], recall: s.recall[0], f1: s.f1[0] };
  }
  const { tp, predicted, actual } = classCounts(yTrue, yPred, present);
  if (average === "micro") {
    const sum = (a: Float64Array) => Float64Array.of(a.reduce((x, y) => x + y, 0));
    const s = scoresOf(sum(tp), sum(predicted), sum(actual), zeroDivision);
    return { precision: s.precision[0], recall: s.recall[0], f1: s.f1[0] };
  }
  const s = scoresOf(tp, predicted, actual, zeroDivision);
  const weights = average === "weighted" ? actual : undefined;
  return { precision: mean(s.precision, weights), recall: mean(s.recall, weights), f1: mean(s.f1, weights) };
}

// ---------------------------------------------------------------------------------------------
// Tasks 3 and 4: counts at each distinct threshold

/**
 * scikit-learn's `_binary_clf_curve`: the distinct scores in descending order, and for each the
 * number of positives (tp) and negatives (fp) scored at least that high.
 */
function countsByThreshold(yTrue: ArrayLike<number>, scores: ArrayLike<number>) {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (yTrue[i] === 1) tp++;
    else fp++;
    // Only after the last sample of a run of equal scores: tied samples share one threshold.
    if (k === n - 1 || scores[order[k + 1]] !== scores[i]) {
      thresholds.push(scores[i]);
      tps.push(tp);
      fps.push(fp);
    }
  }
  return { thresholds, tps, fps };
}

// ---------------------------------------------------------------------------------------------
// Task 3

/** Task 3. The ROC curve, one point per distinct score (or only its corners). */
export function rocCurve(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  options: RocOptions = {},
): RocCurve {
  checkBinaryScores("rocCurve", yTrue, scores);
  let { thresholds, tps, fps } = countsByThreshold(yTrue, scores);
  const positives = tps[tps.length - 1];
  const negatives = fps[fps.length - 1];
  if (positives === 0 || negatives === 0) {
    throw new InvalidArgument(
      `rocCurve: yTrue has no ${positives === 0 ? "positive" : "negative"} sample, so the ${positives === 0 ? "true" : "false"} positive rate is undefined`,
    );
  }
  if (options.dropIntermediate && tps.length > 2) {
    // Keep the ends and every point where the curve bends (a non-zero second difference).
    const keep: number[] = [];
    for (let k = 0; k < tps.length; k++) {
      const corner =
        k === 0 ||
        k === tps.length - 1 ||
        fps[k + 1] - 2 * fps[k] + fps[k - 1] !== 0 ||
        tps[k + 1] - 2 * tps[k] + tps[k - 1] !== 0;
      if (corner) keep.push(k);
    }
    thresholds = keep.map((k) => thresholds[k]);
    tps = keep.map((k) => tps[k]);
    fps = keep.map((k) => fps[k]);
  }
  const m = tps.length + 1;
  const fpr = new Float64Array(m);
  const tpr = new Float64Array(m);
  const out = new Float64Array(m);
  out[0] = thresholds[0] + 1;
  for (let k = 0; k < tps.length; k++) {
    fpr[k + 1] = fps[k] / negatives;
    tpr[k + 1] = tps[k] / positives;
    out[k + 1] = thresholds[k];
  }
  return { fpr, tpr, thresholds: out };
}

/** Task 3. The trapezoid-rule area under the points (x[k], y[k]); x monotonic. */
export function auc(x: ArrayLike<number>, y: ArrayLike<number>): number {
  assertVector(x, "auc: x");
  assertVector(y, "auc: y", { length: x.length });
  if (x.length < 2) throw new InvalidArgument(`auc: needs at least 2 points, got ${x.length}`);
  let rising = false;
  let falling = false;
  for (let k = 1; k < x.length; k++) {
    if (x[k] > x[k - 1]) rising = true;
    if (x[k] < x[k - 1]) falling = true;
  }
  if (rising && falling) throw new InvalidArgument("auc: x is neither increasing nor decreasing");
  let area = 0;
  for (let k = 1; k < x.length; k++) area += ((x[k] - x[k - 1]) * (y[k] + y[k - 1])) / 2;
  return falling ? -area : area;
}

/** Task 3. The area under the ROC curve. */
export function rocAucScore(yTrue: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { fpr, tpr } = rocCurve(yTrue, scores);
  return auc(fpr, tpr);
}

// ---------------------------------------------------------------------------------------------
// Task 4

/** Task 4. The precision–recall curve, thresholds ascending, ending at (recall 0, precision 1). */
export function precisionRecallCurve(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
): PrecisionRecallCurve {
  checkBinaryScores("precisionRecallCurve", yTrue, scores);
  const { thresholds, tps, fps } = countsByThreshold(yTrue, scores);
  const m = thresholds.length;
  const positives = tps[m - 1];
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const j = m - 1 - k; // ascending thresholds
    precision[k] = tps[j] / (tps[j] + fps[j]);
    // No positive at all: recall is taken as 1 everywhere (scikit-learn's rule).
    recall[k] = positives === 0 ? 1 : tps[j] / positives;
    out[k] = thresholds[j];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds: out };
}

/** Task 4. Average precision: Σₖ (Rₖ − Rₖ₊₁)·Pₖ over the curve, a step-wise sum (no interpolation). */
export function averagePrecisionScore(yTrue: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { precision, recall } = precisionRecallCurve(yTrue, scores);
  let ap = 0;
  for (let k = 0; k + 1 < recall.length; k++) ap += (recall[k] - recall[k + 1]) * precision[k];
  return ap;
}

// ---------------------------------------------------------------------------------------------
// Task 5

function isMatrix(p: unknown): p is Matrix {
  return typeof p === "object" && p !== null && "data" in p && "rows" in p && "cols" in p;
}

function checkProbability(where: string, p: number, at: string): void {
  if (!(p >= 0 && p <= 1)) throw new InvalidArgument(`${where}: probability ${at} is ${p}, not in [0, 1]`);
}

/** Task 5. Mean cross-entropy, clipped to [eps, 1 − eps] and renormalised as scikit-learn 1.2.1 does. */
export function logLoss(
  yTrue: ArrayLike<number>,
  probabilities: ArrayLike<number> | Matrix,
  options: LogLossOptions = {},
): number {
  const where = "logLoss";
  const eps = options.eps ?? Number.EPSILON;
  if (!(eps >= 0 && eps < 0.5)) throw new InvalidArgument(`${where}: eps must be in [0, 0.5), got ${eps}`);
  const clip = (p: number) => Math.min(Math.max(p, eps), 1 - eps);
  if (isMatrix(probabilities)) {
    assertMatrix(probabilities, `${where}: probabilities`);
    const { data, rows, cols } = probabilities;
    if (cols < 2) throw new InvalidArgument(`${where}: probabilities needs at least 2 columns, got ${cols}`);
    assertVector(yTrue, `${where}: yTrue`, { length: rows });
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const y = yTrue[i];
      if (!(Number.isInteger(y) && y >= 0 && y < cols)) {
        throw new InvalidArgument(`${where}: yTrue[${i}] = ${y} is not a column index in [0, ${cols})`);
      }
      let rowSum = 0;
      for (let j = 0; j < cols; j++) {
        checkProbability(where, data[i * cols + j], `(${i}, ${j})`);
        rowSum += clip(data[i * cols + j]);
      }
      sum -= Math.log(clip(data[i * cols + y]) / rowSum);
    }
    return sum / rows;
  }
  assertVector(probabilities, `${where}: probabilities`);
  assertVector(yTrue, `${where}: yTrue`, { length: probabilities.length });
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const y = yTrue[i];
    if (y !== 0 && y !== 1) throw new InvalidArgument(`${where}: yTrue[${i}] = ${y}; labels must be 0 or 1`);
    checkProbability(where, probabilities[i], `[${i}]`);
    // The row [1 − p, p] of the two classes, clipped, then renormalised (its sum is 1 in practice).
    const p = clip(probabilities[i]);
    const q = 1 - p;
    sum -= Math.log((y === 1 ? p : q) / (q + p));
  }
  return sum / probabilities.length;
}
