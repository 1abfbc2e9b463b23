/**
 * Mutant: buildCnn leaves out the seeded initializers. TensorFlow.js's default Glorot uniform then draws
 * from Math.random: the seed is ignored and no two builds start from the same weights.
 */
import type { Sequential } from "@tensorflow/tfjs";
import { InvalidArgument } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/6.2-cnn/01-mnist-cnn/cnn";

export async function buildCnn(seed = 2024): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildCnn: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const model = tf.sequential();
  model.add(
    tf.layers.conv2d({
      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "same",
      activation: "relu",
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: "same", activation: "relu" }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 128, activation: "relu" }));
  model.add(tf.layers.dense({ units: 10 }));
  return model;
}
