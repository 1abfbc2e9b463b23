/**
 * 5.2.8 House Prices — a linear-regression pipeline on the Ames housing data (reference solution).
 *
 * Built from the learner's own 5.2.1 preprocessing and 5.2.2 linear regression.
 */
import type {
  CategoricalColumn,
  CrossValidationOptions,
  CrossValidationReport,
  FeatureSpec,
  HoldoutOptions,
  HoldoutReport,
  House,
  NumericColumn,
} from "@exercise/5.2-classic-ml/08-house-prices/house-prices.given";
import type { HousePricesRow } from "../../../datasets";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { hstack, type Matrix, matrix } from "../../../lib/ml/matrix";
import { kFold, trainTestSplit } from "../../../lib/ml/split";
import { OneHotEncoder } from "../01-preprocessing/encoders";
import { SimpleImputer } from "../01-preprocessing/imputer";
import { StandardScaler } from "../01-preprocessing/scalers";
import { LinearRegression } from "../02-linear-regression/linear-regression";
import { meanAbsoluteError, r2Score, rootMeanSquaredError } from "../02-linear-regression/metrics";

/** The feature set of this solution (see the README for how it was chosen). */
export const FEATURES: FeatureSpec = {
  numeric: [
    "OverallQual",
    "OverallCond",
    "GrLivArea",
    "TotalBsmtSF",
    "1stFlrSF",
    "2ndFlrSF",
    "BsmtFinSF1",
    "LotArea",
    "LotFrontage",
    "MasVnrArea",
    "GarageCars",
    "GarageArea",
    "YearBuilt",
    "YearRemodAdd",
    "FullBath",
    "HalfBath",
    "BsmtFullBath",
    "BedroomAbvGr",
    "KitchenAbvGr",
    "TotRmsAbvGrd",
    "Fireplaces",
    "WoodDeckSF",
    "OpenPorchSF",
    "EnclosedPorch",
    "ScreenPorch",
  ],
  log1p: ["GrLivArea", "LotArea", "1stFlrSF", "LotFrontage", "MasVnrArea", "OpenPorchSF", "WoodDeckSF"],
  categorical: [
    "MSZoning",
    "Neighborhood",
    "BldgType",
    "HouseStyle",
    "ExterQual",
    "KitchenQual",
    "BsmtQual",
    "HeatingQC",
    "CentralAir",
    "GarageType",
    "GarageFinish",
    "SaleCondition",
    "Functional",
    "Foundation",
    "Exterior1st",
    "SaleType",
    "LotConfig",
    "Condition1",
    "BsmtExposure",
    "FireplaceQu",
    "PavedDrive",
    "MSSubClass",
    "BsmtFinType1",
    "LandContour",
  ],
  alpha: 10,
};

function assertRows(rows: readonly unknown[], what: string): void {
  if (!Array.isArray(rows) || rows.length === 0) throw new InvalidArgument(`${what}: no rows`);
}

/** The rows at the given indices. */
const pick = <T>(rows: readonly T[], indices: Uint32Array): T[] => Array.from(indices, (i) => rows[i]);

// ---------------------------------------------------------------------------------------------
// Task 1

/** `ln(SalePrice)` of every row. @throws InvalidArgument for no rows or a price that is not > 0. */
export function logPrices(rows: readonly HousePricesRow[]): Float64Array {
  assertRows(rows, "logPrices");
  return Float64Array.from(rows, (r, i) => {
    const price = r.SalePrice;
    if (!(typeof price === "number" && Number.isFinite(price) && price > 0)) {
      throw new InvalidArgument(`logPrices: row ${i} has SalePrice ${String(price)}; a price must be > 0`);
    }
    return Math.log(price);
  });
}

/** `exp(x)` of every log-price: back to dollars. @throws InvalidArgument for a non-finite value. */
export function toPrices(logPrices: ArrayLike<number>): Float64Array {
  return Float64Array.from(logPrices, (v, i) => {
    if (!Number.isFinite(v)) throw new InvalidArgument(`toPrices: value ${i} is ${v}`);
    return Math.exp(v);
  });
}

// ---------------------------------------------------------------------------------------------
// Task 2

/**
 * The numeric columns as a matrix (one row per house, columns in the given order), with NaN
 * for a missing value and `log1p` applied to the columns listed in `log1pColumns`.
 *
 * @throws InvalidArgument for no rows, no columns, a log1p column that is not among `columns`,
 *   a value that is not a number or null, or a negative value in a log1p column.
 */
export function numericFeatures(
  rows: readonly House[],
  columns: readonly NumericColumn[],
  log1pColumns: readonly NumericColumn[] = [],
): Matrix {
  assertRows(rows, "numericFeatures");
  if (columns.length === 0) throw new InvalidArgument("numericFeatures: no columns");
  for (const c of log1pColumns) {
    if (!columns.includes(c))
      throw new InvalidArgument(`numericFeatures: log1p column ${c} is not among the columns`);
  }
  const logged = columns.map((c) => log1pColumns.includes(c));
  const out = matrix(rows.length, columns.length);
  for (const [i, row] of rows.entries()) {
    for (const [j, c] of columns.entries()) {
      const v: unknown = row[c];
      let x: number;
      if (v === null || v === undefined) x = Number.NaN;
      else if (typeof v === "number" && Number.isFinite(v)) x = v;
      else throw new InvalidArgument(`numericFeatures: row ${i}, column ${c} is not a number (${String(v)})`);
      if (logged[j] && !Number.isNaN(x)) {
        if (x < 0) throw new InvalidArgument(`numericFeatures: log1p of negative ${c} = ${x} in row ${i}`);
        x = Math.log1p(x);
      }
      out.data[i * columns.length + j] = x;
    }
  }
  return out;
}

/**
 * The categorical columns as a table of strings: numbers become their decimal string, a
 * missing value (null) becomes "None" — in this data set NA mostly means "no such thing"
 * (no garage, no basement…), which is information, not noise.
 *
 * @throws InvalidArgument for no rows or no columns.
 */
export function categoricalFeatures(
  rows: readonly House[],
  columns: readonly CategoricalColumn[],
): string[][] {
  assertRows(rows, "categoricalFeatures");
  if (columns.length === 0) throw new InvalidArgument("categoricalFeatures: no columns");
  return rows.map((row) =>
    columns.map((c) => (row[c] === null || row[c] === undefined ? "None" : String(row[c]))),
  );
}

// ---------------------------------------------------------------------------------------------
// Task 3

/**
 * The whole pipeline: numeric columns → log1p → median imputation → standardisation; categorical
 * columns → "None" for missing → one-hot (unseen categories ignored); both blocks side by side
 * → ridge regression on ln(SalePrice). Every step is fitted in `fit`, on the rows given there.
 */
export class HousePriceModel {
  readonly spec: FeatureSpec;
  /** Fitted median imputer of the numeric block (null before `fit` or without numeric columns). */
  imputer: SimpleImputer | null = null;
  /** Fitted scaler of the numeric block (null before `fit` or without numeric columns). */
  scaler: StandardScaler | null = null;
  /** Fitted one-hot encoder (null before `fit` or without categorical columns). */
  encoder: OneHotEncoder | null = null;
  /** The fitted regression on ln(SalePrice); null before `fit`. */
  regression: LinearRegression | null = null;

  constructor(spec: FeatureSpec = FEATURES) {
    this.spec = spec;
  }

  /**
   * Fits every step on `rows` (and nothing else); returns `this`.
   * @throws InvalidArgument for no rows, a spec without any column, or what the steps throw.
   */
  fit(rows: readonly HousePricesRow[]): this {
    assertRows(rows, "HousePriceModel.fit");
    const { numeric, log1p, categorical, alpha } = this.spec;
    if (numeric.length === 0 && categorical.length === 0) {
      throw new InvalidArgument("HousePriceModel: the spec has no numeric and no categorical column");
    }
    const y = logPrices(rows);
    const blocks: Matrix[] = [];
    if (numeric.length > 0) {
      this.imputer = new SimpleImputer({ strategy: "median" });
      this.scaler = new StandardScaler();
      const raw = numericFeatures(rows, numeric, log1p);
      blocks.push(this.scaler.fitTransform(this.imputer.fitTransform(raw)));
    }
    if (categorical.length > 0) {
      this.encoder = new OneHotEncoder({ handleUnknown: "ignore" });
      blocks.push(this.encoder.fitTransform(categoricalFeatures(rows, categorical)));
    }
    this.regression = new LinearRegression({ alpha }).fit(hstack(...blocks), y);
    return this;
  }

  /**
   * The design matrix the regression sees for `rows`: the standardised numeric block followed
   * by the one-hot block, with the statistics learned in `fit`.
   * @throws NotFittedError before `fit`.
   */
  features(rows: readonly House[]): Matrix {
    if (this.regression === null) throw new NotFittedError("HousePriceModel");
    const { numeric, log1p, categorical } = this.spec;
    const blocks: Matrix[] = [];
    if (this.imputer !== null && this.scaler !== null) {
      blocks.push(this.scaler.transform(this.imputer.transform(numericFeatures(rows, numeric, log1p))));
    }
    if (this.encoder !== null) blocks.push(this.encoder.transform(categoricalFeatures(rows, categorical)));
    return hstack(...blocks);
  }

  /** Predicted ln(SalePrice) of every row. @throws NotFittedError before `fit`. */
  predictLog(rows: readonly House[]): Float64Array {
    const X = this.features(rows);
    if (this.regression === null) throw new NotFittedError("HousePriceModel");
    return this.regression.predict(X);
  }

  /** Predicted SalePrice in dollars: `exp(predictLog(rows))`. */
  predictPrice(rows: readonly House[]): Float64Array {
    return toPrices(this.predictLog(rows));
  }
}

// ---------------------------------------------------------------------------------------------
// Task 4

/**
 * Hold-out evaluation: split with `trainTestSplit(rows.length, { testFraction, seed })` from
 * lib/ml/split, fit a new `HousePriceModel(spec)` on the training rows, and measure it on the
 * test rows — R² and RMSE of the log-prices, MAE and RMSE of the prices in dollars.
 *
 * @throws InvalidArgument for fewer than 10 rows, and what the split and the model throw.
 */
export function evaluateHoldout(
  rows: readonly HousePricesRow[],
  options: HoldoutOptions = {},
): HoldoutReport<HousePriceModel> {
  const { spec = FEATURES, testFraction = 0.2, seed = 42 } = options;
  if (rows.length < 10)
    throw new InvalidArgument(`evaluateHoldout needs at least 10 rows, got ${rows.length}`);
  const { train, test } = trainTestSplit(rows.length, { testFraction, seed });
  const trainRows = pick(rows, train);
  const testRows = pick(rows, test);
  const model = new HousePriceModel(spec).fit(trainRows);
  const predLog = model.predictLog(testRows);
  const trueLog = logPrices(testRows);
  const predPrice = toPrices(predLog);
  const truePrice = Float64Array.from(testRows, (r) => r.SalePrice);
  return {
    train,
    test,
    model,
    r2Log: r2Score(trueLog, predLog),
    rmseLog: rootMeanSquaredError(trueLog, predLog),
    maePrice: meanAbsoluteError(truePrice, predPrice),
    rmsePrice: rootMeanSquaredError(truePrice, predPrice),
  };
}

// ---------------------------------------------------------------------------------------------
// Task 5

/**
 * Repeated k-fold cross-validation of the same pipeline: repetition r cuts the rows with
 * `kFold(rows.length, k, { shuffle: true, seed: seed + r })` (lib/ml/split); for every fold a
 * **new** model is fitted on the fold's training rows and scored (R² of the log-prices) on its
 * test rows. `foldR2` holds repetition 0's folds first.
 *
 * @throws InvalidArgument for bad k (see kFold), `repeats` not an integer ≥ 1, and what the
 *   model throws.
 */
export function crossValidate(
  rows: readonly HousePricesRow[],
  options: CrossValidationOptions = {},
): CrossValidationReport {
  const { spec = FEATURES, k = 5, repeats = 5, seed = 0 } = options;
  assertRows(rows, "crossValidate");
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InvalidArgument(`crossValidate: repeats must be an integer ≥ 1, got ${repeats}`);
  }
  const scores: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const { train, test } of kFold(rows.length, k, { shuffle: true, seed: seed + r })) {
      const trainRows = pick(rows, train);
      const testRows = pick(rows, test);
      const model = new HousePriceModel(spec).fit(trainRows);
      scores.push(r2Score(logPrices(testRows), model.predictLog(testRows)));
    }
  }
  const foldR2 = Float64Array.from(scores);
  const meanR2 = foldR2.reduce((s, v) => s + v, 0) / foldR2.length;
  const stdR2 = Math.sqrt(foldR2.reduce((s, v) => s + (v - meanR2) ** 2, 0) / foldR2.length);
  return { foldR2, meanR2, stdR2 };
}
