/**
 * Mutant: evaluate loops over whole batches only (`start + batchSize <= count`): the images of a
 * last, smaller batch are never predicted, yet the accuracy still divides by count.
 */

import { type DigitImages, toBatch } from "@solution/6.2-cnn/01-mnist-cnn/cnn";
import type { LayersModel, Tensor } from "@tensorflow/tfjs";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/6.2-cnn/01-mnist-cnn/cnn";

export async function evaluate(model: LayersModel, data: DigitImages, batchSize = 1000): Promise<number> {
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("evaluate: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("evaluate: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("evaluate: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("evaluate: bad batchSize");
  const tf = await getTf();
  let correct = 0;
  for (let start = 0; start + batchSize <= data.count; start += batchSize) {
    const indices = Uint32Array.from({ length: batchSize }, (_, b) => start + b);
    const { x, y } = toBatch(tf, data, indices);
    const predicted = tf.tidy(() => (model.predict(x) as Tensor).argMax(-1));
    tf.dispose([x, y]);
    const digits = await predicted.data();
    predicted.dispose();
    for (let b = 0; b < batchSize; b++) if (digits[b] === data.labels[start + b]) correct++;
  }
  return correct / data.count;
}
