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
