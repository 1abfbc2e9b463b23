/**
 * Mutant: evaluate builds its own input tensor straight from the bytes (0–255) instead of going
 * through toBatch: the model sees test images 255 times brighter than its training images.
 */

import type { DigitImages } from "@solution/6.2-cnn/01-mnist-cnn/cnn";
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
  for (let start = 0; start < data.count; start += batchSize) {
    const n = Math.min(batchSize, data.count - start);
    const pixels = Float32Array.from(data.images.subarray(start * 784, (start + n) * 784));
    const predicted = tf.tidy(() =>
      (model.predict(tf.tensor4d(pixels, [n, 28, 28, 1])) as Tensor).argMax(-1),
    );
    const digits = await predicted.data();
    predicted.dispose();
    for (let b = 0; b < n; b++) if (digits[b] === data.labels[start + b]) correct++;
  }
  return correct / data.count;
}
