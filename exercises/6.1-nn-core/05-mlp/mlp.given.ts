/**
 * 6.1.5 A multi-layer perceptron in plain typed arrays — given code (read it, do not edit it):
 * the types that `mlp.ts` uses, the array helpers `allocate`, `dtypeOf` and `checkRows`, and the
 * MNIST recipe's constants. `mlp.ts` and the specs import them.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import type { Rng } from "../../../lib/rng";
import type { Optimizer } from "../04-optimizers/optimizers.given";

/** The two array types a layer can hold. */
export type FloatArray = Float64Array | Float32Array;
export type DType = "float32" | "float64";

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

// ───────────────────────────── Task 3. Backpropagation ─────────────────────────────

/** The loss of a batch and its gradient with respect to every layer's parameters. */
export interface LossAndGradients {
  /** Mean softmax cross-entropy over the batch. */
  readonly loss: number;
  /** One entry per layer, in layer order: ∂L/∂W and ∂L/∂b, of the layer's dtype. */
  readonly gradients: readonly { readonly weights: FloatArray; readonly bias: FloatArray }[];
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
  /**
   * Shuffles the sample order at the start of every epoch: epoch e visits the samples in the
   * order of the e-th `rng.permutation(count)`, a fresh permutation of 0..count − 1 each epoch.
   */
  readonly rng: Rng;
  /** Every input value is multiplied by this as a batch is gathered; default 1 (1/255 for bytes). */
  readonly inputScale?: number;
  /** Called after each epoch. */
  readonly onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  /** 1, 2, … */
  readonly epoch: number;
  /**
   * The mean of this epoch's batch losses, each weighted by its batch's size: the mean loss
   * over the epoch's samples, each taken before the step of its batch.
   */
  readonly meanLoss: number;
  /** Samples processed in this epoch (= count). */
  readonly samples: number;
  /** Gradient steps taken in this epoch (= ⌈count / batchSize⌉). */
  readonly steps: number;
}

// ───────────────────────────── Task 6. MNIST ─────────────────────────────

/** The MNIST network: 784 inputs (28 × 28 pixels), 128 hidden units, 10 digits. */
export const MNIST_SIZES: readonly number[] = [784, 128, 10];

/** The recipe of `trainMnist`; every field has the README's default. */
export interface MnistOptions {
  /** Passes over the data; default 4. */
  readonly epochs?: number;
  /** Samples per step; default 64. */
  readonly batchSize?: number;
  /** SGDMomentum's η; default 0.05. */
  readonly learningRate?: number;
  /** SGDMomentum's μ; default 0.9. */
  readonly momentum?: number;
  /** Seed of the Rng that draws the initial weights; default 2024. */
  readonly weightSeed?: number;
  /** Seed of the (other) Rng that shuffles every epoch; default 2025. */
  readonly shuffleSeed?: number;
  /** Passed on to `train`. */
  readonly onEpoch?: (report: EpochReport) => void;
}

/** What `trainMnist` returns: the trained float32 network and `train`'s reports. */
export interface MnistRun {
  readonly mlp: Mlp;
  readonly reports: EpochReport[];
}
