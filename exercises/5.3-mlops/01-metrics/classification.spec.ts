/**
 * Public specs for 5.3.1, tasks 1 and 2: the confusion matrix, accuracy, precision, recall and
 * F1. Run them with
 *
 *     npm test exercises/5.3-mlops/01-metrics
 *
 * Values marked "scikit-learn" come from scikit-learn 1.2.1
 * (solutions/5.3-mlops/01-metrics/golden/make_golden.py). Counts are compared exactly; scores
 * to 12 decimal places, because a mean may add the same terms in another order than numpy
 * does (the difference is a few units of 1e-16).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { binaryCountsOf, expectThrows, precisionRecallF1Of } from "../../../lib/testing";
import { accuracyScore, confusionMatrix, perClassScores, precisionRecallF1 } from "./metrics";
import type { Average, Scores } from "./metrics.given";

const DIGITS = 12;

/** The rows of a confusion matrix's counts. */
function rowsOf(cm: { counts: { data: Float64Array; rows: number; cols: number } }): number[][] {
  const { data, rows, cols } = cm.counts;
  return Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));
}

function expectScores(actual: Scores, expected: [number, number, number], what: string): void {
  expect(actual.precision, `${what}: precision`).toBeCloseTo(expected[0], DIGITS);
  expect(actual.recall, `${what}: recall`).toBeCloseTo(expected[1], DIGITS);
  expect(actual.f1, `${what}: F1`).toBeCloseTo(expected[2], DIGITS);
}

// Ten samples of three classes: class 0 is common, class 2 is never predicted.
const Y_TRUE = [0, 0, 0, 0, 0, 0, 0, 1, 1, 2];
const Y_PRED = [0, 0, 0, 0, 0, 1, 0, 1, 0, 0];

describe("1. Confusion matrix and accuracy", () => {
  test("counts(i, j) = samples of true label i predicted as j; rows are the truth", () => {
    const cm = confusionMatrix(Y_TRUE, Y_PRED);
    expect(Array.from(cm.labels), "labels").toEqual([0, 1, 2]);
    expect([cm.counts.rows, cm.counts.cols], "shape").toEqual([3, 3]);
    // scikit-learn: confusion_matrix(Y_TRUE, Y_PRED)
    expect(rowsOf(cm), "counts").toEqual([
      [6, 1, 0],
      [1, 1, 0],
      [1, 0, 0],
    ]);
  });

  test("a binary confusion matrix: [[tn, fp], [fn, tp]]", () => {
    const cm = confusionMatrix(Int32Array.of(1, 1, 0, 0, 1, 0), Int32Array.of(1, 0, 1, 0, 1, 0));
    expect(rowsOf(cm), "[[tn, fp], [fn, tp]]").toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  test("labels sort as numbers (2, 9, 10), never as strings (10, 2, 9)", () => {
    const cm = confusionMatrix([9, 10, 2, 2, 10], [9, 2, 2, 10, 10]);
    expect(Array.from(cm.labels), "labels").toEqual([2, 9, 10]);
    expect(rowsOf(cm), "counts").toEqual([
      [1, 0, 1],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(Array.from(confusionMatrix([1, -1], [-1, -1]).labels), "negative labels").toEqual([-1, 1]);
  });

  test("explicit labels: their order, zero rows and columns for absent labels; one class alone is 1 × 1", () => {
    const cm = confusionMatrix([0, 1, 1, 0, 1], [0, 1, 0, 0, 1], [2, 1, 0]);
    expect(Array.from(cm.labels), "labels as given").toEqual([2, 1, 0]);
    // scikit-learn: confusion_matrix(…, labels=[2, 1, 0])
    expect(rowsOf(cm), "counts").toEqual([
      [0, 0, 0],
      [0, 2, 1],
      [0, 0, 2],
    ]);
    expect(rowsOf(confusionMatrix([1, 1, 1], [1, 1, 1])), "one class only").toEqual([[3]]);
    expect(rowsOf(confusionMatrix([0, 0], [0, 0], [0, 1])), "one class, labels [0, 1]").toEqual([
      [2, 0],
      [0, 0],
    ]);
  });

  test("accuracyScore: the fraction of equal labels; it is the trace of the confusion matrix over n", () => {
    expect(accuracyScore(Y_TRUE, Y_PRED), "7 of 10").toBe(0.7);
    expect(accuracyScore([3], [3]), "one right").toBe(1);
    expect(accuracyScore([3], [4]), "one wrong").toBe(0);
    const rng = new Rng(1);
    const a = Int32Array.from({ length: 500 }, () => rng.int(0, 4));
    const b = Int32Array.from({ length: 500 }, (_, i) => (rng.uniform() < 0.6 ? a[i] : rng.int(0, 4)));
    const cm = confusionMatrix(a, b);
    let trace = 0;
    for (let k = 0; k < cm.labels.length; k++) trace += cm.counts.data[k * cm.counts.cols + k];
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    expect(trace, "trace of the confusion matrix = correct predictions").toBe(same);
    expect(accuracyScore(a, b), "accuracy of 500 random labels").toBe(same / 500);
    expect(
      cm.counts.data.reduce((s, v) => s + v, 0),
      "the counts add up to n",
    ).toBe(500);
  });

  test("bad input: lengths differ → ShapeError; empty, NaN, 1.5 or a label outside `labels` → InvalidArgument", () => {
    expectThrows(() => accuracyScore([0, 1], [0]), ShapeError, "accuracyScore, 2 labels vs 1");
    expectThrows(() => confusionMatrix([0, 1], [0]), ShapeError, "confusionMatrix, 2 labels vs 1");
    expectThrows(() => accuracyScore([], []), InvalidArgument, "accuracyScore([], [])");
    expectThrows(() => confusionMatrix([], []), InvalidArgument, "confusionMatrix([], [])");
    expectThrows(() => accuracyScore([0, Number.NaN], [0, 1]), InvalidArgument, "a NaN label");
    expectThrows(() => accuracyScore([0, 1], [0, Number.NaN]), InvalidArgument, "a NaN prediction");
    expectThrows(() => confusionMatrix([0, 1.5], [0, 1]), InvalidArgument, "the label 1.5");
    expectThrows(
      () => confusionMatrix([0, 1, 2], [0, 1, 1], [0, 1]),
      InvalidArgument,
      "label 2 not in [0, 1]",
    );
    expectThrows(() => confusionMatrix([0, 1], [0, 1], [0, 1, 0]), InvalidArgument, "labels repeat");
  });
});

describe("2. Precision, recall and F1", () => {
  test("binary: tp 2, fp 1, fn 3 → precision 2/3, recall 2/5, F1 1/2; posLabel picks the positive class", () => {
    const yTrue = [1, 1, 0, 0, 1, 0, 1, 1];
    const yPred = [1, 0, 1, 0, 1, 0, 0, 0];
    // tp 2, fp 1, fn 3: P = 2/3, R = 2/5, F1 = 2·2/(2·2 + 1 + 3) = 1/2.
    expectScores(precisionRecallF1(yTrue, yPred), [2 / 3, 2 / 5, 1 / 2], "binary, posLabel 1 (default)");
    const c = binaryCountsOf(yTrue, yPred);
    const trusted = precisionRecallF1Of(c);
    expectScores(
      precisionRecallF1(yTrue, yPred, { average: "binary", posLabel: 1 }),
      [trusted.precision, trusted.recall, trusted.f1],
      "binary, counted",
    );
    // Class 0 as the positive: tp 2, fp 3, fn 1.
    expectScores(precisionRecallF1(yTrue, yPred, { posLabel: 0 }), [2 / 5, 2 / 3, 1 / 2], "posLabel 0");
    expectScores(
      precisionRecallF1([-1, 1, 1, -1], [-1, 1, -1, -1], { posLabel: -1 }),
      [2 / 3, 1, 0.8],
      "labels −1/1, posLabel −1",
    );
  });

  test("per class: precision tp/predicted, recall tp/true, F1 from each class's own P and R, support", () => {
    // scikit-learn: precision_recall_fscore_support(Y_TRUE, Y_PRED, average=None, zero_division=0)
    const s = perClassScores(Y_TRUE, Y_PRED);
    expect(Array.from(s.labels), "labels").toEqual([0, 1, 2]);
    expect(Array.from(s.support), "support").toEqual([7, 2, 1]);
    const expected = {
      precision: [0.75, 0.5, 0],
      recall: [6 / 7, 0.5, 0],
      f1: [0.8, 0.5, 0],
    };
    for (const key of ["precision", "recall", "f1"] as const) {
      expected[key].forEach((v, c) => {
        expect(s[key][c], `${key} of class ${c}`).toBeCloseTo(v, DIGITS);
      });
    }
  });

  test("zero division: a class never predicted has precision 0 by default, 1 with zeroDivision: 1 — never NaN", () => {
    const zero = perClassScores(Y_TRUE, Y_PRED, { zeroDivision: 0 });
    const one = perClassScores(Y_TRUE, Y_PRED, { zeroDivision: 1 });
    expect(zero.precision[2], "precision of class 2 (never predicted), zeroDivision 0").toBe(0);
    expect(one.precision[2], "precision of class 2 (never predicted), zeroDivision 1").toBe(1);
    // Its recall is 0/1 = 0, not a 0/0: F1 = 2·1·0/(1 + 0) = 0 either way.
    expect(one.f1[2], "F1 of class 2, zeroDivision 1").toBe(0);
    // The always-no detector: never predicts the positive class.
    const never = precisionRecallF1([0, 1, 0, 0, 1, 0, 0, 0, 1, 0], new Array(10).fill(0));
    expect([never.precision, never.recall, never.f1], "always no: [P, R, F1]").toEqual([0, 0, 0]);
    // No positive at all, none predicted: P, R and F1 are all 0/0.
    expect(
      precisionRecallF1([0, 0, 0], [0, 0, 0], { zeroDivision: 1 }),
      "all negative, zeroDivision 1",
    ).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(precisionRecallF1([0, 0, 0], [0, 0, 0]), "all negative, zeroDivision 0").toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  test("macro, micro and weighted averages (scikit-learn)", () => {
    const cases: [Average, 0 | 1, [number, number, number]][] = [
      ["macro", 0, [0.4166666666666667, 0.4523809523809524, 0.4333333333333333]],
      ["micro", 0, [0.7, 0.7, 0.7]],
      ["weighted", 0, [0.625, 0.7, 0.6599999999999999]],
      ["macro", 1, [0.75, 0.4523809523809524, 0.4333333333333333]],
      ["weighted", 1, [0.725, 0.7, 0.6599999999999999]],
    ];
    for (const [average, zeroDivision, expected] of cases) {
      expectScores(
        precisionRecallF1(Y_TRUE, Y_PRED, { average, zeroDivision }),
        expected,
        `${average}, zeroDivision ${zeroDivision}`,
      );
    }
  });

  test("macro F1 is the mean of the per-class F1s, not the F1 of the mean precision and mean recall", () => {
    const macro = precisionRecallF1(Y_TRUE, Y_PRED, { average: "macro" });
    const ofMeans = (2 * macro.precision * macro.recall) / (macro.precision + macro.recall);
    expect(macro.f1, "macro F1 (mean of 0.8, 0.5, 0)").toBeCloseTo(0.4333333333333333, DIGITS);
    expect(Math.abs(macro.f1 - ofMeans), "|macro F1 − F1(macro P, macro R)| = 4.6e-4").toBeGreaterThan(1e-4);
  });

  test("micro-averaged P, R and F1 all equal the accuracy when every sample has one label", () => {
    const rng = new Rng(2);
    const a = Int32Array.from({ length: 300 }, () => rng.int(0, 5));
    const b = Int32Array.from({ length: 300 }, (_, i) => (rng.uniform() < 0.5 ? a[i] : rng.int(0, 5)));
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    expectScores(
      precisionRecallF1(a, b, { average: "micro" }),
      [same / 300, same / 300, same / 300],
      "micro",
    );
  });

  test("bad input: 'binary' on three labels, an absent posLabel, an unknown average or zeroDivision → InvalidArgument", () => {
    expectThrows(
      () => precisionRecallF1(Y_TRUE, Y_PRED),
      InvalidArgument,
      "average 'binary' with labels 0, 1, 2",
    );
    expectThrows(
      () => precisionRecallF1([3, 5, 3], [5, 5, 3], { posLabel: 1 }),
      InvalidArgument,
      "posLabel 1 with labels 3 and 5",
    );
    expectThrows(
      () => precisionRecallF1([0, 1], [0, 1], { average: "mean" as Average }),
      InvalidArgument,
      "average 'mean'",
    );
    expectThrows(
      () => precisionRecallF1([0, 1], [0, 1], { zeroDivision: 2 as 0 }),
      InvalidArgument,
      "zeroDivision 2",
    );
    expectThrows(() => perClassScores([0, 1], [0, 1, 1]), ShapeError, "perClassScores, 2 labels vs 3");
    expectThrows(() => precisionRecallF1([], []), InvalidArgument, "precisionRecallF1([], [])");
    expectThrows(() => perClassScores([0, Number.NaN], [0, 1]), InvalidArgument, "a NaN label");
  });
});
