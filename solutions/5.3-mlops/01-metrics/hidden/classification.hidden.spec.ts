/**
 * Hidden specs for 5.3.1, tasks 1 and 2: every classification fixture of scikit-learn 1.2.1
 * (golden/metrics.json: confusion matrices, accuracy, per-class and averaged precision, recall
 * and F1 with zero_division 0 and 1, the errors of "binary"), and larger random cases against
 * counts made here. Counts are compared exactly, scores within 1e-12 (golden.ts).
 */
import {
  accuracyScore,
  confusionMatrix,
  perClassScores,
  precisionRecallF1,
} from "@exercise/5.3-mlops/01-metrics/metrics";
import type { Average } from "@exercise/5.3-mlops/01-metrics/metrics.given";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { binaryCountsOf, expectThrows, precisionRecallF1Of } from "../../../../lib/testing";
import { expectAllClose, golden, TOLERANCE, type Triple } from "./golden";

const cases = golden.classification;

function rowsOf(cm: { counts: { data: Float64Array; rows: number; cols: number } }): number[][] {
  const { data, rows, cols } = cm.counts;
  return Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));
}

describe("1. Confusion matrix and accuracy", () => {
  test(`scikit-learn's confusion matrices and accuracies of ${cases.length} cases (edge cases included)`, () => {
    for (const c of cases) {
      const cm = c.confusion.explicit
        ? confusionMatrix(c.yTrue, c.yPred, c.confusion.labels)
        : confusionMatrix(c.yTrue, c.yPred);
      expect(Array.from(cm.labels), `${c.name}: labels`).toEqual(c.confusion.labels);
      expect(rowsOf(cm), `${c.name}: counts`).toEqual(c.confusion.counts);
      expect(accuracyScore(c.yTrue, c.yPred), `${c.name}: accuracy`).toBeCloseTo(c.accuracy, 12);
    }
  });

  test("20 000 random labels of 12 classes with labels up to 1 000: counts equal a direct tally", () => {
    const rng = new Rng(11);
    const names = Int32Array.from({ length: 12 }, (_, k) => k * k * 7 - 30); // −30 … 817, not in string order
    const a = Int32Array.from({ length: 20_000 }, () => names[rng.int(0, 12)]);
    const b = Int32Array.from(a, (v) => (rng.uniform() < 0.7 ? v : names[rng.int(0, 12)]));
    const cm = confusionMatrix(a, b);
    expect(Array.from(cm.labels), "labels ascending as numbers").toEqual(Array.from(names));
    const index = new Map(Array.from(names, (v, k) => [v, k]));
    const tally = new Float64Array(144);
    let same = 0;
    for (let i = 0; i < a.length; i++) {
      tally[(index.get(a[i]) as number) * 12 + (index.get(b[i]) as number)]++;
      if (a[i] === b[i]) same++;
    }
    expect(Array.from(cm.counts.data), "counts").toEqual(Array.from(tally));
    expect(accuracyScore(a, b), "accuracy").toBe(same / a.length);
  });

  test("inputs are not modified; typed arrays and plain arrays give the same result", () => {
    const yTrue = Int32Array.of(3, 1, 2, 3);
    const yPred = [1, 1, 3, 3];
    const cm = confusionMatrix(yTrue, yPred);
    expect(Array.from(yTrue), "yTrue after").toEqual([3, 1, 2, 3]);
    expect(yPred, "yPred after").toEqual([1, 1, 3, 3]);
    expect(rowsOf(confusionMatrix(Array.from(yTrue), Float64Array.from(yPred))), "same counts").toEqual(
      rowsOf(cm),
    );
  });

  test("more bad input: ±Infinity, 2³¹ and empty explicit labels → InvalidArgument; a label of yPred outside labels too", () => {
    expectThrows(
      () => accuracyScore([0, Number.POSITIVE_INFINITY], [0, 1]),
      InvalidArgument,
      "an infinite label",
    );
    expectThrows(() => confusionMatrix([2 ** 31], [0]), InvalidArgument, "the label 2³¹");
    expectThrows(() => confusionMatrix([0, 1], [0, 1], []), InvalidArgument, "labels []");
    expectThrows(
      () => confusionMatrix([0, 1], [0, 5], [0, 1]),
      InvalidArgument,
      "prediction 5 not in labels",
    );
    expectThrows(() => confusionMatrix([0], [0, 1]), ShapeError, "1 label vs 2");
  });
});

describe("2. Precision, recall and F1", () => {
  test(`scikit-learn's per-class precision, recall, F1 and support of ${cases.length} cases, zero_division 0 and 1`, () => {
    for (const c of cases) {
      for (const zd of [0, 1] as const) {
        const s = perClassScores(c.yTrue, c.yPred, { zeroDivision: zd });
        const g = c.perClass[String(zd)];
        const what = `${c.name}, zeroDivision ${zd}`;
        expect(Array.from(s.labels), `${what}: labels`).toEqual(c.labels);
        expect(Array.from(s.support), `${what}: support`).toEqual(g.support);
        expectAllClose(s.precision, g.precision, `${what}: precision`);
        expectAllClose(s.recall, g.recall, `${what}: recall`);
        expectAllClose(s.f1, g.f1, `${what}: F1`);
      }
    }
  });

  test(`scikit-learn's macro, micro, weighted and binary averages of ${cases.length} cases, and its errors`, () => {
    for (const c of cases) {
      for (const zd of [0, 1] as const) {
        for (const [key, expected] of Object.entries(c.averages[String(zd)])) {
          const [average, pos] = key.split(":") as [Average, string | undefined];
          const options = {
            average,
            zeroDivision: zd,
            ...(pos === undefined ? {} : { posLabel: Number(pos) }),
          };
          const what = `${c.name}, ${key}, zeroDivision ${zd}`;
          if ("error" in expected) {
            expectThrows(() => precisionRecallF1(c.yTrue, c.yPred, options), InvalidArgument, what);
            continue;
          }
          const s = precisionRecallF1(c.yTrue, c.yPred, options);
          for (const k of ["precision", "recall", "f1"] as const) {
            expect(
              Math.abs(s[k] - (expected as Triple)[k]),
              `${what}: |${k} − ${(expected as Triple)[k]}|`,
            ).toBeLessThanOrEqual(TOLERANCE);
          }
        }
      }
    }
  });

  test("binary precision, recall and F1 of 200 random imbalanced problems equal the counts' (zeroDivision 0 and 1)", () => {
    const rng = new Rng(12);
    for (let r = 0; r < 200; r++) {
      const n = rng.int(1, 40);
      const yTrue = Int32Array.from({ length: n }, () => (rng.uniform() < 0.15 ? 1 : 0));
      const yPred = Int32Array.from({ length: n }, () => (rng.uniform() < 0.15 ? 1 : 0));
      for (const zd of [0, 1] as const) {
        const trusted = precisionRecallF1Of(binaryCountsOf(yTrue, yPred), zd);
        const s = precisionRecallF1(yTrue, yPred, { zeroDivision: zd });
        for (const k of ["precision", "recall", "f1"] as const) {
          expect(Math.abs(s[k] - trusted[k]), `problem ${r}, zeroDivision ${zd}: ${k}`).toBeLessThanOrEqual(
            TOLERANCE,
          );
        }
      }
    }
  });

  test("weighted averages weigh by the TRUE counts: a class only predicted weighs nothing", () => {
    // Class 3 is predicted twice and never true: its precision 0 and recall 0/0 do not count.
    const yTrue = [0, 0, 1, 1, 0, 1, 1, 0];
    const yPred = [0, 3, 1, 1, 3, 1, 0, 0];
    const weighted = precisionRecallF1(yTrue, yPred, { average: "weighted", zeroDivision: 1 });
    const macro = precisionRecallF1(yTrue, yPred, { average: "macro" });
    expect(weighted.recall, "weighted recall = accuracy here").toBeCloseTo(5 / 8, 12);
    expect(macro.recall, "macro recall includes class 3's recall 0").toBeCloseTo((0.5 + 0.75 + 0) / 3, 12);
  });
});
