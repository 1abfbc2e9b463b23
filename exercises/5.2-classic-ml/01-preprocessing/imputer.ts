/**
 * 5.2.1 Preprocessing — task 3: missing values.
 *
 * A missing value is `NaN` in the matrix. `fit` learns one replacement value per column from
 * the observed (non-NaN) training values; `transform` replaces every NaN with it.
 *
 * Errors: `transform` before `fit` → `NotFittedError` (lib/ml/errors); a different number of
 * columns than in `fit` → `ShapeError`; an empty matrix or ±Infinity → `InvalidArgument`.
 * `assertMatrix(X, "…", { allowNaN: true, cols })` from lib/ml/matrix checks all of these.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { ImputeStrategy, SimpleImputerOptions } from "./preprocessing.given";

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
   * (the overflow-safe midpoint of the two middle values for an even count, see the README),
   * their most frequent value (the smallest of several equally frequent ones), or
   * `fillValue`. Returns `this`.
   *
   * @throws InvalidArgument for an unknown strategy, a non-finite `fillValue`, empty `X`,
   *   ±Infinity, or (except for "constant") a column with no observed value.
   */
  fit(_X: Matrix): this {
    throw new NotImplemented("SimpleImputer.fit", 3);
  }

  /** A copy of `X` with every NaN of column `j` replaced by `statistics[j]`. */
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("SimpleImputer.transform", 3);
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(_X: Matrix): Matrix {
    throw new NotImplemented("SimpleImputer.fitTransform", 3);
  }
}
