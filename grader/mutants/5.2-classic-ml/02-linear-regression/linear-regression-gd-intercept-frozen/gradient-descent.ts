/**
 * Mutant: gradient descent never updates the intercept (it stays 0), so data whose mean is
 * not 0 cannot be fitted.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/gradient-descent";

import { GDRegressor as Reference } from "@solution/5.2-classic-ml/02-linear-regression/gradient-descent";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class GDRegressor extends Reference {
  override fit(X: Matrix, y: ArrayLike<number>): this {
    const frozen = new Reference({
      learningRate: this.learningRate,
      maxIter: this.maxIter,
      tol: this.tol,
      alpha: this.alpha,
      fitIntercept: false,
    }).fit(X, y);
    this.coef = frozen.coef;
    this.intercept = 0;
    this.lossHistory = frozen.lossHistory;
    this.nIter = frozen.nIter;
    this.converged = frozen.converged;
    return this;
  }
}
