/**
 * 5.2.1 Preprocessing — categorical encoding (reference solution).
 *
 * Categories are strings or numbers. A categorical table is an array of rows, like a
 * scikit-learn `X` of dtype object: `[["red", "S"], ["blue", "M"]]` has two samples and two
 * categorical features.
 */

import type {
  CategoricalTable,
  Category,
  OneHotEncoderOptions,
} from "@exercise/5.2-classic-ml/01-preprocessing/preprocessing.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import type { Matrix } from "../../../lib/ml/matrix";

/**
 * The sorted distinct values of a column, as scikit-learn orders them: numbers ascending,
 * strings by code unit (`"B" < "a" < "b"`). A column must not mix strings and numbers.
 *
 * @throws InvalidArgument for a missing value (null, undefined, NaN) or a mixed column.
 */
function sortedUnique(values: readonly unknown[], what: string): Category[] {
  let kind: "string" | "number" | null = null;
  const seen = new Set<Category>();
  for (const [i, v] of values.entries()) {
    if (typeof v === "number" && !Number.isNaN(v)) {
      if (kind === "string")
        throw new InvalidArgument(`${what} mixes strings and numbers (value ${i}: ${v})`);
      kind = "number";
    } else if (typeof v === "string") {
      if (kind === "number")
        throw new InvalidArgument(`${what} mixes strings and numbers (value ${i}: "${v}")`);
      kind = "string";
    } else {
      throw new InvalidArgument(
        `${what} has a missing or invalid value at ${i} (${String(v)}); impute it first`,
      );
    }
    seen.add(v);
  }
  const out = [...seen];
  if (kind === "number") (out as number[]).sort((a, b) => a - b);
  else out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}

/** Checks a table is non-empty and rectangular (and, when given, `cols` wide). */
function assertTable(X: CategoricalTable, what: string, cols?: number): number {
  if (!Array.isArray(X) || X.length === 0) throw new InvalidArgument(`${what} is empty`);
  const width = X[0].length;
  if (width === 0) throw new InvalidArgument(`${what} has no columns`);
  for (const [i, row] of X.entries()) {
    if (!Array.isArray(row) || row.length !== width) {
      throw new ShapeError(
        `${what}: row ${i} has ${Array.isArray(row) ? row.length : "no"} values, row 0 has ${width}`,
      );
    }
  }
  if (cols !== undefined && width !== cols) {
    throw new ShapeError(`${what} must have ${cols} columns (as in fit), got ${width}`);
  }
  return width;
}

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

  /**
   * Learns the sorted distinct categories of every column.
   * @throws InvalidArgument for bad options, an empty table, a missing value or a mixed column;
   *   ShapeError for ragged rows.
   */
  fit(X: CategoricalTable): this {
    if (this.handleUnknown !== "error" && this.handleUnknown !== "ignore") {
      throw new InvalidArgument(
        `OneHotEncoder: handleUnknown must be "error" or "ignore", got "${this.handleUnknown}"`,
      );
    }
    if (this.drop !== "none" && this.drop !== "first") {
      throw new InvalidArgument(`OneHotEncoder: drop must be "none" or "first", got "${this.drop}"`);
    }
    const cols = assertTable(X, "OneHotEncoder.fit: X");
    const categories: Category[][] = [];
    for (let j = 0; j < cols; j++) {
      categories.push(
        sortedUnique(
          X.map((r) => r[j]),
          `OneHotEncoder.fit: column ${j}`,
        ),
      );
    }
    this.categories = categories;
    return this;
  }

  #fitted(): Category[][] {
    if (this.categories === null) throw new NotFittedError("OneHotEncoder");
    return this.categories;
  }

  /** The number of output columns: Σ (categories per feature, minus one with drop "first"). */
  get nOutputs(): number {
    const skip = this.drop === "first" ? 1 : 0;
    return this.#fitted().reduce((s, c) => s + c.length - skip, 0);
  }

  /**
   * The one-hot matrix of `X` (rows × nOutputs).
   * @throws NotFittedError before `fit`; ShapeError for a different column count or ragged rows;
   *   InvalidArgument for a missing value or (with handleUnknown "error") an unseen category.
   */
  transform(X: CategoricalTable): Matrix {
    const categories = this.#fitted();
    const cols = assertTable(X, "OneHotEncoder.transform: X", categories.length);
    const skip = this.drop === "first" ? 1 : 0;
    const lookups = categories.map((cats) => new Map(cats.map((c, k) => [c, k])));
    const width = this.nOutputs;
    const out = new Float64Array(X.length * width);
    for (const [i, row] of X.entries()) {
      let offset = 0;
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (typeof v !== "string" && !(typeof v === "number" && !Number.isNaN(v))) {
          throw new InvalidArgument(
            `OneHotEncoder.transform: row ${i}, column ${j} is missing or invalid (${String(v)}); impute it first`,
          );
        }
        const k = lookups[j].get(v);
        if (k === undefined) {
          if (this.handleUnknown === "error") {
            throw new InvalidArgument(
              `OneHotEncoder.transform: row ${i}, column ${j} has the category ${JSON.stringify(v)}, unseen in fit (handleUnknown: "ignore" encodes it as zeros)`,
            );
          }
        } else if (k >= skip) {
          out[i * width + offset + k - skip] = 1;
        }
        offset += categories[j].length - skip;
      }
    }
    return { data: out, rows: X.length, cols: width };
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: CategoricalTable): Matrix {
    return this.fit(X).transform(X);
  }

  /**
   * The name of every output column, `<feature>_<category>` as scikit-learn's
   * `get_feature_names_out`; features are named `inputNames` or `x0`, `x1`, …
   * @throws ShapeError when `inputNames` does not name every feature.
   */
  featureNames(inputNames?: readonly string[]): string[] {
    const categories = this.#fitted();
    if (inputNames !== undefined && inputNames.length !== categories.length) {
      throw new ShapeError(
        `OneHotEncoder.featureNames: ${categories.length} names needed, got ${inputNames.length}`,
      );
    }
    const skip = this.drop === "first" ? 1 : 0;
    return categories.flatMap((cats, j) =>
      cats.slice(skip).map((c) => `${inputNames ? inputNames[j] : `x${j}`}_${String(c)}`),
    );
  }
}

/** Encodes class labels as integers `0 … nClasses − 1` in sorted label order. */
export class LabelEncoder {
  /** The sorted distinct labels learned by `fit`; `classes[k]` is encoded as `k`. null before `fit`. */
  classes: Category[] | null = null;

  /**
   * Learns the sorted distinct labels.
   * @throws InvalidArgument for no labels, a missing value or a mix of strings and numbers.
   */
  fit(y: readonly Category[]): this {
    if (!Array.isArray(y) || y.length === 0) throw new InvalidArgument("LabelEncoder.fit: y is empty");
    this.classes = sortedUnique(y, "LabelEncoder.fit: y");
    return this;
  }

  #fitted(): Category[] {
    if (this.classes === null) throw new NotFittedError("LabelEncoder");
    return this.classes;
  }

  /**
   * The code of every label.
   * @throws NotFittedError before `fit`; InvalidArgument for a label unseen in `fit`.
   */
  transform(y: readonly Category[]): Int32Array {
    const lookup = new Map(this.#fitted().map((c, k) => [c, k]));
    const out = new Int32Array(y.length);
    for (const [i, v] of y.entries()) {
      const k = lookup.get(v);
      if (k === undefined) {
        throw new InvalidArgument(
          `LabelEncoder.transform: y[${i}] = ${JSON.stringify(v)} was not seen in fit`,
        );
      }
      out[i] = k;
    }
    return out;
  }

  /** `fit(y)` then `transform(y)`. */
  fitTransform(y: readonly Category[]): Int32Array {
    return this.fit(y).transform(y);
  }

  /**
   * The label of every code.
   * @throws NotFittedError before `fit`; InvalidArgument for a code that is not an integer in `[0, nClasses)`.
   */
  inverseTransform(codes: ArrayLike<number>): Category[] {
    const classes = this.#fitted();
    const out: Category[] = [];
    for (let i = 0; i < codes.length; i++) {
      const k = codes[i];
      if (!Number.isInteger(k) || k < 0 || k >= classes.length) {
        throw new InvalidArgument(
          `LabelEncoder.inverseTransform: code ${k} at ${i} is not in [0, ${classes.length})`,
        );
      }
      out.push(classes[k]);
    }
    return out;
  }
}
