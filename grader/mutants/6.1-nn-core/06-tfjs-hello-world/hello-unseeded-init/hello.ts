/**
 * Mutant: buildModel keeps TensorFlow.js's default kernel initializer, which draws from
 * Math.random: the seed is ignored and no two runs start from the same weight.
 */
import type { Sequential } from "@tensorflow/tfjs";
import { InvalidArgument } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export async function buildModel(seed: number): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildModel: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
  return model;
}
