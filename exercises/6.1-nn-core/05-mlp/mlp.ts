/**
 * 6.1.5 A multi-layer perceptron in plain typed arrays — your file. The README explains each task.
 *
 * You build a neural network with nothing but typed arrays and loops: dense layers, ReLU,
 * the softmax cross-entropy, backpropagation, a gradient check and a mini-batch training loop —
 * then train it on MNIST to ≥ 97% test accuracy.
 *
 * Conventions:
 * - Batches are row-major: a `rows × cols` batch is one flat array, row r at [r·cols, (r + 1)·cols).
 * - A dense layer computes Y = X·W + b with W stored `inputs × outputs` row-major:
 *   W[i][j] = weights[i·outputs + j].
 * - Every array a layer produces (outputs, gradients) has the layer's dtype: Float64Array for
 *   the gradient check (exact enough to compare with finite differences), Float32Array for MNIST
 *   (half the memory traffic). Write the code once for `FloatArray`; `allocate` gives you an array
 *   of the right type.
 * - Hidden layers use ReLU; the last layer outputs logits (no softmax), and the loss is the
 *   softmax cross-entropy computed from the logits.
 *
 * Your own code from the earlier exercises does part of the work — import what you use:
 *
 *   import { relu, reluDerivative } from "../02-activations/activations";
 *   import { sparseCategoricalCrossEntropyFromLogits } from "../03-losses/losses";
 *   import type { Optimizer } from "../04-optimizers/optimizers";   // already imported below
 *
 * Errors (from lib/errors): a batch of the wrong length → ShapeError (`checkRows` does it);
 * a size, count or option out of range → InvalidArgument.
 */
import { InvalidArgument, NotImplemented, ShapeError } from "../../../lib/errors";
import type { Rng } from "../../../lib/rng";
import type { Optimizer } from "../04-optimizers/optimizers";

export type FloatArray = Float64Array | Float32Array;
export type DType = "float32" | "float64";

// ───────────────────────────── GIVEN (do not change) ─────────────────────────────

/** A new zero-filled array of `length` values of the given dtype. */
export function allocate(dtype: DType, length: number): FloatArray {
  return dtype === "float32" ? new Float32Array(length) : new Float64Array(length);
}

/** The dtype of an array. */
export function dtypeOf(a: FloatArray): DType {
  return a instanceof Float32Array ? "float32" : "float64";
}

/** Checks that a batch of `rows` rows of `cols` values has the right length. */
export function checkRows(length: number, rows: number, cols: number, what: string): void {
  if (!(Number.isInteger(rows) && rows >= 1)) {
    throw new InvalidArgument(`${what}: rows must be an integer ≥ 1, got ${rows}`);
  }
  if (length !== rows * cols) {
    throw new ShapeError(`${what}: ${rows} rows × ${cols} values = ${rows * cols} expected, got ${length}`);
  }
}

// ───────────────────────────── Task 1. Dense layers ─────────────────────────────

/** A fully connected layer: Y = X·W + b. */
export interface DenseLayer {
  /** Values per input row (fan-in). */
  readonly inputs: number;
  /** Units: values per output row (fan-out). */
  readonly outputs: number;
  /** W, `inputs × outputs` row-major: W[i][j] = weights[i·outputs + j]. */
  readonly weights: FloatArray;
  /** b, `outputs` values. */
  readonly bias: FloatArray;
}

/** The gradients of the loss with respect to one dense layer's parameters (and input). */
export interface DenseGradients {
  /** ∂L/∂W = Xᵀ·∂L/∂Y, `inputs × outputs`. */
  readonly weights: FloatArray;
  /** ∂L/∂b = the column sums of ∂L/∂Y, `outputs`. */
  readonly bias: FloatArray;
  /** ∂L/∂X = ∂L/∂Y·Wᵀ, `rows × inputs`; undefined when not asked for. */
  readonly input: FloatArray | undefined;
}

/**
 * A dense layer with He-normal weights — W[i][j] ~ N(0, 2/inputs), i.e.
 * `rng.normal(0, Math.sqrt(2 / inputs))`, drawn in storage order — and a zero bias, both of
 * the given dtype.
 *
 * @throws InvalidArgument when inputs or outputs is not an integer ≥ 1.
 */
export function createDense(
  _inputs: number,
  _outputs: number,
  _rng: Rng,
  _dtype: DType = "float64",
): DenseLayer {
  throw new NotImplemented("createDense", 1);
}

/**
 * Y = X·W + b for a batch X of `rows × layer.inputs` values: a new `rows × layer.outputs`
 * array of the layer's dtype. X may be of either dtype and is not modified.
 *
 * @throws ShapeError (via checkRows) when x.length ≠ rows·inputs; InvalidArgument for bad rows.
 */
export function denseForward(_layer: DenseLayer, _x: FloatArray, _rows: number): FloatArray {
  throw new NotImplemented("denseForward", 1);
}

/**
 * The backward pass of `denseForward`. Given the layer's input X (`rows × inputs`) and the
 * upstream gradient G = ∂L/∂Y (`rows × outputs`), returns new arrays of the layer's dtype:
 * ∂L/∂W = XᵀG, ∂L/∂b = Σ over rows of G, and — only when `withInputGradient` (default true) —
 * ∂L/∂X = G·Wᵀ (otherwise `input` is undefined). Modifies nothing.
 *
 * @throws ShapeError when x or gradOutput has the wrong length.
 */
export function denseBackward(
  _layer: DenseLayer,
  _x: FloatArray,
  _gradOutput: FloatArray,
  _rows: number,
  _withInputGradient = true,
): DenseGradients {
  throw new NotImplemented("denseBackward", 1);
}

// ───────────────────────────── Task 2. The network ─────────────────────────────

/** A stack of dense layers: ReLU after every layer but the last, which outputs logits. */
export interface Mlp {
  /** Layer widths, input first: [784, 128, 10] is 784 inputs, 128 hidden units, 10 classes. */
  readonly sizes: readonly number[];
  readonly layers: readonly DenseLayer[];
  readonly dtype: DType;
}

/** What the forward pass keeps for the backward pass. */
export interface ForwardPass {
  /** The input of each layer: inputs[0] = X, inputs[l] = ReLU(outputs[l − 1]). */
  readonly inputs: readonly FloatArray[];
  /** The output of each layer before its activation: Z = A·W + b. The last one is the logits. */
  readonly outputs: readonly FloatArray[];
  /** The last layer's output (the same array as the last of `outputs`), `rows × classes`. */
  readonly logits: FloatArray;
}

/**
 * An MLP with the given layer widths: layer l is `createDense(sizes[l], sizes[l + 1], rng, dtype)`,
 * created in order l = 0, 1, … with the same `rng`.
 *
 * @throws InvalidArgument when there are fewer than 2 sizes or a size is not an integer ≥ 1.
 */
export function createMlp(_sizes: readonly number[], _rng: Rng, _dtype: DType = "float64"): Mlp {
  throw new NotImplemented("createMlp", 2);
}

/**
 * The forward pass of a batch X (`rows × sizes[0]`): Z₀ = X·W₀ + b₀, A₁ = ReLU(Z₀),
 * Z₁ = A₁·W₁ + b₁, … up to the last layer's Z, the logits (no ReLU there).
 *
 * @throws ShapeError when x.length ≠ rows·sizes[0].
 */
export function forward(_mlp: Mlp, _x: FloatArray, _rows: number): ForwardPass {
  throw new NotImplemented("forward", 2);
}

/** The predicted class of each row: the index of its largest logit (the first one on ties). */
export function predict(_mlp: Mlp, _x: FloatArray, _rows: number): Int32Array {
  throw new NotImplemented("predict", 2);
}

/**
 * The fraction of rows (in [0, 1]) whose predicted class equals the label.
 *
 * @throws ShapeError when labels.length ≠ rows (or x has the wrong length).
 */
export function accuracy(_mlp: Mlp, _x: FloatArray, _labels: ArrayLike<number>, _rows: number): number {
  throw new NotImplemented("accuracy", 2);
}

// ───────────────────────────── Task 3. Backpropagation ─────────────────────────────

/** The loss of a batch and its gradient with respect to every layer's parameters. */
export interface LossAndGradients {
  /** Mean softmax cross-entropy over the batch. */
  readonly loss: number;
  /** One entry per layer, in layer order: ∂L/∂W and ∂L/∂b, of the layer's dtype. */
  readonly gradients: readonly { readonly weights: FloatArray; readonly bias: FloatArray }[];
}

/**
 * Forward pass, loss, backward pass. The loss is the mean softmax cross-entropy of the logits
 * against `labels` (class indices), and ∂L/∂logits is where the backward pass starts; then,
 * from the last layer to the first: `denseBackward`, and between layers the ReLU's backward step
 * ∂L/∂Z = ∂L/∂A ⊙ relu′(Z). The first layer needs no input gradient. Modifies nothing.
 *
 * @throws ShapeError / InvalidArgument for a bad batch or a label that is not a class index.
 */
export function lossAndGradients(
  _mlp: Mlp,
  _x: FloatArray,
  _labels: ArrayLike<number>,
  _rows: number,
): LossAndGradients {
  throw new NotImplemented("lossAndGradients", 3);
}

// ───────────────────────────── Task 4. Gradient check ─────────────────────────────

/** The mean softmax cross-entropy of a batch: the forward pass only. */
export function loss(_mlp: Mlp, _x: FloatArray, _labels: ArrayLike<number>, _rows: number): number {
  throw new NotImplemented("loss", 4);
}

/**
 * Central differences (L(θᵢ + h) − L(θᵢ − h)) / 2h for every parameter θᵢ of every layer
 * (weights, then bias), in the structure of `lossAndGradients(...).gradients`, as Float64Arrays.
 * Every parameter is put back to its exact original value.
 *
 * @throws InvalidArgument when h is not finite and > 0.
 */
export function numericalGradients(
  _mlp: Mlp,
  _x: FloatArray,
  _labels: ArrayLike<number>,
  _rows: number,
  _h = 1e-5,
): { weights: Float64Array; bias: Float64Array }[] {
  throw new NotImplemented("numericalGradients", 4);
}

/**
 * The normwise relative error ‖a − b‖₂ / max(‖a‖₂, ‖b‖₂) of two equally long arrays; 0 when both
 * are all zeros; +Infinity when either holds a NaN.
 *
 * @throws ShapeError when the lengths differ.
 */
export function relativeError(_a: ArrayLike<number>, _b: ArrayLike<number>): number {
  throw new NotImplemented("relativeError", 4);
}

// ───────────────────────────── Task 5. Training loop ─────────────────────────────

/** A labelled dataset: `count` rows of `features` values, row-major. */
export interface Dataset {
  /** `count × features` values; any numeric array (a Uint8Array of pixels is fine). */
  readonly x: ArrayLike<number>;
  /** `count` class indices in [0, classes). */
  readonly labels: ArrayLike<number>;
  readonly count: number;
  readonly features: number;
}

export interface TrainOptions {
  /** Passes over the data; an integer ≥ 1. */
  readonly epochs: number;
  /** Samples per gradient step; an integer ≥ 1 (the last batch of an epoch may be smaller). */
  readonly batchSize: number;
  /** Makes one optimizer; `train` calls it once per parameter array (2 per layer), up front. */
  readonly optimizer: () => Optimizer;
  /** Shuffles the sample order at the start of every epoch: `rng.permutation(count)`. */
  readonly rng: Rng;
  /** Every input value is multiplied by this as a batch is gathered; default 1 (1/255 for bytes). */
  readonly inputScale?: number;
  /** Called after each epoch. */
  readonly onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  /** 1, 2, … */
  readonly epoch: number;
  /** The mean of the batch losses, each weighted by its batch's size. */
  readonly meanLoss: number;
  /** Samples processed in this epoch (= count). */
  readonly samples: number;
  /** Gradient steps taken in this epoch (= ⌈count / batchSize⌉). */
  readonly steps: number;
}

/**
 * Trains `mlp` in place with mini-batch gradient descent and returns one report per epoch.
 * Up front: one optimizer per parameter array (layer 0 weights, layer 0 bias, layer 1 weights, …).
 * Every epoch: `order = rng.permutation(count)`; walk it in batches of `batchSize` (the last one
 * smaller); gather each batch's rows — times `inputScale` — into an array of the network's dtype
 * and its labels; `lossAndGradients`; one `step` of each optimizer on its array.
 *
 * @throws ShapeError when data.features ≠ sizes[0], or x / labels do not hold `count` rows.
 * @throws InvalidArgument for count, epochs or batchSize not an integer ≥ 1, or a non-finite
 *   inputScale.
 */
export function train(_mlp: Mlp, _data: Dataset, _options: TrainOptions): EpochReport[] {
  throw new NotImplemented("train", 5);
}
