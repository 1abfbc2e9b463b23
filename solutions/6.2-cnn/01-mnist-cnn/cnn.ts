/**
 * 6.2.1 MNIST classifier: a convolutional network — reference solution.
 *
 * The network (206,922 parameters):
 *
 *   input 28×28×1 → conv 3×3×16 (same, ReLU) → max-pool 2×2 → conv 3×3×32 (same, ReLU)
 *   → max-pool 2×2 → flatten (7·7·32 = 1568) → dense 128 (ReLU) → dense 10 (logits)
 *
 * trained with Adam (learning rate 1e-3) on mini-batches of 64 images, softmax cross-entropy,
 * 2 epochs, every weight and every epoch's sample order drawn from a seed. On the full MNIST
 * training set it reaches ≈ 98.8% on the 10,000 test images (mnist.slow.spec.ts).
 *
 * This file is also the course's proof that its deep-learning runtime (lib/tf, docs/dl-runtime.md)
 * trains a real CNN on a laptop CPU.
 */
import {
  type Batch,
  CLASSES,
  type DigitImages,
  type EpochReport,
  IMAGE_SIZE,
  type MnistRunOptions,
  type MnistRunResult,
  PIXELS,
  type TrainOptions,
  type TrainReport,
} from "@exercise/6.2-cnn/01-mnist-cnn/cnn.given";
import type { LayersModel, Scalar, Sequential, Tensor } from "@tensorflow/tfjs";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { getTf, type Tf } from "../../../lib/tf";
import { batches, epochOrder, gatherBatch, oneHotBatch, SeededInit } from "../../../lib/tf/seeded";

/** Throws ShapeError unless `data` holds `count` images of 784 bytes and `count` labels. */
function checkImages(data: DigitImages, what: string): void {
  const { count } = data;
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidArgument(`${what}: count must be an integer ≥ 0, got ${count}`);
  }
  if (data.images.length !== count * PIXELS) {
    throw new ShapeError(
      `${what}: ${count} images need ${count * PIXELS} bytes (${count} × ${PIXELS}), got ${data.images.length}`,
    );
  }
  if (data.labels.length !== count) {
    throw new ShapeError(`${what}: ${count} images but ${data.labels.length} labels`);
  }
}

/** Throws ShapeError unless the model maps [n, 28, 28, 1] images to [n, 10] scores. */
function checkModel(model: LayersModel, what: string): void {
  const input = model.inputs[0]?.shape;
  const output = model.outputs[0]?.shape;
  const ok =
    model.inputs.length === 1 &&
    model.outputs.length === 1 &&
    JSON.stringify(input) === JSON.stringify([null, IMAGE_SIZE, IMAGE_SIZE, 1]) &&
    JSON.stringify(output) === JSON.stringify([null, CLASSES]);
  if (!ok) {
    throw new ShapeError(
      `${what}: the model must map [n, 28, 28, 1] to [n, 10]; it maps ${JSON.stringify(input)} to ${JSON.stringify(output)}`,
    );
  }
}

// ───────────────────────────── Task 1. The network ─────────────────────────────

/**
 * The CNN, not compiled: conv 3×3×16 (same, ReLU) → max-pool 2 → conv 3×3×32 (same, ReLU) →
 * max-pool 2 → flatten → dense 128 (ReLU) → dense 10 (linear: logits). Every kernel is Glorot
 * uniform from one `SeededInit(seed)`, in layer order; biases start at 0.
 */
export async function buildCnn(seed = 2024): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildCnn: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(
    tf.layers.conv2d({
      inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
      filters: 16,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(
    tf.layers.conv2d({
      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: init.glorotUniform() }));
  model.add(tf.layers.dense({ units: CLASSES, kernelInitializer: init.glorotUniform() }));
  return model;
}

// ───────────────────────────── Task 2. From bytes to batches ─────────────────────────────

/**
 * The images `indices` of `data` (in that order) as a batch: pixels scaled to [0, 1] and shaped
 * NHWC, labels one-hot. `tf` is what `await getTf()` returned.
 */
export function toBatch(tf: Tf, data: DigitImages, indices: ArrayLike<number>): Batch {
  const what = "toBatch";
  checkImages(data, what);
  const n = indices.length;
  if (n === 0) throw new InvalidArgument(`${what}: no indices`);
  for (let b = 0; b < n; b++) {
    const i = indices[b];
    if (!Number.isInteger(i) || i < 0 || i >= data.count) {
      throw new InvalidArgument(`${what}: indices[${b}] = ${i} is not an image of 0..${data.count - 1}`);
    }
  }
  // Checked first, so that no tensor is created for a batch that cannot be built.
  const labels = oneHotBatch(data.labels, indices, CLASSES);
  const pixels = gatherBatch(data.images, PIXELS, indices, 1 / 255);
  return {
    x: tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]),
    y: tf.tensor2d(labels, [n, CLASSES]),
  };
}

// ───────────────────────────── Task 3. The training loop ─────────────────────────────

function checkTrainOptions(options: TrainOptions): Required<Omit<TrainOptions, "onEpoch">> {
  const what = "trainCnn";
  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (!(Number.isInteger(epochs) && epochs >= 1)) {
    throw new InvalidArgument(`${what}: epochs must be an integer ≥ 1, got ${epochs}`);
  }
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(`${what}: batchSize must be an integer ≥ 1, got ${batchSize}`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(`${what}: learningRate must be finite and > 0, got ${learningRate}`);
  }
  if (!Number.isInteger(shuffleSeed)) {
    throw new InvalidArgument(`${what}: shuffleSeed must be an integer, got ${shuffleSeed}`);
  }
  return { epochs, batchSize, learningRate, shuffleSeed };
}

/**
 * Trains `model` in place on all of `data`: every epoch visits the images in a new order from
 * `new Rng(shuffleSeed)`, in batches of `batchSize`; every batch is one Adam step on the softmax
 * cross-entropy of the model's logits. Leaves no tensor behind except the model's own weights.
 */
export async function trainCnn(
  model: LayersModel,
  data: DigitImages,
  options: TrainOptions = {},
): Promise<TrainReport> {
  const what = "trainCnn";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(`${what}: no images to train on`);
  checkModel(model, what);
  const { epochs, batchSize, learningRate, shuffleSeed } = checkTrainOptions(options);

  const tf = await getTf();
  const optimizer = tf.train.adam(learningRate);
  const rng = new Rng(shuffleSeed);
  const reports: EpochReport[] = [];
  const started = performance.now();
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      let lossSum = 0;
      for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
        const { x, y } = toBatch(tf, data, indices);
        let loss: Scalar | null = null;
        try {
          // `true`: return the loss (otherwise minimize disposes it). `training: true` is what
          // layers such as dropout and batch normalisation look at; this network has none.
          loss = optimizer.minimize(
            () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
            true,
          );
          lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
        } finally {
          tf.dispose([x, y]);
          loss?.dispose();
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const report: EpochReport = {
        epoch,
        meanLoss: lossSum / data.count,
        seconds,
        samplesPerSecond: data.count / seconds,
        numTensors: tf.memory().numTensors,
      };
      reports.push(report);
      await options.onEpoch?.(report);
    }
  } finally {
    optimizer.dispose(); // Adam's moment estimates: two tensors per weight
  }
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
}

// ───────────────────────────── Task 4. Accuracy ─────────────────────────────

/**
 * The fraction of `data`'s images whose highest logit is their label, predicted `batchSize`
 * images at a time (the last batch may be smaller). Leaves no tensor behind.
 */
export async function evaluate(model: LayersModel, data: DigitImages, batchSize = 1000): Promise<number> {
  const what = "evaluate";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(`${what}: no images to evaluate on`);
  checkModel(model, what);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(`${what}: batchSize must be an integer ≥ 1, got ${batchSize}`);
  }
  const tf = await getTf();
  let correct = 0;
  for (let start = 0; start < data.count; start += batchSize) {
    const n = Math.min(batchSize, data.count - start);
    const indices = Uint32Array.from({ length: n }, (_, b) => start + b);
    const { x, y } = toBatch(tf, data, indices);
    const predicted = tf.tidy(() => (model.predict(x) as Tensor).argMax(-1));
    tf.dispose([x, y]);
    try {
      const digits = await predicted.data();
      for (let b = 0; b < n; b++) if (digits[b] === data.labels[start + b]) correct++;
    } finally {
      predicted.dispose();
    }
  }
  return correct / data.count;
}

// ───────────────────────────── Task 5. MNIST above 98% ─────────────────────────────

/** Builds, trains and evaluates the CNN; the model is disposed whatever happens. */
export async function runMnist(
  train: DigitImages,
  test: DigitImages,
  options: MnistRunOptions = {},
): Promise<MnistRunResult> {
  const { weightSeed = 2024, ...trainOptions } = options;
  const model = await buildCnn(weightSeed);
  try {
    const training = await trainCnn(model, train, trainOptions);
    const accuracy = await evaluate(model, test);
    return { accuracy, training };
  } finally {
    model.dispose();
  }
}
