/**
 * Mutant: toBatch copies the bytes as they are (0–255) instead of scaling them to [0, 1]. The network
 * still trains, a little, but its first layer sees inputs 255 times too large.
 */
import type { Batch, DigitImages } from "@solution/6.2-cnn/01-mnist-cnn/cnn";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import type { Tf } from "../../../../../lib/tf";
import { gatherBatch, oneHotBatch } from "../../../../../lib/tf/seeded";

export * from "@solution/6.2-cnn/01-mnist-cnn/cnn";

function checkImages(data: DigitImages, what: string): void {
  if (data.images.length !== data.count * 784)
    throw new ShapeError(`${what}: images do not hold count × 784 bytes`);
  if (data.labels.length !== data.count)
    throw new ShapeError(`${what}: ${data.count} images, ${data.labels.length} labels`);
}

export function toBatch(tf: Tf, data: DigitImages, indices: ArrayLike<number>): Batch {
  checkImages(data, "toBatch");
  const n = indices.length;
  if (n === 0) throw new InvalidArgument("toBatch: no indices");
  for (let b = 0; b < n; b++) {
    const i = indices[b] as number;
    if (!Number.isInteger(i) || i < 0 || i >= data.count)
      throw new InvalidArgument(`toBatch: bad index ${i}`);
  }
  const labels = oneHotBatch(data.labels, indices, 10);
  const pixels = gatherBatch(data.images, 784, indices);
  return { x: tf.tensor4d(pixels, [n, 28, 28, 1]), y: tf.tensor2d(labels, [n, 10]) };
}
