/**
 * 5.2.3 Logistic regression (tasks 1 to 3).
 *
 * Binary classification with labels 0 and 1. Features come as a `Matrix` from `lib/ml/matrix`:
 * row-major `data`, one row per sample (n rows), one column per feature (d columns).
 *
 * The rules shared by everything in this file:
 * - Never modify an input.
 * - Validate X with `assertMatrix` from `lib/ml/matrix` (it throws `ShapeError` for a wrong
 *   number of columns, `InvalidArgument` for an empty matrix, NaN or ±Infinity).
 * - Labels must be exactly 0 or 1 → otherwise `InvalidArgument`; a label array whose length
 *   is not the number of rows → `ShapeError`.
 * - Using a model before `fit` → `NotFittedError` from `lib/ml/errors`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { LogisticRegressionOptions } from "./classifiers.given";

/**
 * Task 1. The logistic function σ(z) = 1 / (1 + e^(−z)).
 *
 * Must never return NaN: σ(1000) = 1, σ(−1000) = 0, σ(+∞) = 1, σ(−∞) = 0. And it must keep
 * tiny values: σ(−40) ≈ 4.248e-18, not 0. (Compute e^(−|z|), which never overflows, and
 * choose the formula by the sign of z.)
 * @throws InvalidArgument when z is NaN.
 */
export function sigmoid(_z: number): number {
  throw new NotImplemented("sigmoid", 1);
}

/**
 * Task 1. Mean binary cross-entropy of predicted probabilities:
 * (1/n) Σ −[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)].
 *
 * Each pᵢ is first clipped to [eps, 1 − eps], so a confident wrong answer costs −ln(eps)
 * instead of Infinity. The default eps is `Number.EPSILON` (2⁻⁵²), as in scikit-learn 1.2.
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument for empty input, a label other than 0/1, or a probability that is
 *   NaN or outside [0, 1].
 */
export function logLoss(_yTrue: ArrayLike<number>, _probabilities: ArrayLike<number>, _eps?: number): number {
  throw new NotImplemented("logLoss", 1);
}

/**
 * Task 1. The same mean log-loss, computed from the logits zᵢ (where pᵢ = σ(zᵢ)) without ever
 * forming pᵢ: (1/n) Σ [ln(1 + e^zᵢ) − yᵢ·zᵢ]. Write ln(1 + e^z) ("softplus") as
 * max(z, 0) + ln(1 + e^(−|z|)) (use `Math.log1p`) so that z = ±800 gives exact answers.
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument for empty input, a label other than 0/1, or a non-finite logit.
 */
export function logLossFromLogits(_yTrue: ArrayLike<number>, _logits: ArrayLike<number>): number {
  throw new NotImplemented("logLossFromLogits", 1);
}

/**
 * Tasks 2 and 3. Binary logistic regression: P(y = 1 | x) = σ(w·x + b).
 *
 * `fit` minimises J(w, b) = (1/n) Σ [ln(1 + e^zᵢ) − yᵢ·zᵢ] + ‖w‖²/(2·C·n), zᵢ = w·xᵢ + b
 * (no penalty term when penalty is "none") by Newton's method; see the README.
 *
 * @example
 * const model = new LogisticRegression({ C: 1 }).fit(Xtrain, ytrain);
 * const p = model.predictProba(Xtest); // n × 2
 */
export class LogisticRegression {
  /** The weights w, one per feature; null before fit. */
  coef: Float64Array | null = null;
  /** The intercept b (0 when fitIntercept is false). */
  intercept = 0;
  /** Newton iterations used by the last fit. */
  nIter = 0;
  /** Whether the last fit reached the gradient tolerance within maxIter steps (the point after the last allowed step is tested too). */
  converged = false;

  /**
   * @throws InvalidArgument when penalty is not "l2" or "none", C is not a finite number > 0,
   *   maxIter is not an integer ≥ 1, or tol < 0.
   */
  constructor(_options: LogisticRegressionOptions = {}) {
    throw new NotImplemented("LogisticRegression", 2);
  }

  /**
   * Task 2. Fits w and b to X (n × d) and the labels y (n values, each 0 or 1); returns `this`.
   * @throws InvalidArgument when y does not contain both classes (see also the file header).
   */
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    throw new NotImplemented("LogisticRegression.fit", 2);
  }

  /** Task 3. The logits zᵢ = w·xᵢ + b, one per row of X. */
  decisionFunction(_X: Matrix): Float64Array {
    throw new NotImplemented("LogisticRegression.decisionFunction", 3);
  }

  /**
   * Task 3. An n × 2 matrix: column 0 is P(y = 0 | x) = σ(−z), column 1 is P(y = 1 | x) = σ(z).
   * Compute column 0 as σ(−z), not 1 − σ(z), which loses every digit when σ(z) is close to 1.
   */
  predictProba(_X: Matrix): Matrix {
    throw new NotImplemented("LogisticRegression.predictProba", 3);
  }

  /** Task 3. Class 1 where z > 0, class 0 where z ≤ 0 (z = 0, i.e. P = 0.5, gives 0). */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("LogisticRegression.predict", 3);
  }
}
