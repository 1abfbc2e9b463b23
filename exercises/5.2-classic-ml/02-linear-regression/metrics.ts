/**
 * 5.2.2 Linear regression — task 1: regression metrics.
 *
 * Every metric takes `yTrue` and `yPred` as `number[]` or `Float64Array` and never modifies
 * them. Errors: lengths differ → `ShapeError`; no values (R²: fewer than two), NaN or
 * ±Infinity → `InvalidArgument` (both from lib/errors).
 */
import { NotImplemented } from "../../../lib/errors";

/** Mean squared error `Σ(yᵢ − ŷᵢ)² / n`. */
export function meanSquaredError(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("meanSquaredError", 1);
}

/** Root mean squared error `√MSE`, in the units of y. */
export function rootMeanSquaredError(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("rootMeanSquaredError", 1);
}

/** Mean absolute error `Σ|yᵢ − ŷᵢ| / n`. */
export function meanAbsoluteError(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("meanAbsoluteError", 1);
}

/**
 * The coefficient of determination `R² = 1 − SS_res / SS_tot`, with
 * `SS_res = Σ(yᵢ − ŷᵢ)²` and `SS_tot = Σ(yᵢ − ȳ)²`. When `yTrue` is constant (`SS_tot = 0`) it is
 * 1 for a perfect prediction and 0 otherwise, as in scikit-learn. Needs at least two values.
 */
export function r2Score(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("r2Score", 1);
}
