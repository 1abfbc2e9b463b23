/**
 * Hidden specs for 5.2.1 Preprocessing: agreement with scikit-learn 1.2.1 on the fixtures of
 * solutions/5.2-classic-ml/01-preprocessing/golden/ (see make_golden.py there), real data (Iris,
 * Titanic), larger random inputs and more edge cases.
 *
 * Tolerances: deterministic algorithms must match scikit-learn to 1e-8 relative (|a − b| ≤
 * 1e-8 · max(1, |b|)); scikit-learn's own rounding differs from a straightforward
 * implementation by far less than that.
 */

import { LabelEncoder, OneHotEncoder } from "@exercise/5.2-classic-ml/01-preprocessing/encoders";
import { SimpleImputer } from "@exercise/5.2-classic-ml/01-preprocessing/imputer";
import { fitOnTrain, Pipeline } from "@exercise/5.2-classic-ml/01-preprocessing/pipeline";
import { MinMaxScaler, StandardScaler } from "@exercise/5.2-classic-ml/01-preprocessing/scalers";
import { describe, expect, test } from "vitest";
import { loadDataset } from "../../../../datasets";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { NotFittedError } from "../../../../lib/ml/errors";
import { fromRows, type Matrix, matrix, selectRows, toRows } from "../../../../lib/ml/matrix";
import { trainTestSplit } from "../../../../lib/ml/split";
import { Rng } from "../../../../lib/rng";
import { expectThrows, maxAbsDiff } from "../../../../lib/testing";
import golden from "../golden/preprocessing.json";

/** Largest |a − b| / max(1, |b|); NaN must match NaN. */
function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (!(Number.isNaN(x) && Number.isNaN(y))) return Number.NaN;
      continue;
    }
    worst = Math.max(worst, Math.abs(x - y) / Math.max(1, Math.abs(y)));
  }
  return worst;
}

const REL = 1e-8;

/** A golden nested list (null = NaN) as a Matrix. */
function mat(rows: ReadonlyArray<ReadonlyArray<number | null>>): Matrix {
  return fromRows(rows.map((r) => r.map((v) => v ?? Number.NaN)));
}
function vec(values: ReadonlyArray<number | null>): Float64Array {
  return Float64Array.from(values, (v) => v ?? Number.NaN);
}

const Xtrain = mat(golden.X_train);
const Xtest = mat(golden.X_test);

describe("1. MinMaxScaler", () => {
  test("matches scikit-learn's MinMaxScaler (data_min_, data_max_, transform) to 1e-8", () => {
    const scaler = new MinMaxScaler().fit(Xtrain);
    expect(maxRelDiff(scaler.dataMin ?? [], golden.minmax.data_min), "dataMin").toBeLessThan(REL);
    expect(maxRelDiff(scaler.dataMax ?? [], golden.minmax.data_max), "dataMax").toBeLessThan(REL);
    expect(maxRelDiff(scaler.transform(Xtrain).data, mat(golden.minmax.train).data), "train").toBeLessThan(
      REL,
    );
    expect(maxRelDiff(scaler.transform(Xtest).data, mat(golden.minmax.test).data), "test").toBeLessThan(REL);
    const wide = new MinMaxScaler({ featureRange: [-1, 2] }).fit(Xtrain);
    expect(
      maxRelDiff(wide.transform(Xtest).data, mat(golden.minmax.range_m1_2_test).data),
      "[-1, 2]",
    ).toBeLessThan(REL);
  });

  test("matches scikit-learn on Iris (150 × 4)", async () => {
    const { rows } = await loadDataset("iris");
    const X = fromRows(rows.map((r) => [r.sepalLength, r.sepalWidth, r.petalLength, r.petalWidth]));
    const scaler = new MinMaxScaler().fit(X);
    expect(maxRelDiff(scaler.dataMin ?? [], golden.iris.minmax_min), "Iris dataMin").toBeLessThan(REL);
    expect(maxRelDiff(scaler.dataMax ?? [], golden.iris.minmax_max), "Iris dataMax").toBeLessThan(REL);
  });

  test("a single training row maps to low; refitting replaces the old range", () => {
    const scaler = new MinMaxScaler({ featureRange: [5, 6] });
    expect(Array.from(scaler.fitTransform(fromRows([[3, -4]])).data), "one row").toEqual([5, 5]);
    scaler.fit(fromRows([[0], [10]]));
    expect(Array.from(scaler.dataMax ?? []), "dataMax after refit").toEqual([10]);
    expect(maxAbsDiff(scaler.transform(fromRows([[5]])).data, [5.5]), "transform after refit").toBeLessThan(
      1e-12,
    );
  });

  test("large random data: every column spans exactly [low, high] (2000 × 5, seed 11)", () => {
    const rng = new Rng(11);
    const X: Matrix = { data: rng.normalArray(2000 * 5, 3, 50), rows: 2000, cols: 5 };
    const out = new MinMaxScaler({ featureRange: [-3, 7] }).fitTransform(X);
    for (let j = 0; j < 5; j++) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < 2000; i++) {
        lo = Math.min(lo, out.data[i * 5 + j]);
        hi = Math.max(hi, out.data[i * 5 + j]);
      }
      expect(Math.abs(lo + 3), `min of column ${j}`).toBeLessThan(1e-12);
      expect(Math.abs(hi - 7), `max of column ${j}`).toBeLessThan(1e-12);
    }
  });

  test("more errors: NaN in featureRange, Infinity, not fitted inverse, wrong width inverse", () => {
    expectThrows(
      () => new MinMaxScaler({ featureRange: [0, Number.NaN] }).fit(Xtrain),
      InvalidArgument,
      "featureRange [0, NaN]",
    );
    expectThrows(
      () => new MinMaxScaler({ featureRange: [2, 2] }).fit(Xtrain),
      InvalidArgument,
      "featureRange [2, 2]",
    );
    expectThrows(
      () => new MinMaxScaler().fit(fromRows([[Number.NEGATIVE_INFINITY]])),
      InvalidArgument,
      "fit with -Infinity",
    );
    expectThrows(
      () => new MinMaxScaler().inverseTransform(Xtrain),
      NotFittedError,
      "inverseTransform before fit",
    );
    const scaler = new MinMaxScaler().fit(Xtrain);
    expectThrows(
      () => scaler.inverseTransform(fromRows([[1]])),
      ShapeError,
      "inverseTransform with 1 column",
    );
    expectThrows(() => scaler.transform(matrix(0, 4)), InvalidArgument, "transform of 0 rows");
  });
});

describe("2. StandardScaler", () => {
  test("matches scikit-learn's StandardScaler (mean_, var_, scale_, transform) to 1e-8", () => {
    const scaler = new StandardScaler().fit(Xtrain);
    expect(maxRelDiff(scaler.mean ?? [], golden.standard.mean), "mean").toBeLessThan(REL);
    expect(maxRelDiff(scaler.variance ?? [], golden.standard.var), "variance").toBeLessThan(REL);
    expect(maxRelDiff(scaler.scale ?? [], golden.standard.scale), "scale (constant column → 1)").toBeLessThan(
      REL,
    );
    expect(maxRelDiff(scaler.transform(Xtrain).data, mat(golden.standard.train).data), "train").toBeLessThan(
      REL,
    );
    expect(maxRelDiff(scaler.transform(Xtest).data, mat(golden.standard.test).data), "test").toBeLessThan(
      REL,
    );
    const noMean = new StandardScaler({ withMean: false }).fit(Xtrain).transform(Xtest);
    expect(maxRelDiff(noMean.data, mat(golden.standard.no_mean_test).data), "withMean: false").toBeLessThan(
      REL,
    );
  });

  test("matches scikit-learn on Iris (150 × 4)", async () => {
    const { rows } = await loadDataset("iris");
    const X = fromRows(rows.map((r) => [r.sepalLength, r.sepalWidth, r.petalLength, r.petalWidth]));
    expect(Array.from(X.data.subarray(0, 4)), "Iris row 0 (same data as scikit-learn)").toEqual(
      golden.iris.first_row,
    );
    const scaler = new StandardScaler();
    const Z = scaler.fitTransform(X);
    expect(maxRelDiff(scaler.mean ?? [], golden.iris.standard_mean), "Iris mean").toBeLessThan(REL);
    expect(maxRelDiff(scaler.scale ?? [], golden.iris.standard_scale), "Iris scale").toBeLessThan(REL);
    expect(
      maxRelDiff(Z.data.subarray(0, 4), golden.iris.standard_first_row),
      "Iris row 0 standardised",
    ).toBeLessThan(REL);
  });

  test("a huge offset (1e6 + N(0, 1)) keeps full accuracy: the variance is computed in two passes", () => {
    const rng = new Rng(3);
    const n = 5000;
    const raw = rng.normalArray(n, 0, 1);
    const shifted = matrix(
      n,
      1,
      Float64Array.from(raw, (v) => v + 1e8),
    );
    const reference = new StandardScaler().fit(matrix(n, 1, raw));
    const scaler = new StandardScaler().fit(shifted);
    // Σx²/n − mean² on values near 1e8 would lose all digits (1e16 · 2⁻⁵³ ≈ 1).
    expect(
      Math.abs((scaler.variance?.[0] ?? 0) - (reference.variance?.[0] ?? 0)),
      "variance of 1e8 + x vs of x",
    ).toBeLessThan(1e-6);
  });

  test("a single row: scale 1 and output 0; withStd: false keeps scale 1 everywhere", () => {
    const one = new StandardScaler();
    expect(Array.from(one.fitTransform(fromRows([[4, -2]])).data), "one row").toEqual([0, 0]);
    const noStd = new StandardScaler({ withStd: false }).fit(Xtrain);
    expect(Array.from(noStd.scale ?? []), "scale with withStd: false").toEqual([1, 1, 1, 1]);
    expect(maxRelDiff(noStd.variance ?? [], golden.standard.var), "variance is still computed").toBeLessThan(
      REL,
    );
  });

  test("more errors: inverse before fit, Infinity in transform", () => {
    expectThrows(
      () => new StandardScaler().inverseTransform(Xtrain),
      NotFittedError,
      "inverseTransform before fit",
    );
    const scaler = new StandardScaler().fit(Xtrain);
    expectThrows(
      () => scaler.transform(fromRows([[1, 2, 3, Number.POSITIVE_INFINITY]])),
      InvalidArgument,
      "transform with Infinity",
    );
    expectThrows(
      () => scaler.fit({ data: new Float64Array(3), rows: 2, cols: 2 }),
      ShapeError,
      "data of wrong length",
    );
  });
});

describe("3. SimpleImputer", () => {
  const X = mat(golden.imputer.X);
  const Xt = mat(golden.imputer.X_test);
  for (const strategy of ["mean", "median", "most_frequent", "constant"] as const) {
    test(`strategy "${strategy}" matches scikit-learn (statistics_, transform of train and test)`, () => {
      const g = golden.imputer[strategy];
      const imputer = new SimpleImputer(strategy === "constant" ? { strategy, fillValue: -1 } : { strategy });
      imputer.fit(X);
      expect(maxRelDiff(imputer.statistics ?? [], vec(g.statistics)), "statistics").toBeLessThan(REL);
      expect(maxRelDiff(imputer.transform(X).data, mat(g.train).data), "transform(train)").toBeLessThan(REL);
      expect(maxRelDiff(imputer.transform(Xt).data, mat(g.test).data), "transform(test)").toBeLessThan(REL);
    });
  }

  test("Titanic Age and Fare: mean, median and most frequent as scikit-learn", async () => {
    const { train } = await loadDataset("titanic");
    const X = fromRows(train.map((r) => [r.Age ?? Number.NaN, r.Fare ?? Number.NaN]));
    let missing = 0;
    for (let i = 0; i < X.rows; i++) if (Number.isNaN(X.data[i * 2])) missing++;
    expect(missing, "missing ages").toBe(golden.titanic.n_missing_age);
    for (const [strategy, expected] of [
      ["mean", golden.titanic.imputer_mean],
      ["median", golden.titanic.imputer_median],
      ["most_frequent", golden.titanic.imputer_most_frequent],
    ] as const) {
      const imputer = new SimpleImputer({ strategy }).fit(X);
      expect(maxRelDiff(imputer.statistics ?? [], expected), `Titanic ${strategy}`).toBeLessThan(REL);
      const filled = imputer.transform(X);
      expect(filled.data.every(Number.isFinite), `no NaN left after ${strategy}`).toBe(true);
    }
  });

  test("odd counts, negative values, ties and an all-NaN column with strategy constant", () => {
    const NA = Number.NaN;
    const X = fromRows([
      [-3, NA],
      [NA, NA],
      [-1, NA],
      [-3, NA],
      [-1, NA],
      [8, NA],
    ]);
    const median = new SimpleImputer({ strategy: "median" });
    expectThrows(() => median.fit(X), InvalidArgument, "median with an all-NaN column");
    const col0 = selectColumns0(X);
    expect(
      Array.from(new SimpleImputer({ strategy: "median" }).fit(col0).statistics ?? []),
      "median of -3, -1, -3, -1, 8",
    ).toEqual([-1]);
    expect(
      Array.from(new SimpleImputer({ strategy: "most_frequent" }).fit(col0).statistics ?? []),
      "mode, ties → smallest",
    ).toEqual([-3]);
    const constant = new SimpleImputer({ strategy: "constant", fillValue: 2.5 }).fitTransform(X);
    expect(toRows(constant)[1], "constant fills an all-NaN column too").toEqual([2.5, 2.5]);
  });

  test("a matrix without NaN passes through unchanged; bad options are rejected", () => {
    const imputer = new SimpleImputer({ strategy: "median" }).fit(X);
    const clean = fromRows([[1, 2, 3, 4]]);
    expect(Array.from(imputer.transform(clean).data), "no NaN → unchanged").toEqual([1, 2, 3, 4]);
    expectThrows(
      () => new SimpleImputer({ strategy: "mode" as "median" }).fit(X),
      InvalidArgument,
      'unknown strategy "mode"',
    );
    expectThrows(
      () => new SimpleImputer({ strategy: "constant", fillValue: Number.NaN }).fit(X),
      InvalidArgument,
      "fillValue NaN",
    );
    expectThrows(
      () => imputer.transform(fromRows([[1, Number.POSITIVE_INFINITY, 3, 4]])),
      InvalidArgument,
      "Infinity",
    );
  });
});

function selectColumns0(m: Matrix): Matrix {
  return {
    data: Float64Array.from({ length: m.rows }, (_, i) => m.data[i * m.cols]),
    rows: m.rows,
    cols: 1,
  };
}

describe("4. OneHotEncoder", () => {
  const g = golden.onehot;
  const trainRows = g.train as (string | number)[][];
  const testRows = g.test as (string | number)[][];

  test("matches scikit-learn: categories_, transform, handle_unknown='ignore', drop='first', names", () => {
    const enc = new OneHotEncoder({ handleUnknown: "ignore" }).fit(trainRows);
    expect(enc.categories, "categories (upper case sorts before lower case)").toEqual(g.categories);
    expect(toRows(enc.transform(trainRows)), "train").toEqual(g.train_encoded);
    expect(toRows(enc.transform(testRows)), "test with unseen categories ignored").toEqual(
      g.test_encoded_ignore,
    );
    expect(enc.featureNames(["color", "size_num", "size"]), "feature names").toEqual(g.feature_names);
    const dropped = new OneHotEncoder({ drop: "first" }).fit(trainRows);
    expect(toRows(dropped.transform(trainRows)), "drop first").toEqual(g.drop_first_train);
    expect(dropped.nOutputs, "nOutputs with drop first").toBe(g.drop_first_train[0]?.length);
  });

  test("a larger random table: exactly one 1 per feature in each row, at the sorted position", () => {
    const rng = new Rng(21);
    const levels = ["d", "a", "c", "b", "e"];
    const rows = Array.from({ length: 500 }, (): [string, number] => [levels[rng.int(0, 5)], rng.int(-3, 4)]);
    const enc = new OneHotEncoder();
    const out = enc.fitTransform(rows);
    expect(enc.categories, "categories").toEqual([
      ["a", "b", "c", "d", "e"],
      [-3, -2, -1, 0, 1, 2, 3],
    ]);
    for (let i = 0; i < 500; i++) {
      const r = out.data.subarray(i * 12, (i + 1) * 12);
      const row = rows[i];
      expect(
        r.reduce((s, v) => s + v, 0),
        `row ${i} sum`,
      ).toBe(2);
      expect(r["abcde".indexOf(row[0])], `row ${i} colour`).toBe(1);
      expect(r[5 + row[1] + 3], `row ${i} number`).toBe(1);
    }
  });

  test("drop first: a single-category feature contributes no column; ignore + drop first gives zeros", () => {
    const enc = new OneHotEncoder({ drop: "first", handleUnknown: "ignore" }).fit([
      ["x", "p"],
      ["x", "q"],
    ]);
    expect(enc.nOutputs, "nOutputs").toBe(1);
    expect(
      toRows(
        enc.transform([
          ["x", "q"],
          ["y", "z"],
        ]),
      ),
      "transform",
    ).toEqual([[1], [0]]);
    expect(enc.featureNames(), "names").toEqual(["x1_q"]);
  });

  test("does not modify its input, and the string '1' and the number 1 are different categories", () => {
    const rows: (string | number)[][] = [["b"], ["a"]];
    new OneHotEncoder().fitTransform(rows);
    expect(rows, "input after fitTransform").toEqual([["b"], ["a"]]);
    const enc = new OneHotEncoder({ handleUnknown: "error" }).fit([[1], [2]]);
    expectThrows(() => enc.transform([["1"]]), InvalidArgument, 'transform(["1"]) after fit on numbers');
  });

  test("more errors: bad options, NaN, featureNames of wrong length, width mismatch", () => {
    expectThrows(
      () => new OneHotEncoder({ handleUnknown: "skip" as "ignore" }).fit(trainRows),
      InvalidArgument,
      'handleUnknown "skip"',
    );
    expectThrows(
      () => new OneHotEncoder({ drop: "last" as "first" }).fit(trainRows),
      InvalidArgument,
      'drop "last"',
    );
    expectThrows(() => new OneHotEncoder().fit([[Number.NaN]]), InvalidArgument, "a NaN category");
    const enc = new OneHotEncoder({ handleUnknown: "ignore" }).fit(trainRows);
    expectThrows(
      () => enc.transform([["red", 10, undefined as unknown as string]]),
      InvalidArgument,
      "undefined in transform",
    );
    expectThrows(() => enc.featureNames(["a"]), ShapeError, "featureNames with 1 name for 3 features");
    expectThrows(() => enc.transform([["red", 10]]), ShapeError, "transform with 2 columns after fit with 3");
    expectThrows(() => new OneHotEncoder().featureNames(), NotFittedError, "featureNames before fit");
  });
});

describe("5. LabelEncoder", () => {
  const g = golden.label;

  test("matches scikit-learn's LabelEncoder on strings and numbers", () => {
    const enc = new LabelEncoder();
    expect(Array.from(enc.fitTransform(g.y)), "codes").toEqual(g.codes);
    expect(enc.classes, "classes ('Virginica' sorts first)").toEqual(g.classes);
    const num = new LabelEncoder();
    expect(Array.from(num.fitTransform(g.y_num)), "numeric codes").toEqual(g.codes_num);
    expect(num.classes, "numeric classes").toEqual(g.classes_num);
  });

  test("round trip on Iris species", async () => {
    const { rows } = await loadDataset("iris");
    const species = rows.map((r) => r.species);
    const enc = new LabelEncoder();
    const codes = enc.fitTransform(species);
    expect(enc.classes, "classes").toEqual(["setosa", "versicolor", "virginica"]);
    expect([codes[0], codes[50], codes[149]], "codes of rows 0, 50, 149").toEqual([0, 1, 2]);
    expect(enc.inverseTransform(codes), "inverseTransform(transform(y))").toEqual(species);
  });

  test("more errors: mixed label types, missing labels, non-integer codes, inverse before fit", () => {
    expectThrows(() => new LabelEncoder().fit(["a", 1]), InvalidArgument, 'fit(["a", 1])');
    expectThrows(
      () => new LabelEncoder().fit(["a", null as unknown as string]),
      InvalidArgument,
      "fit with null",
    );
    const enc = new LabelEncoder().fit([3, 1]);
    expectThrows(() => enc.inverseTransform([0.5]), InvalidArgument, "inverseTransform([0.5])");
    expectThrows(() => enc.inverseTransform([-1]), InvalidArgument, "inverseTransform([-1])");
    expectThrows(
      () => new LabelEncoder().inverseTransform([0]),
      NotFittedError,
      "inverseTransform before fit",
    );
  });
});

describe("6. Fit on train, transform test", () => {
  /** 300 rows × 3: train rows around 0, test rows around 1000, some NaN everywhere (seed 31). */
  function leakyData(): { X: Matrix; split: { train: Uint32Array; test: Uint32Array } } {
    const rng = new Rng(31);
    const split = trainTestSplit(300, { testFraction: 0.3, seed: 31 });
    const isTest = new Uint8Array(300);
    for (const i of split.test) isTest[i] = 1;
    const X = matrix(300, 3);
    for (let i = 0; i < 300; i++) {
      for (let j = 0; j < 3; j++) {
        X.data[i * 3 + j] = rng.next() < 0.1 ? Number.NaN : rng.normal(isTest[i] ? 1000 : 0, j + 1);
      }
    }
    return { X, split };
  }

  test("imputer + scaler pipeline: the fitted statistics are those of the training rows only", () => {
    const { X, split } = leakyData();
    const imputer = new SimpleImputer({ strategy: "median" });
    const scaler = new StandardScaler();
    const { train, test } = fitOnTrain(new Pipeline([imputer, scaler]), X, split);
    const refImputer = new SimpleImputer({ strategy: "median" }).fit(selectRows(X, split.train));
    const refScaler = new StandardScaler().fit(refImputer.transform(selectRows(X, split.train)));
    expect(
      maxAbsDiff(imputer.statistics ?? [], refImputer.statistics ?? []),
      "imputer statistics",
    ).toBeLessThan(1e-12);
    expect(maxAbsDiff(scaler.mean ?? [], refScaler.mean ?? []), "scaler mean").toBeLessThan(1e-12);
    for (const m of scaler.mean ?? [])
      expect(Math.abs(m), "a training mean, far from the test rows' 1000").toBeLessThan(1);
    expect(train.rows, "train rows").toBe(split.train.length);
    expect(test.rows, "test rows").toBe(split.test.length);
    const expectedTest = refScaler.transform(refImputer.transform(selectRows(X, split.test)));
    expect(maxAbsDiff(test.data, expectedTest.data), "test rows").toBeLessThan(1e-9);
  });

  test("the output follows the order of split.train and split.test, even unsorted", () => {
    const X = fromRows([[0], [10], [20], [30], [40]]);
    const { train, test } = fitOnTrain(new MinMaxScaler(), X, {
      train: Uint32Array.of(3, 0, 1),
      test: Uint32Array.of(4, 2),
    });
    expect(maxAbsDiff(train.data, [1, 0, 1 / 3]), "train rows 3, 0, 1").toBeLessThan(1e-12);
    expect(maxAbsDiff(test.data, [4 / 3, 2 / 3]), "test rows 4, 2").toBeLessThan(1e-12);
  });

  test("the pipeline transforms new data with the stored statistics, and fails before fit", () => {
    const pipe = new Pipeline([
      new SimpleImputer({ strategy: "constant", fillValue: 1 }),
      new MinMaxScaler(),
    ]);
    expectThrows(() => pipe.transform(fromRows([[1]])), NotFittedError, "Pipeline.transform before fit");
    pipe.fit(fromRows([[0], [Number.NaN], [4]])); // after imputation: 0, 1, 4
    expect(
      maxAbsDiff(pipe.transform(fromRows([[Number.NaN], [2]])).data, [0.25, 0.5]),
      "transform",
    ).toBeLessThan(1e-12);
  });

  test("more errors: an out-of-range index, no training rows", () => {
    const X = fromRows([[1], [2], [3]]);
    expectThrows(
      () => fitOnTrain(new StandardScaler(), X, { train: Uint32Array.of(0, 1), test: Uint32Array.of(7) }),
      InvalidArgument,
      "test index 7 of 3 rows",
    );
    expectThrows(
      () => fitOnTrain(new StandardScaler(), X, { train: new Uint32Array(0), test: Uint32Array.of(0) }),
      InvalidArgument,
      "no training rows",
    );
  });
});
