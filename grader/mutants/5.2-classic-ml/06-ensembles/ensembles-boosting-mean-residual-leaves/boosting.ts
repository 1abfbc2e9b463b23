/** Mutant: the classifier keeps the tree's mean residual as the leaf value instead of the Newton step Σr / Σp(1−p). */
import {
  LOG_LOSS,
  type Loss,
  GradientBoostingClassifier as Solution,
} from "@solution/5.2-classic-ml/06-ensembles/boosting";

export * from "@solution/5.2-classic-ml/06-ensembles/boosting";

export class GradientBoostingClassifier extends Solution {
  protected override readonly loss: Loss = {
    ...LOG_LOSS,
    leafValue: (rows, _y, _raw, residual) =>
      rows.reduce((s, i) => s + (residual[i] as number), 0) / rows.length,
  };
}
