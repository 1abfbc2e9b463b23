/**
 * Mutant: the convolutions use padding "valid" (TensorFlow.js's default) instead of "same": every
 * convolution shrinks the image by 2 pixels (28 → 26 → pool 13 → 11 → pool 5), so flatten has
 * 800 values, not 1568, and the parameter count is wrong.
 */
import type { Sequential } from "@tensorflow/tfjs";
import { InvalidArgument } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";
import { SeededInit } from "../../../../../lib/tf/seeded";

export * from "@solution/6.2-cnn/01-mnist-cnn/cnn";

export async function buildCnn(seed = 2024): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildCnn: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(
    tf.layers.conv2d({
      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "valid",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(
    tf.layers.conv2d({
      filters: 32,
      kernelSize: 3,
      padding: "valid",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: init.glorotUniform() }));
  model.add(tf.layers.dense({ units: 10, kernelInitializer: init.glorotUniform() }));
  return model;
}
