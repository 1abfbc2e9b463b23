/**
 * 5.2.7 Titanic EDA — tasks 1–4: missing values, imputation, survival rates, correlations.
 *
 * Reference solution. Passengers are the typed rows of `loadDataset("titanic")` (Kaggle's
 * column names); a missing cell is `null`.
 */

import {
  AGE_BANDS,
  type AgeStrategy,
  ageGroupKey,
  FEATURES,
  type Feature,
  type ImputedAges,
  type LabelledPassenger,
  type MissingCount,
  type Passenger,
  type SurvivalRate,
} from "@exercise/5.2-classic-ml/07-titanic-eda/eda.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

// ───────────────────────────── Task 1. Missing values ─────────────────────────────

/** Missing means: `null`, `undefined`, `NaN`, or a string that is empty or only blanks. */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") return value.trim() === "";
  return false;
}

/**
 * Counts the missing cells of each column, in the order of `columns` (default: the keys of
 * the first row). A row without the key counts as missing.
 *
 * @throws InvalidArgument for no rows, or a column that no row has (a typo).
 */
export function missingValues(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns?: readonly string[],
): MissingCount[] {
  if (rows.length === 0) throw new InvalidArgument("missingValues: no rows");
  const cols = columns ?? Object.keys(rows[0]);
  return cols.map((column) => {
    let missing = 0;
    let present = false;
    for (const row of rows) {
      if (Object.hasOwn(row, column)) present = true;
      if (isMissing(row[column])) missing++;
    }
    if (!present) throw new InvalidArgument(`missingValues: no row has a column "${column}"`);
    return { column, missing, fraction: missing / rows.length };
  });
}

// ───────────────────────────── Task 2. Imputation ─────────────────────────────

/** The present (non-null, non-NaN) values; ±Infinity → InvalidArgument. */
function presentValues(values: ArrayLike<number | null>, where: string): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new InvalidArgument(`${where}: values[${i}] is ${String(v)}`);
    }
    out[n++] = v;
  }
  return out.subarray(0, n);
}

/**
 * The mean of the present values (null and NaN are skipped, not counted as 0).
 *
 * @throws InvalidArgument when no value is present, or for ±Infinity.
 */
export function nanMean(values: ArrayLike<number | null>): number {
  const xs = presentValues(values, "nanMean");
  if (xs.length === 0) throw new InvalidArgument("nanMean: no value is present");
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/**
 * The median of the present values: the middle one of the sorted values, or the mean of the
 * two middle ones for an even count, halved before adding so that it cannot overflow.
 *
 * @throws InvalidArgument when no value is present, or for ±Infinity.
 */
export function nanMedian(values: ArrayLike<number | null>): number {
  const xs = presentValues(values, "nanMedian").slice().sort(); // a Float64Array sorts numerically
  const n = xs.length;
  if (n === 0) throw new InvalidArgument("nanMedian: no value is present");
  const mid = n >> 1;
  return n % 2 === 1 ? xs[mid] : xs[mid - 1] / 2 + xs[mid] / 2;
}

/**
 * The median of the present values of each group: `keys[i]` is the group of `values[i]`.
 * Groups without a present value are left out. The map's keys are sorted (code-unit order).
 *
 * @throws ShapeError when values and keys differ in length; InvalidArgument for ±Infinity.
 */
export function groupMedians(values: ArrayLike<number | null>, keys: readonly string[]): Map<string, number> {
  if (values.length !== keys.length) {
    throw new ShapeError(`groupMedians: ${values.length} values but ${keys.length} keys`);
  }
  const groups = new Map<string, (number | null)[]>();
  for (let i = 0; i < keys.length; i++) {
    const list = groups.get(keys[i]);
    if (list) list.push(values[i]);
    else groups.set(keys[i], [values[i]]);
  }
  const out = new Map<string, number>();
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (presentValues(list, "groupMedians").length > 0) out.set(key, nanMedian(list));
  }
  return out;
}

/**
 * Fills the missing ages of `train` and `test` with statistics learned on `train` only.
 * "group-median" uses the median of the passenger's `ageGroupKey` group, or `fill` (the
 * training median) for a group with no known training age.
 *
 * @throws InvalidArgument for an unknown strategy or no training rows.
 */
export function imputeAge(
  train: readonly Passenger[],
  test: readonly Passenger[],
  strategy: AgeStrategy,
): ImputedAges {
  if (strategy !== "mean" && strategy !== "median" && strategy !== "group-median") {
    throw new InvalidArgument(`imputeAge: unknown strategy "${String(strategy)}"`);
  }
  if (train.length === 0) throw new InvalidArgument("imputeAge: no training rows");
  const ages = train.map((p) => p.Age);
  const fill = strategy === "mean" ? nanMean(ages) : nanMedian(ages);
  const groups =
    strategy === "group-median" ? groupMedians(ages, train.map(ageGroupKey)) : new Map<string, number>();
  const apply = (rows: readonly Passenger[]) =>
    Float64Array.from(rows, (p) =>
      p.Age === null || Number.isNaN(p.Age) ? (groups.get(ageGroupKey(p)) ?? fill) : p.Age,
    );
  return { strategy, fill, groups, train: apply(train), test: apply(test) };
}

// ───────────────────────────── Task 3. Survival rates ─────────────────────────────

/**
 * The label of the band of `AGE_BANDS` that holds `age`, or "unknown" for a missing age
 * (null or NaN).
 *
 * @throws InvalidArgument for a negative age or ±Infinity.
 */
export function ageBand(age: number | null): string {
  if (age === null || Number.isNaN(age)) return "unknown";
  if (!Number.isFinite(age) || age < 0) throw new InvalidArgument(`ageBand: ${age} is not an age`);
  return AGE_BANDS.filter((b) => age >= b.lo && age < b.hi)[0].label;
}

/**
 * The survival rate of each group: `groups[i]` is the group of passenger i, `survived[i]` is
 * 1 (survived) or 0 (died). Sorted by group label (code-unit order).
 *
 * @throws ShapeError when the lengths differ; InvalidArgument for no passengers or a
 *   `survived` value other than 0 or 1.
 */
export function survivalRates(survived: ArrayLike<number>, groups: readonly string[]): SurvivalRate[] {
  if (survived.length !== groups.length) {
    throw new ShapeError(`survivalRates: ${survived.length} outcomes but ${groups.length} groups`);
  }
  if (groups.length === 0) throw new InvalidArgument("survivalRates: no passengers");
  const table = new Map<string, { passengers: number; survivors: number }>();
  for (let i = 0; i < groups.length; i++) {
    const s = survived[i];
    if (s !== 0 && s !== 1) throw new InvalidArgument(`survivalRates: survived[${i}] is ${s}, not 0 or 1`);
    const cell = table.get(groups[i]) ?? { passengers: 0, survivors: 0 };
    cell.passengers++;
    cell.survivors += s;
    table.set(groups[i], cell);
  }
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([group, { passengers, survivors }]) => ({
      group,
      passengers,
      survivors,
      rate: survivors / passengers,
    }));
}

// ───────────────────────────── Task 4. Correlations ─────────────────────────────

/**
 * The numeric table of task 4, one row per passenger, columns `FEATURES`: Survived (0/1),
 * Pclass (1/2/3), Sex (female = 1, male = 0), Age (`ages[i]`, already imputed), SibSp, Parch,
 * Fare, and Embarked one-hot (C, Q, S); a missing Embarked counts as "S".
 *
 * @throws ShapeError when `ages` and `rows` differ in length; InvalidArgument for no rows, a
 *   missing or non-finite age or fare, or a Sex/Embarked value outside the known ones.
 */
export function encodeFeatures(rows: readonly LabelledPassenger[], ages: ArrayLike<number>): Matrix {
  if (rows.length !== ages.length) {
    throw new ShapeError(`encodeFeatures: ${rows.length} rows but ${ages.length} ages`);
  }
  if (rows.length === 0) throw new InvalidArgument("encodeFeatures: no rows");
  const cols = FEATURES.length;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((p, i) => {
    const age = ages[i];
    if (!Number.isFinite(age))
      throw new InvalidArgument(`encodeFeatures: ages[${i}] is ${age}; impute first`);
    if (p.Fare === null || !Number.isFinite(p.Fare)) {
      throw new InvalidArgument(`encodeFeatures: row ${i} has Fare ${p.Fare}`);
    }
    if (p.Sex !== "female" && p.Sex !== "male") {
      throw new InvalidArgument(`encodeFeatures: row ${i} has Sex "${p.Sex}"`);
    }
    const port = p.Embarked ?? "S";
    if (port !== "C" && port !== "Q" && port !== "S") {
      throw new InvalidArgument(`encodeFeatures: row ${i} has Embarked "${port}"`);
    }
    data.set(
      [
        p.Survived,
        p.Pclass,
        p.Sex === "female" ? 1 : 0,
        age,
        p.SibSp,
        p.Parch,
        p.Fare,
        port === "C" ? 1 : 0,
        port === "Q" ? 1 : 0,
        port === "S" ? 1 : 0,
      ],
      i * cols,
    );
  });
  return { data, rows: rows.length, cols };
}

function checkFinite(v: ArrayLike<number>, name: string): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new InvalidArgument(`pearson: ${name}[${i}] is ${v[i]}`);
  }
}

/** r clamped to [−1, 1]: rounding can push |Σdxdy| a hair above √(Σdx²Σdy²) on a perfect line. */
const clamp = (r: number) => Math.max(-1, Math.min(1, r));

/**
 * Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), clamped to [−1, 1].
 *
 * @throws ShapeError when the lengths differ; InvalidArgument for fewer than 2 values,
 *   NaN/±Infinity, or a constant x or y (r is undefined).
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new ShapeError(`pearson: x has ${x.length} values, y has ${y.length}`);
  if (x.length < 2) throw new InvalidArgument(`pearson: needs at least 2 pairs, got ${x.length}`);
  checkFinite(x, "x");
  checkFinite(y, "y");
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) throw new InvalidArgument("pearson: x or y is constant; r is undefined");
  return clamp(sxy / Math.sqrt(sxx * syy));
}

/**
 * The Pearson correlation of every pair of columns of X: a symmetric cols × cols matrix with
 * exactly 1 on the diagonal.
 *
 * @throws InvalidArgument for fewer than 2 rows, NaN/±Infinity, or a constant column;
 *   ShapeError for a malformed matrix.
 */
export function correlationMatrix(X: Matrix): Matrix {
  assertMatrix(X, "correlationMatrix: X");
  const { rows: n, cols: p } = X;
  if (n < 2) throw new InvalidArgument(`correlationMatrix: needs at least 2 rows, got ${n}`);
  // Centre every column once (column-major copy), and get its norm.
  const centred = new Float64Array(n * p);
  const norms = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += X.data[i * p + j];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = X.data[i * p + j] - mean;
      centred[j * n + i] = d;
      ss += d * d;
    }
    if (ss === 0) throw new InvalidArgument(`correlationMatrix: column ${j} is constant; r is undefined`);
    norms[j] = Math.sqrt(ss);
  }
  const out = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    out[a * p + a] = 1;
    for (let b = a + 1; b < p; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += centred[a * n + i] * centred[b * n + i];
      const r = clamp(s / (norms[a] * norms[b]));
      out[a * p + b] = r;
      out[b * p + a] = r;
    }
  }
  return { data: out, rows: p, cols: p };
}

/**
 * The correlations of `target` with every other feature, strongest first: sorted by |r|
 * descending, and features with equal |r| in FEATURES order (a stable sort keeps it).
 *
 * @throws ShapeError unless R is FEATURES.length × FEATURES.length; InvalidArgument for a
 *   target that is not one of FEATURES.
 */
export function rankCorrelations(R: Matrix, target: Feature): { feature: Feature; r: number }[] {
  assertMatrix(R, "rankCorrelations: R");
  if (R.rows !== FEATURES.length || R.cols !== FEATURES.length) {
    throw new ShapeError(`rankCorrelations: R is ${R.rows} × ${R.cols}, not one row and column per feature`);
  }
  const t = FEATURES.indexOf(target);
  if (t < 0) throw new InvalidArgument(`rankCorrelations: "${target}" is not one of FEATURES`);
  return FEATURES.map((feature, j) => ({ feature, r: R.data[t * R.cols + j] }))
    .filter(({ feature }) => feature !== target)
    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r));
}
