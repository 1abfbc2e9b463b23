/**
 * Mutant: fitLine never disposes the x and y tensors nor the SGD optimizer. The line is right;
 * every call leaks.
 */
import {
  buildModel,
  type FitOptions,
  type FitResult,
  type LineData,
  readLine,
} from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export async function fitLine(data: LineData, options: FitOptions = {}): Promise<FitResult> {
  const { epochs = 100, learningRate = 0.3, seed = 1 } = options;
  const n = data.xs.length;
  if (data.ys.length !== n) throw new ShapeError(`fitLine: ${n} xs but ${data.ys.length} ys`);
  if (n === 0) throw new InvalidArgument("fitLine: no samples");
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(data.xs[i] as number) || !Number.isFinite(data.ys[i] as number)) {
      throw new InvalidArgument(`fitLine: sample ${i} is not finite`);
    }
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument(`fitLine: bad epochs ${epochs}`);
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("fitLine: bad learningRate");
  const tf = await getTf();
  const model = await buildModel(seed);
  model.compile({ optimizer: tf.train.sgd(learningRate), loss: "meanSquaredError" });
  const history = await model.fit(tf.tensor2d(data.xs, [n, 1]), tf.tensor2d(data.ys, [n, 1]), {
    epochs,
    batchSize: n,
    shuffle: false,
    verbose: 0,
  });
  return { model, losses: (history.history.loss ?? []).map(Number), ...readLine(model) };
}
