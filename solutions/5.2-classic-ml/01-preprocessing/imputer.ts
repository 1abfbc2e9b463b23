/**
 * 5.2.1 Preprocessing — missing values (reference solution).
 *
 * A missing value is `NaN` in the matrix. `fit` learns one replacement value per column from
 * the observed (non-NaN) training values; `transform` replaces every NaN with it.
 */
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

/** How {@link SimpleImputer} picks the replacement value of a column. */
export type ImputeStrategy = "mean" | "median" | "most_frequent" | "constant";

/** Options of {@link SimpleImputer}. */
export interface SimpleImputerOptions {
  /** Default "mean". */
  strategy?: ImputeStrategy;
  /** The replacement for strategy "constant"; default 0. */
  fillValue?: number;
}

const STRATEGIES: readonly ImputeStrategy[] = ["mean", "median", "most_frequent", "constant"];

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
    if (!STRATEGIES.includes(this.strategy)) {
      throw new InvalidArgument(
        `SimpleImputer: unknown strategy "${this.strategy}"; use ${STRATEGIES.join(", ")}`,
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
        const v = data[i * cols + j] as number;
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
        if (Number.isNaN(out[i * cols + j])) out[i * cols + j] = statistics[j] as number;
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
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The most frequent value; the smallest one among ties (as scikit-learn). */
function mostFrequent(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  let best = sorted[0] as number;
  let bestCount = 0;
  let run = 0;
  for (let k = 0; k < sorted.length; k++) {
    run = k > 0 && sorted[k] === sorted[k - 1] ? run + 1 : 1;
    // Strictly greater: among equal counts the first run (the smallest value) wins.
    if (run > bestCount) {
      bestCount = run;
      best = sorted[k] as number;
    }
  }
  return best;
}
