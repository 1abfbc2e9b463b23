/**
 * Public specs for 5.3.1, tasks 3 and 4: the ROC curve and its area, the precision–recall
 * curve and average precision. Run them with
 *
 *     npm test exercises/5.3-mlops/01-metrics
 *
 * Values marked "scikit-learn" come from scikit-learn 1.2.1 (`roc_curve` with
 * `drop_intermediate=False` unless stated, `roc_auc_score`, `precision_recall_curve`,
 * `average_precision_score`, `auc`). Curve points are ratios of counts and are compared to 12
 * decimal places; thresholds are scores (or max + 1) and are compared exactly. The areas on
 * random data are compared with lib/testing's independent computations (ROC AUC as the
 * Mann–Whitney probability, average precision as a sum over the positives) to 1e-12.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { averagePrecisionOf, expectThrows, rocAucOf } from "../../../lib/testing";
import { auc, averagePrecisionScore, precisionRecallCurve, rocAucScore, rocCurve } from "./metrics";

const DIGITS = 12;

function expectClose(actual: ArrayLike<number>, expected: readonly number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((v, k) => {
    expect(actual[k], `${what}[${k}]`).toBeCloseTo(v, DIGITS);
  });
}

// The example of scikit-learn's roc_curve documentation.
const DOCS_Y = [0, 0, 1, 1];
const DOCS_S = [0.1, 0.4, 0.35, 0.8];

// Two tied pairs: 0.5 (a negative and a positive) and 0.3 (a positive and a negative).
const TIES_Y = [0, 1, 0, 1, 1, 0];
const TIES_S = [0.5, 0.5, 0.2, 0.9, 0.3, 0.3];

/** Random labels (30% positive) and informative scores with many ties (rounded to 0.05). */
function randomScores(seed: number, n: number): { y: Int32Array; s: Float64Array } {
  const rng = new Rng(seed);
  const y = Int32Array.from({ length: n }, () => (rng.uniform() < 0.3 ? 1 : 0));
  const s = Float64Array.from(y, (v) => Math.round((rng.normal() + 1.2 * v) * 20) / 20);
  return { y, s };
}

describe("3. ROC curve and AUC", () => {
  test("scikit-learn's documentation example: fpr, tpr, thresholds (the first is max + 1) and AUC 0.75", () => {
    const roc = rocCurve(DOCS_Y, DOCS_S);
    expectClose(roc.fpr, [0, 0, 0.5, 0.5, 1], "fpr");
    expectClose(roc.tpr, [0, 0.5, 0.5, 1, 1], "tpr");
    expect(Array.from(roc.thresholds), "thresholds").toEqual([1.8, 0.8, 0.4, 0.35, 0.1]);
    expect(rocAucScore(DOCS_Y, DOCS_S), "AUC").toBeCloseTo(0.75, DIGITS);
  });

  test("tied scores are ONE threshold: the curve steps diagonally through them (scikit-learn)", () => {
    const roc = rocCurve(TIES_Y, TIES_S);
    expect(Array.from(roc.thresholds), "one threshold per distinct score").toEqual([1.9, 0.9, 0.5, 0.3, 0.2]);
    expectClose(roc.fpr, [0, 0, 1 / 3, 2 / 3, 1], "fpr");
    expectClose(roc.tpr, [0, 1 / 3, 2 / 3, 1, 1], "tpr");
    // Taking the tied samples one at a time would give 1 or 0.5 for each tied pair instead of ½.
    expect(rocAucScore(TIES_Y, TIES_S), "AUC").toBeCloseTo(0.7777777777777778, DIGITS);
  });

  test("all scores tied: the diagonal from (0, 0) to (1, 1), AUC 0.5", () => {
    const roc = rocCurve([0, 1, 0, 0, 1], [0.5, 0.5, 0.5, 0.5, 0.5]);
    expectClose(roc.fpr, [0, 1], "fpr");
    expectClose(roc.tpr, [0, 1], "tpr");
    expect(Array.from(roc.thresholds), "thresholds").toEqual([1.5, 0.5]);
    expect(rocAucScore([0, 1, 0, 0, 1], [0.5, 0.5, 0.5, 0.5, 0.5]), "AUC").toBe(0.5);
  });

  test("perfect scores give AUC 1, reversed scores 0; any monotone rescaling leaves the curve unchanged", () => {
    const y = [0, 0, 1, 0, 1, 1];
    const s = [0.1, 0.2, 0.9, 0.3, 0.8, 0.7];
    expect(rocAucScore(y, s), "perfect").toBe(1);
    expect(
      rocAucScore(
        y,
        s.map((v) => -v),
      ),
      "reversed",
    ).toBe(0);
    const logits = s.map((p) => Math.log(p / (1 - p)) * 3 + 7);
    expect(Array.from(rocCurve(y, logits).tpr), "tpr of rescaled scores").toEqual(
      Array.from(rocCurve(y, s).tpr),
    );
  });

  test("dropIntermediate keeps the corners only (scikit-learn's drop_intermediate=True), with the same area", () => {
    const y = [1, 1, 1, 0, 0, 1, 1, 0, 0, 0];
    const s = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const full = rocCurve(y, s);
    expect(full.fpr.length, "one point per distinct score, plus (0, 0)").toBe(11);
    const light = rocCurve(y, s, { dropIntermediate: true });
    expect(Array.from(light.thresholds), "thresholds").toEqual([11, 10, 8, 6, 4, 1]);
    expectClose(light.fpr, [0, 0, 0, 0.4, 0.4, 1], "fpr");
    expectClose(light.tpr, [0, 0.2, 0.6, 0.6, 1, 1], "tpr");
    expect(auc(light.fpr, light.tpr), "area of the light curve").toBeCloseTo(auc(full.fpr, full.tpr), DIGITS);
    expect(auc(full.fpr, full.tpr), "area").toBeCloseTo(0.84, DIGITS);
  });

  test("auc: the trapezoid rule, for increasing or decreasing x (scikit-learn's auc)", () => {
    expect(auc([0, 0.1, 0.4, 1], [0, 0.5, 0.8, 1]), "increasing x").toBeCloseTo(0.76, DIGITS);
    expect(auc([1, 0.6, 0.25, 0], [1, 0.9, 0.3, 0.2]), "decreasing x").toBeCloseTo(0.6525, DIGITS);
    expect(auc([2, 5], [1, 3]), "one trapezoid").toBe(6);
    expectThrows(() => auc([0, 0.5, 0.3, 1], [0, 1, 1, 1]), InvalidArgument, "x goes up and down");
    expectThrows(() => auc([0], [1]), InvalidArgument, "a single point");
    expectThrows(() => auc([0, 1], [1]), ShapeError, "2 x values, 1 y value");
  });

  test("rocAucScore is the probability that a positive outscores a negative (ties ½), on 2 000 random samples", () => {
    const { y, s } = randomScores(3, 2000);
    expect(rocAucScore(y, s), "AUC vs the Mann–Whitney count").toBeCloseTo(rocAucOf(y, s), DIGITS);
  });

  test("bad input: one class only, labels other than 0/1, NaN scores → InvalidArgument; lengths differ → ShapeError", () => {
    expectThrows(() => rocCurve([1, 1, 1], [0.2, 0.5, 0.9]), InvalidArgument, "rocCurve without negatives");
    expectThrows(
      () => rocAucScore([0, 0, 0], [0.2, 0.5, 0.9]),
      InvalidArgument,
      "rocAucScore without positives",
    );
    expectThrows(() => rocCurve([0, 2, 1], [0.2, 0.5, 0.9]), InvalidArgument, "the label 2");
    expectThrows(() => rocCurve([0, 1, 1], [0.2, Number.NaN, 0.9]), InvalidArgument, "a NaN score");
    expectThrows(() => rocCurve([0, 1], [0.2, 0.5, 0.9]), ShapeError, "2 labels, 3 scores");
    expectThrows(() => rocCurve([], []), InvalidArgument, "rocCurve([], [])");
  });
});

describe("4. Precision–recall curve and average precision", () => {
  test("scikit-learn's documentation example: thresholds ascending, a last point (recall 0, precision 1), AP 0.8333", () => {
    const pr = precisionRecallCurve(DOCS_Y, DOCS_S);
    expectClose(pr.precision, [0.5, 2 / 3, 0.5, 1, 1], "precision");
    expectClose(pr.recall, [1, 1, 0.5, 0.5, 0], "recall");
    expect(Array.from(pr.thresholds), "thresholds").toEqual([0.1, 0.35, 0.4, 0.8]);
    expect(averagePrecisionScore(DOCS_Y, DOCS_S), "average precision").toBeCloseTo(5 / 6, DIGITS);
  });

  test("average precision is a step-wise sum Σ (Rₖ − Rₖ₊₁)·Pₖ, not the trapezoid area under the curve", () => {
    const pr = precisionRecallCurve(DOCS_Y, DOCS_S);
    // scikit-learn: auc(recall, precision) = 0.7916…, average_precision_score = 0.8333…
    expect(auc(pr.recall, pr.precision), "trapezoid area").toBeCloseTo(0.7916666666666666, DIGITS);
    expect(averagePrecisionScore(DOCS_Y, DOCS_S), "average precision").toBeCloseTo(
      0.8333333333333333,
      DIGITS,
    );
  });

  test("tied scores are one threshold here too (scikit-learn)", () => {
    const pr = precisionRecallCurve(TIES_Y, TIES_S);
    expect(Array.from(pr.thresholds), "thresholds").toEqual([0.2, 0.3, 0.5, 0.9]);
    expectClose(pr.precision, [0.5, 0.6, 2 / 3, 1, 1], "precision");
    expectClose(pr.recall, [1, 1, 2 / 3, 1 / 3, 0], "recall");
    expect(averagePrecisionScore(TIES_Y, TIES_S), "AP").toBeCloseTo(0.7555555555555555, DIGITS);
  });

  test("all scores tied: AP = the prevalence, the score of a detector that knows nothing", () => {
    const y = [0, 1, 0, 0, 1, 0, 0];
    expect(averagePrecisionScore(y, new Array(7).fill(0.5)), "AP of all-tied scores").toBeCloseTo(
      2 / 7,
      DIGITS,
    );
  });

  test("no positive at all: recall is 1 at every threshold and AP is 0 (scikit-learn); only positives: AP 1", () => {
    const pr = precisionRecallCurve([0, 0, 0, 0], [0.1, 0.7, 0.3, 0.7]);
    expectClose(pr.recall, [1, 1, 1, 0], "recall without positives");
    expectClose(pr.precision, [0, 0, 0, 1], "precision without positives");
    expect(averagePrecisionScore([0, 0, 0, 0], [0.1, 0.7, 0.3, 0.7]), "AP without positives").toBe(0);
    expect(averagePrecisionScore([1, 1, 1], [0.2, 0.9, 0.2]), "AP with positives only").toBe(1);
  });

  test("average precision on 2 000 random samples with ties equals a sum over the positives (1e-12)", () => {
    const { y, s } = randomScores(4, 2000);
    expect(averagePrecisionScore(y, s), "AP").toBeCloseTo(averagePrecisionOf(y, s), DIGITS);
  });

  test("bad input: labels other than 0/1, ±Infinity scores, empty → InvalidArgument; lengths differ → ShapeError", () => {
    expectThrows(() => precisionRecallCurve([0, -1], [0.2, 0.5]), InvalidArgument, "the label −1");
    expectThrows(
      () => averagePrecisionScore([0, 1], [0.2, Number.POSITIVE_INFINITY]),
      InvalidArgument,
      "an infinite score",
    );
    expectThrows(() => averagePrecisionScore([0, 1, 1], [0.2, 0.5]), ShapeError, "3 labels, 2 scores");
    expectThrows(() => precisionRecallCurve([], []), InvalidArgument, "precisionRecallCurve([], [])");
  });
});
