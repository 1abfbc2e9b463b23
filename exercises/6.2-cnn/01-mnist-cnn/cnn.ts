/**
 * 6.2.1 MNIST classifier: a convolutional network — your file. The README explains each task.
 *
 * The network you build (206,922 parameters):
 *
 *   input 28×28×1 → conv 3×3×16 (same, ReLU) → max-pool 2×2 → conv 3×3×32 (same, ReLU)
 *   → max-pool 2×2 → flatten (7·7·32 = 1568) → dense 128 (ReLU) → dense 10 (logits)
 *
 * trained with Adam (learning rate 1e-3) on mini-batches of 64 images, softmax cross-entropy,
 * 2 epochs — to ≥ 98% on the 10,000 MNIST test images (mnist.slow.spec.ts).
 *
 * What you will import (add the imports as you need them; the linter rejects unused ones):
 *
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { Rng } from "../../../lib/rng";                        // task 3: the shuffling Rng
 *   import { getTf, type Tf } from "../../../lib/tf";             // `const tf = await getTf();`
 *   import { batches, epochOrder, gatherBatch, oneHotBatch, SeededInit } from "../../../lib/tf/seeded";
 *
 * Two rules hold everywhere:
 *
 * - Reproducible: every initial weight comes from `SeededInit(seed)`, every epoch's order from a
 *   course `Rng`. Never `Math.random`, never `fit({ shuffle: true })`.
 * - No leaks: every tensor you create is disposed (`tf.tidy`, `tensor.dispose()`,
 *   `tf.dispose([...])`). The specs compare `tf.memory().numTensors` before and after.
 */
import type { LayersModel, Sequential, Tensor2D, Tensor4D } from "@tensorflow/tfjs";
import { NotImplemented } from "../../../lib/errors";
import type { Tf } from "../../../lib/tf";

/** Images are IMAGE_SIZE × IMAGE_SIZE pixels, one channel (grey). */
export const IMAGE_SIZE = 28;
/** Pixels per image: 28 · 28 = 784. */
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
/** Digits 0..9. */
export const CLASSES = 10;

/**
 * Digit images as MNIST stores them (the `MnistSplit` of `loadMnist` is one): `count` images of
 * 784 bytes each, row after row (0 = background, 255 = ink), and one label 0..9 per image.
 */
export interface DigitImages {
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
  readonly count: number;
}

// ───────────────────────────── Task 1. The network ─────────────────────────────

/**
 * The CNN as a `tf.sequential()` model, not compiled:
 *
 * | layer                                               | output shape    | parameters |
 * | --------------------------------------------------- | --------------- | ---------- |
 * | conv2d 16 filters 3×3, stride 1, padding same, ReLU | [n, 28, 28, 16] | 160        |
 * | maxPooling2d 2×2, stride 2                          | [n, 14, 14, 16] | 0          |
 * | conv2d 32 filters 3×3, stride 1, padding same, ReLU | [n, 14, 14, 32] | 4,640      |
 * | maxPooling2d 2×2, stride 2                          | [n, 7, 7, 32]   | 0          |
 * | flatten                                             | [n, 1568]       | 0          |
 * | dense 128, ReLU                                     | [n, 128]        | 200,832    |
 * | dense 10, no activation (logits)                    | [n, 10]         | 1,290      |
 *
 * The first layer takes `inputShape: [28, 28, 1]`. Every kernel comes from one
 * `new SeededInit(seed)`: `kernelInitializer: init.glorotUniform()`, called once per layer in
 * this order; biases start at 0 (the default).
 *
 * @throws InvalidArgument when seed is not an integer.
 */
export async function buildCnn(_seed = 2024): Promise<Sequential> {
  throw new NotImplemented("buildCnn", 1);
}

// ───────────────────────────── Task 2. From bytes to batches ─────────────────────────────

/** One mini-batch: images as an NHWC tensor, labels one-hot. The caller disposes both. */
export interface Batch {
  /** [n, 28, 28, 1], float32 pixels in [0, 1] (byte / 255). */
  readonly x: Tensor4D;
  /** [n, 10], float32, row b is 1 at column labels[indices[b]] and 0 elsewhere. */
  readonly y: Tensor2D;
}

/**
 * The images `indices` of `data`, in that order, as a batch of n = indices.length: pixels
 * scaled to [0, 1] and shaped [n, 28, 28, 1] (NHWC), labels one-hot [n, 10]. `tf` is what
 * `await getTf()` returned. Use lib/tf/seeded's `gatherBatch` and `oneHotBatch`.
 *
 * @throws ShapeError when data.images does not hold count × 784 bytes or data.labels count labels.
 * @throws InvalidArgument when indices is empty, an index is not an integer in 0..count − 1, or
 *   a label is not a digit 0..9. Nothing is created before these checks.
 */
export function toBatch(_tf: Tf, _data: DigitImages, _indices: ArrayLike<number>): Batch {
  throw new NotImplemented("toBatch", 2);
}

// ───────────────────────────── Task 3. The training loop ─────────────────────────────

export interface TrainOptions {
  /** Passes over the data; an integer ≥ 1, default 2. */
  epochs?: number;
  /** Images per step; an integer ≥ 1, default 64 (the last batch of an epoch may be smaller). */
  batchSize?: number;
  /** Adam's step size; finite and > 0, default 1e-3. */
  learningRate?: number;
  /** Seed of the `Rng` that shuffles the images, once per epoch; an integer, default 2025. */
  shuffleSeed?: number;
  /** Called after every epoch with its report (to log progress); awaited. */
  onEpoch?: (report: EpochReport) => void | Promise<void>;
}

export interface EpochReport {
  /** 1, 2, … */
  readonly epoch: number;
  /** Mean softmax cross-entropy over the epoch's images (each batch's loss weighted by its size). */
  readonly meanLoss: number;
  /** Wall time of the epoch, seconds. */
  readonly seconds: number;
  /** Images per second of wall time. */
  readonly samplesPerSecond: number;
  /** `tf.memory().numTensors` at the end of the epoch: constant from epoch to epoch, or a leak. */
  readonly numTensors: number;
}

export interface TrainReport {
  readonly epochs: EpochReport[];
  /** Images per epoch. */
  readonly samples: number;
  /** Wall time of the whole loop, seconds. */
  readonly seconds: number;
}

/**
 * Trains `model` in place on all of `data`. One `tf.train.adam(learningRate)` and one
 * `new Rng(shuffleSeed)` for the whole run; every epoch visits the images in the order
 * `epochOrder(rng, count)`, split by `batches(order, batchSize)`; every batch is one
 * `optimizer.minimize` of the softmax cross-entropy of the model's logits. Returns one report
 * per epoch. Leaves no tensor behind except the model's own weights (dispose every batch, every
 * returned loss, and the optimizer at the end).
 *
 * @throws ShapeError for data that does not fit (as toBatch) or a model that does not map
 *   [n, 28, 28, 1] to [n, 10].
 * @throws InvalidArgument for no images or a bad option. Nothing is created before these checks.
 */
export async function trainCnn(
  _model: LayersModel,
  _data: DigitImages,
  _options: TrainOptions = {},
): Promise<TrainReport> {
  throw new NotImplemented("trainCnn", 3);
}

// ───────────────────────────── Task 4. Accuracy ─────────────────────────────

/**
 * The fraction of `data`'s images whose highest logit (arg-max of the model's output) is their
 * label, predicted `batchSize` images at a time in order (the last batch may be smaller).
 * Leaves no tensor behind.
 *
 * @throws ShapeError as trainCnn.
 * @throws InvalidArgument for no images or a batchSize that is not an integer ≥ 1.
 */
export async function evaluate(_model: LayersModel, _data: DigitImages, _batchSize = 1000): Promise<number> {
  throw new NotImplemented("evaluate", 4);
}
