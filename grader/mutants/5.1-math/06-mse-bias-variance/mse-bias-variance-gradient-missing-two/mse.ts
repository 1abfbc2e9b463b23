/** Mutant: the gradient forgets the 2 from d(r²)/dr = 2r and returns (ŷ − y)/n. */

import type { VectorLike } from "@solution/5.1-math/06-mse-bias-variance/mse";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/06-mse-bias-variance/mse";

export function mseGradient(yTrue: VectorLike, yPred: VectorLike): Float64Array {
  if (yTrue.length !== yPred.length)
    throw new ShapeError(`lengths ${yTrue.length} and ${yPred.length} differ`);
  if (yTrue.length === 0) throw new InvalidArgument("empty");
  const n = yTrue.length;
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = (yPred[i] as number) - (yTrue[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(`value ${i} is not finite`);
    g[i] = r / n;
  }
  return g;
}
