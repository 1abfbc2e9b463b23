/** Mutant: cosineSimilarity returns 0 for a zero vector (as some libraries do) instead of throwing InvalidArgument. */

import { norm } from "@solution/5.1-math/01-vectors/vectors";
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(`cosineSimilarity: ${a.length} vs ${b.length}`);
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  let cos = 0;
  for (let i = 0; i < a.length; i++) cos += ((a[i] as number) / na) * ((b[i] as number) / nb);
  return Math.min(1, Math.max(-1, cos));
}
