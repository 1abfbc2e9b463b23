/** Mutant: cosineSimilarity forgets to clamp, so rounding returns values like 1.0000000000000002. */
import { norm } from "@solution/5.1-math/01-vectors/vectors";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(`cosineSimilarity: ${a.length} vs ${b.length}`);
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) throw new InvalidArgument("cosineSimilarity: zero vector");
  let cos = 0;
  for (let i = 0; i < a.length; i++) cos += ((a[i] as number) / na) * ((b[i] as number) / nb);
  return cos;
}
