/**
 * Public specs for 5.3.1, task 6: an "is this digit a 5?" detector on MNIST, where about 9% of
 * the images are fives. Run them with
 *
 *     npm test exercises/5.3-mlops/01-metrics
 *
 * The detector is given (detector.given.ts); you choose its threshold and report its metrics.
 * Every figure recorded here is computed by the spec with lib/testing's metrics from the labels,
 * the scores and the threshold your chooseThreshold returned — and your detectorReport must
 * agree with it (12 decimal places). The last test writes the two charts to
 * `.course/plots/mnist-five-detector/` as SVG and PNG: open them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import type { VegaLiteSpec } from "../../../lib/plot";
import {
  averagePrecisionOf,
  binaryCountsOf,
  expectThrows,
  logLossOf,
  precisionRecallF1Of,
  rankedCountsOf,
  readLearnerFile,
  recordMetric,
  rocAucOf,
  thresholdedOf,
} from "../../../lib/testing";
import { chooseThreshold, detectorCharts, detectorReport, writeDetectorCharts } from "./detector";
import { CHART_NAMES, type DetectorReport, type FiveDetector, fiveDetector, SERIES } from "./detector.given";

const DIGITS = 12;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let detector: FiveDetector;
beforeAll(async () => {
  detector = await fiveDetector();
}, 60_000);

/** Every figure of a report, computed here; the learner's report must match it. */
function trustedReport(labels: Int32Array, scores: ArrayLike<number>, threshold: number) {
  const counts = binaryCountsOf(labels, thresholdedOf(scores, threshold), "detector");
  return {
    counts,
    accuracy: (counts.tp + counts.tn) / labels.length,
    ...precisionRecallF1Of(counts),
    rocAuc: rocAucOf(labels, scores),
    averagePrecision: averagePrecisionOf(labels, scores),
    logLoss: logLossOf(labels, scores),
  };
}

function expectReport(report: DetectorReport, trusted: ReturnType<typeof trustedReport>, what: string): void {
  const c = trusted.counts;
  expect(Array.from(report.confusion.labels), `${what}: confusion labels`).toEqual([0, 1]);
  expect(Array.from(report.confusion.counts.data), `${what}: confusion [tn, fp, fn, tp]`).toEqual([
    c.tn,
    c.fp,
    c.fn,
    c.tp,
  ]);
  for (const key of [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "rocAuc",
    "averagePrecision",
    "logLoss",
  ] as const) {
    expect(report[key], `${what}: ${key}`).toBeCloseTo(trusted[key], DIGITS);
  }
}

/** The highest F1 of "score ≥ t" over every distinct score t. */
function bestF1(labels: Int32Array, scores: Float64Array): number {
  const { tp, fp, positives } = rankedCountsOf(labels, scores, "best F1");
  let best = 0;
  for (let k = 0; k < tp.length; k++) best = Math.max(best, (2 * tp[k]) / (tp[k] + fp[k] + positives));
  return best;
}

/** The inline data rows of a chart. */
function rows(spec: VegaLiteSpec, what: string): { series: string; x: number; y: number; i: number }[] {
  const values = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(values))
    return expect.fail(`${what}: the spec has no data.values (build it with curveChart)`);
  return values as { series: string; x: number; y: number; i: number }[];
}

describe("6. Is this digit a 5? An imbalanced detector", () => {
  test("always answering 'no' scores 91% accuracy on the MNIST test set — and finds no five at all", (ctx) => {
    const { labels } = detector.test;
    const zeros = new Float64Array(labels.length); // P(5) = 0 for every image
    const report = detectorReport(labels, zeros, 0.5);
    const trusted = trustedReport(labels, zeros, 0.5);
    expectReport(report, trusted, "always no");
    recordMetric(ctx, "mnist5.always-no.accuracy", trusted.accuracy, "accuracy");
    recordMetric(ctx, "mnist5.always-no.recall", trusted.recall, "recall");
    // 892 of the 10 000 test digits are fives.
    expect(trusted.accuracy, "accuracy of always-no").toBeCloseTo(0.9108, 4);
    expect(
      [report.recall, report.precision, report.f1],
      "always no: [recall, precision (0/0 → 0), F1]",
    ).toEqual([0, 0, 0]);
    expect(report.rocAuc, "AUC of constant scores").toBe(0.5);
    expect(report.averagePrecision, "AP of constant scores = the prevalence").toBeCloseTo(0.0892, DIGITS);
  });

  test("chooseThreshold finds the threshold with the best F1 on the validation images", (ctx) => {
    const { labels, scores } = detector.validation;
    const t = chooseThreshold(labels, scores);
    expect(Number.isFinite(t), `threshold ${t} is finite`).toBe(true);
    const f1 = precisionRecallF1Of(binaryCountsOf(labels, thresholdedOf(scores, t))).f1;
    recordMetric(ctx, "mnist5.detector.validation-f1", f1, "F1");
    recordMetric(ctx, "mnist5.detector.threshold", t);
    expect(f1, `validation F1 at your threshold ${t} vs the best over all thresholds`).toBeCloseTo(
      bestF1(labels, scores),
      DIGITS,
    );
  });

  test("the detector on the test images at that threshold: precision, recall, F1, AUC and AP tell the truth", (ctx) => {
    const t = chooseThreshold(detector.validation.labels, detector.validation.scores);
    const { labels, scores } = detector.test;
    const report = detectorReport(labels, scores, t);
    const trusted = trustedReport(labels, scores, t);
    expect(report.threshold, "report.threshold").toBe(t);
    expectReport(report, trusted, "detector");
    recordMetric(ctx, "mnist5.detector.test-f1", trusted.f1, "F1");
    recordMetric(ctx, "mnist5.detector.test-precision", trusted.precision, "precision");
    recordMetric(ctx, "mnist5.detector.test-recall", trusted.recall, "recall");
    recordMetric(ctx, "mnist5.detector.test-accuracy", trusted.accuracy, "accuracy");
    recordMetric(ctx, "mnist5.detector.test-roc-auc", trusted.rocAuc, "AUC");
    recordMetric(ctx, "mnist5.detector.test-average-precision", trusted.averagePrecision, "AP");
    recordMetric(ctx, "mnist5.detector.test-log-loss", trusted.logLoss, "nats");
    // The detector's accuracy (0.974) is only 6 points above always-no (0.911); its recall (0.82) is not 0.
    expect(trusted.recall, "test recall").toBeGreaterThan(0.7);
    expect(trusted.rocAuc, "test AUC").toBeGreaterThan(0.95);
  });

  test("detectorCharts: the ROC corners and the PR curve as data, the chosen threshold's point marked", () => {
    const { labels, scores } = detector.test;
    const t = 0.5;
    const charts = detectorCharts(labels, scores, t);
    expect(Object.keys(charts).sort(), "one spec per chart name").toEqual([...CHART_NAMES].sort());
    const c = binaryCountsOf(labels, thresholdedOf(scores, t));
    const { precision, recall } = precisionRecallF1Of(c);
    const fpr = c.fp / (c.fp + c.tn);

    const roc = rows(charts.roc, "roc");
    const rocCurve = roc.filter((r) => r.series === SERIES.curve);
    const ranked = rankedCountsOf(labels, scores);
    expect(rocCurve.length, "ROC corners: far fewer than the 10 001 points of the full curve").toBeLessThan(
      2000,
    );
    expect([rocCurve[0].x, rocCurve[0].y], "the ROC curve starts at (0, 0)").toEqual([0, 0]);
    expect([rocCurve.at(-1)?.x, rocCurve.at(-1)?.y], "the ROC curve ends at (1, 1)").toEqual([1, 1]);
    // Every corner is a point of the full curve: (fp/negatives, tp/positives) at some threshold.
    const points = new Set(Array.from(ranked.tp, (tp, k) => `${ranked.fp[k]}/${tp}`));
    points.add("0/0");
    for (const r of rocCurve) {
      const key = `${Math.round(r.x * ranked.negatives)}/${Math.round(r.y * ranked.positives)}`;
      expect(points.has(key), `ROC point (${r.x}, ${r.y}) lies on the curve`).toBe(true);
    }
    const rocMark = roc.filter((r) => r.series === SERIES.threshold);
    expect(rocMark.length, "one marked point on the ROC chart").toBe(1);
    expect(rocMark[0].x, "marked fpr").toBeCloseTo(fpr, DIGITS);
    expect(rocMark[0].y, "marked tpr").toBeCloseTo(recall, DIGITS);

    const pr = rows(charts["precision-recall"], "precision-recall");
    const prCurve = pr.filter((r) => r.series === SERIES.curve);
    expect(prCurve.length, "one point per distinct score, plus (recall 0, precision 1)").toBe(
      ranked.thresholds.length + 1,
    );
    expect([prCurve.at(-1)?.x, prCurve.at(-1)?.y], "the PR curve ends at (recall 0, precision 1)").toEqual([
      0, 1,
    ]);
    const prMark = pr.filter((r) => r.series === SERIES.threshold);
    expect(prMark.length, "one marked point on the PR chart").toBe(1);
    expect(prMark[0].x, "marked recall").toBeCloseTo(recall, DIGITS);
    expect(prMark[0].y, "marked precision").toBeCloseTo(precision, DIGITS);
    const level = pr.filter((r) => r.series === SERIES.reference).map((r) => r.y);
    expect(level.length, "the prevalence line has two points").toBe(2);
    for (const y of level)
      expect(y, "the prevalence level").toBeCloseTo((c.tp + c.fn) / labels.length, DIGITS);
  });

  test("writeDetectorCharts writes roc and precision-recall as SVG and PNG", async () => {
    const { labels, scores } = detector.test;
    const t = chooseThreshold(detector.validation.labels, detector.validation.scores);
    const dir = fileURLToPath(new URL("../../../.course/plots/mnist-five-detector/", import.meta.url));
    const out = await writeDetectorCharts(labels, scores, t, dir);
    for (const name of CHART_NAMES) {
      const files = out[name];
      expect(files, `the files of ${name}`).toBeDefined();
      expect([path.basename(files.svg), path.basename(files.png)], `the files of ${name}`).toEqual([
        `${name}.svg`,
        `${name}.png`,
      ]);
      // readLearnerFile: only a regular file inside dir (a returned path could name a hidden spec).
      expect(readLearnerFile(files.svg, dir, "utf8"), `${name}.svg`).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(
        Array.from(readLearnerFile(files.png, dir).subarray(0, 8)),
        `${name}.png starts with the PNG signature`,
      ).toEqual(PNG_SIGNATURE);
    }
  });

  test("bad input: a NaN threshold, no five among the labels → InvalidArgument", () => {
    expectThrows(() => detectorReport([0, 1], [0.2, 0.7], Number.NaN), InvalidArgument, "threshold NaN");
    expectThrows(() => chooseThreshold([0, 0, 0], [0.2, 0.7, 0.4]), InvalidArgument, "no positive label");
    expectThrows(() => chooseThreshold([0, 2, 1], [0.2, 0.7, 0.4]), InvalidArgument, "the label 2");
  });
});
