/**
 * 5.2.2 Linear regression — regression metrics (reference solution).
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

function check(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, what: string, minLength = 1): number {
  if (yTrue.length !== yPred.length) {
    throw new ShapeError(`${what}: yTrue has ${yTrue.length} values but yPred has ${yPred.length}`);
  }
  if (yTrue.length < minLength) {
    throw new InvalidArgument(`${what} needs at least ${minLength} value(s), got ${yTrue.length}`);
  }
  for (let i = 0; i < yTrue.length; i++) {
    if (!Number.isFinite(yTrue[i]) || !Number.isFinite(yPred[i])) {
      throw new InvalidArgument(`${what}: value ${i} is not finite (yTrue ${yTrue[i]}, yPred ${yPred[i]})`);
    }
  }
  return yTrue.length;
}

/** Mean squared error `Σ(yᵢ − ŷᵢ)² / n`. */
export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = check(yTrue, yPred, "meanSquaredError");
  let s = 0;
  for (let i = 0; i < n; i++) s += (yTrue[i] - yPred[i]) ** 2;
  return s / n;
}

/** Root mean squared error `√MSE`, in the units of y. */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  check(yTrue, yPred, "rootMeanSquaredError");
  return Math.sqrt(meanSquaredError(yTrue, yPred));
}

/** Mean absolute error `Σ|yᵢ − ŷᵢ| / n`. */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = check(yTrue, yPred, "meanAbsoluteError");
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs(yTrue[i] - yPred[i]);
  return s / n;
}

/**
 * The coefficient of determination `R² = 1 − SS_res / SS_tot`, with
 * `SS_res = Σ(yᵢ − ŷᵢ)²` and `SS_tot = Σ(yᵢ − ȳ)²`. When `yTrue` is constant (`SS_tot = 0`) it is
 * 1 for a perfect prediction and 0 otherwise, as in scikit-learn.
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = check(yTrue, yPred, "r2Score", 2);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    ssTot += (yTrue[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
