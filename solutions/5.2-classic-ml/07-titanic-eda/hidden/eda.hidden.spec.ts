/**
 * Hidden specs for 5.2.7, tasks 1–4: the real-data numbers against golden values computed
 * with NumPy/scikit-learn (make_golden.py) and against values computed independently here,
 * plus held-out edge cases and larger random inputs.
 *
 * Tolerances: counts exact; means, medians, rates and correlations on real data within 1e-12
 * relative of NumPy (the same double sums in a possibly different order: ~1e-15 expected);
 * sums of 891 imputed ages within 1e-9 relative.
 */

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
} from "@exercise/5.2-classic-ml/07-titanic-eda/eda";
import { FEATURES, type LabelledPassenger } from "@exercise/5.2-classic-ml/07-titanic-eda/eda.given";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { column, get, type Matrix, matrix } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, relativeError } from "../../../../lib/testing";
import { golden, referencePearson, titanic } from "./golden";

function passenger(p: Partial<LabelledPassenger>): LabelledPassenger {
  return { Pclass: 3, Sex: "male", Age: 30, SibSp: 0, Parch: 0, Fare: 10, Embarked: "S", Survived: 0, ...p };
}

const sumOf = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
};

describe("1. Missing values", () => {
  it("counts every column of train.csv and test.csv like the golden file", async () => {
    const { train, test } = await titanic();
    for (const [name, rows, expected] of [
      ["train", train, golden.missing.train],
      ["test", test, golden.missing.test],
    ] as const) {
      const report = missingValues(rows);
      expect(
        Object.fromEntries(report.map((m) => [m.column, m.missing])),
        `${name}: missing per column`,
      ).toEqual(expected);
      for (const m of report) {
        expect(m.fraction, `${name}.${m.column}: fraction = missing / ${rows.length}`).toBe(
          m.missing / rows.length,
        );
      }
    }
  });

  it("treats tabs and newlines as blank, but not zero, false, or whitespace around text", () => {
    expect(isMissing("\t \n"), "a string of blanks").toBe(true);
    expect(isMissing(" S "), '" S " (text with spaces)').toBe(false);
    expect(isMissing(-0), "-0").toBe(false);
    expect(isMissing(Number.POSITIVE_INFINITY), "Infinity (a value, if an odd one)").toBe(false);
    expect(isMissing([]), "an empty array is a value").toBe(false);
  });

  it("counts a key absent from some rows, and a column only later rows have", () => {
    const rows: Record<string, unknown>[] = [{ a: 1 }, { a: 2, b: 5 }, { a: 3, b: " " }];
    expect(missingValues(rows, ["b", "a"])).toEqual([
      { column: "b", missing: 2, fraction: 2 / 3 },
      { column: "a", missing: 0, fraction: 0 },
    ]);
    expectThrows(() => missingValues(rows, ["a", "z"]), InvalidArgument, 'column "z" that no row has');
  });
});

describe("2. Imputation", () => {
  it("mean and median of the known training ages equal NumPy's (and not with test rows or zeros)", async () => {
    const { train } = await titanic();
    const ages = train.map((p) => p.Age);
    expect(relativeError(nanMean(ages), golden.age.mean), "nanMean of the training ages").toBeLessThan(1e-12);
    expect(nanMedian(ages), "nanMedian of the training ages").toBe(golden.age.median);
    expect(nanMean(ages), "missing ages counted as zeros").not.toBeCloseTo(
      golden.age.meanWithMissingAsZero,
      3,
    );
  });

  it("imputeAge: fill values and imputed sums of all three strategies equal the golden file", async () => {
    const { train, test } = await titanic();
    for (const strategy of ["mean", "median", "group-median"] as const) {
      const g = golden.age.imputed[strategy];
      const imputed = imputeAge(train, test, strategy);
      expect(imputed.strategy, "strategy").toBe(strategy);
      expect(relativeError(imputed.fill, g.fill), `${strategy}: fill`).toBeLessThan(1e-12);
      expect(
        relativeError(sumOf(imputed.train), g.trainSum),
        `${strategy}: Σ imputed training ages`,
      ).toBeLessThan(1e-9);
      expect(relativeError(sumOf(imputed.test), g.testSum), `${strategy}: Σ imputed test ages`).toBeLessThan(
        1e-9,
      );
    }
    const leak = imputeAge(train, test, "mean").fill;
    expect(
      Math.abs(leak - golden.age.meanWithTestRows),
      "the fill must not be the mean of train + test ages (29.881): that leaks the test set",
    ).toBeGreaterThan(0.1);
  });

  it("imputeAge 'group-median': the six class/sex medians, and only group medians fill a group's gaps", async () => {
    const { train, test } = await titanic();
    const imputed = imputeAge(train, test, "group-median");
    expect(Object.fromEntries(imputed.groups)).toEqual(golden.age.groupMedians);
    test.forEach((p, i) => {
      const expected = p.Age ?? golden.age.groupMedians[`${p.Pclass}/${p.Sex}`];
      expect(imputed.test[i], `test passenger ${i} (${p.Pclass}/${p.Sex}, Age ${p.Age})`).toBe(expected);
    });
  });

  it("imputeAge does not change its inputs, accepts an empty test set and rejects an empty train set", () => {
    const train = [passenger({ Age: null }), passenger({ Age: 10 })];
    const copy = structuredClone(train);
    const out = imputeAge(train, [], "median");
    expect(train, "train rows untouched").toEqual(copy);
    expect(out.test.length, "no test rows").toBe(0);
    expect(out.groups.size, "'median' learns no groups").toBe(0);
    expectThrows(() => imputeAge([], train, "mean"), InvalidArgument, "no training rows");
    expectThrows(
      () => imputeAge([passenger({ Age: null })], [], "mean"),
      InvalidArgument,
      "no known training age",
    );
  });

  it("nanMedian and groupMedians on 2 001 random values equal a sort-based reference", () => {
    const rng = new Rng(727);
    const values: (number | null)[] = Array.from({ length: 2001 }, () =>
      rng.next() < 0.2 ? null : Math.round(rng.normal(30, 14) * 100) / 100,
    );
    const keys = values.map(() => ["a", "b", "c"][rng.int(0, 3)]);
    const median = (xs: number[]) => {
      const s = [...xs].sort((p, q) => p - q);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const present = values.filter((v): v is number => v !== null);
    expect(nanMedian(values), `median of ${present.length} values`).toBe(median(present));
    expect(relativeError(nanMean(values), sumOf(present) / present.length), "mean").toBeLessThan(1e-12);
    const medians = groupMedians(values, keys);
    expect([...medians.keys()]).toEqual(["a", "b", "c"]);
    for (const k of ["a", "b", "c"]) {
      const xs = values.filter((v, i): v is number => v !== null && keys[i] === k);
      expect(medians.get(k), `median of group ${k}`).toBe(median(xs));
    }
  });

  it("medians of negative numbers, of two values, and of values with NaN", () => {
    expect(nanMedian([-5, -1, -3]), "[-5, -3, -1]").toBe(-3);
    expect(nanMedian([7, 3]), "two values").toBe(5);
    expect(nanMedian(Float64Array.of(Number.NaN, 2, Number.NaN, 8, 4, 6)), "NaN skipped, even count").toBe(5);
    expectThrows(() => nanMedian([1, Number.NEGATIVE_INFINITY]), InvalidArgument, "nanMedian with -Infinity");
    expectThrows(
      () => groupMedians([1, Number.POSITIVE_INFINITY], ["a", "a"]),
      InvalidArgument,
      "Infinity in a group",
    );
  });
});

describe("3. Survival rates", () => {
  it("every survival table of the training set equals the golden file", async () => {
    const { train } = await titanic();
    const survived = train.map((p) => p.Survived);
    const tables = {
      bySex: train.map((p) => p.Sex),
      byClass: train.map((p) => String(p.Pclass)),
      byAgeBand: train.map((p) => ageBand(p.Age)),
      bySexClass: train.map((p) => `${p.Sex}/${p.Pclass}`),
    } as const;
    for (const [name, groups] of Object.entries(tables) as [keyof typeof tables, string[]][]) {
      const got = survivalRates(survived, groups);
      const want = golden.survival[name];
      expect(
        got.map((r) => [r.group, r.passengers, r.survivors]),
        `${name}: groups and counts`,
      ).toEqual(want.map((r) => [r.group, r.passengers, r.survivors]));
      got.forEach((r, i) => {
        expect(relativeError(r.rate, want[i].rate), `${name} ${r.group}: rate`).toBeLessThan(1e-12);
      });
    }
  });

  it("rates on 5 000 random passengers in 7 groups equal a direct count", () => {
    const rng = new Rng(1912);
    const n = 5000;
    const groups = Array.from({ length: n }, () => `g${rng.int(0, 7)}`);
    const survived = Int32Array.from({ length: n }, () => (rng.next() < 0.38 ? 1 : 0));
    const rates = survivalRates(survived, groups);
    expect(rates.map((r) => r.group)).toEqual(["g0", "g1", "g2", "g3", "g4", "g5", "g6"]);
    expect(sumOf(rates.map((r) => r.passengers)), "the groups partition the passengers").toBe(n);
    for (const r of rates) {
      let size = 0;
      let alive = 0;
      groups.forEach((g, i) => {
        if (g === r.group) {
          size++;
          alive += survived[i];
        }
      });
      expect([r.passengers, r.survivors], `${r.group}: counts`).toEqual([size, alive]);
      expect(r.rate, `${r.group}: survivors / passengers of the group`).toBe(alive / size);
    }
  });

  it("ageBand at every band edge, and a single group", () => {
    for (const [age, band] of [
      [0, "0–11"],
      [11.9999, "0–11"],
      [17.5, "12–17"],
      [18, "18–29"],
      [49.99, "30–49"],
      [50, "50–64"],
      [64.99, "50–64"],
      [120, "65+"],
    ] as const) {
      expect(ageBand(age), `ageBand(${age})`).toBe(band);
    }
    expectThrows(() => ageBand(Number.POSITIVE_INFINITY), InvalidArgument, "ageBand(Infinity)");
    expect(survivalRates([0, 0, 1], ["x", "x", "x"]), "one group").toEqual([
      { group: "x", passengers: 3, survivors: 1, rate: 1 / 3 },
    ]);
    expectThrows(() => survivalRates([1, Number.NaN], ["a", "b"]), InvalidArgument, "survived = NaN");
  });
});

describe("4. Correlations", () => {
  it("the encoded training set has the golden column means (Sex = share of women, ports with S for missing)", async () => {
    const { train, test } = await titanic();
    const X = encodeFeatures(train, imputeAge(train, test, "group-median").train);
    expect([X.rows, X.cols]).toEqual([891, 10]);
    FEATURES.forEach((name, j) => {
      expect(
        relativeError(sumOf(column(X, j)) / X.rows, golden.featureMeans[j]),
        `mean of ${name}`,
      ).toBeLessThan(1e-12);
    });
  });

  it("the correlation matrix of the training set equals NumPy's corrcoef within 1e-12", async () => {
    const { train, test } = await titanic();
    const R = correlationMatrix(encodeFeatures(train, imputeAge(train, test, "group-median").train));
    expect([R.rows, R.cols]).toEqual([10, 10]);
    let worst = 0;
    for (let a = 0; a < 10; a++)
      for (let b = 0; b < 10; b++) {
        worst = Math.max(worst, Math.abs(get(R, a, b) - golden.correlation[a][b]));
      }
    expect(worst, "max |R − numpy.corrcoef|").toBeLessThan(1e-12);
  });

  it("pearson on 10 000 random pairs, shifted by 1e6, equals the two-pass reference", () => {
    const rng = new Rng(42);
    const n = 10_000;
    const x = rng.normalArray(n, 1e6, 3);
    const noise = rng.normalArray(n);
    const y = x.map((v, i) => 0.4 * (v - 1e6) + noise[i]);
    const r = pearson(x, y);
    expect(Math.abs(r - referencePearson(x, y)), "|r − reference|").toBeLessThan(1e-9);
    expect(r, "about 0.4·3 / √(1.2² + 1) = 0.768").toBeCloseTo(0.768, 1);
    expect(pearson(y, x), "symmetric").toBeCloseTo(r, 12);
  });

  it("correlationMatrix of a random 300 × 5 matrix: pearson of every pair", () => {
    const rng = new Rng(5);
    const X: Matrix = matrix(300, 5, rng.normalArray(1500));
    for (let i = 0; i < 300; i++) {
      const d = X.data;
      d[i * 5 + 1] += 2 * d[i * 5]; // correlate column 1 with 0
      d[i * 5 + 4] = 100 + 1e-3 * d[i * 5 + 4]; // a small spread around a big offset
    }
    const R = correlationMatrix(X);
    for (let a = 0; a < 5; a++)
      for (let b = 0; b < 5; b++) {
        const want = a === b ? 1 : referencePearson(column(X, a), column(X, b));
        expect(Math.abs(get(R, a, b) - want), `R[${a}][${b}]`).toBeLessThan(1e-9);
      }
  });

  it("r stays in [−1, 1] on random perfect lines, for pearson and correlationMatrix alike", () => {
    const rng = new Rng(17);
    for (let trial = 0; trial < 200; trial++) {
      const n = rng.int(2, 12);
      const x = Float64Array.from({ length: n }, () => rng.int(-50, 50) / 4);
      if (x.every((v) => v === x[0])) continue;
      const a = rng.int(1, 40) / 8;
      const y = x.map((v) => a * v + rng.int(-5, 5));
      const r = pearson(x, y);
      const s = pearson(
        x,
        y.map((v) => -v),
      );
      expect(r <= 1 && s >= -1, `pearson of a line (trial ${trial}): ${r}, ${s}`).toBe(true);
      const X = matrix(n, 3);
      for (let i = 0; i < n; i++) X.data.set([x[i], y[i], -y[i]], 3 * i);
      const R = correlationMatrix(X);
      expect(
        R.data.every((v) => v <= 1 && v >= -1),
        `correlationMatrix of three collinear columns (trial ${trial}): ${Array.from(R.data)}`,
      ).toBe(true);
    }
  });

  it("rankCorrelations of every feature on the training set follows |r| of numpy.corrcoef", async () => {
    const { train, test } = await titanic();
    const R = correlationMatrix(encodeFeatures(train, imputeAge(train, test, "group-median").train));
    FEATURES.forEach((target, t) => {
      const want = FEATURES.map((feature, j) => ({ feature, r: golden.correlation[t][j] }))
        .filter((c) => c.feature !== target)
        .sort((a, b) => Math.abs(b.r) - Math.abs(a.r));
      expect(
        rankCorrelations(R, target).map((c) => c.feature),
        `the ranking of the correlations with ${target}`,
      ).toEqual(want.map((c) => c.feature));
    });
  });

  it("encodeFeatures and correlationMatrix reject bad rows and matrices", () => {
    const ok = passenger({});
    expectThrows(() => encodeFeatures([], []), InvalidArgument, "no rows");
    expectThrows(() => encodeFeatures([passenger({ Fare: null })], [30]), InvalidArgument, "a missing fare");
    expectThrows(
      () => encodeFeatures([passenger({ Sex: "unknown" })], [30]),
      InvalidArgument,
      'Sex "unknown"',
    );
    expectThrows(() => encodeFeatures([passenger({ Embarked: "X" })], [30]), InvalidArgument, 'Embarked "X"');
    expectThrows(() => encodeFeatures([ok], [Number.POSITIVE_INFINITY]), InvalidArgument, "age Infinity");
    expectThrows(
      () => correlationMatrix({ data: new Float64Array(5), rows: 2, cols: 3 }),
      ShapeError,
      "5 values for a 2 × 3 matrix",
    );
    expectThrows(
      () => correlationMatrix(matrix(2, 2, [1, Number.NaN, 2, 3])),
      InvalidArgument,
      "a NaN in the matrix",
    );
    expectThrows(() => pearson([1, 2, 3], [5, 5, 5]), InvalidArgument, "constant y");
  });
});
