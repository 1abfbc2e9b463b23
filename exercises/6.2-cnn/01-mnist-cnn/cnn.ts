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
 *
 * The constants (`IMAGE_SIZE`, `PIXELS`, `CLASSES`) and the types (`DigitImages`, `Batch`,
 * `TrainOptions`, `TrainReport`, …) are given in `cnn.given.ts`: import them, do not copy them.
 */
import type { LayersModel, Sequential } from "@tensorflow/tfjs";
import { NotImplemented } from "../../../lib/errors";
import type { Tf } from "../../../lib/tf";
import type {
  Batch,
  DigitImages,
  MnistRunOptions,
  MnistRunResult,
  TrainOptions,
  TrainReport,
} from "./cnn.given";

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

/**
 * Trains `model` in place on all of `data`. One `tf.train.adam(learningRate)` and one
 * `new Rng(shuffleSeed)` for the whole run; every epoch visits the images in the order
 * `epochOrder(rng, count)`, split by `batches(order, batchSize)`; every batch is one
 * `optimizer.minimize` of the softmax cross-entropy of the model's logits. Returns one report
 * per epoch (`epochs`, the same objects `onEpoch` receives), `samples` = count (images per epoch,
 * not in all) and `seconds`, the wall time of the whole call. Leaves no tensor behind except the
 * model's own weights (dispose every batch, every returned loss, and the optimizer at the end).
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

// ───────────────────────────── Task 5. MNIST above 98% ─────────────────────────────

/**
 * The whole experiment: `buildCnn(weightSeed)` (default 2024), `trainCnn` on `train` with the
 * other options (the recipe's defaults), then `evaluate` on `test` — the accuracy and the
 * training report. Disposes the model, also when training or evaluation fails, so that it
 * leaves no tensor behind.
 *
 * @throws as buildCnn, trainCnn and evaluate.
 */
export async function runMnist(
  _train: DigitImages,
  _test: DigitImages,
  _options: MnistRunOptions = {},
): Promise<MnistRunResult> {
  throw new NotImplemented("runMnist", 5);
}
