/**
 * Mutant: R² computed as the squared Pearson correlation between yTrue and yPred. The two
 * agree only for the least-squares fit on its own training data; a biased prediction keeps
 * correlation 1 while its R² drops.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/metrics";

import { meanSquaredError } from "@solution/5.2-classic-ml/02-linear-regression/metrics";

export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  meanSquaredError(yTrue, yPred); // validation
  const n = yTrue.length;
  let mt = 0;
  let mp = 0;
  for (let i = 0; i < n; i++) {
    mt += (yTrue[i] as number) / n;
    mp += (yPred[i] as number) / n;
  }
  let st = 0;
  let sp = 0;
  let stp = 0;
  for (let i = 0; i < n; i++) {
    const a = (yTrue[i] as number) - mt;
    const b = (yPred[i] as number) - mp;
    st += a * a;
    sp += b * b;
    stp += a * b;
  }
  if (st === 0 || sp === 0) return st === sp ? 1 : 0;
  return (stp * stp) / (st * sp);
}
