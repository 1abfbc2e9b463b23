/**
 * Public specs for 5.2.1 Preprocessing, task 3 (SimpleImputer). NaN marks a missing value (written `NA` below).
 * Every expected value here is exact in floating point, so results are compared with `toEqual`.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, toRows } from "../../../lib/ml/matrix";
import { describeEstimatorContract, expectThrows } from "../../../lib/testing";
import { SimpleImputer } from "./imputer";

const NA = Number.NaN; // a missing value

// Column 0 observes 1, 2, 2, 7; column 1 observes 10, 40, 30, 40 (one NaN each).
const X = fromRows([
  [1, 10],
  [2, NA],
  [NA, 40],
  [2, 30],
  [7, 40],
]);

describe("3. SimpleImputer", () => {
  test('strategy "mean" (the default) replaces NaN by the mean of the observed values', () => {
    const imputer = new SimpleImputer().fit(X);
    // Column 0: (1 + 2 + 2 + 7) / 4 = 3; column 1: (10 + 40 + 30 + 40) / 4 = 30.
    expect(Array.from(imputer.statistics ?? []), "statistics").toEqual([3, 30]);
    expect(toRows(imputer.transform(X)), "transform(X)").toEqual([
      [1, 10],
      [2, 30],
      [3, 40],
      [2, 30],
      [7, 40],
    ]);
  });

  test('strategy "median": the middle observed value (mean of the two middle ones for an even count)', () => {
    const imputer = new SimpleImputer({ strategy: "median" }).fit(X);
    // Column 0 sorted: 1, 2, 2, 7 → (2 + 2) / 2 = 2; column 1 sorted: 10, 30, 40, 40 → 35.
    expect(Array.from(imputer.statistics ?? []), "statistics").toEqual([2, 35]);
  });

  test('strategy "median" does not overflow: the midpoint of two huge values is finite', () => {
    // (a + b) / 2 overflows for 1.5e308 and 1.7e308 (same sign); a + (b − a) / 2 overflows for
    // −1.7e308 and 1.7e308 (opposite signs). The README's midpoint is exact for both.
    const huge = fromRows([
      [1.5e308, -1.7e308],
      [NA, 1.7e308],
      [1.7e308, NA],
    ]);
    const imputer = new SimpleImputer({ strategy: "median" }).fit(huge);
    expect(
      Array.from(imputer.statistics ?? []),
      "medians of [1.5e308, 1.7e308] and [−1.7e308, 1.7e308]",
    ).toEqual([1.6e308, 0]);
  });

  test('strategy "most_frequent": the commonest value, the smallest one among ties', () => {
    const imputer = new SimpleImputer({ strategy: "most_frequent" }).fit(X);
    expect(Array.from(imputer.statistics ?? []), "statistics").toEqual([2, 40]);
    const ties = new SimpleImputer({ strategy: "most_frequent" }).fit(fromRows([[5], [3], [NA], [5], [3]]));
    expect(Array.from(ties.statistics ?? []), "3 and 5 twice each → 3").toEqual([3]);
  });

  test('strategy "constant" fills with fillValue (default 0)', () => {
    expect(
      Array.from(new SimpleImputer({ strategy: "constant" }).fit(X).statistics ?? []),
      "default",
    ).toEqual([0, 0]);
    const filled = new SimpleImputer({ strategy: "constant", fillValue: -1 }).fitTransform(X);
    expect(toRows(filled)[1], "row 1").toEqual([2, -1]);
    expect(toRows(filled)[2], "row 2").toEqual([-1, 40]);
  });

  test("the statistics come from the data passed to fit, not from the data being transformed", () => {
    const imputer = new SimpleImputer({ strategy: "mean" }).fit(X);
    const test = fromRows([
      [NA, NA],
      [100, 1000],
    ]);
    expect(toRows(imputer.transform(test)), "transform(test) fills with the training means").toEqual([
      [3, 30],
      [100, 1000],
    ]);
  });

  test("never modifies its input", () => {
    const input = fromRows([[1], [NA], [3]]);
    new SimpleImputer().fitTransform(input);
    expect(Number.isNaN(input.data[1]), "the NaN in the input is still there").toBe(true);
  });

  describeEstimatorContract(
    "3. SimpleImputer",
    () => new SimpleImputer({ strategy: "median" }),
    { X },
    {
      name: "SimpleImputer",
      allowNaN: true,
    },
  );

  test("errors: not fitted, wrong column count, a column with no observed value, infinity, bad strategy", () => {
    expectThrows(() => new SimpleImputer().transform(X), NotFittedError, "transform before fit");
    const imputer = new SimpleImputer().fit(X);
    expectThrows(
      () => imputer.transform(fromRows([[1]])),
      ShapeError,
      "transform with 1 column after fit with 2",
    );
    expectThrows(
      () =>
        new SimpleImputer({ strategy: "median" }).fit(
          fromRows([
            [1, NA],
            [2, NA],
          ]),
        ),
      InvalidArgument,
      "median of a column that is entirely NaN",
    );
    expectThrows(
      () => new SimpleImputer().fit(fromRows([[Number.POSITIVE_INFINITY]])),
      InvalidArgument,
      "fit with Infinity",
    );
    expectThrows(() => new SimpleImputer().fit(fromRows([])), InvalidArgument, "fit on an empty matrix");
  });
});
