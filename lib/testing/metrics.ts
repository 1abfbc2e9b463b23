/**
 * Trusted metrics for specs: every figure a spec records with `recordMetric` or compares with a
 * threshold is computed here, on the spec's side, from what the learner's code returned
 * (predictions, labels, centres, fitted values) — never taken from a learner's own `accuracy`,
 * `r2Score` or `model.inertia`. The learner's metric functions keep their own correctness
 * tests; specs compare them with these where a figure is scored, so that a function that
 * reports a better number than its predictions earn fails the test that records it.
 *
 * Inputs are plain arrays; a length mismatch fails the test with `<what>: …`. NaN is never
 * skipped: a NaN prediction is a wrong answer, and a NaN value makes MSE and R² NaN, which
 * fails every threshold.
 */
import type * as tfTypes from "@tensorflow/tfjs";
import { expect } from "vitest";
import type { Matrix } from "../ml/matrix";

function sameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): number {
  if (a.length !== b.length) expect.fail(`${what}: ${b.length} predictions for ${a.length} true values`);
  if (a.length === 0) expect.fail(`${what}: no values`);
  return a.length;
}

/** The fraction of positions where `predicted` equals `labels` (NaN is never equal). */
export function accuracyOf(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  what = "accuracy",
): number {
  const n = sameLength(labels, predicted, what);
  let correct = 0;
  for (let i = 0; i < n; i++) if (predicted[i] === labels[i]) correct++;
  return correct / n;
}

/** (1/n) Σ (yPred − yTrue)². */
export function meanSquaredErrorOf(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  what = "mean squared error",
): number {
  const n = sameLength(yTrue, yPred, what);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((yPred[i] as number) - (yTrue[i] as number)) ** 2;
  return sum / n;
}

/** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², the coefficient of determination (NaN when y is constant). */
export function r2Of(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, what = "R²"): number {
  const n = sameLength(yTrue, yPred, what);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i] as number;
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i] as number;
    residual += (y - (yPred[i] as number)) ** 2;
    total += (y - mean) ** 2;
  }
  return total === 0 ? Number.NaN : 1 - residual / total;
}

/**
 * Purity of a clustering against known classes: each cluster counts the members of its
 * majority class, and the counts are divided by n.
 */
export function purityOf(classes: ArrayLike<number>, clusters: ArrayLike<number>, what = "purity"): number {
  const n = sameLength(classes, clusters, what);
  const tally = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const cluster = clusters[i] as number;
    const counts = tally.get(cluster) ?? new Map<number, number>();
    counts.set(classes[i] as number, (counts.get(classes[i] as number) ?? 0) + 1);
    tally.set(cluster, counts);
  }
  let majority = 0;
  for (const counts of tally.values()) majority += Math.max(...counts.values());
  return majority / n;
}

function squaredDistance(X: Matrix, i: number, centres: Matrix, c: number): number {
  let d = 0;
  for (let j = 0; j < X.cols; j++)
    d += ((X.data[i * X.cols + j] as number) - (centres.data[c * X.cols + j] as number)) ** 2;
  return d;
}

function checkCentres(X: Matrix, centres: Matrix, what: string): void {
  if (centres.cols !== X.cols) expect.fail(`${what}: centres have ${centres.cols} columns, X has ${X.cols}`);
  if (centres.rows === 0) expect.fail(`${what}: no centres`);
}

/** The index of each row's nearest centre (squared euclidean distance; the lowest index on a tie). */
export function nearestCentres(X: Matrix, centres: Matrix, what = "nearest centres"): Int32Array {
  checkCentres(X, centres, what);
  const labels = new Int32Array(X.rows);
  for (let i = 0; i < X.rows; i++) {
    let best = 0;
    let bestD = squaredDistance(X, i, centres, 0);
    for (let c = 1; c < centres.rows; c++) {
      const d = squaredDistance(X, i, centres, c);
      if (d < bestD) {
        best = c;
        bestD = d;
      }
    }
    labels[i] = best;
  }
  return labels;
}

/**
 * The within-cluster sum of squares Σᵢ ‖xᵢ − c_labelᵢ‖² of `labels` (each an index into
 * `centres`), or, without labels, of the nearest centres: the k-means objective of the centres
 * alone, which no choice of labels can lower.
 */
export function inertiaOf(X: Matrix, centres: Matrix, labels?: ArrayLike<number>, what = "inertia"): number {
  checkCentres(X, centres, what);
  const assigned = labels ?? nearestCentres(X, centres, what);
  if (assigned.length !== X.rows) expect.fail(`${what}: ${assigned.length} labels for ${X.rows} rows`);
  let total = 0;
  for (let i = 0; i < X.rows; i++) {
    const c = assigned[i] as number;
    if (!(Number.isInteger(c) && c >= 0 && c < centres.rows)) {
      expect.fail(`${what}: label ${c} of row ${i} is not a centre index in [0, ${centres.rows})`);
    }
    total += squaredDistance(X, i, centres, c);
  }
  return total;
}

/** The index of the largest value of each row of a row-major `rows × cols` array (the first on a tie). */
export function argmaxRows(values: ArrayLike<number>, rows: number, cols: number): Int32Array {
  if (values.length !== rows * cols) expect.fail(`argmaxRows: ${values.length} values for ${rows} × ${cols}`);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < cols; c++)
      if ((values[r * cols + c] as number) > (values[r * cols + best] as number)) best = c;
    out[r] = best;
  }
  return out;
}

/**
 * The class a TensorFlow.js classifier predicts for each of `count` inputs (the argmax of its
 * output row), `batchSize` inputs at a time. `inputs` holds the inputs one after the other,
 * each of shape `shape` (e.g. `[28, 28, 1]`), already scaled as the model expects. Every
 * tensor made here is disposed.
 */
export async function predictedClasses(
  tf: typeof tfTypes,
  model: tfTypes.LayersModel,
  inputs: Float32Array,
  shape: readonly number[],
  batchSize = 1000,
): Promise<Int32Array> {
  const size = shape.reduce((a, b) => a * b, 1);
  if (inputs.length % size !== 0)
    expect.fail(`predictedClasses: ${inputs.length} values are not whole inputs of ${size}`);
  const count = inputs.length / size;
  const out = new Int32Array(count);
  for (let start = 0; start < count; start += batchSize) {
    const n = Math.min(batchSize, count - start);
    const classes = tf.tidy(() => {
      const x = tf.tensor(inputs.subarray(start * size, (start + n) * size), [n, ...shape]);
      return (model.predict(x) as tfTypes.Tensor).argMax(-1);
    });
    try {
      out.set(await classes.data(), start);
    } finally {
      classes.dispose();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Binary detectors (5.3): counts, thresholds, ranking metrics. Labels are 0/1, 1 the positive class.

function binaryLabels(labels: ArrayLike<number>, what: string): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) expect.fail(`${what}: label ${labels[i]} at ${i} is not 0 or 1`);
  }
}

function finiteScores(scores: ArrayLike<number>, what: string): void {
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i])) expect.fail(`${what}: score ${scores[i]} at ${i} is not finite`);
  }
}

/** The four counts of a binary classification (positive = 1). */
export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** tp, fp, fn, tn of 0/1 predictions against 0/1 labels; a prediction other than 1 counts as negative. */
export function binaryCountsOf(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  what = "binary counts",
): BinaryCounts {
  const n = sameLength(labels, predicted, what);
  binaryLabels(labels, what);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < n; i++) {
    const positive = predicted[i] === 1;
    if (labels[i] === 1) positive ? c.tp++ : c.fn++;
    else positive ? c.fp++ : c.tn++;
  }
  return c;
}

/** 1 where score ≥ threshold, else 0 (the convention of ROC and precision–recall curves). */
export function thresholdedOf(scores: ArrayLike<number>, threshold: number): Int32Array {
  return Int32Array.from(scores, (s) => (s >= threshold ? 1 : 0));
}

/** Precision tp/(tp+fp), recall tp/(tp+fn), F1 2tp/(2tp+fp+fn); a 0/0 is `zeroDivision`, F1 of tp = 0 is 0. */
export function precisionRecallF1Of(
  c: BinaryCounts,
  zeroDivision: 0 | 1 = 0,
): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? zeroDivision : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? zeroDivision : c.tp / (c.tp + c.fn);
  // scikit-learn's F1 from the substituted P and R: 1 only when both are 1 by zero division.
  const f1 = c.tp === 0 ? (precision === 1 && recall === 1 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

/**
 * The counts at every distinct threshold: `thresholds` descending, and `tp[k]`, `fp[k]` the
 * positives and negatives scored ≥ thresholds[k] (tied scores share one threshold).
 */
export interface RankedCounts {
  thresholds: Float64Array;
  tp: Float64Array;
  fp: Float64Array;
  positives: number;
  negatives: number;
}

export function rankedCountsOf(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  what = "ranked counts",
): RankedCounts {
  const n = sameLength(labels, scores, what);
  binaryLabels(labels, what);
  finiteScores(scores, what);
  const order = Float64Array.from(scores)
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    labels[i] === 1 ? tp++ : fp++;
    const next = order[k + 1];
    if (next === undefined || scores[next] !== scores[i]) {
      thresholds.push(scores[i] as number);
      tps.push(tp);
      fps.push(fp);
    }
  }
  return {
    thresholds: Float64Array.from(thresholds),
    tp: Float64Array.from(tps),
    fp: Float64Array.from(fps),
    positives: tp,
    negatives: fp,
  };
}

/**
 * ROC AUC as the Mann–Whitney statistic: the probability that a random positive scores above a
 * random negative, ties counting one half (the trapezoid area under the ROC curve, computed
 * without it). Needs both classes.
 */
export function rocAucOf(labels: ArrayLike<number>, scores: ArrayLike<number>, what = "ROC AUC"): number {
  const { tp, fp, positives, negatives } = rankedCountsOf(labels, scores, what);
  if (positives === 0 || negatives === 0) expect.fail(`${what}: needs both classes`);
  // Each group of tied scores: its positives beat the negatives of every lower group, and
  // half-beat its own negatives.
  let wins = 0;
  let prevTp = 0;
  let prevFp = 0;
  for (let k = 0; k < tp.length; k++) {
    const groupTp = (tp[k] as number) - prevTp;
    const groupFp = (fp[k] as number) - prevFp;
    wins += groupTp * (negatives - (fp[k] as number)) + 0.5 * groupTp * groupFp;
    prevTp = tp[k] as number;
    prevFp = fp[k] as number;
  }
  return wins / (positives * negatives);
}

/**
 * Average precision, scikit-learn's step-wise sum: Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the distinct
 * thresholds from the highest down (no interpolation, no trapezoid). Without positives it is 0.
 */
export function averagePrecisionOf(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  what = "average precision",
): number {
  const { tp, fp, positives } = rankedCountsOf(labels, scores, what);
  if (positives === 0) return 0;
  let ap = 0;
  let prevTp = 0;
  for (let k = 0; k < tp.length; k++) {
    const t = tp[k] as number;
    ap += ((t - prevTp) / positives) * (t / (t + (fp[k] as number)));
    prevTp = t;
  }
  return ap;
}

/** Binary log loss −mean[y ln p + (1 − y) ln(1 − p)] with p clipped to [eps, 1 − eps] (scikit-learn 1.2). */
export function logLossOf(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  eps = Number.EPSILON,
  what = "log loss",
): number {
  const n = sameLength(labels, probabilities, what);
  binaryLabels(labels, what);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const raw = probabilities[i] as number;
    if (!(raw >= 0 && raw <= 1)) expect.fail(`${what}: probability ${raw} at ${i} is not in [0, 1]`);
    const p = Math.min(Math.max(raw, eps), 1 - eps);
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / n;
}
