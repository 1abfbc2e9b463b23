/**
 * Mutant: the sigmoid derivative applies the formula s(1 − s) to the input x instead of to
 * s = σ(x), i.e. returns x(1 − x). (The formula is written in terms of the OUTPUT.)
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";

export function sigmoidDerivative<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "sigmoidDerivative");
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    y[i] = v * (1 - v);
  }
  return y;
}
