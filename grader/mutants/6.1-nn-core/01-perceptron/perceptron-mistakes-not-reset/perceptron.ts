/**
 * Mutant: the mistake counter is declared outside the epoch loop and never reset, so after the
 * first mistake no epoch ever looks clean: training never converges, and mistakesPerEpoch is a
 * running total.
 */
export * from "@solution/6.1-nn-core/01-perceptron/perceptron";

import {
  createPerceptron,
  perceptronUpdate,
  type TrainOptions,
  type TrainResult,
} from "@solution/6.1-nn-core/01-perceptron/perceptron";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function trainPerceptron(
  X: Float64Array,
  labels: ArrayLike<number>,
  features: number,
  options: TrainOptions = {},
): TrainResult {
  const { learningRate = 1, maxEpochs = 100, rng } = options;
  if (!(Number.isInteger(features) && features >= 1)) throw new InvalidArgument("features");
  if (X.length % features !== 0) throw new ShapeError("ragged X");
  const n = X.length / features;
  if (n === 0) throw new InvalidArgument("no samples");
  if (labels.length !== n) throw new ShapeError("labels");
  for (let i = 0; i < X.length; i++) if (!Number.isFinite(X[i] as number)) throw new InvalidArgument("X");
  if (!(Number.isInteger(maxEpochs) && maxEpochs >= 1)) throw new InvalidArgument("maxEpochs");
  const model = createPerceptron(features);
  const mistakesPerEpoch: number[] = [];
  let mistakes = 0;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    const order = rng ? rng.permutation(n) : undefined;
    for (let k = 0; k < n; k++) {
      const i = order ? (order[k] as number) : k;
      if (
        perceptronUpdate(
          model,
          X.subarray(i * features, (i + 1) * features),
          labels[i] as number,
          learningRate,
        )
      ) {
        mistakes++;
      }
    }
    mistakesPerEpoch.push(mistakes);
    if (mistakes === 0)
      return { model, converged: true, epochs: epoch + 1, updates: mistakes, mistakesPerEpoch };
  }
  return { model, converged: false, epochs: maxEpochs, updates: mistakes, mistakesPerEpoch };
}
