/**
 * 6.2.1 MNIST classifier: a convolutional network — given code (read it, do not edit it): the
 * image constants and the types that `cnn.ts` uses. `cnn.ts` and the specs import them.
 */
import type { Tensor2D, Tensor4D } from "@tensorflow/tfjs";

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

// ───────────────────────────── Task 2. From bytes to batches ─────────────────────────────

/** One mini-batch: images as an NHWC tensor, labels one-hot. The caller disposes both. */
export interface Batch {
  /** [n, 28, 28, 1], float32 pixels in [0, 1] (byte / 255). */
  readonly x: Tensor4D;
  /** [n, 10], float32, row b is 1 at column labels[indices[b]] and 0 elsewhere. */
  readonly y: Tensor2D;
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
  /** Images per second of wall time: count / seconds. */
  readonly samplesPerSecond: number;
  /** `tf.memory().numTensors` at the end of the epoch: constant from epoch to epoch, or a leak. */
  readonly numTensors: number;
}

export interface TrainReport {
  /** One report per epoch, in order (the same objects `onEpoch` received). */
  readonly epochs: EpochReport[];
  /** Images per epoch (= count, whatever the number of epochs). */
  readonly samples: number;
  /** Wall time of the whole call, seconds: at least the sum of the epochs' seconds. */
  readonly seconds: number;
}

// ───────────────────────────── Task 5. MNIST above 98% ─────────────────────────────

/** The options of `runMnist`: `trainCnn`'s, and the seed of the initial weights. */
export interface MnistRunOptions extends TrainOptions {
  /** Seed of `buildCnn`; an integer, default 2024. */
  weightSeed?: number;
}

/** What `runMnist` returns. */
export interface MnistRunResult {
  /** `evaluate` on the test images after training. */
  readonly accuracy: number;
  /** What `trainCnn` returned. */
  readonly training: TrainReport;
}
