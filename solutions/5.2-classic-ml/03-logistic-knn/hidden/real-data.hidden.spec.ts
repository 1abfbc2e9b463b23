/**
 * Hidden specs for 5.2.3, task 6: accuracy on larger inputs, and the real-data results compared
 * with scikit-learn on the fixtures' fixed splits (make_golden.py), plus cross-validation with
 * other seeds. Every figure is counted by the spec from the predictions (lib/testing's
 * accuracyOf); the learner's accuracyScore must agree with it.
 */

import { KNeighborsClassifier } from "@exercise/5.2-classic-ml/03-logistic-knn/knn";
import { LogisticRegression } from "@exercise/5.2-classic-ml/03-logistic-knn/logistic";
import { accuracyScore } from "@exercise/5.2-classic-ml/03-logistic-knn/metrics";
import { describe, expect, test } from "vitest";
import { selectRows, selectValues } from "../../../../lib/ml/matrix";
import { kFold } from "../../../../lib/ml/split";
import { Rng } from "../../../../lib/rng";
import { accuracyOf, iris, recordMetric } from "../../../../lib/testing";
import { knnGolden, logisticGolden, range, titanicData } from "./golden";

/** The spec's count of `predicted` against `truth`; the learner's accuracyScore must give the same. */
function checkedAccuracy(truth: ArrayLike<number>, predicted: ArrayLike<number>, what: string): number {
  const accuracy = accuracyOf(truth, predicted, what);
  expect(accuracyScore(truth, predicted), `${what}: accuracyScore (the count: ${accuracy})`).toBeCloseTo(
    accuracy,
    12,
  );
  return accuracy;
}

describe("6. Accuracy on real data", () => {
  test("accuracyScore on 100 000 random labels equals a direct count", () => {
    const rng = new Rng(4);
    const a = Int32Array.from({ length: 100_000 }, () => rng.int(0, 3));
    const b = Int32Array.from({ length: 100_000 }, () => rng.int(0, 3));
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    expect(accuracyScore(a, b), "accuracy").toBe(same / a.length);
    expect(accuracyScore(a, a), "a vs itself").toBe(1);
  });

  test("Titanic, logistic regression (C = 1) on all 891 rows: scikit-learn's training accuracy 0.7957", async (ctx) => {
    const { X, y } = await titanicData();
    const c = logisticGolden.cases.find((k) => k.name === "titanic-l2-C1");
    const accuracy = checkedAccuracy(
      y,
      new LogisticRegression({ C: 1 }).fit(X, y).predict(X),
      "training accuracy",
    );
    recordMetric(ctx, "titanic.logistic.train-accuracy", accuracy);
    expect(
      Math.abs(accuracy - (c?.trainAccuracy ?? Number.NaN)),
      "|accuracy − scikit-learn's|",
    ).toBeLessThanOrEqual(1 / 891);
  });

  test("Titanic, standardised 15-NN on the fixture's split (test rows 0, 4, …): scikit-learn's accuracy", async (ctx) => {
    const { X, y } = await titanicData();
    const { titanicMean: mean, titanicStd: std } = knnGolden;
    const Z = { ...X, data: X.data.map((v, k) => (v - mean[k % 6]) / std[k % 6]) };
    const test = range(891, (i) => i % 4 === 0);
    const train = range(891, (i) => i % 4 !== 0);
    const pred = new KNeighborsClassifier({ nNeighbors: 15 })
      .fit(selectRows(Z, train), selectValues(y, train))
      .predict(selectRows(Z, test));
    const accuracy = checkedAccuracy(selectValues(y, test), pred, "hold-out accuracy");
    const sk = knnGolden.cases.find((k) => k.name === "titanic-euclidean-k15");
    const skAccuracy = accuracyOf(selectValues(y, test), sk?.sklearnPredictions ?? [], "scikit-learn's");
    recordMetric(ctx, "titanic.knn-scaled.holdout-accuracy", accuracy);
    expect(accuracy, `accuracy vs scikit-learn's ${skAccuracy}`).toBe(skAccuracy);
  });

  test("Iris versicolor vs virginica, logistic regression, 5-fold CV with seeds 1 and 2: above 0.9", async (ctx) => {
    const { X, y } = await iris();
    const rows = range(150, (i) => i >= 50);
    const Xv = selectRows(X, rows);
    const yv = Int32Array.from(rows, (i) => (y[i] === 2 ? 1 : 0));
    let total = 0;
    let count = 0;
    for (const seed of [1, 2]) {
      for (const { train, test } of kFold(100, 5, { shuffle: true, seed, stratify: yv })) {
        const model = new LogisticRegression({ C: 1 }).fit(selectRows(Xv, train), selectValues(yv, train));
        total += checkedAccuracy(selectValues(yv, test), model.predict(selectRows(Xv, test)), `seed ${seed}`);
        count++;
      }
    }
    recordMetric(ctx, "iris.logistic-vv.cv-accuracy", total / count);
    expect(total / count, "mean CV accuracy").toBeGreaterThan(0.9);
  });

  test("Iris, 5-NN, 5-fold CV with seeds 3 and 4: above 0.93", async () => {
    const { X, y } = await iris();
    let total = 0;
    let count = 0;
    for (const seed of [3, 4]) {
      for (const { train, test } of kFold(150, 5, { shuffle: true, seed, stratify: y })) {
        const model = new KNeighborsClassifier({ nNeighbors: 5 }).fit(
          selectRows(X, train),
          selectValues(y, train),
        );
        total += checkedAccuracy(selectValues(y, test), model.predict(selectRows(X, test)), `seed ${seed}`);
        count++;
      }
    }
    expect(total / count, "mean CV accuracy").toBeGreaterThan(0.93);
  });
});
