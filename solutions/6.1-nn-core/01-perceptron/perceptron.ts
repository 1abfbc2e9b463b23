/**
 * 6.1.1 The perceptron — reference solution.
 *
 * Data layout: a batch of n samples with d features is ONE Float64Array of length n·d,
 * row-major (sample i is `X.subarray(i·d, (i + 1)·d)`); labels are 0 or 1.
 */
import {
  type BinaryDataset,
  createPerceptron,
  type IrisFeature,
  type IrisSpecies,
  type Perceptron,
  type TrainOptions,
  type TrainResult,
} from "@exercise/6.1-nn-core/01-perceptron/perceptron.given";
import type { IrisRow } from "../../../datasets";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

// ---------------------------------------------------------------------------------------------
// Task 1. Weighted sum and step
// ---------------------------------------------------------------------------------------------

/** z = w·x + b. */
export function weightedSum(model: Perceptron, x: ArrayLike<number>): number {
  const w = model.weights;
  if (x.length !== w.length) {
    throw new ShapeError(`weightedSum: ${w.length} weights but ${x.length} features`);
  }
  let z = model.bias;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  if (Number.isNaN(z))
    throw new InvalidArgument("weightedSum: the weighted sum is NaN (NaN in x or the weights)");
  return z;
}

/** The Heaviside step: 1 if z ≥ 0, else 0. */
export function step(z: number): 0 | 1 {
  if (Number.isNaN(z)) throw new InvalidArgument("step: z is NaN");
  return z >= 0 ? 1 : 0;
}

/** step(w·x + b). */
export function predict(model: Perceptron, x: ArrayLike<number>): 0 | 1 {
  return step(weightedSum(model, x));
}

/** Checks that a row-major batch holds whole rows of `features` values; returns the row count. */
function rowsOf(X: Float64Array, features: number, what: string): number {
  if (!(Number.isInteger(features) && features >= 1)) {
    throw new InvalidArgument(`${what}: features must be an integer ≥ 1, got ${features}`);
  }
  if (X.length % features !== 0) {
    throw new ShapeError(`${what}: ${X.length} values are not whole rows of ${features} features`);
  }
  return X.length / features;
}

/** predict for every row of a row-major batch; a Uint8Array of 0s and 1s. */
export function predictBatch(model: Perceptron, X: Float64Array): Uint8Array {
  const d = model.weights.length;
  const n = rowsOf(X, d, "predictBatch");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = predict(model, X.subarray(i * d, (i + 1) * d));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Task 2. The learning rule
// ---------------------------------------------------------------------------------------------

function checkLabel(y: number, what: string): void {
  if (y !== 0 && y !== 1) throw new InvalidArgument(`${what}: labels must be 0 or 1, got ${y}`);
}

/**
 * One step of the perceptron rule on the sample (x, y): ŷ = predict(x); if ŷ ≠ y,
 * w ← w + η(y − ŷ)x and b ← b + η(y − ŷ). Returns true when it changed the model.
 */
export function perceptronUpdate(
  model: Perceptron,
  x: ArrayLike<number>,
  y: number,
  learningRate = 1,
): boolean {
  checkLabel(y, "perceptronUpdate");
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(`perceptronUpdate: learningRate must be finite and > 0, got ${learningRate}`);
  }
  const error = y - predict(model, x);
  if (error === 0) return false;
  const w = model.weights;
  for (let i = 0; i < w.length; i++) w[i] += learningRate * error * x[i];
  model.bias += learningRate * error;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Task 3. Training until convergence (or not)
// ---------------------------------------------------------------------------------------------

/**
 * The perceptron algorithm: from zero weights, repeat epochs over the data, applying
 * `perceptronUpdate` to each sample, until an epoch makes no mistake (converged) or
 * `maxEpochs` epochs have run (not converged; reported, not thrown).
 */
export function trainPerceptron(
  X: Float64Array,
  labels: ArrayLike<number>,
  features: number,
  options: TrainOptions = {},
): TrainResult {
  const { learningRate = 1, maxEpochs = 100, rng } = options;
  const n = rowsOf(X, features, "trainPerceptron");
  if (n === 0) throw new InvalidArgument("trainPerceptron: no samples");
  if (labels.length !== n) throw new ShapeError(`trainPerceptron: ${n} samples but ${labels.length} labels`);
  for (let i = 0; i < n; i++) checkLabel(labels[i], "trainPerceptron");
  for (let i = 0; i < X.length; i++) {
    if (!Number.isFinite(X[i])) throw new InvalidArgument(`trainPerceptron: X[${i}] = ${X[i]}`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(`trainPerceptron: learningRate must be finite and > 0, got ${learningRate}`);
  }
  if (!(Number.isInteger(maxEpochs) && maxEpochs >= 1)) {
    throw new InvalidArgument(`trainPerceptron: maxEpochs must be an integer ≥ 1, got ${maxEpochs}`);
  }
  const model = createPerceptron(features);
  const mistakesPerEpoch: number[] = [];
  let updates = 0;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    const order = rng ? rng.permutation(n) : undefined;
    let mistakes = 0;
    for (let k = 0; k < n; k++) {
      const i = order ? order[k] : k;
      const x = X.subarray(i * features, (i + 1) * features);
      if (perceptronUpdate(model, x, labels[i], learningRate)) mistakes++;
    }
    mistakesPerEpoch.push(mistakes);
    updates += mistakes;
    if (mistakes === 0) {
      return { model, converged: true, epochs: epoch + 1, updates, mistakesPerEpoch };
    }
  }
  return { model, converged: false, epochs: maxEpochs, updates, mistakesPerEpoch };
}

// ---------------------------------------------------------------------------------------------
// Task 4. Real data: Iris
// ---------------------------------------------------------------------------------------------

/**
 * The rows of `negative` and `positive` species (in their original order; other species are
 * left out) as a BinaryDataset with the given feature columns.
 */
export function irisBinary(
  rows: readonly IrisRow[],
  features: readonly IrisFeature[],
  negative: IrisSpecies = "setosa",
  positive: IrisSpecies = "versicolor",
): BinaryDataset {
  if (features.length === 0) throw new InvalidArgument("irisBinary: choose at least one feature");
  if (negative === positive) throw new InvalidArgument(`irisBinary: both classes are ${negative}`);
  const kept = rows.filter((r) => r.species === negative || r.species === positive);
  const d = features.length;
  const X = new Float64Array(kept.length * d);
  const labels = new Uint8Array(kept.length);
  kept.forEach((row, i) => {
    features.forEach((f, j) => {
      X[i * d + j] = row[f];
    });
    labels[i] = row.species === positive ? 1 : 0;
  });
  return { X, labels };
}

/** The fraction of rows of X that the model labels correctly, in [0, 1]. */
export function accuracy(model: Perceptron, X: Float64Array, labels: ArrayLike<number>): number {
  const predictions = predictBatch(model, X);
  if (labels.length !== predictions.length) {
    throw new ShapeError(`accuracy: ${predictions.length} samples but ${labels.length} labels`);
  }
  if (predictions.length === 0) throw new InvalidArgument("accuracy: no samples");
  let correct = 0;
  for (let i = 0; i < predictions.length; i++) if (predictions[i] === labels[i]) correct++;
  return correct / predictions.length;
}
