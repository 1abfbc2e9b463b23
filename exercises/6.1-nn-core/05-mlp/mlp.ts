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
 *   import { SGDMomentum } from "../04-optimizers/optimizers";      // task 6
 *
 * Errors (from lib/errors): a batch of the wrong length → ShapeError (`checkRows` does it);
 * a size, count or option out of range → InvalidArgument.
 *
 * The types (`DenseLayer`, `Mlp`, `TrainOptions`, …) and the helpers `allocate`, `dtypeOf` and
 * `checkRows` are given in `mlp.given.ts`: import what you use from "./mlp.given", do not copy it.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Rng } from "../../../lib/rng";
import type {
  Dataset,
  DenseGradients,
  DenseLayer,
  DType,
  EpochReport,
  FloatArray,
  ForwardPass,
  LossAndGradients,
  Mlp,
  MnistOptions,
  MnistRun,
  TrainOptions,
} from "./mlp.given";

// ───────────────────────────── Task 1. Dense layers ─────────────────────────────

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

/**
 * Trains `mlp` in place with mini-batch gradient descent and returns one report per epoch.
 * Up front: one optimizer per parameter array (layer 0 weights, layer 0 bias, layer 1 weights, …).
 * Every epoch: a fresh `order = rng.permutation(count)` (drawn at the start of that epoch, from
 * 0..count − 1 — not a reshuffle of the previous order); walk it in batches of `batchSize` (the
 * last one smaller); gather each batch's rows — times `inputScale` — into an array of the
 * network's dtype and its labels; `lossAndGradients`; one `step` of each optimizer on its array.
 * Each report's `meanLoss` is that epoch's batch losses weighted by batch size (not a running
 * mean over the epochs so far).
 *
 * @throws ShapeError when data.features ≠ sizes[0], or x / labels do not hold `count` rows.
 * @throws InvalidArgument for count, epochs or batchSize not an integer ≥ 1, or a non-finite
 *   inputScale.
 */
export function train(_mlp: Mlp, _data: Dataset, _options: TrainOptions): EpochReport[] {
  throw new NotImplemented("train", 5);
}

// ───────────────────────────── Task 6. MNIST ─────────────────────────────

/**
 * The fixed MNIST recipe: `createMlp(MNIST_SIZES, new Rng(weightSeed), "float32")`, then
 * `train` with `batchSize`, a second `new Rng(shuffleSeed)` for the shuffles, one
 * `new SGDMomentum({ learningRate, momentum })` per parameter array, `inputScale` 1/255 (the
 * pixels are bytes) and `epochs`. Defaults: 4 epochs, batch 64, η = 0.05, μ = 0.9, seeds 2024
 * and 2025. Returns the trained network and the reports.
 *
 * @throws ShapeError when the data does not have 784 features (as `train`).
 */
export function trainMnist(_data: Dataset, _options: MnistOptions = {}): MnistRun {
  throw new NotImplemented("trainMnist", 6);
}
