/**
 * Mutant: the step fires only for z > 0, so step(0) = 0. A different convention from the
 * documented one (z ≥ 0 → 1), which changes every training trace that starts from zero weights.
 */
export * from "@solution/6.1-nn-core/01-perceptron/perceptron";

import { InvalidArgument } from "../../../../../lib/errors";

export function step(z: number): 0 | 1 {
  if (Number.isNaN(z)) throw new InvalidArgument("step: z is NaN");
  return z > 0 ? 1 : 0;
}
