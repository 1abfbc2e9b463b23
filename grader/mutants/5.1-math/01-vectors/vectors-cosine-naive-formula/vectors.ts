/** Mutant: cosineSimilarity computes a·b / (‖a‖‖b‖) literally, so a·b overflows for huge components. */

import { dot, norm } from "@solution/5.1-math/01-vectors/vectors";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(`cosineSimilarity: ${a.length} vs ${b.length}`);
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) throw new InvalidArgument("cosineSimilarity: zero vector");
  return Math.min(1, Math.max(-1, dot(a, b) / (na * nb)));
}
