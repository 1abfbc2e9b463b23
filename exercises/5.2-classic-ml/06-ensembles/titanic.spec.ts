/**
 * Public specs for 5.2.6, task 6: crossValidatedAccuracy, the protocol behind every Titanic
 * figure. Run them with
 *
 *     npm test exercises/5.2-classic-ml/06-ensembles
 *
 * Toy models that record what they are given check the splits, their order, the scores, the
 * mean and the sample standard deviation exactly (each score is a ratio of small integers; the
 * mean and sd are compared to 1e-12). The forest and boosting figures on the Titanic are in
 * titanic.slow.spec.ts.
 */
import { describe, expect, test } from "vitest";
import { loadDataset } from "../../../datasets";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix } from "../../../lib/ml/matrix";
import { repeatedStratifiedKFold } from "../../../lib/ml/split";
import { Rng } from "../../../lib/rng";
import { expectThrows } from "../../../lib/testing";
import { GenderBaseline, titanicMatrix } from "./titanic.given";
import { crossValidatedAccuracy } from "./validation";

/** 40 rows whose column 0 is the row's index; labels 0 (24 rows) and 1 (16 rows), shuffled. */
function indexed(): { X: Matrix; y: Int32Array } {
  const y = Int32Array.from(new Rng(3).shuffle(Array.from({ length: 40 }, (_, i) => (i < 24 ? 0 : 1))));
  return { X: fromRows(Array.from({ length: 40 }, (_, i) => [i, i % 7])), y };
}

/** Predicts the majority label of its training rows (the smaller on a tie); logs every call. */
class Majority {
  static fits: number[][] = [];
  static predicts: number[][] = [];
  label = 0;
  fit(X: Matrix, y: Int32Array): this {
    Majority.fits.push(Array.from({ length: X.rows }, (_, i) => X.data[i * X.cols]));
    const ones = y.reduce((s, v) => s + v, 0);
    this.label = ones > y.length - ones ? 1 : 0;
    return this;
  }
  predict(X: Matrix): Int32Array {
    Majority.predicts.push(Array.from({ length: X.rows }, (_, i) => X.data[i * X.cols]));
    return new Int32Array(X.rows).fill(this.label);
  }
}

/** Remembers the label of every training row; predicts −1 for a row it never saw. */
class Lookup {
  seen = new Map<number, number>();
  fit(X: Matrix, y: Int32Array): this {
    for (let i = 0; i < X.rows; i++) this.seen.set(X.data[i * X.cols], y[i]);
    return this;
  }
  predict(X: Matrix): Int32Array {
    return Int32Array.from({ length: X.rows }, (_, i) => this.seen.get(X.data[i * X.cols]) ?? -1);
  }
}

describe("6. Titanic", () => {
  test("each split of repeatedStratifiedKFold, in order: a fresh model fitted on its training rows, scored on its test rows", () => {
    const { X, y } = indexed();
    Majority.fits = [];
    Majority.predicts = [];
    // 3 folds of 40 rows (14, 13, 13 test rows) give scores that differ from fold to fold.
    const result = crossValidatedAccuracy(() => new Majority(), X, y, { folds: 3, repeats: 4, seed: 7 });
    const splits = repeatedStratifiedKFold(y, { folds: 3, repeats: 4, seed: 7 });
    expect(Majority.fits.length, "one fit per split (3 folds × 4 repeats)").toBe(12);
    splits.forEach(({ train, test }, s) => {
      expect(Majority.fits[s], `split ${s}: fitted on its training rows`).toEqual(Array.from(train));
      expect(Majority.predicts[s], `split ${s}: predicts its test rows`).toEqual(Array.from(test));
    });
    // Majority predicts 0 everywhere (24 of 40 rows): a fold's score is its share of zeros.
    const want = splits.map(({ test }) => Array.from(test).filter((i) => y[i] === 0).length / test.length);
    expect(Array.from(result.scores), "scores, split by split").toEqual(want);
    const mean = want.reduce((a, b) => a + b, 0) / want.length;
    const sd = Math.sqrt(want.reduce((a, b) => a + (b - mean) ** 2, 0) / (want.length - 1));
    expect(result.mean, "mean of the 12 scores").toBeCloseTo(mean, 12);
    expect(sd, "the scores differ (else this test proves nothing)").toBeGreaterThan(0.01);
    expect(result.sd, "sample standard deviation (÷ (N − 1) = 11)").toBeCloseTo(sd, 12);
  });

  test("the defaults are 5 folds × 5 repeats from seed 0", () => {
    const { X, y } = indexed();
    Majority.fits = [];
    Majority.predicts = [];
    const result = crossValidatedAccuracy(() => new Majority(), X, y);
    expect(result.scores.length, "25 scores").toBe(25);
    expect(
      Majority.predicts,
      "the test rows of repeatedStratifiedKFold(y, { folds: 5, repeats: 5, seed: 0 })",
    ).toEqual(repeatedStratifiedKFold(y, { folds: 5, repeats: 5, seed: 0 }).map((s) => Array.from(s.test)));
  });

  test("the test rows are never among the training rows: a lookup table scores 0 on every fold", () => {
    const { X, y } = indexed();
    const result = crossValidatedAccuracy(() => new Lookup(), X, y, { folds: 5, repeats: 2, seed: 1 });
    expect(Array.from(result.scores), "accuracy of predicting only rows seen in training").toEqual(
      new Array(10).fill(0),
    );
  });

  test("the gender-only baseline on the Titanic: the same 25 scores as the protocol computed here", async () => {
    const { train } = await loadDataset("titanic");
    const { X, y } = titanicMatrix(train);
    const result = crossValidatedAccuracy(() => new GenderBaseline(), X, y);
    const want = repeatedStratifiedKFold(y, { folds: 5, repeats: 5, seed: 0 }).map(({ test }) => {
      const predicted = new GenderBaseline().predict({ data: X.data, rows: X.rows, cols: X.cols });
      return Array.from(test).filter((i) => predicted[i] === y[i]).length / test.length;
    });
    expect(Array.from(result.scores), "per-fold accuracy of 'survived iff female'").toEqual(want);
    expect(result.mean, "mean (701 of 891 passengers fit the rule: 0.787)").toBeCloseTo(0.7868, 3);
  });

  test("bad input: labels of the wrong length → ShapeError; bad folds or repeats → InvalidArgument", () => {
    const { X, y } = indexed();
    expectThrows(
      () => crossValidatedAccuracy(() => new Majority(), X, y.subarray(1)),
      ShapeError,
      "39 labels for 40 rows",
    );
    expectThrows(
      () => crossValidatedAccuracy(() => new Majority(), X, y, { folds: 1 }),
      InvalidArgument,
      "folds 1",
    );
    expectThrows(
      () => crossValidatedAccuracy(() => new Majority(), X, y, { repeats: 0 }),
      InvalidArgument,
      "repeats 0",
    );
  });
});
