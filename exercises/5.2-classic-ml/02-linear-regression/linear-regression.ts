/**
 * 5.2.2 Linear regression — tasks 4 and 5: ordinary least squares and ridge.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { LinearRegressionOptions } from "./regression.given";

/**
 * `ŷ = Xw + b`, fitted by minimising `‖y − Xw − b‖² + α‖w‖²` (scikit-learn's
 * `LinearRegression` for α = 0, `Ridge(alpha)` otherwise).
 *
 * Recipe: with an intercept, centre the columns of X and y (subtract their means), solve for
 * `w` on the centred data with your `leastSquares` — for α > 0 on the stacked system
 * `[Xc; √α·I] w ≈ [yc; 0]` — and set `b = ȳ − x̄·w`.
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
   *   collinear features / too few samples for the coefficients; ShapeError when y's length
   *   differs from X's rows.
   */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    if (this.alpha > 0) throw new NotImplemented("LinearRegression.fit (ridge)", 5);
    throw new NotImplemented("LinearRegression.fit", 4);
  }

  /**
   * `Xw + b` for every row of X.
   * @throws NotFittedError before `fit`; ShapeError for a different column count; InvalidArgument for NaN.
   */
  predict(_X: Matrix): Float64Array {
    throw new NotImplemented("LinearRegression.predict", 4);
  }

  /** R² of `predict(X)` against `y` (use your `r2Score`). */
  score(_X: Matrix, _y: ArrayLike<number>): number {
    throw new NotImplemented("LinearRegression.score", 4);
  }
}
