/**
 * Mutant: StandardScaler computes the variance in one pass as Σx²/n − mean², which cancels
 * catastrophically when the values are large compared with their spread.
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/scalers";

import { StandardScaler as Reference } from "@solution/5.2-classic-ml/01-preprocessing/scalers";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class StandardScaler extends Reference {
  override fit(X: Matrix): this {
    super.fit(X);
    const { rows, cols, data } = X;
    const mean = this.mean as Float64Array;
    const variance = this.variance as Float64Array;
    const scale = this.scale as Float64Array;
    for (let j = 0; j < cols; j++) {
      let sumSq = 0;
      for (let i = 0; i < rows; i++) sumSq += (data[i * cols + j] as number) ** 2;
      variance[j] = Math.max(0, sumSq / rows - (mean[j] as number) ** 2);
      const std = Math.sqrt(variance[j] as number);
      scale[j] = this.withStd && std > 0 ? std : 1;
    }
    return this;
  }
}
