/**
 * Mutant: early stopping counts a stage as stale when it does not improve on the PREVIOUS
 * validation loss, instead of on the best one so far (a zig-zag never stops; a slow drift
 * upwards after a lucky minimum is not noticed).
 */
import {
  GradientBoostingClassifier as SolutionClassifier,
  GradientBoostingRegressor as SolutionRegressor,
  type StopRule,
} from "@solution/5.2-classic-ml/06-ensembles/boosting";

export * from "@solution/5.2-classic-ml/06-ensembles/boosting";

const vsPrevious: StopRule = (losses, nIterNoChange, tol) => {
  let stale = 0;
  for (let m = 1; m < losses.length; m++) {
    if ((losses[m] as number) < (losses[m - 1] as number) - tol) stale = 0;
    else stale++;
  }
  return stale >= nIterNoChange;
};

export class GradientBoostingRegressor extends SolutionRegressor {
  protected override readonly stopRule: StopRule = vsPrevious;
}

export class GradientBoostingClassifier extends SolutionClassifier {
  protected override readonly stopRule: StopRule = vsPrevious;
}
