/**
 * Mutant: numericalGradients uses the one-sided difference (L(θ + h) − L(θ)) / h, whose error
 * is proportional to h (≈ 1e-6 here) instead of h² for the central difference.
 */
import { type FloatArray, loss, type Mlp } from "@solution/6.1-nn-core/05-mlp/mlp";
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function numericalGradients(
  mlp: Mlp,
  x: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
  h = 1e-5,
): { weights: Float64Array; bias: Float64Array }[] {
  if (!(Number.isFinite(h) && h > 0)) throw new InvalidArgument(`numericalGradients: bad h ${h}`);
  const base = loss(mlp, x, labels, rows);
  const differentiate = (params: FloatArray): Float64Array => {
    const out = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) {
      const saved = params[i] as number;
      params[i] = saved + h;
      out[i] = (loss(mlp, x, labels, rows) - base) / h;
      params[i] = saved;
    }
    return out;
  };
  return mlp.layers.map((layer) => ({
    weights: differentiate(layer.weights),
    bias: differentiate(layer.bias),
  }));
}
