/**
 * Mutant: the training loop never disposes the Adam optimizer: its moment estimates (two tensors per
 * weight) outlive every call of trainCnn.
 */

import {
  type DigitImages,
  type EpochReport,
  type TrainOptions,
  type TrainReport,
  toBatch,
} from "@solution/6.2-cnn/01-mnist-cnn/cnn";
import type { LayersModel, Scalar, Tensor } from "@tensorflow/tfjs";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { Rng } from "../../../../../lib/rng";
import { getTf } from "../../../../../lib/tf";
import { batches, epochOrder } from "../../../../../lib/tf/seeded";

export * from "@solution/6.2-cnn/01-mnist-cnn/cnn";

export async function trainCnn(
  model: LayersModel,
  data: DigitImages,
  options: TrainOptions = {},
): Promise<TrainReport> {
  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("trainCnn: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("trainCnn: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("trainCnn: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument("trainCnn: bad epochs");
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("trainCnn: bad batchSize");
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("trainCnn: bad learningRate");
  if (!Number.isInteger(shuffleSeed)) throw new InvalidArgument("trainCnn: bad shuffleSeed");
  const tf = await getTf();
  const optimizer = tf.train.adam(learningRate);
  const rng = new Rng(shuffleSeed);
  const reports: EpochReport[] = [];
  const started = performance.now();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = performance.now();
    let lossSum = 0;
    for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
      const { x, y } = toBatch(tf, data, indices);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
      tf.dispose([x, y]);
      loss?.dispose();
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

  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
}
