/**
 * Public specs for 5.2.1 Preprocessing, tasks 1 and 2 (scalers). Run them with
 *
 *     npm test exercises/5.2-classic-ml/01-preprocessing
 *
 * Results that are exact in binary floating point (small integers, halves) are compared with
 * `toEqual`; everything else to 1e-12 absolute (a few rounding errors on values of order 1).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, type Matrix, toRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff, randomMatrix } from "../../../lib/testing";
import { MinMaxScaler, StandardScaler } from "./scalers";

const TOL = 1e-12;

// 4 samples × 3 features on different scales.
const X = fromRows([
  [1, 10, -5],
  [2, 30, 0],
  [3, 20, 5],
  [6, 40, 10],
]);

function copy(m: Matrix): Matrix {
  return { data: Float64Array.from(m.data), rows: m.rows, cols: m.cols };
}

describe("1. MinMaxScaler", () => {
  test("fit learns each column's minimum and maximum", () => {
    const scaler = new MinMaxScaler().fit(X);
    expect(Array.from(scaler.dataMin ?? []), "dataMin").toEqual([1, 10, -5]);
    expect(Array.from(scaler.dataMax ?? []), "dataMax").toEqual([6, 40, 10]);
  });

  test("transform maps every column to [0, 1]", () => {
    const out = new MinMaxScaler().fitTransform(X);
    expect(out.rows, "rows").toBe(4);
    expect(out.cols, "cols").toBe(3);
    const expected = [
      [0, 0, 0],
      [0.2, 2 / 3, 1 / 3],
      [0.4, 1 / 3, 2 / 3],
      [1, 1, 1],
    ];
    expect(maxAbsDiff(out.data, fromRows(expected).data), "fitTransform(X)").toBeLessThan(TOL);
  });

  test("featureRange [-1, 1] maps the minimum to -1 and the maximum to 1", () => {
    const out = toRows(new MinMaxScaler({ featureRange: [-1, 1] }).fitTransform(X));
    expect(maxAbsDiff(out[0] ?? [], [-1, -1, -1]), "first row (the column minima)").toBeLessThan(TOL);
    expect(maxAbsDiff(out[3] ?? [], [1, 1, 1]), "last row (the column maxima)").toBeLessThan(TOL);
  });

  test("transform uses the training range: new data may fall outside [0, 1]", () => {
    const scaler = new MinMaxScaler().fit(X);
    const out = scaler.transform(fromRows([[11, 10, -20]]));
    expect(maxAbsDiff(out.data, [2, 0, -1]), "transform([[11, 10, -20]])").toBeLessThan(TOL);
  });

  test("a constant column maps to the low end of featureRange, not NaN", () => {
    const constant = fromRows([[3], [3], [3]]);
    expect(Array.from(new MinMaxScaler().fitTransform(constant).data), "[3, 3, 3] → ").toEqual([0, 0, 0]);
    const shifted = new MinMaxScaler({ featureRange: [2, 5] }).fitTransform(constant);
    expect(Array.from(shifted.data), "featureRange [2, 5]").toEqual([2, 2, 2]);
  });

  test("inverseTransform undoes transform", () => {
    const scaler = new MinMaxScaler({ featureRange: [-2, 3] }).fit(X);
    const back = scaler.inverseTransform(scaler.transform(X));
    expect(maxAbsDiff(back.data, X.data), "inverseTransform(transform(X))").toBeLessThan(1e-12);
  });

  test("inverseTransform undoes transform on a constant column too (range treated as 1)", () => {
    // Trained on a constant 3: transform is x' = low + (x − 3)·(high − low)/1, so new values
    // 5 and −1 map to 2 + 2·3 = 8 and 2 − 4·3 = −10, and inverseTransform must bring them back.
    const scaler = new MinMaxScaler({ featureRange: [2, 5] }).fit(fromRows([[3], [3]]));
    const Xnew = fromRows([[5], [-1], [3]]);
    const scaled = scaler.transform(Xnew);
    expect(Array.from(scaled.data), "transform([[5], [-1], [3]])").toEqual([8, -10, 2]);
    expect(Array.from(scaler.inverseTransform(scaled).data), "inverseTransform(transform(…))").toEqual([
      5, -1, 3,
    ]);
  });

  test("never modifies its input", () => {
    const before = copy(X);
    new MinMaxScaler().fitTransform(X);
    expect(X, "X after fitTransform").toEqual(before);
  });

  describeEstimatorContract(
    "1. MinMaxScaler",
    () => new MinMaxScaler({ featureRange: [-1, 2] }),
    { X },
    {
      name: "MinMaxScaler",
      methods: ["transform", "inverseTransform"],
    },
  );

  test("errors: not fitted, wrong column count, NaN, empty data, bad featureRange", () => {
    expectThrows(() => new MinMaxScaler().transform(X), NotFittedError, "transform before fit");
    const scaler = new MinMaxScaler().fit(X);
    expectThrows(
      () => scaler.transform(fromRows([[1, 2]])),
      ShapeError,
      "transform with 2 columns after fit with 3",
    );
    expectThrows(
      () => new MinMaxScaler().fit(fromRows([[1], [Number.NaN]])),
      InvalidArgument,
      "fit with NaN",
    );
    expectThrows(() => new MinMaxScaler().fit(fromRows([])), InvalidArgument, "fit on an empty matrix");
    expectThrows(
      () => new MinMaxScaler({ featureRange: [1, 0] }).fit(X),
      InvalidArgument,
      "featureRange [1, 0] (low ≥ high)",
    );
  });
});

describe("2. StandardScaler", () => {
  test("fit learns the mean, the population variance and the scale", () => {
    const scaler = new StandardScaler().fit(X);
    expect(Array.from(scaler.mean ?? []), "mean").toEqual([3, 25, 2.5]);
    // Column 0: deviations -2, -1, 0, 3 → Σd² = 14, divided by n = 4 (not n − 1).
    expect(maxAbsDiff(scaler.variance ?? [], [3.5, 125, 31.25]), "variance (divide by n)").toBeLessThan(TOL);
    expect(
      maxAbsDiff(scaler.scale ?? [], [Math.sqrt(3.5), Math.sqrt(125), Math.sqrt(31.25)]),
      "scale",
    ).toBeLessThan(TOL);
  });

  test("fitTransform gives columns with mean 0 and standard deviation 1", () => {
    // 200 × 3 normal data with different means and spreads (seed 1).
    const data = randomMatrix(new Rng(1), 200, 3, {
      distribution: "normal",
      mean: [5, -100, 0],
      std: [3, 0.01, 1000],
    });
    const Z = new StandardScaler().fitTransform(data);
    for (let j = 0; j < Z.cols; j++) {
      let s = 0;
      let ss = 0;
      for (let i = 0; i < Z.rows; i++) s += Z.data[i * Z.cols + j];
      const m = s / Z.rows;
      for (let i = 0; i < Z.rows; i++) ss += (Z.data[i * Z.cols + j] - m) ** 2;
      // Column 1 has mean −100 and std 0.01: rounding in x − mean is amplified 10⁴ times by the
      // division, so the bound is 1e-10 rather than 1e-12.
      expect(Math.abs(m), `mean of column ${j}`).toBeLessThan(1e-10);
      expect(Math.abs(Math.sqrt(ss / Z.rows) - 1), `std of column ${j}`).toBeLessThan(1e-10);
    }
  });

  test("transform applies the training mean and scale to new data", () => {
    const scaler = new StandardScaler().fit(fromRows([[0], [2], [4], [6]])); // mean 3, std √5
    const out = scaler.transform(fromRows([[3], [3 + Math.sqrt(5)], [-2]]));
    expect(
      maxAbsDiff(out.data, [0, 1, -5 / Math.sqrt(5)]),
      "transform with the training statistics",
    ).toBeLessThan(TOL);
  });

  test("a constant column gets scale 1 (output 0), not a division by zero", () => {
    const scaler = new StandardScaler().fit(fromRows([[7], [7], [7]]));
    expect(Array.from(scaler.scale ?? []), "scale of a constant column").toEqual([1]);
    expect(Array.from(scaler.transform(fromRows([[7], [9]])).data), "transform").toEqual([0, 2]);
  });

  test("stays accurate with a large offset (1e9 + small values)", () => {
    // Σx²/n − mean² would cancel catastrophically here; the two-pass formula does not.
    const scaler = new StandardScaler().fit(fromRows([[1e9 + 4], [1e9 + 7], [1e9 + 13], [1e9 + 16]]));
    expect(scaler.variance?.[0], "variance of 1e9 + [4, 7, 13, 16]").toBeCloseTo(22.5, 6);
  });

  test("withMean: false only divides; withStd: false only centres", () => {
    const noMean = new StandardScaler({ withMean: false }).fit(X).transform(X);
    expect(
      maxAbsDiff(
        toRows(noMean).map((r) => r[0]),
        [1, 2, 3, 6].map((v) => v / Math.sqrt(3.5)),
      ),
      "withMean: false",
    ).toBeLessThan(TOL);
    const noStd = new StandardScaler({ withStd: false }).fit(X).transform(X);
    expect(
      toRows(noStd).map((r) => r[1]),
      "withStd: false",
    ).toEqual([-15, 5, -5, 15]);
  });

  test("inverseTransform undoes transform, and the input is never modified", () => {
    const before = copy(X);
    const scaler = new StandardScaler().fit(X);
    const back = scaler.inverseTransform(scaler.transform(X));
    expect(maxAbsDiff(back.data, X.data), "inverseTransform(transform(X))").toBeLessThan(1e-12);
    expect(X, "X after fit and transform").toEqual(before);
  });

  test("inverseTransform undoes transform with withMean: false, withStd: false and a constant column", () => {
    // Column 3 is constant (scale 1, standard deviation 0); Xnew has values fit never saw.
    const train = fromRows([
      [1, 10, -5, 7],
      [2, 30, 0, 7],
      [3, 20, 5, 7],
      [6, 40, 10, 7],
    ]);
    const Xnew = fromRows([
      [0, 50, 20, 9],
      [4, -10, 1, 7],
    ]);
    for (const options of [
      {},
      { withMean: false },
      { withStd: false },
      { withMean: false, withStd: false },
    ]) {
      const scaler = new StandardScaler(options).fit(train);
      const back = scaler.inverseTransform(scaler.transform(Xnew));
      expect(
        maxAbsDiff(back.data, Xnew.data),
        `inverseTransform(transform(Xnew)), ${JSON.stringify(options)}`,
      ).toBeLessThan(1e-12);
    }
    // withMean: false never subtracts the mean, so inverseTransform must not add it: z · scale.
    const noMean = new StandardScaler({ withMean: false }).fit(train);
    expect(
      toRows(noMean.inverseTransform(fromRows([[1, 1, 1, 1]])))[0],
      "withMean: false, inverseTransform([[1, 1, 1, 1]]) = scale",
    ).toEqual(Array.from(noMean.scale ?? []));
  });

  describeEstimatorContract(
    "2. StandardScaler",
    () => new StandardScaler(),
    { X },
    {
      name: "StandardScaler",
      methods: ["transform", "inverseTransform"],
    },
  );

  test("errors: not fitted, wrong column count, NaN, empty data", () => {
    expectThrows(() => new StandardScaler().transform(X), NotFittedError, "transform before fit");
    const scaler = new StandardScaler().fit(X);
    expectThrows(
      () => scaler.transform(fromRows([[1, 2, 3, 4]])),
      ShapeError,
      "transform with 4 columns after fit with 3",
    );
    expectThrows(
      () => scaler.transform(fromRows([[1, Number.NaN, 3]])),
      InvalidArgument,
      "transform with NaN",
    );
    expectThrows(() => new StandardScaler().fit(fromRows([[Number.NaN]])), InvalidArgument, "fit with NaN");
    expectThrows(() => new StandardScaler().fit(fromRows([])), InvalidArgument, "fit on an empty matrix");
  });
});
