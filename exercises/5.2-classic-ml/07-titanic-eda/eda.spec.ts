/**
 * Public specs for 5.2.7, tasks 1–4. Run them with
 *
 *     npm test exercises/5.2-classic-ml/07-titanic-eda
 *
 * Each task is checked twice: on a handful of made-up passengers, where you can follow every
 * number by hand, and on the real Kaggle training set (891 passengers), against figures that
 * every Titanic notebook prints (women survived at 0.742, men at 0.189…).
 *
 * Tolerances: counts are exact. Means, medians and rates of small examples are compared to
 * 12 digits (`toBeCloseTo(x, 12)`): they are sums of a few doubles. Published figures are
 * compared to the digits they are published with (3 or 4).
 */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../datasets";
import type { Titanic } from "../../../datasets/loaders/tabular";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { column, fromRows, get, matrix } from "../../../lib/ml/matrix";
import { expectThrows } from "../../../lib/testing";
import {
  ageBand,
  correlationMatrix,
  encodeFeatures,
  groupMedians,
  imputeAge,
  isMissing,
  missingValues,
  nanMean,
  nanMedian,
  pearson,
  rankCorrelations,
  survivalRates,
} from "./eda";
import { FEATURES, type Feature, type LabelledPassenger } from "./eda.given";

let cached: Promise<Titanic> | undefined;
/** The Kaggle Titanic data, loaded once for the whole file. */
function titanic(): Promise<Titanic> {
  cached ??= loadDataset("titanic");
  return cached;
}

/** A made-up passenger: 3rd class, embarked at Southampton, fare 10, unless told otherwise. */
function passenger(p: Partial<LabelledPassenger>): LabelledPassenger {
  return { Pclass: 3, Sex: "male", Age: 30, SibSp: 0, Parch: 0, Fare: 10, Embarked: "S", Survived: 0, ...p };
}

describe("1. Missing values", () => {
  it("isMissing: null, undefined, NaN and blank strings are missing; 0 and false are not", () => {
    for (const v of [null, undefined, Number.NaN, "", "   "]) {
      expect(isMissing(v), `isMissing(${JSON.stringify(v) ?? String(v)})`).toBe(true);
    }
    for (const v of [0, false, "S", 0.42, "0"]) {
      expect(isMissing(v), `isMissing(${JSON.stringify(v)})`).toBe(false);
    }
  });

  it("counts the missing cells of each column, in the order of the first row's keys", () => {
    const rows = [
      { a: 1, b: null, c: "x" },
      { a: null, b: null, c: "" },
      { a: 3, b: 2 }, // no key c: missing
      { a: 0, b: Number.NaN, c: "y" },
    ];
    expect(missingValues(rows)).toEqual([
      { column: "a", missing: 1, fraction: 0.25 },
      { column: "b", missing: 3, fraction: 0.75 },
      { column: "c", missing: 2, fraction: 0.5 },
    ]);
    expect(
      missingValues(rows, ["c", "a"]).map((m) => m.column),
      "with columns given: those, in that order",
    ).toEqual(["c", "a"]);
  });

  it("finds the three incomplete columns of the Titanic training set: Age 177, Cabin 687, Embarked 2", async () => {
    const { train } = await titanic();
    const report = missingValues(train);
    expect(
      report.map((m) => m.column),
      "the 12 columns of train.csv, in file order",
    ).toEqual([
      "PassengerId",
      "Survived",
      "Pclass",
      "Name",
      "Sex",
      "Age",
      "SibSp",
      "Parch",
      "Ticket",
      "Fare",
      "Cabin",
      "Embarked",
    ]);
    const byName = new Map(report.map((m) => [m.column, m]));
    expect(byName.get("Age")?.missing, "missing ages").toBe(177);
    expect(byName.get("Age")?.fraction, "fraction of missing ages (177/891)").toBeCloseTo(0.1987, 4);
    expect(byName.get("Cabin")?.missing, "missing cabins").toBe(687);
    expect(byName.get("Embarked")?.missing, "missing ports").toBe(2);
    const others = report.filter((m) => !["Age", "Cabin", "Embarked"].includes(m.column));
    expect(
      others.every((m) => m.missing === 0),
      "every other column is complete",
    ).toBe(true);
  });

  it("rejects no rows and a column nobody has", () => {
    expectThrows(() => missingValues([]), InvalidArgument, "missingValues([])");
    expectThrows(
      () => missingValues([{ Age: 1 }], ["age"]),
      InvalidArgument,
      'missingValues(…, ["age"]) (a typo)',
    );
  });
});

describe("2. Imputation", () => {
  it("nanMean skips missing values instead of counting them as zeros", () => {
    expect(nanMean([1, null, 3, Number.NaN]), "mean of [1, null, 3, NaN] is (1 + 3) / 2").toBeCloseTo(2, 12);
    expect(nanMean(Float64Array.of(2.5)), "one value").toBe(2.5);
  });

  it("nanMedian: the middle value, or the mean of the two middle values", () => {
    expect(nanMedian([5, 1, null, 3]), "odd count: [1, 3, 5]").toBe(3);
    expect(nanMedian([4, 1, 3, 2]), "even count: (2 + 3) / 2").toBe(2.5);
    expect(nanMedian([10, 9, 100]), "sorted as numbers, not as strings").toBe(10);
    const input = [3, 1, 2];
    nanMedian(input);
    expect(input, "the input is not modified").toEqual([3, 1, 2]);
  });

  it("nanMedian of two huge values does not overflow: halve them before adding", () => {
    const max = Number.MAX_VALUE;
    // (max + max) / 2 is Infinity; max / 2 + max / 2 is max.
    expect(nanMedian([max, max]), "median of [MAX_VALUE, MAX_VALUE]").toBe(max);
    // −max + (max − (−max)) / 2 overflows too: max − (−max) is Infinity.
    expect(nanMedian([-max, max, null]), "median of [−MAX_VALUE, MAX_VALUE]").toBe(0);
  });

  it("rejects data with no value present, and ±Infinity", () => {
    expectThrows(() => nanMean([null, Number.NaN]), InvalidArgument, "nanMean of nothing present");
    expectThrows(() => nanMedian([]), InvalidArgument, "nanMedian([])");
    expectThrows(() => nanMean([1, Number.POSITIVE_INFINITY]), InvalidArgument, "nanMean with Infinity");
  });

  it("groupMedians: one median per group, missing values skipped, keys sorted", () => {
    const medians = groupMedians(
      [40, null, 30, 20, 22, null],
      ["1/male", "1/male", "1/male", "3/female", "3/female", "2/male"],
    );
    expect([...medians], "2/male has no known value, so it is left out").toEqual([
      ["1/male", 35],
      ["3/female", 21],
    ]);
    expectThrows(() => groupMedians([1, 2], ["a"]), ShapeError, "2 values, 1 key");
  });

  it("imputeAge learns its statistics on the training rows only", () => {
    const train = [passenger({ Age: 20 }), passenger({ Age: null }), passenger({ Age: 40 })];
    const test = [passenger({ Age: null }), passenger({ Age: 100 })];
    for (const strategy of ["mean", "median"] as const) {
      const imputed = imputeAge(train, test, strategy);
      expect(imputed.fill, `${strategy} of the training ages [20, 40]`).toBeCloseTo(30, 12);
      expect(Array.from(imputed.train), `${strategy}: training ages filled`).toEqual([20, 30, 40]);
      expect(Array.from(imputed.test), `${strategy}: test ages filled with the TRAINING ${strategy}`).toEqual(
        [30, 100],
      );
    }
  });

  it("imputeAge 'group-median' fills with the median of the passenger's class and sex", () => {
    const train = [
      passenger({ Pclass: 1, Sex: "female", Age: 40 }),
      passenger({ Pclass: 1, Sex: "female", Age: 36 }),
      passenger({ Pclass: 1, Sex: "female", Age: null }),
      passenger({ Pclass: 3, Sex: "male", Age: 20 }),
      passenger({ Pclass: 3, Sex: "male", Age: null }),
      passenger({ Pclass: 2, Sex: "female", Age: null }), // a group whose every age is missing
    ];
    const test = [
      passenger({ Pclass: 1, Sex: "female", Age: null }),
      passenger({ Pclass: 2, Sex: "male", Age: null }),
      passenger({ Pclass: 2, Sex: "female", Age: null }),
    ];
    const imputed = imputeAge(train, test, "group-median");
    expect([...imputed.groups], "group medians (2/female has no known age: left out)").toEqual([
      ["1/female", 38],
      ["3/male", 20],
    ]);
    expect(imputed.fill, "the overall training median of [40, 36, 20]").toBe(36);
    expect(Array.from(imputed.train), "2/female gets the overall median").toEqual([40, 36, 38, 20, 20, 36]);
    expect(
      Array.from(imputed.test),
      "2/male (not in train) and 2/female (no known age) get the overall median",
    ).toEqual([38, 36, 36]);
    expectThrows(
      () => imputeAge(train, test, "mode" as unknown as "mean"),
      InvalidArgument,
      'imputeAge with strategy "mode"',
    );
  });

  it("on Titanic: mean age 29.699, median 28, and the group medians of class and sex", async () => {
    const { train, test } = await titanic();
    expect(imputeAge(train, test, "mean").fill, "mean of the 714 known ages").toBeCloseTo(29.6991, 4);
    expect(imputeAge(train, test, "median").fill, "median of the 714 known ages").toBe(28);
    const imputed = imputeAge(train, test, "group-median");
    expect(Object.fromEntries(imputed.groups)).toEqual({
      "1/female": 35,
      "1/male": 40,
      "2/female": 28,
      "2/male": 30,
      "3/female": 21.5,
      "3/male": 25,
    });
    expect(imputed.train.length, "one age per training passenger").toBe(891);
    expect(imputed.test.length, "one age per test passenger").toBe(418);
    expect(
      imputed.train.every(Number.isFinite) && imputed.test.every(Number.isFinite),
      "no missing age left",
    ).toBe(true);
    train.forEach((p, i) => {
      if (p.Age !== null) expect(imputed.train[i], `known age of passenger ${i} kept`).toBe(p.Age);
    });
  });
});

describe("3. Survival rates", () => {
  it("ageBand puts an age in [lo, hi) of AGE_BANDS, or 'unknown'", () => {
    const cases: [number | null, string][] = [
      [0.42, "0–11"],
      [11.5, "0–11"],
      [12, "12–17"],
      [29.99, "18–29"],
      [30, "30–49"],
      [64, "50–64"],
      [65, "65+"],
      [80, "65+"],
      [null, "unknown"],
      [Number.NaN, "unknown"],
    ];
    for (const [age, band] of cases) expect(ageBand(age), `ageBand(${age})`).toBe(band);
    expectThrows(() => ageBand(-1), InvalidArgument, "ageBand(-1)");
  });

  it("divides the survivors of each group by the size of that group", () => {
    const rates = survivalRates([1, 0, 1, 1, 0], ["b", "a", "b", "a", "a"]);
    expect(rates, "sorted by group").toEqual([
      { group: "a", passengers: 3, survivors: 1, rate: 1 / 3 },
      { group: "b", passengers: 2, survivors: 2, rate: 1 },
    ]);
  });

  it("on Titanic: women 0.742, men 0.189; first class 0.630, second 0.473, third 0.242", async () => {
    const { train } = await titanic();
    const survived = train.map((p) => p.Survived);
    const bySex = survivalRates(
      survived,
      train.map((p) => p.Sex),
    );
    expect(bySex.map((r) => [r.group, r.passengers, r.survivors])).toEqual([
      ["female", 314, 233],
      ["male", 577, 109],
    ]);
    expect(bySex[0].rate, "women").toBeCloseTo(0.742, 3);
    expect(bySex[1].rate, "men").toBeCloseTo(0.189, 3);
    const byClass = survivalRates(
      survived,
      train.map((p) => String(p.Pclass)),
    );
    expect(byClass.map((r) => r.group)).toEqual(["1", "2", "3"]);
    expect(
      byClass.map((r) => Number(r.rate.toFixed(3))),
      "classes 1, 2, 3",
    ).toEqual([0.63, 0.473, 0.242]);
    const byBand = survivalRates(
      survived,
      train.map((p) => ageBand(p.Age)),
    );
    const children = byBand.find((r) => r.group === "0–11");
    expect([children?.passengers, children?.survivors], "children under 12").toEqual([68, 39]);
    expect(byBand.find((r) => r.group === "unknown")?.passengers, "passengers without an age").toBe(177);
  });

  it("rejects mismatched lengths, no passengers and outcomes other than 0/1", () => {
    expectThrows(() => survivalRates([1, 0], ["a"]), ShapeError, "2 outcomes, 1 group");
    expectThrows(() => survivalRates([], []), InvalidArgument, "no passengers");
    expectThrows(() => survivalRates([1, 2], ["a", "b"]), InvalidArgument, "survived = 2");
  });
});

describe("4. Correlations", () => {
  it("pearson: a hand example, perfect lines, and invariance to shifting and scaling", () => {
    // x̄ = ȳ = 2.5; Σ(x−x̄)(y−ȳ) = 3; Σ(x−x̄)² = Σ(y−ȳ)² = 5; r = 3/5.
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3]), "r of [1,2,3,4] and [2,1,4,3]").toBeCloseTo(0.6, 12);
    expect(pearson([1, 2, 3], [4, 7, 10]), "y = 3x + 1").toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [-2, -4, -6]), "y = −2x").toBeCloseTo(-1, 12);
    // r measures how the DEVIATIONS from the means move together: adding 1000 to every x
    // changes nothing. Forgetting to subtract the means breaks this.
    expect(pearson([1001, 1002, 1003, 1004], [2, 1, 4, 3]), "x shifted by 1000").toBeCloseTo(0.6, 10);
    expect(pearson([-10, -20, -30, -40], [2, 1, 4, 3]), "x scaled by −10").toBeCloseTo(-0.6, 12);
  });

  it("pearson is clamped to [−1, 1]: on perfect lines rounding would give 1.0000000000000002", () => {
    // For x = [1, 2, 4] and y = 3x, the formula evaluated in doubles gives 1.0000000000000002
    // (and −1.0000000000000002 for y = −3x): the README promises r in [−1, 1], exactly.
    const x = [1, 2, 4];
    for (let a = -9; a <= 9; a++) {
      if (a === 0) continue;
      for (let b = -3; b <= 3; b++) {
        const r = pearson(
          x,
          x.map((v) => a * v + b),
        );
        const what = `pearson([1, 2, 4], ${a}·x + ${b})`;
        expect(r <= 1 && r >= -1, `${what} = ${r} must lie in [−1, 1]`).toBe(true);
        expect(r, what).toBeCloseTo(Math.sign(a), 12);
      }
    }
  });

  it("pearson rejects mismatched lengths, too few values, constant data, NaN and ±Infinity in x or y", () => {
    expectThrows(() => pearson([1, 2, 3], [1, 2]), ShapeError, "lengths 3 and 2");
    expectThrows(() => pearson([1], [1]), InvalidArgument, "one pair");
    expectThrows(() => pearson([1, 1, 1], [1, 2, 3]), InvalidArgument, "constant x (r = 0/0)");
    expectThrows(() => pearson([1, Number.NaN], [1, 2]), InvalidArgument, "NaN in x");
    expectThrows(() => pearson([1, 2, 3], [1, Number.NaN, 3]), InvalidArgument, "NaN in y");
    expectThrows(
      () => pearson([1, 2, 3], [1, Number.POSITIVE_INFINITY, 3]),
      InvalidArgument,
      "Infinity in y",
    );
  });

  it("encodeFeatures follows the table of the README (female = 1; missing port = S)", () => {
    const rows = [
      passenger({ Survived: 1, Pclass: 1, Sex: "female", SibSp: 1, Parch: 2, Fare: 71.28, Embarked: "C" }),
      passenger({ Survived: 0, Pclass: 3, Sex: "male", Fare: 7.25, Embarked: null }),
      passenger({ Survived: 0, Pclass: 2, Sex: "male", Fare: 13, Embarked: "Q" }),
    ];
    const X = encodeFeatures(rows, [38, 22, 28.5]);
    expect([X.rows, X.cols], "3 passengers × 10 features").toEqual([3, FEATURES.length]);
    expect(Array.from(X.data.subarray(0, 10)), "passenger 0").toEqual([1, 1, 1, 38, 1, 2, 71.28, 1, 0, 0]);
    expect(Array.from(X.data.subarray(10, 20)), "passenger 1 (Embarked missing → S)").toEqual([
      0, 3, 0, 22, 0, 0, 7.25, 0, 0, 1,
    ]);
    expect(Array.from(X.data.subarray(20, 30)), "passenger 2").toEqual([0, 2, 0, 28.5, 0, 0, 13, 0, 1, 0]);
    expectThrows(() => encodeFeatures(rows, [1, 2]), ShapeError, "3 rows, 2 ages");
    expectThrows(() => encodeFeatures(rows, [1, Number.NaN, 3]), InvalidArgument, "an age not imputed");
  });

  it("correlationMatrix: pearson of every pair of columns, symmetric, 1 on the diagonal", () => {
    const X = fromRows([
      [1, 2, 10],
      [2, 1, 8],
      [3, 4, 9],
      [4, 3, 1],
    ]);
    const R = correlationMatrix(X);
    expect([R.rows, R.cols], "3 columns → 3 × 3").toEqual([3, 3]);
    for (let a = 0; a < 3; a++) {
      expect(get(R, a, a), `R[${a}][${a}]`).toBe(1);
      for (let b = 0; b < 3; b++) {
        expect(get(R, a, b), `R[${a}][${b}] = R[${b}][${a}]`).toBe(get(R, b, a));
        if (a !== b) {
          expect(get(R, a, b), `R[${a}][${b}] = pearson(column ${a}, column ${b})`).toBeCloseTo(
            pearson(column(X, a), column(X, b)),
            12,
          );
        }
      }
    }
    // Columns on one line (y = 3x, y = −3x): rounding would push r past ±1 without the clamp.
    const line = correlationMatrix(
      fromRows([
        [1, 3, -3],
        [2, 6, -6],
        [4, 12, -12],
      ]),
    );
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        const r = get(line, a, b);
        expect(r <= 1 && r >= -1, `R[${a}][${b}] = ${r} of three collinear columns must lie in [−1, 1]`).toBe(
          true,
        );
        expect(Math.abs(r), `|R[${a}][${b}]| of three collinear columns`).toBeCloseTo(1, 12);
      }
    }
    expectThrows(() => correlationMatrix(fromRows([[1, 2]])), InvalidArgument, "one row");
    expectThrows(
      () =>
        correlationMatrix(
          fromRows([
            [1, 5],
            [2, 5],
          ]),
        ),
      InvalidArgument,
      "a constant column",
    );
  });

  it("rankCorrelations: strongest |r| first; equal |r| in FEATURES order", () => {
    // A made-up correlation matrix: the Survived row (and column) holds the values below.
    const survived = [1, -0.5, 0.5, 0.1, -0.1, 0.3, 0.5, 0, 0.05, -0.3];
    const R = matrix(10, 10);
    for (let j = 0; j < 10; j++) {
      R.data[j * 10 + j] = 1;
      R.data[j] = survived[j];
      R.data[j * 10] = survived[j];
    }
    expect(rankCorrelations(R, "Survived"), "ties: Pclass, Sex, Fare (FEATURES order)").toEqual([
      { feature: "Pclass", r: -0.5 },
      { feature: "Sex", r: 0.5 },
      { feature: "Fare", r: 0.5 },
      { feature: "Parch", r: 0.3 },
      { feature: "EmbarkedS", r: -0.3 },
      { feature: "Age", r: 0.1 },
      { feature: "SibSp", r: -0.1 },
      { feature: "EmbarkedQ", r: 0.05 },
      { feature: "EmbarkedC", r: 0 },
    ]);
    expect(
      rankCorrelations(R, "Pclass").map((c) => c.feature),
      "Pclass's column: Survived, then the zeros in FEATURES order",
    ).toEqual(["Survived", "Sex", "Age", "SibSp", "Parch", "Fare", "EmbarkedC", "EmbarkedQ", "EmbarkedS"]);
    expectThrows(() => rankCorrelations(matrix(3, 3), "Survived"), ShapeError, "a 3 × 3 matrix");
    expectThrows(() => rankCorrelations(R, "Cabin" as Feature), InvalidArgument, 'target "Cabin"');
  });

  it("on Titanic: r(Survived, Sex) = 0.543, r(Survived, Pclass) = −0.338, r(Pclass, Fare) = −0.549", async () => {
    const { train, test } = await titanic();
    const X = encodeFeatures(train, imputeAge(train, test, "group-median").train);
    const R = correlationMatrix(X);
    const r = (a: Feature, b: Feature) => get(R, FEATURES.indexOf(a), FEATURES.indexOf(b));
    expect(r("Survived", "Sex"), "women survived far more often (female = 1)").toBeCloseTo(0.543, 3);
    expect(r("Survived", "Pclass"), "higher class number, lower survival").toBeCloseTo(-0.338, 3);
    expect(r("Survived", "Fare"), "dearer tickets, higher survival").toBeCloseTo(0.257, 3);
    expect(r("Pclass", "Fare"), "first class costs more").toBeCloseTo(-0.549, 3);
    expect(
      rankCorrelations(R, "Survived")
        .slice(0, 3)
        .map((c) => c.feature),
      "the three strongest correlations with Survived",
    ).toEqual(["Sex", "Pclass", "Fare"]);
  });
});
