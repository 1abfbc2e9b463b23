/**
 * Mutant: the dense unit gets a ReLU activation ("neurons have activations"), so ŷ = max(0, w·x + b)
 * instead of a line: every negative prediction is cut to 0.
 */
import type { Sequential } from "@tensorflow/tfjs";
import { InvalidArgument } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";
import { SeededInit } from "../../../../../lib/tf/seeded";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export async function buildModel(seed: number): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildModel: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      units: 1,
      inputShape: [1],
      activation: "relu",
      kernelInitializer: new SeededInit(seed).glorotUniform(),
    }),
  );
  return model;
}
