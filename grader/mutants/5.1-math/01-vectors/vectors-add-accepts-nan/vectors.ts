/** Mutant: add checks the lengths but lets NaN and ±Infinity flow through into the result. */
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function add(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  if (a.length !== b.length) throw new ShapeError(`add: vector lengths differ (${a.length} vs ${b.length})`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) + (b[i] as number);
  return out;
}
