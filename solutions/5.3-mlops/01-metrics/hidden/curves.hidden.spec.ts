/**
 * Hidden specs for 5.3.1, tasks 3 and 4: every ranking fixture of scikit-learn 1.2.1
 * (golden/metrics.json: roc_curve with drop_intermediate False and True, roc_auc_score,
 * precision_recall_curve, average_precision_score, auc), and large random cases with many ties
 * against lib/testing's independent computations. Points within 1e-12, thresholds exact.
 */
import {
  auc,
  averagePrecisionScore,
  precisionRecallCurve,
  rocAucScore,
  rocCurve,
} from "@exercise/5.3-mlops/01-metrics/metrics";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { averagePrecisionOf, expectThrows, rankedCountsOf, rocAucOf } from "../../../../lib/testing";
import { type Curve, expectAllClose, golden, TOLERANCE } from "./golden";

const cases = golden.ranking;

function tiedScores(seed: number, n: number, levels: number): { y: Int32Array; s: Float64Array } {
  const rng = new Rng(seed);
  const y = Int32Array.from({ length: n }, () => (rng.uniform() < 0.1 ? 1 : 0));
  y[0] = 1;
  y[1] = 0;
  const s = Float64Array.from(y, (v) => Math.floor((rng.uniform() * 0.8 + 0.2 * v) * levels) / levels);
  return { y, s };
}

describe("3. ROC curve and AUC", () => {
  test(`scikit-learn's roc_curve (drop_intermediate False and True) of ${cases.length} cases; undefined → InvalidArgument`, () => {
    for (const c of cases) {
      for (const [options, expected] of [
        [{}, c.roc],
        [{ dropIntermediate: true }, c.rocDropIntermediate],
      ] as const) {
        const what = `${c.name}${options.dropIntermediate ? ", dropIntermediate" : ""}`;
        if ("undefined" in expected) {
          expectThrows(() => rocCurve(c.yTrue, c.scores, options), InvalidArgument, what);
          continue;
        }
        const roc = rocCurve(c.yTrue, c.scores, options);
        expect(Array.from(roc.thresholds), `${what}: thresholds`).toEqual((expected as Curve).thresholds);
        expectAllClose(roc.fpr, (expected as Curve).fpr, `${what}: fpr`);
        expectAllClose(roc.tpr, (expected as Curve).tpr, `${what}: tpr`);
      }
    }
  });

  test(`scikit-learn's roc_auc_score of ${cases.length} cases; one class only → InvalidArgument`, () => {
    for (const c of cases) {
      if (typeof c.rocAuc !== "number") {
        expectThrows(() => rocAucScore(c.yTrue, c.scores), InvalidArgument, c.name);
        continue;
      }
      expect(
        Math.abs(rocAucScore(c.yTrue, c.scores) - c.rocAuc),
        `${c.name}: |AUC − ${c.rocAuc}|`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  test("scikit-learn's auc on increasing, decreasing and repeated x; x going both ways → InvalidArgument", () => {
    for (const c of golden.auc) {
      if (c.error !== undefined) {
        expectThrows(() => auc(c.x, c.y), InvalidArgument, c.name);
        continue;
      }
      expect(
        Math.abs(auc(c.x, c.y) - (c.area as number)),
        `${c.name}: |area − ${c.area}|`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  test("20 000 samples on 50 score levels (heavy ties): AUC = the Mann–Whitney count, one point per level", () => {
    const { y, s } = tiedScores(21, 20_000, 50);
    const ranked = rankedCountsOf(y, s);
    const roc = rocCurve(y, s);
    expect(roc.fpr.length, "points: one per distinct score, plus (0, 0)").toBe(ranked.thresholds.length + 1);
    expectAllClose(
      roc.tpr,
      [0, ...Array.from(ranked.tp, (t) => t / ranked.positives)],
      "tpr from the counts at each distinct score",
    );
    expectAllClose(
      roc.fpr,
      [0, ...Array.from(ranked.fp, (f) => f / ranked.negatives)],
      "fpr from the counts at each distinct score",
    );
    expect(Math.abs(rocAucScore(y, s) - rocAucOf(y, s)), "|AUC − Mann–Whitney|").toBeLessThanOrEqual(
      TOLERANCE,
    );
    const light = rocCurve(y, s, { dropIntermediate: true });
    expect(
      Math.abs(auc(light.fpr, light.tpr) - rocAucOf(y, s)),
      "area of the light curve",
    ).toBeLessThanOrEqual(TOLERANCE);
  });

  test("inputs are not modified, and the order of the samples does not matter", () => {
    const { y, s } = tiedScores(22, 300, 20);
    const before = Array.from(s);
    const auc1 = rocAucScore(y, s);
    expect(Array.from(s), "scores after rocAucScore").toEqual(before);
    const rng = new Rng(23);
    const p = rng.permutation(300);
    const y2 = Int32Array.from(p, (i) => y[i]);
    const s2 = Float64Array.from(p, (i) => s[i]);
    expect(rocAucScore(y2, s2), "AUC of the shuffled samples").toBeCloseTo(auc1, 12);
    expect(Array.from(rocCurve(y2, s2).thresholds), "thresholds of the shuffled samples").toEqual(
      Array.from(rocCurve(y, s).thresholds),
    );
  });
});

describe("4. Precision–recall curve and average precision", () => {
  test(`scikit-learn's precision_recall_curve of ${cases.length} cases (no positives: recall 1)`, () => {
    for (const c of cases) {
      const pr = precisionRecallCurve(c.yTrue, c.scores);
      expect(Array.from(pr.thresholds), `${c.name}: thresholds`).toEqual(c.pr.thresholds);
      expectAllClose(pr.precision, c.pr.precision, `${c.name}: precision`);
      expectAllClose(pr.recall, c.pr.recall, `${c.name}: recall`);
    }
  });

  test(`scikit-learn's average_precision_score of ${cases.length} cases — and it is not the trapezoid area`, () => {
    for (const c of cases) {
      const ap = averagePrecisionScore(c.yTrue, c.scores);
      expect(
        Math.abs(ap - c.averagePrecision),
        `${c.name}: |AP − ${c.averagePrecision}|`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }
    const ties = cases.find((c) => c.name === "imbalanced-large-scores");
    expect(
      Math.abs((ties?.averagePrecision ?? 0) - (ties?.trapezoidPrArea ?? 0)),
      "AP vs trapezoid on the imbalanced case",
    ).toBeGreaterThan(0.01);
  });

  test("20 000 samples on 50 score levels: AP = the sum over the positives; the curve has one point per level", () => {
    const { y, s } = tiedScores(24, 20_000, 50);
    const ranked = rankedCountsOf(y, s);
    const pr = precisionRecallCurve(y, s);
    expect(pr.thresholds.length, "thresholds").toBe(ranked.thresholds.length);
    expect(Array.from(pr.thresholds), "ascending distinct scores").toEqual(
      Array.from(ranked.thresholds).reverse(),
    );
    expect(
      Math.abs(averagePrecisionScore(y, s) - averagePrecisionOf(y, s)),
      "|AP − trusted|",
    ).toBeLessThanOrEqual(TOLERANCE);
  });
});
