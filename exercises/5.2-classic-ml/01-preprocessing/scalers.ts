/**
 * 5.2.1 Preprocessing — tasks 1 and 2: feature scaling.
 *
 * Both scalers learn per-column statistics in `fit` and apply them in `transform`. Contract
 * shared by every method (see the README):
 *
 * - `X` is a row-major `Matrix` (lib/ml/matrix): one row per sample, one column per feature.
 *   Check it with `assertMatrix(X, "…", { cols })`, which throws the errors below for you.
 * - Never modify the input; return a new matrix.
 * - `transform`/`inverseTransform` before `fit` → `NotFittedError` (lib/ml/errors);
 *   a different number of columns than in `fit` → `ShapeError`;
 *   NaN (impute first), ±Infinity or an empty matrix → `InvalidArgument`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { MinMaxScalerOptions, StandardScalerOptions } from "./preprocessing.given";

/**
 * Rescales every column linearly so that its training minimum maps to `low` and its training
 * maximum to `high`: `x' = low + (x − min) · (high − low) / (max − min)`. A constant column
 * (`max = min`) maps to `low`, as in scikit-learn.
 */
export class MinMaxScaler {
  readonly featureRange: readonly [number, number];
  /** Per-column minimum seen in `fit`; null before `fit`. */
  dataMin: Float64Array | null = null;
  /** Per-column maximum seen in `fit`; null before `fit`. */
  dataMax: Float64Array | null = null;

  constructor(options: MinMaxScalerOptions = {}) {
    this.featureRange = options.featureRange ?? [0, 1];
  }

  /**
   * Learns the minimum and maximum of every column of `X`; returns `this`.
   * @throws InvalidArgument for an invalid `featureRange` (needs finite `low < high`), empty `X` or NaN.
   */
  fit(_X: Matrix): this {
    throw new NotImplemented("MinMaxScaler.fit", 1);
  }

  /**
   * Applies the training minimum and maximum to `X`. Values outside the training range map
   * outside `featureRange`; they are not clipped.
   */
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("MinMaxScaler.transform", 1);
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(_X: Matrix): Matrix {
    throw new NotImplemented("MinMaxScaler.fitTransform", 1);
  }

  /** Maps scaled values back to the original units (the inverse of `transform`). */
  inverseTransform(_X: Matrix): Matrix {
    throw new NotImplemented("MinMaxScaler.inverseTransform", 1);
  }
}

/**
 * Standardises every column: `z = (x − mean) / scale`, where `scale` is the population
 * standard deviation (divide by n, as scikit-learn), or 1 for a constant column.
 */
export class StandardScaler {
  readonly withMean: boolean;
  readonly withStd: boolean;
  /** Per-column mean of the training data; null before `fit`. */
  mean: Float64Array | null = null;
  /** Per-column population variance of the training data; null before `fit`. */
  variance: Float64Array | null = null;
  /** Per-column divisor: the standard deviation, 1 where it is 0 (or everywhere when `withStd` is false). */
  scale: Float64Array | null = null;

  constructor(options: StandardScalerOptions = {}) {
    this.withMean = options.withMean ?? true;
    this.withStd = options.withStd ?? true;
  }

  /**
   * Learns `mean`, `variance` and `scale` of every column (two passes: the mean first, then
   * the squared deviations); returns `this`. The statistics are always computed; `withMean`
   * and `withStd` only change what `transform` does.
   * @throws InvalidArgument for empty `X` or NaN.
   */
  fit(_X: Matrix): this {
    throw new NotImplemented("StandardScaler.fit", 2);
  }

  /** `(x − mean) / scale` with the **training** statistics (mean 0 when `withMean` is false). */
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("StandardScaler.transform", 2);
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(_X: Matrix): Matrix {
    throw new NotImplemented("StandardScaler.fitTransform", 2);
  }

  /** `z · scale + mean`: back to the original units. */
  inverseTransform(_X: Matrix): Matrix {
    throw new NotImplemented("StandardScaler.inverseTransform", 2);
  }
}
