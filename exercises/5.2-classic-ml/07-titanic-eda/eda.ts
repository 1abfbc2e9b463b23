/**
 * 5.2.7 Titanic EDA — tasks 1–4: missing values, imputation, survival rates, correlations.
 *
 * Passengers are the typed rows of `loadDataset("titanic")` (Kaggle's column names); a
 * missing cell is `null`. The types, `ageGroupKey`, `AGE_BANDS` and `FEATURES` are given in
 * `eda.given.ts`; every function here throws `NotImplemented` until you write it. The README
 * has the exact contract of each task.
 *
 *   import { loadDataset } from "../../../datasets";
 *   const { train, test } = await loadDataset("titanic"); // 891 and 418 passengers
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type {
  AgeStrategy,
  Feature,
  ImputedAges,
  LabelledPassenger,
  MissingCount,
  Passenger,
  SurvivalRate,
} from "./eda.given";

// ───────────────────────────── Task 1. Missing values ─────────────────────────────

/**
 * Whether a cell is missing: `null`, `undefined`, `NaN`, or a string that is empty or only
 * blanks (`""`, `"  "`). Everything else — including `0` and `false` — is present.
 */
export function isMissing(_value: unknown): boolean {
  throw new NotImplemented("isMissing", 1);
}

/**
 * Counts the missing cells of each column, in the order of `columns` (default: the keys of
 * the first row, `Object.keys(rows[0])`). A row without the key counts as missing.
 *
 * @throws InvalidArgument for no rows, or a column that no row has (a typo).
 */
export function missingValues(
  _rows: readonly Readonly<Record<string, unknown>>[],
  _columns?: readonly string[],
): MissingCount[] {
  throw new NotImplemented("missingValues", 1);
}

// ───────────────────────────── Task 2. Imputation ─────────────────────────────

/**
 * The mean of the present values: null and NaN are skipped — not counted as 0, and not
 * counted in n.
 *
 * @throws InvalidArgument when no value is present, or for ±Infinity.
 */
export function nanMean(_values: ArrayLike<number | null>): number {
  throw new NotImplemented("nanMean", 2);
}

/**
 * The median of the present values: the middle one of the sorted values, or the mean of the
 * two middle ones for an even count. Sort numbers numerically (`[10, 9].sort()` gives
 * `[10, 9]`: strings!). Do not modify `values`.
 *
 * @throws InvalidArgument when no value is present, or for ±Infinity.
 */
export function nanMedian(_values: ArrayLike<number | null>): number {
  throw new NotImplemented("nanMedian", 2);
}

/**
 * The median of the present values of each group: `keys[i]` is the group of `values[i]`.
 * Groups without any present value are left out. The map's keys are in sorted order (the
 * default `.sort()` of strings).
 *
 * @throws ShapeError when `values` and `keys` differ in length; InvalidArgument for ±Infinity.
 */
export function groupMedians(
  _values: ArrayLike<number | null>,
  _keys: readonly string[],
): Map<string, number> {
  throw new NotImplemented("groupMedians", 2);
}

/**
 * Fills the missing ages of `train` and `test` with statistics learned on `train` ONLY.
 * "mean"/"median": every missing age gets `fill`. "group-median": a missing age gets the
 * training median of the passenger's `ageGroupKey` group, or `fill` (the training median)
 * when that group has no known training age. Present ages are copied unchanged.
 *
 * @throws InvalidArgument for an unknown strategy or no training rows (`test` may be empty).
 */
export function imputeAge(
  _train: readonly Passenger[],
  _test: readonly Passenger[],
  _strategy: AgeStrategy,
): ImputedAges {
  throw new NotImplemented("imputeAge", 2);
}

// ───────────────────────────── Task 3. Survival rates ─────────────────────────────

/**
 * The label of the band of `AGE_BANDS` that holds `age` (lo ≤ age < hi), or "unknown" for a
 * missing age (null or NaN). Infants have fractional ages (0.42 is five months): "0–11".
 *
 * @throws InvalidArgument for a negative age or ±Infinity.
 */
export function ageBand(_age: number | null): string {
  throw new NotImplemented("ageBand", 3);
}

/**
 * The survival rate of each group: `groups[i]` is the group of passenger i, `survived[i]` is
 * 1 (survived) or 0 (died). One entry per distinct group, sorted by group label (the default
 * `.sort()` of strings).
 *
 * @throws ShapeError when the lengths differ; InvalidArgument for no passengers or a
 *   `survived` value other than 0 or 1.
 */
export function survivalRates(_survived: ArrayLike<number>, _groups: readonly string[]): SurvivalRate[] {
  throw new NotImplemented("survivalRates", 3);
}

// ───────────────────────────── Task 4. Correlations ─────────────────────────────

/**
 * The numeric table of task 4: one row per passenger, the columns of `FEATURES`:
 *
 * | column          | value                                                    |
 * | --------------- | -------------------------------------------------------- |
 * | Survived        | 0 or 1                                                   |
 * | Pclass          | 1, 2 or 3                                                |
 * | Sex             | **female = 1, male = 0**                                 |
 * | Age             | `ages[i]` (already imputed)                              |
 * | SibSp, Parch    | siblings/spouses and parents/children aboard             |
 * | Fare            | the fare                                                 |
 * | EmbarkedC, Q, S | one-hot port (1 for the passenger's port, 0 for others); |
 * |                 | a missing Embarked counts as "S"                         |
 *
 * @throws ShapeError when `ages` and `rows` differ in length; InvalidArgument for no rows, a
 *   non-finite age, a missing fare, or a Sex/Embarked value other than the known ones.
 */
export function encodeFeatures(_rows: readonly LabelledPassenger[], _ages: ArrayLike<number>): Matrix {
  throw new NotImplemented("encodeFeatures", 4);
}

/**
 * Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), clamped to [−1, 1].
 *
 * @throws ShapeError when the lengths differ; InvalidArgument for fewer than 2 values,
 *   NaN/±Infinity, or a constant x or y (r is undefined: 0/0).
 */
export function pearson(_x: ArrayLike<number>, _y: ArrayLike<number>): number {
  throw new NotImplemented("pearson", 4);
}

/**
 * The Pearson correlation of every pair of columns of X: a `cols × cols` matrix, symmetric,
 * with exactly 1 on the diagonal. Entry (a, b) is `pearson(column a, column b)`.
 *
 * @throws InvalidArgument for fewer than 2 rows, NaN/±Infinity, or a constant column;
 *   ShapeError for a malformed matrix (`assertMatrix` from lib/ml/matrix does these checks).
 */
export function correlationMatrix(_X: Matrix): Matrix {
  throw new NotImplemented("correlationMatrix", 4);
}

/**
 * The correlations of `target` with every other feature of `FEATURES`, strongest first: sorted
 * by |r| descending; features with equal |r| stay in FEATURES order. `R` is a
 * `correlationMatrix` of `encodeFeatures` (columns in FEATURES order).
 *
 * @throws ShapeError unless R is 10 × 10 (one row and column per feature); InvalidArgument for
 *   a target that is not one of FEATURES.
 */
export function rankCorrelations(_R: Matrix, _target: Feature): { feature: Feature; r: number }[] {
  throw new NotImplemented("rankCorrelations", 4);
}
