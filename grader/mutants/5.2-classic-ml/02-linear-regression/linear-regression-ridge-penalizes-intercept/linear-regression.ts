/**
 * Mutant: ridge appends a column of ones for the intercept and penalises it like every other
 * coefficient (‖[b, w]‖² instead of ‖w‖²), which pulls the intercept towards 0.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/linear-regression";

import { LinearRegression as Reference } from "@solution/5.2-classic-ml/02-linear-regression/linear-regression";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class LinearRegression extends Reference {
  override fit(X: Matrix, y: ArrayLike<number>): this {
    if (this.alpha === 0 || !this.fitIntercept) return super.fit(X, y);
    const p = X.cols;
    const ones: Matrix = { data: new Float64Array(X.rows * (p + 1)), rows: X.rows, cols: p + 1 };
    for (let i = 0; i < X.rows; i++) {
      ones.data[i * (p + 1)] = 1;
      ones.data.set(X.data.subarray(i * p, (i + 1) * p), i * (p + 1) + 1);
    }
    const inner = new Reference({ alpha: this.alpha, fitIntercept: false }).fit(ones, y);
    const all = inner.coef as Float64Array;
    this.coef = all.slice(1);
    this.intercept = all[0] as number;
    return this;
  }
}
