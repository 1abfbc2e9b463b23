/**
 * Mutant: train visits the samples in their stored order every epoch: the rng is never used.
 */

import type { Optimizer } from "@solution/6.1-nn-core/04-optimizers/optimizers";
import type { FloatArray } from "@solution/6.1-nn-core/05-mlp/mlp";
import {
  allocate,
  type Dataset,
  type EpochReport,
  lossAndGradients,
  type Mlp,
  type TrainOptions,
} from "@solution/6.1-nn-core/05-mlp/mlp";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function train(mlp: Mlp, data: Dataset, options: TrainOptions): EpochReport[] {
  const { epochs, batchSize, rng, inputScale = 1, onEpoch } = options;
  const features = mlp.sizes[0] as number;
  if (data.features !== features) {
    throw new ShapeError(`train: the data has ${data.features} features, the network ${features} inputs`);
  }
  if (!(Number.isInteger(data.count) && data.count >= 1)) {
    throw new InvalidArgument(`train: count must be an integer ≥ 1, got ${data.count}`);
  }
  if (data.x.length !== data.count * features) {
    throw new ShapeError(`train: ${data.count} × ${features} values expected, got ${data.x.length}`);
  }
  if (data.labels.length !== data.count) {
    throw new ShapeError(`train: ${data.count} samples but ${data.labels.length} labels`);
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument(`train: bad epochs ${epochs}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(`train: bad batchSize ${batchSize}`);
  }
  if (!Number.isFinite(inputScale)) throw new InvalidArgument(`train: bad inputScale ${inputScale}`);

  const optimizers = mlp.layers.map(() => ({ weights: options.optimizer(), bias: options.optimizer() }));
  const xBatch = allocate(mlp.dtype, batchSize * features);
  const yBatch = new Int32Array(batchSize);
  const reports: EpochReport[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = Uint32Array.from({ length: data.count }, (_, i) => i);
    void rng;
    let lossSum = 0;
    let steps = 0;
    for (let start = 0; start < data.count; start += batchSize) {
      const rows = Math.min(batchSize, data.count - start);
      for (let r = 0; r < rows; r++) {
        const sample = order[start + r] as number;
        const src = sample * features;
        const dst = r * features;
        for (let i = 0; i < features; i++) xBatch[dst + i] = (data.x[src + i] as number) * inputScale;
        yBatch[r] = data.labels[sample] as number;
      }
      const x = rows === batchSize ? xBatch : xBatch.subarray(0, rows * features);
      const y = rows === batchSize ? yBatch : yBatch.subarray(0, rows);
      const { loss: batchLoss, gradients } = lossAndGradients(mlp, x, y, rows);
      mlp.layers.forEach((layer, l) => {
        const g = gradients[l] as { weights: FloatArray; bias: FloatArray };
        const opt = optimizers[l] as { weights: Optimizer; bias: Optimizer };
        opt.weights.step(layer.weights, g.weights);
        opt.bias.step(layer.bias, g.bias);
      });
      lossSum += batchLoss * rows;
      steps++;
    }
    const report: EpochReport = { epoch, meanLoss: lossSum / data.count, samples: data.count, steps };
    reports.push(report);
    onEpoch?.(report);
  }
  return reports;
}
