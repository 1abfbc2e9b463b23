/**
 * Mutant: accuracyScore returns the NUMBER of correct predictions instead of the fraction.
 */
export * from "@solution/5.2-classic-ml/03-logistic-knn/metrics";

import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function accuracyScore(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  if (yTrue.length !== yPred.length) throw new ShapeError("accuracyScore: lengths differ");
  if (yTrue.length === 0) throw new InvalidArgument("accuracyScore: no labels");
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct;
}
