/** Mutant: norm is Math.hypot(...v) — right for short vectors, but a million arguments overflow the call stack. */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function norm(v: ArrayLike<number>): number {
  const values = Array.from(v);
  if (values.some((x) => !Number.isFinite(x))) throw new InvalidArgument("norm: non-finite component");
  return Math.hypot(...values);
}
