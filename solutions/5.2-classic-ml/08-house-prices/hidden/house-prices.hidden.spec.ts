/**
 * Hidden specs for 5.2.8 House Prices: agreement with a scikit-learn 1.2.1 pipeline
 * (SimpleImputer(median) → StandardScaler | OneHotEncoder(handle_unknown="ignore") → Ridge) on a
 * fixed feature spec and the course's own splits (solutions/5.2-classic-ml/08-house-prices/golden/,
 * see make_golden.py there), other splits, Kaggle's test.csv, and more edge cases.
 *
 * Tolerances: the pipeline is deterministic, so R², RMSE, dollar errors, fitted statistics and
 * predictions must match scikit-learn to 1e-8 relative (|a − b| ≤ 1e-8 · max(1, |b|)).
 */
import {
  categoricalFeatures,
  crossValidate,
  evaluateHoldout,
  HousePriceModel,
  logPrices,
  numericFeatures,
  toPrices,
} from "@exercise/5.2-classic-ml/08-house-prices/house-prices";
import type { FeatureSpec } from "@exercise/5.2-classic-ml/08-house-prices/house-prices.given";
import { describe, expect, test } from "vitest";
import { type HousePricesRow, loadDataset } from "../../../../datasets";
import { InvalidArgument } from "../../../../lib/errors";
import { NotFittedError } from "../../../../lib/ml/errors";
import { kFold, trainTestSplit } from "../../../../lib/ml/split";
import { expectThrows, maxAbsDiff } from "../../../../lib/testing";
import golden from "../golden/house-prices.json";

const { train: houses, test: kaggleTest } = await loadDataset("house-prices");
const SPEC = golden.spec as unknown as FeatureSpec;

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i]));
    if (Number.isNaN(d)) return Number.NaN;
    worst = Math.max(worst, d);
  }
  return worst;
}
const REL = 1e-8;

function rows(idx: ArrayLike<number>): HousePricesRow[] {
  return Array.from(idx, (i) => houses[i]);
}
function median(values: number[]): number {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

describe("1. Log-price target", () => {
  test("all 1460 houses: ln(SalePrice), and back to dollars", () => {
    const y = logPrices(houses);
    expect(y.length, "length").toBe(1460);
    expect(
      maxAbsDiff(
        y,
        houses.map((h) => Math.log(h.SalePrice)),
      ),
      "ln(SalePrice)",
    ).toBeLessThan(1e-12);
    expect(
      y.some((v, i) => v === Math.log10(houses[i].SalePrice)),
      "natural log, not log10",
    ).toBe(false);
    const back = toPrices(y);
    expect(back, "toPrices returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(
      maxRelDiff(
        back,
        houses.map((h) => h.SalePrice),
      ),
      "exp(ln(price))",
    ).toBeLessThan(1e-12);
  });

  test("inputs are not modified; a negative price and Infinity are rejected", () => {
    const logs = Float64Array.of(11, 12);
    toPrices(logs);
    expect(Array.from(logs), "toPrices input").toEqual([11, 12]);
    const negative = { ...houses[5], SalePrice: -100 };
    expectThrows(() => logPrices([houses[0], negative]), InvalidArgument, "SalePrice -100");
    expectThrows(() => toPrices([Number.POSITIVE_INFINITY]), InvalidArgument, "toPrices([Infinity])");
  });
});

describe("2. Feature matrices", () => {
  test("missing values: LotFrontage has 259 NaN and MasVnrArea 8 in train.csv; log1p(0) = 0", () => {
    const X = numericFeatures(houses, ["LotFrontage", "MasVnrArea"], ["MasVnrArea"]);
    let nanFrontage = 0;
    let nanVeneer = 0;
    let zeros = 0;
    for (let i = 0; i < X.rows; i++) {
      if (Number.isNaN(X.data[i * 2])) nanFrontage++;
      const v = X.data[i * 2 + 1];
      if (Number.isNaN(v)) nanVeneer++;
      if (v === 0) zeros++;
    }
    expect([nanFrontage, nanVeneer], "NaN counts").toEqual([259, 8]);
    expect(zeros, "houses without masonry veneer keep 0 after log1p").toBe(
      houses.filter((h) => h.MasVnrArea === 0).length,
    );
  });

  test("the inputs are not modified, and a column listed twice appears twice", () => {
    const before = JSON.stringify(houses.slice(0, 3));
    const X = numericFeatures(houses.slice(0, 3), ["GrLivArea", "GrLivArea"], ["GrLivArea"]);
    expect(JSON.stringify(houses.slice(0, 3)), "rows unchanged").toBe(before);
    expect(X.data[0], "first copy").toBe(X.data[1]);
    expect(X.data[0], "log1p(1710)").toBeCloseTo(Math.log1p(1710), 14);
  });

  test("Kaggle's test.csv: 4 missing MSZoning become 'None'; numbers become their decimal text", () => {
    const C = categoricalFeatures(kaggleTest, ["MSZoning", "MSSubClass"]);
    expect(C.filter((r) => r[0] === "None").length, "MSZoning 'None'").toBe(4);
    expect(
      C.every((r) => typeof r[1] === "string" && /^\d+$/.test(r[1])),
      "MSSubClass as digits",
    ).toBe(true);
    expect(C[0], "first test house").toEqual([
      String(kaggleTest[0].MSZoning),
      String(kaggleTest[0].MSSubClass),
    ]);
  });

  test("errors: a value that is not a number", () => {
    const odd = { ...houses[0], LotArea: "big" as unknown as number };
    expectThrows(() => numericFeatures([odd], ["LotArea"]), InvalidArgument, 'LotArea "big"');
    expectThrows(
      () => categoricalFeatures(houses, []),
      InvalidArgument,
      "categoricalFeatures with no columns",
    );
  });
});

describe("3. The pipeline", () => {
  test("fitted on the golden training rows, every statistic matches scikit-learn", () => {
    const split = trainTestSplit(houses.length, { testFraction: 0.2, seed: 42 });
    const model = new HousePriceModel(SPEC).fit(rows(split.train));
    const g = golden.holdout;
    expect(maxRelDiff(model.imputer?.statistics ?? [], g.imputer_statistics), "imputer medians").toBeLessThan(
      REL,
    );
    expect(maxRelDiff(model.scaler?.mean ?? [], g.scaler_mean), "scaler means").toBeLessThan(REL);
    expect(maxRelDiff(model.scaler?.scale ?? [], g.scaler_scale), "scaler scales").toBeLessThan(REL);
    expect(model.encoder?.nOutputs, "one-hot columns").toBe(g.n_onehot);
    const predLog = model.predictLog(rows(split.test).slice(0, 10));
    expect(
      maxRelDiff(predLog, g.pred_log_first10),
      "ln-price predictions of the first 10 test houses",
    ).toBeLessThan(REL);
  });

  test("prices for all 1459 houses of Kaggle's test.csv (missing and unseen values included)", () => {
    const model = new HousePriceModel(SPEC).fit(houses);
    const prices = model.predictPrice(kaggleTest);
    expect(prices.length, "1459 prices").toBe(1459);
    expect(
      prices.every((p) => Number.isFinite(p) && p > 10_000 && p < 2_000_000),
      "all plausible",
    ).toBe(true);
    const F = model.features(kaggleTest);
    expect([F.rows, F.cols], "design matrix").toEqual([
      1459,
      SPEC.numeric.length + (model.encoder?.nOutputs ?? 0),
    ]);
  });

  test("a numeric-only spec and a categorical-only spec both work", () => {
    const numericOnly = new HousePriceModel({
      numeric: ["OverallQual"],
      log1p: [],
      categorical: [],
      alpha: 1,
    }).fit(houses.slice(0, 200));
    expect(numericOnly.encoder, "no encoder without categorical columns").toBeNull();
    expect(
      numericOnly.predictLog(houses.slice(200, 210)).every(Number.isFinite),
      "numeric-only predictions",
    ).toBe(true);
    const categoricalOnly = new HousePriceModel({
      numeric: [],
      log1p: [],
      categorical: ["Neighborhood"],
      alpha: 1,
    }).fit(houses.slice(0, 200));
    expect(categoricalOnly.imputer, "no imputer without numeric columns").toBeNull();
    expect(
      categoricalOnly.predictLog(houses.slice(200, 210)).every(Number.isFinite),
      "categorical-only",
    ).toBe(true);
  });

  test("refitting on other rows replaces every statistic", () => {
    const model = new HousePriceModel(SPEC).fit(houses.slice(0, 300));
    model.fit(houses.slice(1000, 1460));
    const X = numericFeatures(houses.slice(1000, 1460), SPEC.numeric, SPEC.log1p);
    const medians = SPEC.numeric.map((_, j) =>
      median(Array.from({ length: X.rows }, (_, i) => X.data[i * X.cols + j])),
    );
    expect(maxAbsDiff(model.imputer?.statistics ?? [], medians), "medians of the second fit").toBeLessThan(
      1e-12,
    );
  });

  test("errors: features and predictPrice before fit", () => {
    expectThrows(
      () => new HousePriceModel(SPEC).features(houses.slice(0, 2)),
      NotFittedError,
      "features before fit",
    );
    expectThrows(
      () => new HousePriceModel(SPEC).predictPrice(houses.slice(0, 2)),
      NotFittedError,
      "predictPrice before fit",
    );
  });
});

describe("4. Hold-out R²", () => {
  test("the golden spec on the 20% hold-out (seed 42) matches scikit-learn", () => {
    const report = evaluateHoldout(houses, { spec: SPEC, testFraction: 0.2, seed: 42 });
    const g = golden.holdout;
    expect(Array.from(report.test), "test indices").toEqual(g.test_indices);
    expect(
      maxRelDiff([report.r2Log], [g.r2_log]),
      `R² of log-price (scikit-learn: ${g.r2_log.toFixed(4)})`,
    ).toBeLessThan(REL);
    expect(maxRelDiff([report.rmseLog], [g.rmse_log]), "RMSE of log-price").toBeLessThan(REL);
    expect(maxRelDiff([report.maePrice], [g.mae_price]), "MAE in dollars").toBeLessThan(REL);
    expect(maxRelDiff([report.rmsePrice], [g.rmse_price]), "RMSE in dollars").toBeLessThan(REL);
  });

  test("another split (30%, seed 9): sizes, disjointness and train-only statistics", () => {
    const report = evaluateHoldout(houses, { spec: SPEC, testFraction: 0.3, seed: 9 });
    const split = trainTestSplit(houses.length, { testFraction: 0.3, seed: 9 });
    expect([report.train.length, report.test.length], "438 test houses").toEqual([1022, 438]);
    expect(Array.from(report.train), "train indices").toEqual(Array.from(split.train));
    const X = numericFeatures(rows(split.train), SPEC.numeric, SPEC.log1p);
    const medians = SPEC.numeric.map((_, j) =>
      median(Array.from({ length: X.rows }, (_, i) => X.data[i * X.cols + j])),
    );
    expect(
      maxAbsDiff(report.model.imputer?.statistics ?? [], medians),
      "imputer medians of the training rows",
    ).toBeLessThan(1e-12);
    const neighborhoods = [...new Set(rows(split.train).map((h) => h.Neighborhood))].sort();
    expect(report.model.encoder?.categories?.[0], "neighbourhoods of the training rows").toEqual(
      neighborhoods,
    );
  });

  test("errors: fewer than 10 houses", () => {
    expectThrows(() => evaluateHoldout(houses.slice(0, 9), { spec: SPEC }), InvalidArgument, "9 houses");
  });
});

describe("5. Cross-validation", () => {
  test("the golden spec under 5-fold cross-validation (seed 0, one repetition) matches scikit-learn fold by fold", () => {
    const cv = crossValidate(houses, { spec: SPEC, k: 5, repeats: 1, seed: 0 });
    expect(maxRelDiff(cv.foldR2, golden.cv.fold_r2), "R² of each fold").toBeLessThan(REL);
    expect(
      Math.abs(cv.meanR2 - golden.cv.mean_r2),
      `mean R² (scikit-learn: ${golden.cv.mean_r2.toFixed(4)})`,
    ).toBeLessThan(1e-9);
  });

  test("each fold's model sees only that fold's training rows (10 folds, seed 3)", () => {
    const cv = crossValidate(houses, { spec: SPEC, k: 10, repeats: 1, seed: 3 });
    expect(cv.foldR2.length, "10 folds").toBe(10);
    const fold = kFold(houses.length, 10, { shuffle: true, seed: 3 })[7];
    const model = new HousePriceModel(SPEC).fit(rows(fold.train));
    const testRows = rows(fold.test);
    const y = logPrices(testRows);
    const p = model.predictLog(testRows);
    const m = y.reduce((s, v) => s + v, 0) / y.length;
    let res = 0;
    let tot = 0;
    for (let i = 0; i < y.length; i++) {
      res += (y[i] - p[i]) ** 2;
      tot += (y[i] - m) ** 2;
    }
    expect(Math.abs(cv.foldR2[7] - (1 - res / tot)), "fold 7's R²").toBeLessThan(1e-9);
  });

  test("by default 5 × 5-fold: repetition 0 is scikit-learn's seed-0 CV, repetition r the one-repetition CV with seed r", () => {
    const cv = crossValidate(houses, { spec: SPEC });
    expect(cv.foldR2.length, "25 folds").toBe(25);
    expect(maxRelDiff(cv.foldR2.slice(0, 5), golden.cv.fold_r2), "repetition 0 (seed 0)").toBeLessThan(REL);
    for (const r of [1, 4]) {
      const one = crossValidate(houses, { spec: SPEC, repeats: 1, seed: r });
      expect(
        maxRelDiff(cv.foldR2.slice(5 * r, 5 * r + 5), one.foldR2),
        `repetition ${r} (seed ${r})`,
      ).toBeLessThan(1e-12);
    }
    const mean = cv.foldR2.reduce((s, v) => s + v, 0) / 25;
    const std = Math.sqrt(cv.foldR2.reduce((s, v) => s + (v - mean) ** 2, 0) / 25);
    expect(Math.abs(cv.meanR2 - mean), "meanR2 over all 25 folds").toBeLessThan(1e-12);
    expect(Math.abs(cv.stdR2 - std), "stdR2: population std over all 25 folds").toBeLessThan(1e-12);
  });

  test("another base seed: repetition r of 3 × 4-fold CV with seed 20 shuffles with seed 20 + r", () => {
    const cv = crossValidate(houses, { spec: SPEC, k: 4, repeats: 3, seed: 20 });
    expect(cv.foldR2.length, "4 folds × 3 repetitions").toBe(12);
    for (let r = 0; r < 3; r++) {
      const one = crossValidate(houses, { spec: SPEC, k: 4, repeats: 1, seed: 20 + r });
      expect(
        maxRelDiff(cv.foldR2.slice(4 * r, 4 * r + 4), one.foldR2),
        `repetition ${r}: the folds of seed ${20 + r}`,
      ).toBeLessThan(1e-12);
    }
  });

  test("errors: more folds than houses", () => {
    expectThrows(
      () => crossValidate(houses.slice(0, 20), { spec: SPEC, k: 21 }),
      InvalidArgument,
      "21 folds of 20 houses",
    );
  });
});
