/**
 * Mutant: StandardScaler divides the squared deviations by n − 1 (the sample variance, as
 * pandas' .std()) instead of n (scikit-learn's population variance).
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/scalers";

import { StandardScaler as Reference } from "@solution/5.2-classic-ml/01-preprocessing/scalers";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class StandardScaler extends Reference {
  override fit(X: Matrix): this {
    super.fit(X);
    const n = X.rows;
    const variance = this.variance as Float64Array;
    const scale = this.scale as Float64Array;
    for (let j = 0; j < variance.length; j++) {
      variance[j] = n > 1 ? ((variance[j] as number) * n) / (n - 1) : 0;
      const std = Math.sqrt(variance[j] as number);
      scale[j] = this.withStd && std > 0 ? std : 1;
    }
    return this;
  }
}
