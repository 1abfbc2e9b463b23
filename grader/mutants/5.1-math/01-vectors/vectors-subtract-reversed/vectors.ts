/** Mutant: subtract computes b − a instead of a − b. */
import { add, scale } from "@solution/5.1-math/01-vectors/vectors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function subtract(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  return add(b, scale(a, -1));
}
