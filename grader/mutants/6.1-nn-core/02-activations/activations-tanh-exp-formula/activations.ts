/**
 * Mutant: tanh from the textbook formula (e^(2x) − 1) / (e^(2x) + 1), which is
 * Infinity / Infinity = NaN once e^(2x) overflows (x ≳ 355).
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";

export function tanh<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "tanh");
  for (let i = 0; i < x.length; i++) {
    const e = Math.exp(2 * (x[i] as number));
    y[i] = (e - 1) / (e + 1);
  }
  return y;
}
