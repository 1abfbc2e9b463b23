/**
 * Mutant: fit by plain gradient descent with a fixed learning rate (0.01) and a fixed number
 * of steps (maxIter × 10), on unscaled features. It runs without error and the training
 * accuracy looks plausible, but it stops far from the optimum: the coefficients are not
 * scikit-learn's and the gradient does not vanish.
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
    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;
    const w = new Float64Array(d);
    let b = 0;
    const steps = this.maxIter * 10;
    for (let step = 0; step < steps; step++) {
      const gw = new Float64Array(d);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        let z = b;
        for (let j = 0; j < d; j++) z += (data[i * d + j] as number) * (w[j] as number);
        const r = sigmoid(z) - (y[i] as number);
        for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + (r * (data[i * d + j] as number)) / n;
        gb += r / n;
      }
      for (let j = 0; j < d; j++)
        w[j] = (w[j] as number) - 0.01 * ((gw[j] as number) + lambda * (w[j] as number));
      if (this.fitIntercept) b -= 0.01 * gb;
    }
    this.nIter = steps;
    this.converged = true;
    this.coef = w;
    this.intercept = b;
    return this;
  }
}
