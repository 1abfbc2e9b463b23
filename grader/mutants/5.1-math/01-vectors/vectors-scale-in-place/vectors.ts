/** Mutant: scale multiplies the input in place and returns it, instead of returning a new Float64Array. */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function scale(v: ArrayLike<number>, k: number): Float64Array {
  if (!Number.isFinite(k)) throw new InvalidArgument(`scale: k is ${k}`);
  const out = v instanceof Float64Array ? v : Float64Array.from(v);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i] as number)) throw new InvalidArgument(`scale: v[${i}] is ${out[i]}`);
    out[i] = (out[i] as number) * k;
  }
  return out;
}
