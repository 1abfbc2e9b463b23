/**
 * 6.1.1 The perceptron.
 *
 * Read README.md in this folder first. Conventions:
 *
 * - A batch of n samples with d features is ONE Float64Array of length n·d, row-major:
 *   sample i is `X.subarray(i·d, (i + 1)·d)`. Labels are 0 or 1.
 * - Errors come from lib/errors: ShapeError when lengths do not fit, InvalidArgument for a
 *   bad value (a label that is not 0 or 1, NaN, a learning rate ≤ 0, no samples…).
 * - The types (`Perceptron`, `TrainOptions`, `TrainResult`, …) and `createPerceptron` are given
 *   in `perceptron.given.ts`: import them, do not copy them.
 */
import type { IrisRow } from "../../../datasets";
import { NotImplemented } from "../../../lib/errors";
import type {
  BinaryDataset,
  IrisFeature,
  IrisSpecies,
  Perceptron,
  TrainOptions,
  TrainResult,
} from "./perceptron.given";

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

/**
 * The perceptron algorithm. Start from zero weights and bias; repeat epochs — one pass over
 * every sample, applying `perceptronUpdate` to each — until an epoch makes no mistake
 * (converged) or `maxEpochs` epochs have run. Not converging is a RESULT
 * (`converged: false`), not an error: it is what happens on data that are not linearly
 * separable, such as XOR.
 *
 * With `options.rng`, draw `rng.permutation(n)` at the start of every epoch and visit the
 * samples in that order (no other draws). A clean epoch counts as converged even when it is
 * the `maxEpochs`-th; when the limit is hit, the model after the last epoch is returned.
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
