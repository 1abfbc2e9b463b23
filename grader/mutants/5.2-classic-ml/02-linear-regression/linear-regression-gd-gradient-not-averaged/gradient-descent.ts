/**
 * Mutant: the gradient is the sum Xᵀr instead of the mean Xᵀr/n, so the effective step is n
 * times larger and a learning rate that suits the mean loss makes the run diverge.
 */
export * from "@solution/5.2-classic-ml/02-linear-regression/gradient-descent";

import { GDRegressor as Reference } from "@solution/5.2-classic-ml/02-linear-regression/gradient-descent";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class GDRegressor extends Reference {
  override fit(X: Matrix, y: ArrayLike<number>): this {
    // Same algorithm with the step multiplied by n: w ← w − η·n·∇w.
    const scaled = new Reference({
      learningRate: this.learningRate * X.rows,
      maxIter: this.maxIter,
      tol: this.tol,
      alpha: this.alpha,
      fitIntercept: this.fitIntercept,
    }).fit(X, y);
    this.coef = scaled.coef;
    this.intercept = scaled.intercept;
    this.lossHistory = scaled.lossHistory;
    this.nIter = scaled.nIter;
    this.converged = scaled.converged;
    return this;
  }
}
