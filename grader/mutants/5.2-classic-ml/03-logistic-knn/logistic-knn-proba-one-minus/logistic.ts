/**
 * Mutant: predictProba computes P(y = 0) as 1 − σ(z). Far from the boundary (z ≈ 30) that
 * subtraction keeps only about three significant digits, and beyond z ≈ 37 it gives exactly 0.
 */
import { LogisticRegression as Base, sigmoid } from "@solution/5.2-classic-ml/03-logistic-knn/logistic";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/03-logistic-knn/logistic";

export class LogisticRegression extends Base {
  override predictProba(X: Matrix): Matrix {
    const z = this.decisionFunction(X);
    const out = new Float64Array(2 * z.length);
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(z[i] as number);
      out[2 * i] = 1 - p;
      out[2 * i + 1] = p;
    }
    return { data: out, rows: z.length, cols: 2 };
  }
}
