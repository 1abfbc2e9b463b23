/** Mutant: predict never disposes its input tensor nor the prediction (no tf.tidy). */
import type { LayersModel, Tensor } from "@tensorflow/tfjs";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export async function predict(model: LayersModel, xs: Float32Array): Promise<Float32Array> {
  if (xs.length === 0) return new Float32Array(0);
  const tf = await getTf();
  const y = model.predict(tf.tensor2d(xs, [xs.length, 1])) as Tensor;
  return Float32Array.from(await y.data());
}
