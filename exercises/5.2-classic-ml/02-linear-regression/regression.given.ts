/**
 * 5.2.2 Linear regression — given: the options of the two regressors. You do not edit this
 * file; `linear-regression.ts`, `gradient-descent.ts` and the specs import it.
 */

/** Options of `LinearRegression`. */
export interface LinearRegressionOptions {
  /** Fit an intercept (default true). When false, the model is `ŷ = Xw`. */
  fitIntercept?: boolean;
  /** Ridge penalty `α ≥ 0` on the coefficients (never on the intercept); default 0 (OLS). */
  alpha?: number;
}

/** Options of `GDRegressor`. */
export interface GDRegressorOptions {
  /** Step size η > 0; default 0.01. */
  learningRate?: number;
  /** The largest number of updates, an integer ≥ 1; default 1000. */
  maxIter?: number;
  /** Stop once every gradient component is strictly below `tol` in absolute value; default 1e-6. */
  tol?: number;
  /** Ridge penalty α ≥ 0, as in LinearRegression; default 0. */
  alpha?: number;
  /** Learn an intercept; default true. */
  fitIntercept?: boolean;
}
