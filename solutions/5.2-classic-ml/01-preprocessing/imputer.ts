/**
 * 5.2.1 Preprocessing — missing values (reference solution).
 *
 * A missing value is `NaN` in the matrix. `fit` learns one replacement value per column from
 * the observed (non-NaN) training values; `transform` replaces every NaN with it.
 */

import {
  IMPUTE_STRATEGIES,
  type ImputeStrategy,
  type SimpleImputerOptions,
} from "@exercise/5.2-classic-ml/01-preprocessing/preprocessing.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

/** scikit-learn's `SimpleImputer` for numeric data, NaN meaning "missing". */
export class SimpleImputer {
  readonly strategy: ImputeStrategy;
  readonly fillValue: number;
  /** The replacement value of every column, learned by `fit`; null before. */
  statistics: Float64Array | null = null;

  constructor(options: SimpleImputerOptions = {}) {
    this.strategy = options.strategy ?? "mean";
    this.fillValue = options.fillValue ?? 0;
  }

  /**
   * Learns the replacement of every column from its non-NaN values: their mean, their median
   * (mean of the two middle values for an even count), their most frequent value (the
   * smallest of several equally frequent ones), or `fillValue`.
   *
   * @throws InvalidArgument for an unknown strategy, a non-finite `fillValue`, empty `X`,
   *   ±Infinity, or (except for "constant") a column with no observed value.
   */
  fit(X: Matrix): this {
    if (!IMPUTE_STRATEGIES.includes(this.strategy)) {
      throw new InvalidArgument(
        `SimpleImputer: unknown strategy "${this.strategy}"; use ${IMPUTE_STRATEGIES.join(", ")}`,
      );
    }
    if (!Number.isFinite(this.fillValue)) {
      throw new InvalidArgument(`SimpleImputer: fillValue must be finite, got ${this.fillValue}`);
    }
    assertMatrix(X, "SimpleImputer.fit: X", { allowNaN: true });
    const { rows, cols, data } = X;
    const statistics = new Float64Array(cols);
    const observed = new Float64Array(rows);
    for (let j = 0; j < cols; j++) {
      if (this.strategy === "constant") {
        statistics[j] = this.fillValue;
        continue;
      }
      let n = 0;
      for (let i = 0; i < rows; i++) {
        const v = data[i * cols + j];
        if (!Number.isNaN(v)) observed[n++] = v;
      }
      if (n === 0) {
        throw new InvalidArgument(
          `SimpleImputer.fit: column ${j} has no observed value, so its ${this.strategy} is undefined`,
        );
      }
      const values = observed.subarray(0, n);
      statistics[j] =
        this.strategy === "mean"
          ? mean(values)
          : this.strategy === "median"
            ? median(values)
            : mostFrequent(values);
    }
    this.statistics = statistics;
    return this;
  }

  /**
   * A copy of `X` with every NaN of column `j` replaced by `statistics[j]`.
   * @throws NotFittedError before `fit`; ShapeError for a different column count; InvalidArgument for ±Infinity.
   */
  transform(X: Matrix): Matrix {
    const statistics = this.statistics;
    if (statistics === null) throw new NotFittedError("SimpleImputer");
    assertMatrix(X, "SimpleImputer.transform: X", { allowNaN: true, cols: statistics.length });
    const { rows, cols } = X;
    const out = Float64Array.from(X.data);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (Number.isNaN(out[i * cols + j])) out[i * cols + j] = statistics[j];
      }
    }
    return { data: out, rows, cols };
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Matrix {
    return this.fit(X).transform(X);
  }
}

function mean(values: Float64Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : midpoint(sorted[mid - 1], sorted[mid]);
}

/**
 * (a + b) / 2 for a ≤ b without overflow: the sum of two values of one sign near
 * Number.MAX_VALUE overflows, so those take a + (b − a) / 2 (and b − a overflows only for
 * opposite signs, whose sum cannot).
 */
function midpoint(a: number, b: number): number {
  return a < 0 === b < 0 ? a + (b - a) / 2 : (a + b) / 2;
}

/** The most frequent value; the smallest one among ties (as scikit-learn). */
function mostFrequent(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  let best = sorted[0];
  let bestCount = 0;
  let run = 0;
  for (let k = 0; k < sorted.length; k++) {
    run = k > 0 && sorted[k] === sorted[k - 1] ? run + 1 : 1;
    // Strictly greater: among equal counts the first run (the smallest value) wins.
    if (run > bestCount) {
      bestCount = run;
      best = sorted[k];
    }
  }
  return best;
}
