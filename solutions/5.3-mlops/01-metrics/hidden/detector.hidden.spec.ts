/**
 * Hidden specs for 5.3.1, task 6: chooseThreshold's tie rule and other validation sets, the
 * detector's report at several thresholds and on the "always yes" baseline (every figure
 * computed here from labels, scores and threshold), and the chart data of a small case.
 */
import { chooseThreshold, detectorCharts, detectorReport } from "@exercise/5.3-mlops/01-metrics/detector";
import { type FiveDetector, fiveDetector, SERIES } from "@exercise/5.3-mlops/01-metrics/detector.given";
import { beforeAll, describe, expect, test } from "vitest";
import type { VegaLiteSpec } from "../../../../lib/plot";
import { Rng } from "../../../../lib/rng";
import {
  averagePrecisionOf,
  binaryCountsOf,
  logLossOf,
  precisionRecallF1Of,
  rankedCountsOf,
  recordMetric,
  rocAucOf,
  thresholdedOf,
} from "../../../../lib/testing";

let detector: FiveDetector;
beforeAll(async () => {
  detector = await fiveDetector();
}, 60_000);

function f1At(labels: ArrayLike<number>, scores: ArrayLike<number>, t: number): number {
  return precisionRecallF1Of(binaryCountsOf(labels, thresholdedOf(scores, t))).f1;
}

function bestF1(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { tp, fp, positives } = rankedCountsOf(labels, scores);
  let best = 0;
  for (let k = 0; k < tp.length; k++) best = Math.max(best, (2 * tp[k]) / (tp[k] + fp[k] + positives));
  return best;
}

function rows(spec: VegaLiteSpec): { series: string; x: number; y: number; i: number }[] {
  return ((spec as { data?: { values?: unknown } }).data?.values ?? []) as {
    series: string;
    x: number;
    y: number;
    i: number;
  }[];
}

describe("6. Is this digit a 5? An imbalanced detector", () => {
  test("chooseThreshold: on a tie in F1 the highest threshold; a threshold is one of the scores", () => {
    // t = 0.8 → tp 1, fp 0, fn 1: F1 2/3; t = 0.4 → tp 2, fp 2, fn 0: F1 2/3; t = 0.6 → tp 1, fp 1: F1 1/2.
    const labels = [1, 0, 1, 0, 0];
    const scores = [0.8, 0.6, 0.4, 0.4, 0.1];
    expect(chooseThreshold(labels, scores), "the higher of two thresholds with F1 2/3").toBe(0.8);
    expect(chooseThreshold([0, 1, 1], [0.3, 0.3, 0.3]), "all tied: the only threshold").toBe(0.3);
  });

  test("chooseThreshold on 5 random subsets of the validation images reaches the best F1 of each", () => {
    const { labels, scores } = detector.validation;
    const rng = new Rng(41);
    for (let r = 0; r < 5; r++) {
      const idx = Array.from({ length: 1500 }, () => rng.int(0, labels.length));
      const y = Int32Array.from(idx, (i) => labels[i]);
      const s = Float64Array.from(idx, (i) => Math.round(scores[i] * 50) / 50); // ties on purpose
      const t = chooseThreshold(y, s);
      expect(f1At(y, s, t), `subset ${r}: F1 at ${t}`).toBeCloseTo(bestF1(y, s), 12);
      expect(s.includes(t), `subset ${r}: threshold ${t} is one of the scores`).toBe(true);
    }
  });

  test("the report at thresholds 0.1, 0.5, 0.9 and at the 'always yes' threshold 0 equals the counts'", (ctx) => {
    const { labels, scores } = detector.test;
    const auc = rocAucOf(labels, scores);
    const ap = averagePrecisionOf(labels, scores);
    const loss = logLossOf(labels, scores);
    for (const t of [0.1, 0.5, 0.9, 0]) {
      const report = detectorReport(labels, scores, t);
      const c = binaryCountsOf(labels, thresholdedOf(scores, t));
      const s = precisionRecallF1Of(c);
      const what = `threshold ${t}`;
      expect(Array.from(report.confusion.counts.data), `${what}: [tn, fp, fn, tp]`).toEqual([
        c.tn,
        c.fp,
        c.fn,
        c.tp,
      ]);
      expect(report.accuracy, `${what}: accuracy`).toBeCloseTo((c.tp + c.tn) / labels.length, 12);
      expect(report.precision, `${what}: precision`).toBeCloseTo(s.precision, 12);
      expect(report.recall, `${what}: recall`).toBeCloseTo(s.recall, 12);
      expect(report.f1, `${what}: F1`).toBeCloseTo(s.f1, 12);
      expect(report.rocAuc, `${what}: AUC`).toBeCloseTo(auc, 12);
      expect(report.averagePrecision, `${what}: AP`).toBeCloseTo(ap, 12);
      expect(report.logLoss, `${what}: log loss`).toBeCloseTo(loss, 12);
      if (t === 0) {
        recordMetric(ctx, "mnist5.always-yes.precision", s.precision, "precision");
        expect([s.recall, report.recall], "always yes: recall 1").toEqual([1, 1]);
      }
    }
  });

  test("the charts of a small case: the ROC corners, the full PR curve, the marked point and the references", () => {
    const labels = [1, 1, 1, 0, 0, 1, 1, 0, 0, 0];
    const scores = [0.95, 0.9, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
    const charts = detectorCharts(labels, scores, 0.5);
    const pick = (spec: VegaLiteSpec, series: string) =>
      rows(spec)
        .filter((r) => r.series === series)
        .sort((a, b) => a.i - b.i)
        .map((r) => [r.x, r.y]);
    // scikit-learn: roc_curve(…, drop_intermediate=True) keeps fpr [0, 0, 0, .4, .4, 1], tpr [0, .2, .6, .6, 1, 1].
    const roc = pick(charts.roc, SERIES.curve);
    const expectedRoc = [
      [0, 0],
      [0, 0.2],
      [0, 0.6],
      [0.4, 0.6],
      [0.4, 1],
      [1, 1],
    ];
    expect(roc.length, "ROC corners").toBe(expectedRoc.length);
    roc.forEach(([x, y], k) => {
      expect(x, `ROC point ${k}: fpr`).toBeCloseTo(expectedRoc[k][0], 12);
      expect(y, `ROC point ${k}: tpr`).toBeCloseTo(expectedRoc[k][1], 12);
    });
    // t = 0.5: tp 4, fp 2, fn 1 → fpr 2/5, tpr 4/5, precision 2/3.
    const rocMark = pick(charts.roc, SERIES.threshold);
    expect(rocMark.length, "one ROC marker").toBe(1);
    expect(rocMark[0][0], "marked fpr").toBeCloseTo(0.4, 12);
    expect(rocMark[0][1], "marked tpr").toBeCloseTo(0.8, 12);
    const diagonal = pick(charts.roc, SERIES.reference);
    expect(diagonal, "the diagonal").toEqual([
      [0, 0],
      [1, 1],
    ]);
    const pr = pick(charts["precision-recall"], SERIES.curve);
    expect(pr.length, "PR points: 10 thresholds + (0, 1)").toBe(11);
    expect(pr[0][0], "first PR point: recall 1").toBe(1);
    expect(pr[0][1], "first PR point: precision 0.5").toBeCloseTo(0.5, 12);
    expect(pr[10], "last PR point").toEqual([0, 1]);
    const prMark = pick(charts["precision-recall"], SERIES.threshold);
    expect(prMark.length, "one PR marker").toBe(1);
    expect(prMark[0][0], "marked recall").toBeCloseTo(0.8, 12);
    expect(prMark[0][1], "marked precision").toBeCloseTo(2 / 3, 12);
  });
});
