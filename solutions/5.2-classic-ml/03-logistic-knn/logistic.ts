/**
 * 5.2.3 Logistic regression — reference solution.
 *
 * Binary logistic regression fitted by damped Newton's method (IRLS) on the mean log-loss with
 * an optional L2 penalty, parametrised like scikit-learn (`C`, intercept not penalised).
 */

import type { LogisticRegressionOptions } from "@exercise/5.2-classic-ml/03-logistic-knn/classifiers.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

/** Task 1. The logistic function σ(z) = 1 / (1 + e^(−z)), never NaN for finite or infinite z. */
export function sigmoid(z: number): number {
  if (Number.isNaN(z)) throw new InvalidArgument("sigmoid: z is NaN");
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softplus(z) = ln(1 + e^z), without overflow: max(z, 0) + ln(1 + e^(−|z|)). */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

function checkLabels(y: ArrayLike<number>, n: number, what: string): void {
  if (y.length !== n) throw new ShapeError(`${what}: y has ${y.length} labels, expected ${n}`);
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1) throw new InvalidArgument(`${what}: y[${i}] is ${v}; labels must be 0 or 1`);
  }
}

/**
 * Task 1. Mean binary cross-entropy of probabilities, clipped to [eps, 1 − eps]; the default eps
 * is the float64 machine epsilon 2⁻⁵², like scikit-learn 1.2's `log_loss(eps="auto")`.
 */
export function logLoss(
  yTrue: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  eps: number = Number.EPSILON,
): number {
  if (yTrue.length === 0) throw new InvalidArgument("logLoss: no samples");
  checkLabels(yTrue, probabilities.length, "logLoss");
  if (!(eps >= 0 && eps < 0.5)) throw new InvalidArgument(`logLoss: eps must be in [0, 0.5), got ${eps}`);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) throw new InvalidArgument(`logLoss: probabilities[${i}] is ${p}, not in [0, 1]`);
    const q = Math.min(Math.max(p, eps), 1 - eps);
    sum -= yTrue[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / yTrue.length;
}

/** Task 1. Mean log-loss computed from logits z: (1/n) Σ [ln(1 + e^zᵢ) − yᵢ·zᵢ], stable for any finite z. */
export function logLossFromLogits(yTrue: ArrayLike<number>, logits: ArrayLike<number>): number {
  if (yTrue.length === 0) throw new InvalidArgument("logLossFromLogits: no samples");
  checkLabels(yTrue, logits.length, "logLossFromLogits");
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const z = logits[i];
    if (!Number.isFinite(z)) throw new InvalidArgument(`logLossFromLogits: logits[${i}] is ${z}`);
    sum += softplus(z) - yTrue[i] * z;
  }
  return sum / yTrue.length;
}

/** Solves A x = b for a symmetric positive definite A (p×p, row-major) by Cholesky; null if not SPD. */
function choleskySolve(A: Float64Array, b: Float64Array, p: number): Float64Array | null {
  const L = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * p + j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i * p + i] = Math.sqrt(s);
      } else {
        L[i * p + j] = s / L[j * p + j];
      }
    }
  }
  const x = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * x[k];
    x[i] = s / L[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < p; k++) s -= L[k * p + i] * x[k];
    x[i] = s / L[i * p + i];
  }
  return x;
}

/** Task 2 and 3. Binary logistic regression, fitted by Newton's method. */
export class LogisticRegression {
  readonly penalty: "l2" | "none";
  readonly C: number;
  readonly fitIntercept: boolean;
  readonly maxIter: number;
  readonly tol: number;
  /** The weights w, one per feature (after fit). */
  coef: Float64Array | null = null;
  /** The intercept b (0 when fitIntercept is false). */
  intercept = 0;
  /** Newton iterations used by the last fit. */
  nIter = 0;
  /** Whether the last fit reached the gradient tolerance within maxIter steps (the point after the last allowed step is tested too). */
  converged = false;

  constructor(options: LogisticRegressionOptions = {}) {
    const { penalty = "l2", C = 1, fitIntercept = true, maxIter = 100, tol = 1e-10 } = options;
    if (penalty !== "l2" && penalty !== "none") {
      throw new InvalidArgument(`LogisticRegression: penalty must be "l2" or "none", got ${String(penalty)}`);
    }
    if (!(Number.isFinite(C) && C > 0))
      throw new InvalidArgument(`LogisticRegression: C must be > 0, got ${C}`);
    if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
      throw new InvalidArgument(`LogisticRegression: maxIter must be an integer ≥ 1, got ${maxIter}`);
    }
    if (!(tol >= 0)) throw new InvalidArgument(`LogisticRegression: tol must be ≥ 0, got ${tol}`);
    this.penalty = penalty;
    this.C = C;
    this.fitIntercept = fitIntercept;
    this.maxIter = maxIter;
    this.tol = tol;
  }

  fit(X: Matrix, y: ArrayLike<number>): this {
    assertMatrix(X, "LogisticRegression.fit: X");
    checkLabels(y, X.rows, "LogisticRegression.fit");
    let ones = 0;
    for (let i = 0; i < y.length; i++) ones += y[i];
    if (ones === 0 || ones === y.length) {
      throw new InvalidArgument("LogisticRegression.fit: y must contain both classes 0 and 1");
    }
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0); // parameters: w (d), then b
    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;
    const theta = new Float64Array(p);
    const z = new Float64Array(n);
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    const trial = new Float64Array(p);

    const logits = (t: Float64Array, out: Float64Array): void => {
      const b = this.fitIntercept ? t[d] : 0;
      for (let i = 0; i < n; i++) {
        let s = b;
        for (let j = 0; j < d; j++) s += data[i * d + j] * t[j];
        out[i] = s;
      }
    };
    const objective = (t: Float64Array, zz: Float64Array): number => {
      let loss = 0;
      for (let i = 0; i < n; i++) loss += softplus(zz[i]) - y[i] * zz[i];
      let ww = 0;
      for (let j = 0; j < d; j++) ww += t[j] ** 2;
      return loss / n + 0.5 * lambda * ww;
    };

    logits(theta, z);
    let J = objective(theta, z);
    this.converged = false;
    let iter = 0;
    // The gradient is tested before the maxIter stop, so the point reached by the last allowed
    // step is tested too: meeting tol there still counts as converged.
    for (; ; iter++) {
      grad.fill(0);
      hess.fill(0);
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(z[i]);
        const r = pi - y[i];
        const s = pi * (1 - pi);
        const row = i * d;
        for (let a = 0; a < p; a++) {
          const xa = a < d ? data[row + a] : 1;
          grad[a] += r * xa;
          const sxa = s * xa;
          for (let c = 0; c <= a; c++) {
            const xc = c < d ? data[row + c] : 1;
            hess[a * p + c] += sxa * xc;
          }
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        grad[a] = grad[a] / n + (a < d ? lambda * theta[a] : 0);
        gmax = Math.max(gmax, Math.abs(grad[a]));
        for (let c = 0; c <= a; c++) {
          const h = hess[a * p + c] / n + (a === c && a < d ? lambda : 0);
          hess[a * p + c] = h;
          hess[c * p + a] = h;
        }
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      if (iter === this.maxIter) break;
      let step = choleskySolve(hess, grad, p);
      if (step === null) {
        // Singular Hessian (e.g. separable data without penalty): fall back to a tiny ridge.
        for (let a = 0; a < p; a++) hess[a * p + a] += 1e-10;
        step = choleskySolve(hess, grad, p) ?? Float64Array.from(grad);
      }
      // Backtracking line search: halve the Newton step until the objective decreases.
      let t = 1;
      let accepted = false;
      for (let halvings = 0; halvings < 50; halvings++, t /= 2) {
        for (let a = 0; a < p; a++) trial[a] = theta[a] - t * step[a];
        logits(trial, z);
        const Jt = objective(trial, z);
        if (Jt <= J) {
          theta.set(trial);
          J = Jt;
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        logits(theta, z); // no progress possible in floating point: we are at the optimum
        this.converged = true;
        iter++;
        break;
      }
    }
    this.nIter = iter;
    this.coef = theta.slice(0, d);
    this.intercept = this.fitIntercept ? theta[d] : 0;
    return this;
  }

  /** The logits z = X·w + b, one per row. */
  decisionFunction(X: Matrix): Float64Array {
    const coef = this.coef;
    if (coef === null) throw new NotFittedError("LogisticRegression");
    assertMatrix(X, "LogisticRegression.decisionFunction: X", { cols: coef.length });
    const { rows: n, cols: d, data } = X;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = this.intercept;
      for (let j = 0; j < d; j++) s += data[i * d + j] * coef[j];
      out[i] = s;
    }
    return out;
  }

  /** n × 2 matrix: column 0 is P(y = 0 | x) = σ(−z), column 1 is P(y = 1 | x) = σ(z). */
  predictProba(X: Matrix): Matrix {
    const z = this.decisionFunction(X);
    const out = new Float64Array(2 * z.length);
    for (let i = 0; i < z.length; i++) {
      out[2 * i] = sigmoid(-z[i]);
      out[2 * i + 1] = sigmoid(z[i]);
    }
    return { data: out, rows: z.length, cols: 2 };
  }

  /** Class 1 where z > 0, else class 0 (so P = 0.5 exactly gives 0, as in scikit-learn). */
  predict(X: Matrix): Int32Array {
    const z = this.decisionFunction(X);
    const out = new Int32Array(z.length);
    for (let i = 0; i < z.length; i++) out[i] = z[i] > 0 ? 1 : 0;
    return out;
  }
}
