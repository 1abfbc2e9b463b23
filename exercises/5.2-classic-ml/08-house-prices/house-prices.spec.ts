/**
 * Public specs for 5.2.8 House Prices. Run them with
 *
 *     npm test exercises/5.2-classic-ml/08-house-prices
 *
 * The data is Kaggle's train.csv (1460 houses), loaded through the course's datasets layer.
 * Tasks 1–3 use a small fixed feature set (SMALL below) so that their checks do not depend on
 * your choice of FEATURES; tasks 4 and 5 measure YOUR FEATURES and record the R² values that
 * the grader scores against the thresholds in exercise.json. Those R² values are computed by
 * this spec (lib/testing's r2Of) from the log-prices predicted by a HousePriceModel(FEATURES)
 * that the spec fits on the split's (or fold's) training rows, against ln(SalePrice); your
 * evaluateHoldout and crossValidate must report the same values.
 *
 * Tolerances: quantities that your code and this spec compute the same way are compared to
 * 1e-9 (relative where they are large, like prices in dollars).
 *
 * Task 3 also runs the estimator contract of section 5.2 on HousePriceModel
 * (describeEstimatorContract from lib/testing).
 */
import { describe, expect, test } from "vitest";
import { type HousePricesRow, loadDataset } from "../../../datasets";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import { kFold, trainTestSplit } from "../../../lib/ml/split";
import {
  describeEstimatorContract,
  expectThrows,
  maxAbsDiff,
  r2Of,
  recordMetric,
} from "../../../lib/testing";
import {
  categoricalFeatures,
  crossValidate,
  evaluateHoldout,
  FEATURES,
  HousePriceModel,
  logPrices,
  numericFeatures,
  toPrices,
} from "./house-prices";
import type { FeatureSpec } from "./house-prices.given";

const { train: houses, test: kaggleTest } = await loadDataset("house-prices");

/** A small, fixed feature set for the mechanics checks. */
const SMALL: FeatureSpec = {
  numeric: ["OverallQual", "GrLivArea", "LotFrontage"],
  log1p: ["GrLivArea"],
  categorical: ["Neighborhood", "GarageType"],
  alpha: 1,
};

// ---- small reference helpers, independent of your code --------------------------------------

function columnOf(m: Matrix, j: number): number[] {
  return Array.from({ length: m.rows }, (_, i) => m.data[i * m.cols + j]);
}
function median(values: number[]): number {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}
function rows(idx: ArrayLike<number>): HousePricesRow[] {
  return Array.from(idx, (i) => houses[i]);
}
/** ln(SalePrice) of each house, computed here. */
function lnPrices(list: readonly HousePricesRow[]): Float64Array {
  return Float64Array.from(list, (h) => Math.log(h.SalePrice));
}
/** R² of ln-price on the test rows, of a HousePriceModel(spec) that the spec fits on the training rows. */
function heldOutR2(
  spec: FeatureSpec,
  train: ArrayLike<number>,
  test: ArrayLike<number>,
  what: string,
): number {
  const testRows = rows(test);
  const model = new HousePriceModel(spec).fit(rows(train));
  return r2Of(lnPrices(testRows), model.predictLog(testRows), what);
}
/** Per-column medians (ignoring NaN) and, after filling NaN with them, per-column means. */
function trainStatistics(train: HousePricesRow[], spec: FeatureSpec): { medians: number[]; means: number[] } {
  const X = numericFeatures(train, spec.numeric, spec.log1p);
  const medians = spec.numeric.map((_, j) => median(columnOf(X, j)));
  const means = spec.numeric.map((_, j) =>
    mean(columnOf(X, j).map((v) => (Number.isNaN(v) ? medians[j] : v))),
  );
  return { medians, means };
}

describe("1. Log-price target", () => {
  test("logPrices is ln(SalePrice): the first house sold for $208,500", () => {
    const y = logPrices(houses.slice(0, 3));
    expect(y, "a Float64Array").toBeInstanceOf(Float64Array);
    expect(y[0], "ln(208500)").toBeCloseTo(Math.log(208_500), 12);
    expect(
      maxAbsDiff(
        y,
        houses.slice(0, 3).map((h) => Math.log(h.SalePrice)),
      ),
      "first three houses",
    ).toBeLessThan(1e-12);
  });

  test("toPrices inverts logPrices for every house", () => {
    const back = toPrices(logPrices(houses));
    let worst = 0;
    for (const [i, h] of houses.entries()) worst = Math.max(worst, Math.abs(back[i] / h.SalePrice - 1));
    expect(worst, "largest relative error of exp(ln(price))").toBeLessThan(1e-12);
  });

  test("errors: no rows, a price that is not positive, a non-finite log-price", () => {
    expectThrows(() => logPrices([]), InvalidArgument, "logPrices([])");
    const free = { ...houses[0], SalePrice: 0 };
    expectThrows(() => logPrices([free]), InvalidArgument, "a house sold for $0");
    expectThrows(() => toPrices([12, Number.NaN]), InvalidArgument, "toPrices([12, NaN])");
  });
});

describe("2. Feature matrices", () => {
  test("numericFeatures: columns in the given order, NaN for a missing value, log1p where asked", () => {
    const X = numericFeatures(houses.slice(0, 8), ["LotFrontage", "LotArea", "GrLivArea"], ["LotArea"]);
    expect([X.rows, X.cols], "8 houses × 3 columns").toEqual([8, 3]);
    // House 1: LotFrontage 65, LotArea 8450, GrLivArea 1710.
    expect(Array.from(X.data.subarray(0, 3)), "house 1").toEqual([65, Math.log1p(8450), 1710]);
    // House 8 has no recorded LotFrontage.
    expect(Number.isNaN(X.data[7 * 3]), "house 8's LotFrontage is NaN").toBe(true);
  });

  test("categoricalFeatures: strings, numbers as text, 'None' for a missing value", () => {
    const C = categoricalFeatures(houses.slice(0, 2), ["Alley", "MSSubClass", "Neighborhood"]);
    // Alley is NA for both ("no alley access"); MSSubClass 60 is a building class code.
    expect(C, "first two houses").toEqual([
      ["None", "60", "CollgCr"],
      ["None", "20", "Veenker"],
    ]);
  });

  test("both work on Kaggle's test.csv rows, which have no SalePrice", () => {
    const X = numericFeatures(kaggleTest, SMALL.numeric, SMALL.log1p);
    const C = categoricalFeatures(kaggleTest, SMALL.categorical);
    expect([X.rows, X.cols, C.length], "1459 test houses").toEqual([1459, 3, 1459]);
  });

  test("errors: no rows, no columns, a log1p column not among the columns, a negative value to log", () => {
    expectThrows(() => numericFeatures([], ["LotArea"]), InvalidArgument, "numericFeatures([])");
    expectThrows(() => numericFeatures(houses, []), InvalidArgument, "numericFeatures with no columns");
    expectThrows(
      () => numericFeatures(houses, ["LotArea"], ["GrLivArea"]),
      InvalidArgument,
      "log1p of an unused column",
    );
    const odd = { ...houses[0], LotArea: -5 };
    expectThrows(() => numericFeatures([odd], ["LotArea"], ["LotArea"]), InvalidArgument, "log1p(-5)");
    expectThrows(() => categoricalFeatures([], ["Alley"]), InvalidArgument, "categoricalFeatures([])");
  });
});

describe("3. The pipeline", () => {
  const first600 = houses.slice(0, 600);

  test("fit learns every statistic from its own rows only", () => {
    const model = new HousePriceModel(SMALL).fit(first600);
    const { medians, means } = trainStatistics(first600, SMALL);
    expect(maxAbsDiff(model.imputer?.statistics ?? [], medians), "imputer: training medians").toBeLessThan(
      1e-12,
    );
    expect(
      maxAbsDiff(model.scaler?.mean ?? [], means),
      "scaler: training means after imputation",
    ).toBeLessThan(1e-9);
    const neighborhoods = [...new Set(first600.map((h) => h.Neighborhood))].sort();
    expect(model.encoder?.categories?.[0], "encoder: the neighbourhoods of the 600 houses").toEqual(
      neighborhoods,
    );
    expect(model.regression?.coef?.length, "one coefficient per numeric and one-hot column").toBe(
      3 + (model.encoder?.nOutputs ?? Number.NaN),
    );
  });

  test("features() = standardised numeric block, then the one-hot block", () => {
    const model = new HousePriceModel(SMALL).fit(first600);
    const next = houses.slice(600, 620);
    const F = model.features(next);
    expect([F.rows, F.cols], "shape").toEqual([20, 3 + (model.encoder?.nOutputs ?? Number.NaN)]);
    const raw = numericFeatures(next, SMALL.numeric, SMALL.log1p);
    const med = model.imputer?.statistics ?? new Float64Array(3);
    const mu = model.scaler?.mean ?? new Float64Array(3);
    const sd = model.scaler?.scale ?? new Float64Array(3);
    for (let i = 0; i < 20; i++) {
      for (let j = 0; j < 3; j++) {
        const x = raw.data[i * 3 + j];
        const z = ((Number.isNaN(x) ? med[j] : x) - mu[j]) / sd[j];
        expect(Math.abs(F.data[i * F.cols + j] - z), `house ${601 + i}, column ${j}`).toBeLessThan(1e-12);
      }
      const oneHot = Array.from(F.data.subarray(i * F.cols + 3, (i + 1) * F.cols));
      expect(
        oneHot.every((v) => v === 0 || v === 1),
        `house ${601 + i}: one-hot values are 0/1`,
      ).toBe(true);
    }
  });

  test("predictLog = features · coef + intercept, and predictPrice = exp(predictLog)", () => {
    const model = new HousePriceModel(SMALL).fit(first600);
    const next = houses.slice(600, 700);
    const F = model.features(next);
    const coef = model.regression?.coef ?? new Float64Array(F.cols);
    const expected = Array.from({ length: F.rows }, (_, i) => {
      let s = model.regression?.intercept ?? Number.NaN;
      for (let j = 0; j < F.cols; j++) s += F.data[i * F.cols + j] * coef[j];
      return s;
    });
    const predLog = model.predictLog(next);
    expect(maxAbsDiff(predLog, expected), "predictLog").toBeLessThan(1e-9);
    expect(
      maxAbsDiff(model.predictPrice(next), expected.map(Math.exp)) / 1e6,
      "predictPrice (relative to $1M)",
    ).toBeLessThan(1e-9);
    // A sanity check of the fit itself: R² of log-price on the 100 next houses.
    expect(r2Of(lnPrices(next), predLog), "R² on houses 601–700").toBeGreaterThan(0.7);
  });

  test("houses with categories never seen in fit (Kaggle's test.csv) still get a price", () => {
    const spec: FeatureSpec = { ...SMALL, categorical: ["Neighborhood", "MSSubClass", "MSZoning"] };
    const model = new HousePriceModel(spec).fit(houses);
    // test.csv has MSSubClass 150 and a missing MSZoning, neither of which train.csv has.
    const prices = model.predictPrice(kaggleTest);
    expect(prices.length, "one price per house").toBe(1459);
    expect(
      prices.every((p) => Number.isFinite(p) && p > 10_000 && p < 2_000_000),
      "plausible prices",
    ).toBe(true);
  });

  test("errors: predicting before fit, fitting on no rows, a spec without columns, NaN in a cell", () => {
    expectThrows(
      () => new HousePriceModel(SMALL).predictLog(houses.slice(0, 5)),
      NotFittedError,
      "predictLog before fit",
    );
    expectThrows(() => new HousePriceModel(SMALL).fit([]), InvalidArgument, "fit([])");
    const empty: FeatureSpec = { numeric: [], log1p: [], categorical: [], alpha: 1 };
    expectThrows(() => new HousePriceModel(empty).fit(first600), InvalidArgument, "a spec with no column");
    // A missing value is null; NaN is not a value of train.csv, so it is rejected, not imputed.
    const nan = [{ ...houses[0], OverallQual: Number.NaN }, ...houses.slice(1, 50)];
    expectThrows(() => new HousePriceModel(SMALL).fit(nan), InvalidArgument, "fit with OverallQual NaN");
    const model = new HousePriceModel(SMALL).fit(first600);
    expectThrows(() => model.predictLog(nan), InvalidArgument, "predictLog with OverallQual NaN");
  });

  // fit(rows) takes the rows with their SalePrice, so the battery sees an unsupervised fit(X).
  // X is a list of row objects, not a matrix: the battery's own NaN and column-count rules do
  // not apply to it (the test above checks NaN in a cell).
  describeEstimatorContract(
    "3. The pipeline",
    () => new HousePriceModel(SMALL),
    { X: houses.slice(0, 300), refit: { X: houses.slice(900, 1200) } },
    { name: "HousePriceModel", methods: ["features", "predictLog", "predictPrice"], allowNaN: true },
  );
});

describe("4. Hold-out R²", () => {
  test("your FEATURES on a 20% hold-out (seed 42): R² of log-price (scored in exercise.json)", (ctx) => {
    const report = evaluateHoldout(houses, { spec: FEATURES });
    const split = trainTestSplit(houses.length, { testFraction: 0.2, seed: 42 });
    expect(
      Array.from(report.test),
      "the split of trainTestSplit(1460, { testFraction: 0.2, seed: 42 })",
    ).toEqual(Array.from(split.test));
    // The scored R²: a model the spec fits on the split's training rows, measured here.
    const r2 = heldOutR2(FEATURES, split.train, split.test, "hold-out R²");
    expect(Math.abs(report.r2Log - r2), `r2Log is the R² on the test rows (${r2})`).toBeLessThan(1e-9);
    recordMetric(ctx, "r2-holdout", r2);
    // The grader requires at least the threshold in exercise.json; this is only a sanity floor.
    expect(r2, "R² of log-price on the hold-out").toBeGreaterThan(0.5);
  });

  test("no leakage: the imputer and the scaler learned from the training rows only", () => {
    const report = evaluateHoldout(houses, { spec: SMALL });
    const { medians, means } = trainStatistics(rows(report.train), SMALL);
    expect(
      maxAbsDiff(report.model.imputer?.statistics ?? [], medians),
      "imputer medians = training medians",
    ).toBeLessThan(1e-12);
    expect(maxAbsDiff(report.model.scaler?.mean ?? [], means), "scaler means = training means").toBeLessThan(
      1e-9,
    );
    expect(report.train.length + report.test.length, "train + test = all houses").toBe(1460);
  });

  test("price errors are in dollars: exp() of the predicted log-prices against SalePrice", () => {
    const report = evaluateHoldout(houses, { spec: SMALL });
    const testRows = rows(report.test);
    const price = toPrices(report.model.predictLog(testRows));
    const errors = testRows.map((h, i) => price[i] - h.SalePrice);
    const mae = mean(errors.map(Math.abs));
    const rmse = Math.sqrt(mean(errors.map((e) => e * e)));
    expect(Math.abs(report.maePrice / mae - 1), `maePrice ≈ $${mae.toFixed(0)}`).toBeLessThan(1e-9);
    expect(Math.abs(report.rmsePrice / rmse - 1), `rmsePrice ≈ $${rmse.toFixed(0)}`).toBeLessThan(1e-9);
    const logErrors = Array.from(
      report.model.predictLog(testRows),
      (p, i) => p - Math.log(testRows[i].SalePrice),
    );
    expect(Math.abs(report.rmseLog - Math.sqrt(mean(logErrors.map((e) => e * e)))), "rmseLog").toBeLessThan(
      1e-12,
    );
  });
});

describe("5. Cross-validation", () => {
  // 50 fits of the pipeline (yours, and the spec's replay): a few seconds.
  test("your FEATURES under 5 × 5-fold cross-validation (seeds 0–4): mean R² (scored in exercise.json)", {
    timeout: 60_000,
  }, (ctx) => {
    const cv = crossValidate(houses, { spec: FEATURES });
    expect(cv.foldR2.length, "one R² per fold: 5 folds × 5 repetitions").toBe(25);
    // The scored R²: the spec replays the 25 folds (kFold seed r in repetition r) with models it fits itself.
    const folds = [0, 1, 2, 3, 4].flatMap((r) => kFold(houses.length, 5, { shuffle: true, seed: r }));
    const foldR2 = folds.map((fold, k) => heldOutR2(FEATURES, fold.train, fold.test, `fold ${k}`));
    expect(maxAbsDiff(cv.foldR2, foldR2), "foldR2: the R² of each replayed fold").toBeLessThan(1e-9);
    const meanR2 = mean(foldR2);
    recordMetric(ctx, "r2-cv", meanR2);
    expect(Math.abs(cv.meanR2 - mean(cv.foldR2)), "meanR2 is the mean of foldR2").toBeLessThan(1e-12);
    const std = Math.sqrt(mean(Array.from(cv.foldR2, (v) => (v - cv.meanR2) ** 2)));
    expect(Math.abs(cv.stdR2 - std), "stdR2 is the population standard deviation").toBeLessThan(1e-12);
    expect(Math.min(...foldR2), "every fold's R² (sanity floor)").toBeGreaterThan(0.5);
  });

  test("every fold gets a fresh model fitted on that fold's training rows (3 folds, seed 4, one repetition)", () => {
    const cv = crossValidate(houses, { spec: SMALL, k: 3, repeats: 1, seed: 4 });
    expect(cv.foldR2.length, "3 folds × 1 repetition").toBe(3);
    const fold = kFold(houses.length, 3, { shuffle: true, seed: 4 })[1];
    const model = new HousePriceModel(SMALL).fit(rows(fold.train));
    const testRows = rows(fold.test);
    expect(
      Math.abs(cv.foldR2[1] - r2Of(lnPrices(testRows), model.predictLog(testRows))),
      "fold 1's R²",
    ).toBeLessThan(1e-9);
  });

  test("repetition r shuffles with seed + r: every fold of 2 × 3-fold CV with seed 7, replayed", () => {
    const cv = crossValidate(houses, { spec: SMALL, k: 3, repeats: 2, seed: 7 });
    expect(cv.foldR2.length, "3 folds × 2 repetitions").toBe(6);
    for (let r = 0; r < 2; r++) {
      kFold(houses.length, 3, { shuffle: true, seed: 7 + r }).forEach((fold, f) => {
        const model = new HousePriceModel(SMALL).fit(rows(fold.train));
        const testRows = rows(fold.test);
        expect(
          Math.abs(cv.foldR2[3 * r + f] - r2Of(lnPrices(testRows), model.predictLog(testRows))),
          `repetition ${r} (kFold seed ${7 + r}), fold ${f}: foldR2[${3 * r + f}]`,
        ).toBeLessThan(1e-9);
      });
    }
  });

  test("errors: fewer than 2 folds, fewer than 1 repetition", () => {
    expectThrows(() => crossValidate(houses, { spec: SMALL, k: 1 }), InvalidArgument, "k = 1");
    expectThrows(() => crossValidate(houses, { spec: SMALL, repeats: 0 }), InvalidArgument, "repeats = 0");
    expectThrows(
      () => crossValidate(houses, { spec: SMALL, repeats: 1.5 }),
      InvalidArgument,
      "repeats = 1.5",
    );
  });
});
