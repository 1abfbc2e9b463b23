/**
 * 5.2.2 Linear regression — training by batch gradient descent (reference solution).
 */

import type { GDRegressorOptions } from "@exercise/5.2-classic-ml/02-linear-regression/regression.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";
import { r2Score } from "./metrics";

/**
 * Linear regression trained by full-batch gradient descent on
 * `L(w, b) = (‖y − Xw − b‖² + α‖w‖²) / (2n)` — the same minimiser as LinearRegression with
 * the same α, reached iteratively instead of by a factorisation.
 */
export class GDRegressor {
  readonly learningRate: number;
  readonly maxIter: number;
  readonly tol: number;
  readonly alpha: number;
  readonly fitIntercept: boolean;
  coef: Float64Array | null = null;
  intercept = 0;
  /** `lossHistory[t]` is L after t updates (t = 0 … nIter); null before `fit`. */
  lossHistory: Float64Array | null = null;
  /** The number of updates made. */
  nIter = 0;
  /**
   * Whether the gradient test passed (every component strictly below `tol`) within `maxIter`
   * updates; the test after the `maxIter`-th update counts, since it comes before the maxIter stop.
   */
  converged = false;

  constructor(options: GDRegressorOptions = {}) {
    this.learningRate = options.learningRate ?? 0.01;
    this.maxIter = options.maxIter ?? 1000;
    this.tol = options.tol ?? 1e-6;
    this.alpha = options.alpha ?? 0;
    this.fitIntercept = options.fitIntercept ?? true;
  }

  /**
   * Starts from w = 0, b = 0 and repeats: compute the loss and the gradient
   * `∇w = (Xᵀr + αw)/n`, `∇b = Σr/n` with residuals `r = Xw + b − y`; stop when every
   * component is below `tol` (converged) or after `maxIter` updates; else step
   * `w ← w − η∇w`, `b ← b − η∇b`.
   *
   * @throws InvalidArgument for bad options (η ≤ 0, maxIter not an integer ≥ 1, tol < 0, α < 0),
   *   bad data, or when the loss becomes non-finite (diverged: lower the learning rate);
   *   ShapeError when y's length differs from X's rows.
   */
  fit(X: Matrix, y: ArrayLike<number>): this {
    const { learningRate: eta, maxIter, tol, alpha } = this;
    if (!(Number.isFinite(eta) && eta > 0))
      throw new InvalidArgument(`GDRegressor: learningRate must be > 0, got ${eta}`);
    if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
      throw new InvalidArgument(`GDRegressor: maxIter must be an integer ≥ 1, got ${maxIter}`);
    }
    if (!(Number.isFinite(tol) && tol >= 0))
      throw new InvalidArgument(`GDRegressor: tol must be ≥ 0, got ${tol}`);
    if (!(Number.isFinite(alpha) && alpha >= 0))
      throw new InvalidArgument(`GDRegressor: alpha must be ≥ 0, got ${alpha}`);
    assertMatrix(X, "GDRegressor.fit: X");
    assertVector(y, "GDRegressor.fit: y", { length: X.rows });
    const { rows: n, cols: p, data } = X;
    const w = new Float64Array(p);
    let b = 0;
    const residual = new Float64Array(n);
    const grad = new Float64Array(p);
    const history: number[] = [];
    this.converged = false;
    let t = 0;
    for (;;) {
      let ss = 0;
      for (let i = 0; i < n; i++) {
        let s = b - y[i];
        for (let j = 0; j < p; j++) s += data[i * p + j] * w[j];
        residual[i] = s;
        ss += s * s;
      }
      let penalty = 0;
      for (let j = 0; j < p; j++) penalty += w[j] ** 2;
      const loss = (ss + alpha * penalty) / (2 * n);
      if (!Number.isFinite(loss)) {
        throw new InvalidArgument(
          `GDRegressor diverged after ${t} updates (loss ${loss}): lower the learning rate (${eta}) or scale the features`,
        );
      }
      history.push(loss);
      for (let j = 0; j < p; j++) grad[j] = alpha * w[j];
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const r = residual[i];
        gb += r;
        for (let j = 0; j < p; j++) grad[j] += data[i * p + j] * r;
      }
      let worst = this.fitIntercept ? Math.abs(gb / n) : 0;
      for (let j = 0; j < p; j++) {
        grad[j] /= n;
        worst = Math.max(worst, Math.abs(grad[j]));
      }
      if (worst < tol) {
        this.converged = true;
        break;
      }
      if (t === maxIter) break;
      for (let j = 0; j < p; j++) w[j] -= eta * grad[j];
      if (this.fitIntercept) b -= (eta * gb) / n;
      t++;
    }
    this.coef = w;
    this.intercept = b;
    this.nIter = t;
    this.lossHistory = Float64Array.from(history);
    return this;
  }

  /** `Xw + b`. @throws NotFittedError before `fit`; ShapeError for a different column count. */
  predict(X: Matrix): Float64Array {
    const coef = this.coef;
    if (coef === null) throw new NotFittedError("GDRegressor");
    assertMatrix(X, "GDRegressor.predict: X", { cols: coef.length });
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
