/**
 * Mutant: the "mean" strategy adds NaN as 0 and divides by the number of rows, not by the
 * number of observed values, which biases the mean towards 0.
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/imputer";

import { SimpleImputer as Reference } from "@solution/5.2-classic-ml/01-preprocessing/imputer";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class SimpleImputer extends Reference {
  override fit(X: Matrix): this {
    super.fit(X);
    if (this.strategy !== "mean") return this;
    const { rows, cols, data } = X;
    const statistics = this.statistics as Float64Array;
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let i = 0; i < rows; i++) {
        const v = data[i * cols + j] as number;
        s += Number.isNaN(v) ? 0 : v;
      }
      statistics[j] = s / rows;
    }
    return this;
  }
}
