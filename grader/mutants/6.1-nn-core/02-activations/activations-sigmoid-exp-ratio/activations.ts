/**
 * Mutant: sigmoid computed as e^x / (1 + e^x) for every x. For x ≳ 710, e^x overflows and
 * Infinity / Infinity = NaN.
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";

export function sigmoid<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "sigmoid");
  for (let i = 0; i < x.length; i++) {
    const e = Math.exp(x[i] as number);
    y[i] = e / (1 + e);
  }
  return y;
}
