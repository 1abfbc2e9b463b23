/** Mutant: He initialisation with the fan-OUT, N(0, 2/outputs), instead of N(0, 2/inputs). */
import { allocate, type DenseLayer, type DType } from "@solution/6.1-nn-core/05-mlp/mlp";
import { InvalidArgument } from "../../../../../lib/errors";
import type { Rng } from "../../../../../lib/rng";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function createDense(inputs: number, outputs: number, rng: Rng, dtype: DType = "float64"): DenseLayer {
  if (!(Number.isInteger(inputs) && inputs >= 1 && Number.isInteger(outputs) && outputs >= 1)) {
    throw new InvalidArgument(`createDense: bad sizes ${inputs}, ${outputs}`);
  }
  const std = Math.sqrt(2 / outputs);
  const weights = allocate(dtype, inputs * outputs);
  for (let i = 0; i < weights.length; i++) weights[i] = rng.normal(0, std);
  return { inputs, outputs, weights, bias: allocate(dtype, outputs) };
}
