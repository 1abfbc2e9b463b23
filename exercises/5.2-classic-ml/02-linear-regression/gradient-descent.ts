/**
 * 5.2.2 Linear regression — task 6: training by batch gradient descent.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { GDRegressorOptions } from "./regression.given";

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
  /** The coefficients `w`; null before `fit`. */
  coef: Float64Array | null = null;
  /** The intercept `b` (stays 0 when `fitIntercept` is false). */
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
   * Starts from w = 0, b = 0 and repeats:
   * 1. residuals `r = Xw + b − y`, loss L (push it to the history; a non-finite loss means the
   *    run diverged → InvalidArgument whose message contains "diverged");
   * 2. gradient `∇w = (Xᵀr + αw)/n`, `∇b = Σr/n`;
   * 3. if every component is strictly below `tol` → `converged = true`, stop; otherwise, if
   *    `maxIter` updates were made → stop (so the gradient after the last update is still tested);
   * 4. `w ← w − η∇w`, `b ← b − η∇b` (b only when `fitIntercept`).
   * Returns `this`.
   *
   * @throws InvalidArgument for bad options (η ≤ 0, maxIter not an integer ≥ 1, tol < 0, α < 0),
   *   bad data, or divergence; ShapeError when y's length differs from X's rows.
   */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("GDRegressor.fit", 6);
  }

  /** `Xw + b`. @throws NotFittedError before `fit`; ShapeError for a different column count. */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("GDRegressor.predict", 6);
  }

  /** R² of `predict(X)` against `y`. */
  score(_X: Matrix, _y: ArrayLike<number>): number {
    throw new NotImplemented("GDRegressor.score", 6);
  }
}
