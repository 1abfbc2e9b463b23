/**
 * Mutant: the leaky ReLU derivative is copied from ReLU's and returns 0 (not α) for x ≤ 0,
 * which throws away exactly the gradient that makes leaky ReLU "leaky".
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";
import { InvalidArgument } from "../../../../../lib/errors";

export function leakyReluDerivative<T extends FloatArray>(x: T, alpha = 0.01, out?: T): T {
  if (!(Number.isFinite(alpha) && alpha >= 0 && alpha < 1)) throw new InvalidArgument(`bad alpha ${alpha}`);
  const y = outputFor(x, out, "leakyReluDerivative");
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    y[i] = v > 0 ? 1 : v <= 0 ? 0 : Number.NaN;
  }
  return y;
}
