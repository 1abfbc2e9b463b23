/**
 * 5.2.1 Preprocessing — feature scaling (reference solution).
 *
 * Both scalers learn per-column statistics in `fit` and apply them in `transform`. They never
 * modify their input and reject NaN (impute first), empty data and a wrong column count.
 */

import type {
  MinMaxScalerOptions,
  StandardScalerOptions,
} from "@exercise/5.2-classic-ml/01-preprocessing/preprocessing.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

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
   * Learns the minimum and maximum of every column of `X`.
   * @throws InvalidArgument for an invalid `featureRange` (needs finite `low < high`), empty `X` or NaN.
   */
  fit(X: Matrix): this {
    const [low, high] = this.featureRange;
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
      throw new InvalidArgument(
        `MinMaxScaler: featureRange must be finite with low < high, got [${low}, ${high}]`,
      );
    }
    assertMatrix(X, "MinMaxScaler.fit: X");
    const { rows, cols, data } = X;
    const min = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
    const max = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = data[i * cols + j];
        if (v < min[j]) min[j] = v;
        if (v > max[j]) max[j] = v;
      }
    }
    this.dataMin = min;
    this.dataMax = max;
    return this;
  }

  #fitted(): [Float64Array, Float64Array] {
    if (this.dataMin === null || this.dataMax === null) throw new NotFittedError("MinMaxScaler");
    return [this.dataMin, this.dataMax];
  }

  /** Per-column `scale` and `offset` so that `x' = x · scale + offset`. */
  #affine(): [Float64Array, Float64Array] {
    const [min, max] = this.#fitted();
    const [low, high] = this.featureRange;
    const scale = new Float64Array(min.length);
    const offset = new Float64Array(min.length);
    for (let j = 0; j < min.length; j++) {
      const range = max[j] - min[j];
      const s = (high - low) / (range === 0 ? 1 : range);
      scale[j] = s;
      offset[j] = low - min[j] * s;
    }
    return [scale, offset];
  }

  /**
   * Applies the training minimum and maximum to `X` (values outside the training range map
   * outside `featureRange`; they are not clipped).
   * @throws NotFittedError before `fit`; ShapeError for a different column count; InvalidArgument for NaN.
   */
  transform(X: Matrix): Matrix {
    const [scale, offset] = this.#affine();
    assertMatrix(X, "MinMaxScaler.transform: X", { cols: scale.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        out[i * cols + j] = data[i * cols + j] * scale[j] + offset[j];
      }
    }
    return { data: out, rows, cols };
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Matrix {
    return this.fit(X).transform(X);
  }

  /** Maps scaled values back to the original units: `x = (x' − offset) / scale`. */
  inverseTransform(X: Matrix): Matrix {
    const [scale, offset] = this.#affine();
    assertMatrix(X, "MinMaxScaler.inverseTransform: X", { cols: scale.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        out[i * cols + j] = (data[i * cols + j] - offset[j]) / scale[j];
      }
    }
    return { data: out, rows, cols };
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
   * Learns the mean and standard deviation of every column (two passes: mean first, then the
   * squared deviations — numerically stable).
   * @throws InvalidArgument for empty `X` or NaN.
   */
  fit(X: Matrix): this {
    assertMatrix(X, "StandardScaler.fit: X");
    const { rows, cols, data } = X;
    const mean = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) mean[j] += data[i * cols + j];
    }
    for (let j = 0; j < cols; j++) mean[j] /= rows;
    const variance = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const d = data[i * cols + j] - mean[j];
        variance[j] += d * d;
      }
    }
    const scale = new Float64Array(cols);
    for (let j = 0; j < cols; j++) {
      variance[j] /= rows;
      const std = Math.sqrt(variance[j]);
      scale[j] = this.withStd && std > 0 ? std : 1;
    }
    this.mean = mean;
    this.variance = variance;
    this.scale = scale;
    return this;
  }

  #fitted(): [Float64Array, Float64Array] {
    if (this.mean === null || this.scale === null) throw new NotFittedError("StandardScaler");
    return [this.withMean ? this.mean : new Float64Array(this.mean.length), this.scale];
  }

  /**
   * `(x − mean) / scale` with the **training** statistics.
   * @throws NotFittedError before `fit`; ShapeError for a different column count; InvalidArgument for NaN.
   */
  transform(X: Matrix): Matrix {
    const [mean, scale] = this.#fitted();
    assertMatrix(X, "StandardScaler.transform: X", { cols: mean.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        out[i * cols + j] = (data[i * cols + j] - mean[j]) / scale[j];
      }
    }
    return { data: out, rows, cols };
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Matrix {
    return this.fit(X).transform(X);
  }

  /** `z · scale + mean`: back to the original units. */
  inverseTransform(X: Matrix): Matrix {
    const [mean, scale] = this.#fitted();
    assertMatrix(X, "StandardScaler.inverseTransform: X", { cols: mean.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        out[i * cols + j] = data[i * cols + j] * scale[j] + mean[j];
      }
    }
    return { data: out, rows, cols };
  }
}
