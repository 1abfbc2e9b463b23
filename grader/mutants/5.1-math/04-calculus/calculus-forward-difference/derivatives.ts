/**
 * Mutant: the derivative uses the forward difference (f(x + h) − f(x)) / h instead of the
 * central one. Its error is O(h) instead of O(h²): about 1e-6 relative with h = ∛ε, where the
 * specs ask for 1e-8.
 */
export * from "@solution/5.1-math/04-calculus/derivatives";

import { defaultStep, type ScalarFunction } from "@solution/5.1-math/04-calculus/derivatives";
import { InvalidArgument } from "../../../../../lib/errors";

export function derivative(f: ScalarFunction, x: number, h?: number): number {
  if (!Number.isFinite(x)) throw new InvalidArgument(`derivative: x must be finite, got ${x}`);
  const step = h ?? defaultStep(x);
  if (!(Number.isFinite(step) && step > 0)) throw new InvalidArgument(`derivative: bad step ${step}`);
  return (f(x + step) - f(x)) / step;
}
