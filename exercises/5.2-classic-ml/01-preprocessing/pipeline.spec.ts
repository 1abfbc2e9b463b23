/**
 * Public specs for 5.2.1 Preprocessing, task 6: chaining transformers, and fitting them on
 * the training rows only. Tolerance 1e-12 absolute on values of order 1.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { fromRows, type Matrix, selectRows, toRows } from "../../../lib/ml/matrix";
import { trainTestSplit } from "../../../lib/ml/split";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff } from "../../../lib/testing";
import { SimpleImputer } from "./imputer";
import { fitOnTrain, Pipeline } from "./pipeline";
import { MinMaxScaler, StandardScaler } from "./scalers";

const NA = Number.NaN;

describe("6. Fit on train, transform test", () => {
  test("Pipeline runs the steps in order: impute, then standardise", () => {
    const X = fromRows([[1], [NA], [5], [6]]); // mean of observed values: 4
    const pipe = new Pipeline([new SimpleImputer({ strategy: "mean" }), new StandardScaler()]);
    const out = pipe.fitTransform(X);
    // After imputation: 1, 4, 5, 6 → mean 4, std √(14/4).
    const std = Math.sqrt(14 / 4);
    expect(maxAbsDiff(out.data, [-3 / std, 0, 1 / std, 2 / std]), "impute → standardise").toBeLessThan(1e-12);
  });

  test("each step is fitted on the output of the previous steps", () => {
    const X = fromRows([[0], [10], [20]]);
    const minmax = new MinMaxScaler();
    const standard = new StandardScaler();
    new Pipeline([minmax, standard]).fit(X);
    // The StandardScaler saw MinMax's output 0, 0.5, 1, not the raw 0, 10, 20.
    expect(Array.from(standard.mean ?? []), "mean seen by the second step").toEqual([0.5]);
  });

  test("fitOnTrain learns the statistics from the training rows only", () => {
    // Rows 0–3 are training data; row 4 is a test row with an extreme value.
    const X = fromRows([[1], [2], [3], [4], [1000]]);
    const split = { train: Uint32Array.of(0, 1, 2, 3), test: Uint32Array.of(4) };
    const scaler = new StandardScaler();
    const { train, test } = fitOnTrain(scaler, X, split);
    expect(Array.from(scaler.mean ?? []), "the mean must not include the test row").toEqual([2.5]);
    const std = Math.sqrt(1.25);
    expect(maxAbsDiff(train.data, [-1.5 / std, -0.5 / std, 0.5 / std, 1.5 / std]), "train").toBeLessThan(
      1e-12,
    );
    expect(maxAbsDiff(test.data, [997.5 / std]), "test, scaled with the training statistics").toBeLessThan(
      1e-9,
    );
  });

  test("fitOnTrain with a random split equals fitting on selectRows(X, train)", () => {
    const rng = new Rng(5);
    const X: Matrix = { data: rng.normalArray(40 * 3, 10, 4), rows: 40, cols: 3 };
    const split = trainTestSplit(40, { testFraction: 0.25, seed: 5 });
    const viaHelper = fitOnTrain(new StandardScaler(), X, split);
    const reference = new StandardScaler().fit(selectRows(X, split.train));
    const expected = reference.transform(selectRows(X, split.test));
    expect(viaHelper.test.rows, "test rows").toBe(10);
    expect(maxAbsDiff(viaHelper.test.data, expected.data), "test part").toBeLessThan(1e-12);
  });

  test("missing values in the test rows are filled with training statistics", () => {
    const X = fromRows([[2], [4], [NA], [1000]]);
    const split = { train: Uint32Array.of(0, 1), test: Uint32Array.of(2, 3) };
    const { test } = fitOnTrain(new Pipeline([new SimpleImputer({ strategy: "median" })]), X, split);
    expect(toRows(test), "the NaN becomes the training median 3").toEqual([[3], [1000]]);
  });

  describeEstimatorContract(
    "6. Fit on train, transform test",
    () => new Pipeline([new SimpleImputer(), new StandardScaler()]),
    {
      X: fromRows([
        [1, 10],
        [NA, 30],
        [3, NA],
        [6, 40],
      ]),
    },
    { name: "Pipeline", allowNaN: true },
  );

  test("errors: a pipeline with no steps, a split with an empty side", () => {
    expectThrows(() => new Pipeline([]).fit(fromRows([[1]])), InvalidArgument, "Pipeline([]).fit");
    const X = fromRows([[1], [2]]);
    expectThrows(
      () => fitOnTrain(new StandardScaler(), X, { train: Uint32Array.of(0, 1), test: new Uint32Array(0) }),
      InvalidArgument,
      "fitOnTrain with no test rows",
    );
  });
});
