/**
 * Mutant: the gradient probes by nudging x in place (x[i] += h; x[i] −= 2h; x[i] += h) instead
 * of working on a copy. In floating point the three steps do not give back x[i] exactly, so the
 * caller's array changes in its last bits.
 */
export * from "@solution/5.1-math/04-calculus/derivatives";

import { defaultStep, type MultivariateFunction } from "@solution/5.1-math/04-calculus/derivatives";
import { InvalidArgument } from "../../../../../lib/errors";

export function gradient(f: MultivariateFunction, x: Float64Array, h?: number): Float64Array {
  if (x.length === 0) throw new InvalidArgument("gradient: x is empty");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new InvalidArgument(`gradient: x[${i}] must be finite, got ${x[i]}`);
  }
  if (h !== undefined && !(Number.isFinite(h) && h > 0)) throw new InvalidArgument(`gradient: bad step ${h}`);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const step = h ?? defaultStep(x[i] as number);
    x[i] = (x[i] as number) + step;
    const forward = f(x);
    x[i] = (x[i] as number) - 2 * step;
    const backward = f(x);
    x[i] = (x[i] as number) + step;
    out[i] = (forward - backward) / (2 * step);
  }
  return out;
}
