/** Mutant: the mean absolute error forgets the absolute value, so errors of opposite sign cancel. */
export * from "@solution/5.2-classic-ml/02-linear-regression/metrics";

import { meanSquaredError } from "@solution/5.2-classic-ml/02-linear-regression/metrics";

export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  meanSquaredError(yTrue, yPred); // validation
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) s += (yTrue[i] as number) - (yPred[i] as number);
  return s / yTrue.length;
}
