/**
 * Mutant: MinMaxScaler divides by max − min without guarding against a constant column, so
 * such a column becomes NaN (0 / 0).
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/scalers";

import { MinMaxScaler as Reference } from "@solution/5.2-classic-ml/01-preprocessing/scalers";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export class MinMaxScaler extends Reference {
  override transform(X: Matrix): Matrix {
    if (this.dataMin === null || this.dataMax === null) return super.transform(X); // NotFittedError
    const min = this.dataMin;
    const max = this.dataMax;
    assertMatrix(X, "MinMaxScaler.transform: X", { cols: min.length });
    const [low, high] = this.featureRange;
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const unit =
          ((data[i * cols + j] as number) - (min[j] as number)) / ((max[j] as number) - (min[j] as number));
        out[i * cols + j] = low + unit * (high - low);
      }
    }
    return { data: out, rows, cols };
  }
}
