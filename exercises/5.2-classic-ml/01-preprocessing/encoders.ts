/**
 * 5.2.1 Preprocessing — tasks 4 and 5: categorical encoding.
 *
 * Categories are strings or numbers. A categorical table is an array of rows, like a
 * scikit-learn `X` of dtype object: `[["red", "S"], ["blue", "M"]]` has two samples and two
 * categorical features.
 *
 * Sorted order (as scikit-learn): numbers ascending (`1 < 3 < 10`), strings by UTF-16 code
 * unit, which is what `<` on strings does (`"B" < "a" < "b"`; not `localeCompare`).
 *
 * Errors: using an encoder before `fit` → `NotFittedError` (lib/ml/errors); ragged rows or a
 * different number of columns than in `fit` → `ShapeError`; no rows, a missing value (null,
 * undefined, NaN — impute first), a column mixing strings and numbers, an unseen category
 * (unless ignored) → `InvalidArgument`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { CategoricalTable, Category, OneHotEncoderOptions } from "./preprocessing.given";

/**
 * One column per (feature, category): a 1 in the column of the sample's category, 0
 * elsewhere. Column order: feature 0's categories in sorted order, then feature 1's, …
 */
export class OneHotEncoder {
  readonly handleUnknown: "error" | "ignore";
  readonly drop: "none" | "first";
  /** The sorted categories of every feature, learned by `fit`; null before. */
  categories: Category[][] | null = null;

  constructor(options: OneHotEncoderOptions = {}) {
    this.handleUnknown = options.handleUnknown ?? "error";
    this.drop = options.drop ?? "none";
  }

  /** Learns the sorted distinct categories of every column; returns `this`. */
  fit(_X: CategoricalTable): this {
    throw new NotImplemented("OneHotEncoder.fit", 4);
  }

  /** The number of output columns: Σ (categories per feature, minus one with drop "first"). */
  get nOutputs(): number {
    throw new NotImplemented("OneHotEncoder.nOutputs", 4);
  }

  /** The one-hot matrix of `X` (rows × nOutputs). */
  transform(_X: CategoricalTable): Matrix {
    throw new NotImplemented("OneHotEncoder.transform", 4);
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(_X: CategoricalTable): Matrix {
    throw new NotImplemented("OneHotEncoder.fitTransform", 4);
  }

  /**
   * The name of every output column, `<feature>_<category>` as scikit-learn's
   * `get_feature_names_out`; features are named `inputNames` or `x0`, `x1`, …
   * @throws ShapeError when `inputNames` does not name every feature.
   */
  featureNames(_inputNames?: readonly string[]): string[] {
    throw new NotImplemented("OneHotEncoder.featureNames", 4);
  }
}

/** Encodes class labels as integers `0 … nClasses − 1` in sorted label order. */
export class LabelEncoder {
  /** The sorted distinct labels learned by `fit`; `classes[k]` is encoded as `k`. null before `fit`. */
  classes: Category[] | null = null;

  /** Learns the sorted distinct labels; returns `this`. */
  fit(_y: readonly Category[]): this {
    throw new NotImplemented("LabelEncoder.fit", 5);
  }

  /** The code of every label, as an `Int32Array`. */
  transform(_y: readonly Category[]): Int32Array {
    throw new NotImplemented("LabelEncoder.transform", 5);
  }

  /** `fit(y)` then `transform(y)`. */
  fitTransform(_y: readonly Category[]): Int32Array {
    throw new NotImplemented("LabelEncoder.fitTransform", 5);
  }

  /**
   * The label of every code.
   * @throws InvalidArgument for a code that is not an integer in `[0, nClasses)`.
   */
  inverseTransform(_codes: ArrayLike<number>): Category[] {
    throw new NotImplemented("LabelEncoder.inverseTransform", 5);
  }
}
