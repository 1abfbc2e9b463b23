/** Mutant: the classifier starts from F₀ = 0 (probability ½) instead of the log-odds of the positive class. */
import {
  LOG_LOSS,
  type Loss,
  GradientBoostingClassifier as Solution,
} from "@solution/5.2-classic-ml/06-ensembles/boosting";

export * from "@solution/5.2-classic-ml/06-ensembles/boosting";

export class GradientBoostingClassifier extends Solution {
  protected override readonly loss: Loss = { ...LOG_LOSS, init: () => 0 };
}
