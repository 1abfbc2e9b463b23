/**
 * Mutant: logLoss without clipping the probabilities, so a certain wrong answer (p = 0 for
 * y = 1) costs −ln 0 = Infinity instead of −ln ε.
 */
export * from "@solution/5.2-classic-ml/03-logistic-knn/logistic";

import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function logLoss(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, _eps?: number): number {
  if (yTrue.length === 0) throw new InvalidArgument("logLoss: no samples");
  if (yTrue.length !== probabilities.length) throw new ShapeError("logLoss: lengths differ");
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i] as number;
    const p = probabilities[i] as number;
    if (y !== 0 && y !== 1) throw new InvalidArgument(`logLoss: label ${y}`);
    if (!(p >= 0 && p <= 1)) throw new InvalidArgument(`logLoss: probability ${p}`);
    sum -= y === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / yTrue.length;
}
