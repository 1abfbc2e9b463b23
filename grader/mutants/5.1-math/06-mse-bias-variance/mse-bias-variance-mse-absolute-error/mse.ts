/** Mutant: uses |ŷ − y| instead of (ŷ − y)², i.e. computes the mean ABSOLUTE error. */

import type { VectorLike } from "@solution/5.1-math/06-mse-bias-variance/mse";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/06-mse-bias-variance/mse";

export function mse(yTrue: VectorLike, yPred: VectorLike): number {
  if (yTrue.length !== yPred.length)
    throw new ShapeError(`lengths ${yTrue.length} and ${yPred.length} differ`);
  if (yTrue.length === 0) throw new InvalidArgument("empty");
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const r = (yPred[i] as number) - (yTrue[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(`value ${i} is not finite`);
    sum += Math.abs(r);
  }
  return sum / yTrue.length;
}
