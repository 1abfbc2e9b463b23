/**
 * 6.1.1 The perceptron.
 *
 * Read README.md in this folder first. Conventions:
 *
 * - A batch of n samples with d features is ONE Float64Array of length n·d, row-major:
 *   sample i is `X.subarray(i·d, (i + 1)·d)`. Labels are 0 or 1.
 * - Errors come from lib/errors: ShapeError when lengths do not fit, InvalidArgument for a
 *   bad value (a label that is not 0 or 1, NaN, a learning rate ≤ 0, no samples…).
 */
import type { IrisRow } from "../../../datasets";
import { InvalidArgument, NotImplemented } from "../../../lib/errors";
import type { Rng } from "../../../lib/rng";

/** A perceptron: one weight per feature, and a bias. */
export interface Perceptron {
  weights: Float64Array;
  bias: number;
}

/** A new perceptron with `features` zero weights and a zero bias (written for you). */
export function createPerceptron(features: number): Perceptron {
  if (!(Number.isInteger(features) && features >= 1)) {
    throw new InvalidArgument(`createPerceptron: features must be an integer ≥ 1, got ${features}`);
  }
  return { weights: new Float64Array(features), bias: 0 };
}

// ---------------------------------------------------------------------------------------------
// Task 1. Weighted sum and step
// ---------------------------------------------------------------------------------------------

/**
 * The weighted sum z = w·x + b = Σᵢ wᵢxᵢ + b.
 * @throws ShapeError when `x.length` differs from the number of weights;
 *   InvalidArgument when the sum is NaN (a NaN in x or in the model).
 */
export function weightedSum(_model: Perceptron, _x: ArrayLike<number>): number {
  throw new NotImplemented("weightedSum", 1);
}

/**
 * The Heaviside step function: 1 if z ≥ 0, else 0 (so step(0) = 1).
 * @throws InvalidArgument when z is NaN.
 */
export function step(_z: number): 0 | 1 {
  throw new NotImplemented("step", 1);
}

/** The perceptron's prediction for one sample: step(w·x + b). Same errors as `weightedSum`. */
export function predict(_model: Perceptron, _x: ArrayLike<number>): 0 | 1 {
  throw new NotImplemented("predict", 1);
}

/**
 * `predict` for every row of a row-major batch X (n × d, d = the number of weights).
 * @returns a Uint8Array of n predictions (0 or 1); empty when X is empty.
 * @throws ShapeError when X.length is not a multiple of d.
 */
export function predictBatch(_model: Perceptron, _X: Float64Array): Uint8Array {
  throw new NotImplemented("predictBatch", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2. The learning rule
// ---------------------------------------------------------------------------------------------

/**
 * One step of the perceptron learning rule on the sample (x, y), modifying `model` in place:
 *
 *     ŷ = predict(model, x)
 *     if ŷ ≠ y:   w ← w + η·(y − ŷ)·x     and     b ← b + η·(y − ŷ)
 *
 * A correctly classified sample changes nothing.
 *
 * @param y the true label, 0 or 1.
 * @param learningRate η, finite and > 0; default 1.
 * @returns true when the model was updated (the sample was misclassified), false otherwise.
 * @throws InvalidArgument for a label other than 0 or 1 or a bad learning rate; ShapeError as
 *   in `weightedSum`.
 */
export function perceptronUpdate(
  _model: Perceptron,
  _x: ArrayLike<number>,
  _y: number,
  _learningRate = 1,
): boolean {
  throw new NotImplemented("perceptronUpdate", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3. Training until convergence (or not)
// ---------------------------------------------------------------------------------------------

export interface TrainOptions {
  /** η; finite and > 0. Default 1. */
  learningRate?: number;
  /** The most passes over the data; an integer ≥ 1. Default 100. */
  maxEpochs?: number;
  /**
   * When given, each epoch visits the samples in the order `rng.permutation(n)` (a new
   * permutation every epoch); otherwise in the order 0, 1, …, n − 1.
   */
  rng?: Rng;
}

export interface TrainResult {
  /** The trained model (training starts from `createPerceptron(features)`: all zeros). */
  model: Perceptron;
  /** True when an epoch made no mistake: the training data are separated. */
  converged: boolean;
  /** Epochs run, the final clean one included; `maxEpochs` when it did not converge. */
  epochs: number;
  /** Total number of updates (= mistakes) over the whole run. */
  updates: number;
  /** The number of mistakes made during each epoch; its length is `epochs`. */
  mistakesPerEpoch: number[];
}

/**
 * The perceptron algorithm. Start from zero weights and bias; repeat epochs — one pass over
 * every sample, applying `perceptronUpdate` to each — until an epoch makes no mistake
 * (converged) or `maxEpochs` epochs have run. Not converging is a RESULT
 * (`converged: false`), not an error: it is what happens on data that are not linearly
 * separable, such as XOR.
 *
 * @param X n × features, row-major; every value finite.
 * @param labels n labels, each 0 or 1.
 * @param features the number of columns d of X (an integer ≥ 1).
 * @throws ShapeError when X.length is not n·features or labels.length ≠ n; InvalidArgument for
 *   no samples, a non-finite value in X, a label other than 0/1, or options out of range.
 */
export function trainPerceptron(
  _X: Float64Array,
  _labels: ArrayLike<number>,
  _features: number,
  _options: TrainOptions = {},
): TrainResult {
  throw new NotImplemented("trainPerceptron", 3);
}

// ---------------------------------------------------------------------------------------------
// Task 4. Real data: Iris
// ---------------------------------------------------------------------------------------------

/** The four numeric columns of an Iris row. */
export type IrisFeature = "sepalLength" | "sepalWidth" | "petalLength" | "petalWidth";

/** An Iris species: "setosa", "versicolor" or "virginica". */
export type IrisSpecies = IrisRow["species"];

/** A binary data set in the layout `trainPerceptron` takes. */
export interface BinaryDataset {
  /** n × features.length, row-major, the columns in the order of `features`. */
  X: Float64Array;
  /** 1 for the `positive` species, 0 for the `negative` one. */
  labels: Uint8Array;
}

/**
 * Turns Iris rows into a binary data set: the rows of the `negative` and `positive` species,
 * in their original order (the third species is left out), with the given feature columns.
 *
 * @example irisBinary(rows, ["sepalLength", "petalLength"]) → 100 rows: setosa = 0, versicolor = 1
 * @throws InvalidArgument when `features` is empty or both species are the same.
 */
export function irisBinary(
  _rows: readonly IrisRow[],
  _features: readonly IrisFeature[],
  _negative: IrisSpecies = "setosa",
  _positive: IrisSpecies = "versicolor",
): BinaryDataset {
  throw new NotImplemented("irisBinary", 4);
}

/**
 * The fraction of the rows of X that the model labels correctly, in [0, 1].
 * @throws ShapeError when labels.length differs from the number of rows; InvalidArgument when
 *   there are no rows.
 */
export function accuracy(_model: Perceptron, _X: Float64Array, _labels: ArrayLike<number>): number {
  throw new NotImplemented("accuracy", 4);
}
