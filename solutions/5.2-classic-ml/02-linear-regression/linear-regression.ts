/**
 * 5.2.2 Linear regression — ordinary least squares and ridge (reference solution).
 */

import type { LinearRegressionOptions } from "@exercise/5.2-classic-ml/02-linear-regression/regression.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";
import { leastSquares } from "./least-squares";
import { r2Score } from "./metrics";

/**
 * `ŷ = Xw + b`, fitted by minimising `‖y − Xw − b‖² + α‖w‖²`.
 *
 * With an intercept the columns of X and y are centred first; then `w` solves the problem on
 * centred data and `b = ȳ − x̄·w`. For α > 0 the ridge problem is the least-squares problem of
 * the stacked system `[Xc; √α·I] w ≈ [yc; 0]`, solved with the same QR.
 */
export class LinearRegression {
  readonly fitIntercept: boolean;
  readonly alpha: number;
  /** The coefficients `w` (one per feature); null before `fit`. */
  coef: Float64Array | null = null;
  /** The intercept `b` (0 when `fitIntercept` is false). */
  intercept = 0;

  constructor(options: LinearRegressionOptions = {}) {
    this.fitIntercept = options.fitIntercept ?? true;
    this.alpha = options.alpha ?? 0;
  }

  /**
   * Fits `coef` and `intercept`; returns `this`.
   * @throws InvalidArgument for α < 0 or not finite, empty or non-finite data, or (α = 0)
   *   collinear features / fewer samples than coefficients; ShapeError when y's length differs
   *   from X's rows.
   */
  fit(X: Matrix, y: ArrayLike<number>): this {
    if (!(Number.isFinite(this.alpha) && this.alpha >= 0)) {
      throw new InvalidArgument(`LinearRegression: alpha must be finite and ≥ 0, got ${this.alpha}`);
    }
    assertMatrix(X, "LinearRegression.fit: X");
    assertVector(y, "LinearRegression.fit: y", { length: X.rows });
    const { rows: n, cols: p, data } = X;
    const xMean = new Float64Array(p);
    let yMean = 0;
    if (this.fitIntercept) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < p; j++) xMean[j] += data[i * p + j];
        yMean += y[i];
      }
      for (let j = 0; j < p; j++) xMean[j] /= n;
      yMean /= n;
    }
    const extra = this.alpha > 0 ? p : 0;
    const rowsA = n + extra;
    if (rowsA < p || (this.alpha === 0 && this.fitIntercept && n <= p)) {
      throw new InvalidArgument(
        `LinearRegression: ${n} samples cannot determine ${p} coefficients${this.fitIntercept ? " and an intercept" : ""}; use alpha > 0 (ridge)`,
      );
    }
    const A = new Float64Array(rowsA * p);
    const b = new Float64Array(rowsA);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) A[i * p + j] = data[i * p + j] - xMean[j];
      b[i] = y[i] - yMean;
    }
    const root = Math.sqrt(this.alpha);
    for (let j = 0; j < extra; j++) A[(n + j) * p + j] = root;
    let coef: Float64Array;
    try {
      coef = leastSquares({ data: A, rows: rowsA, cols: p }, b);
    } catch (error) {
      if (error instanceof InvalidArgument) {
        throw new InvalidArgument(
          `LinearRegression: the features are collinear (${error.message}); drop a column (e.g. OneHotEncoder drop: "first") or use alpha > 0`,
        );
      }
      throw error;
    }
    let intercept = 0;
    if (this.fitIntercept) {
      intercept = yMean;
      for (let j = 0; j < p; j++) intercept -= xMean[j] * coef[j];
    }
    this.coef = coef;
    this.intercept = intercept;
    return this;
  }

  /**
   * `Xw + b` for every row of X.
   * @throws NotFittedError before `fit`; ShapeError for a different column count; InvalidArgument for NaN.
   */
  predict(X: Matrix): Float64Array {
    const coef = this.coef;
    if (coef === null) throw new NotFittedError("LinearRegression");
    assertMatrix(X, "LinearRegression.predict: X", { cols: coef.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let s = this.intercept;
      for (let j = 0; j < cols; j++) s += data[i * cols + j] * coef[j];
      out[i] = s;
    }
    return out;
  }

  /** R² of `predict(X)` against `y`. */
  score(X: Matrix, y: ArrayLike<number>): number {
    return r2Score(y, this.predict(X));
  }
}
