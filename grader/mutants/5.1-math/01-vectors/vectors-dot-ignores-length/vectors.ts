/** Mutant: dot loops over the shorter vector instead of throwing ShapeError when the lengths differ. */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) throw new InvalidArgument("dot: NaN");
    sum += x * y;
  }
  return sum;
}
