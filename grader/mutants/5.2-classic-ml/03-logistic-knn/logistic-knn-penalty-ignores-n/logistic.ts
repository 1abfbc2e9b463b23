/**
 * Mutant: the penalty is added to the MEAN loss as ‖w‖²/(2C), forgetting the 1/n that makes
 * it scikit-learn's C·Σloss + ½‖w‖². The model is regularised n times too strongly.
 */
import { LogisticRegression as Base, sigmoid } from "@solution/5.2-classic-ml/03-logistic-knn/logistic";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/logistic";

export class LogisticRegression extends Base {
  override fit(X: Matrix, y: ArrayLike<number>): this {
    assertMatrix(X, "LogisticRegression.fit: X");
    if (y.length !== X.rows) throw new ShapeError("LogisticRegression.fit: y length");
    let ones = 0;
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== 0 && y[i] !== 1) throw new InvalidArgument(`LogisticRegression.fit: label ${y[i]}`);
      ones += y[i] as number;
    }
    if (ones === 0 || ones === y.length) throw new InvalidArgument("LogisticRegression.fit: one class only");
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0);
    const lambda = this.penalty === "l2" ? 1 / this.C : 0;
    const penalised = (a: number) => a < d || false;
    const theta = new Float64Array(p);
    const x = (i: number, a: number) => (a < d ? (data[i * d + a] as number) : 1);
    let iter = 0;
    this.converged = false;
    for (; iter < this.maxIter; iter++) {
      const grad = new Float64Array(p);
      const hess = new Float64Array(p * p);
      for (let i = 0; i < n; i++) {
        let z = 0;
        for (let a = 0; a < p; a++) z += x(i, a) * (theta[a] as number);
        const pi = sigmoid(z);
        for (let a = 0; a < p; a++) {
          grad[a] = (grad[a] as number) + ((pi - (y[i] as number)) * x(i, a)) / n;
          for (let c = 0; c < p; c++)
            hess[a * p + c] = (hess[a * p + c] as number) + (pi * (1 - pi) * x(i, a) * x(i, c)) / n;
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        if (penalised(a)) {
          grad[a] = (grad[a] as number) + lambda * (theta[a] as number);
          hess[a * p + a] = (hess[a * p + a] as number) + lambda;
        }
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      // Gaussian elimination on [H | g] (H is symmetric positive definite here).
      const m = hess.slice();
      const r = grad.slice();
      for (let k = 0; k < p; k++) {
        for (let i = k + 1; i < p; i++) {
          const f = (m[i * p + k] as number) / (m[k * p + k] as number);
          for (let j = k; j < p; j++) m[i * p + j] = (m[i * p + j] as number) - f * (m[k * p + j] as number);
          r[i] = (r[i] as number) - f * (r[k] as number);
        }
      }
      for (let k = p - 1; k >= 0; k--) {
        let s = r[k] as number;
        for (let j = k + 1; j < p; j++) s -= (m[k * p + j] as number) * (r[j] as number);
        r[k] = s / (m[k * p + k] as number);
      }
      for (let a = 0; a < p; a++) theta[a] = (theta[a] as number) - (r[a] as number);
    }
    this.nIter = iter;
    this.coef = theta.slice(0, d);
    this.intercept = this.fitIntercept ? (theta[d] as number) : 0;
    return this;
  }
}
