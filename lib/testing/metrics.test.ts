import { Bench } from "tinybench";
import { describe, expect, it } from "vitest";
import { fromRows } from "../ml/matrix";
import { getTf } from "../tf";
import { medianMs } from "./bench";
import {
  accuracyOf,
  argmaxRows,
  averagePrecisionOf,
  binaryCountsOf,
  inertiaOf,
  logLossOf,
  meanSquaredErrorOf,
  nearestCentres,
  precisionRecallF1Of,
  predictedClasses,
  purityOf,
  r2Of,
  rankedCountsOf,
  rocAucOf,
  thresholdedOf,
} from "./metrics";

describe("trusted metrics", () => {
  it("accuracyOf counts equal positions; a NaN prediction is wrong", () => {
    expect(accuracyOf([0, 1, 1, 0], [0, 1, 0, 0])).toBe(0.75);
    expect(accuracyOf(Int32Array.of(2, 2), Float64Array.of(2, Number.NaN))).toBe(0.5);
    expect(() => accuracyOf([0, 1], [0])).toThrow("accuracy: 1 predictions for 2 true values");
    expect(() => accuracyOf([], [], "folds")).toThrow("folds: no values");
  });

  it("meanSquaredErrorOf and r2Of follow the textbook formulas; NaN propagates", () => {
    expect(meanSquaredErrorOf([1, 2, 3], [1, 2, 5])).toBeCloseTo(4 / 3, 15);
    expect(r2Of([1, 2, 3], [1, 2, 3])).toBe(1);
    // Σ(y − ŷ)² = 2, Σ(y − ȳ)² = 2: R² = 0; predicting the mean everywhere scores 0 too.
    expect(r2Of([1, 2, 3], [2, 1, 3])).toBe(0);
    expect(r2Of([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(r2Of([1, 2, 3], [3, 2, 1])).toBe(-3);
    expect(r2Of([5, 5], [5, 5]), "constant y: undefined").toBeNaN();
    expect(meanSquaredErrorOf([1, 2], [1, Number.NaN])).toBeNaN();
    expect(r2Of([1, 2], [1, Number.NaN])).toBeNaN();
    expect(() => r2Of([1, 2], [1])).toThrow("R²: 1 predictions for 2 true values");
  });

  it("purityOf: each cluster named after its majority class, whatever the cluster names", () => {
    const truth = [0, 0, 0, 1, 1, 2, 2, 2];
    expect(purityOf(truth, [5, 5, 3, 3, 3, 9, 9, 5])).toBe(0.75);
    expect(purityOf(truth, [-1, -1, -1, 7, 7, 0, 0, 0])).toBe(1);
    expect(purityOf(truth, new Array(8).fill(4))).toBe(3 / 8);
  });

  it("nearestCentres and inertiaOf: the labels given, or the nearest centres, which no labels beat", () => {
    const X = fromRows([
      [0, 0],
      [1, 0],
      [10, 0],
      [11, 1],
    ]);
    const C = fromRows([
      [0.5, 0],
      [10.5, 0.5],
    ]);
    expect(Array.from(nearestCentres(X, C))).toEqual([0, 0, 1, 1]);
    expect(inertiaOf(X, C)).toBeCloseTo(0.25 + 0.25 + 0.5 + 0.5, 15);
    // Wrong labels cost more, never less.
    expect(inertiaOf(X, C, [1, 0, 1, 1])).toBeGreaterThan(inertiaOf(X, C));
    // A tie goes to the lower index.
    expect(Array.from(nearestCentres(fromRows([[1]]), fromRows([[0], [2]])))).toEqual([0]);
    expect(() => inertiaOf(X, C, [0, 0, 2, 1])).toThrow("label 2 of row 2 is not a centre index in [0, 2)");
    expect(() => inertiaOf(X, fromRows([[1]]))).toThrow("centres have 1 columns, X has 2");
  });

  it("argmaxRows takes the first of equal maxima", () => {
    expect(Array.from(argmaxRows([0.1, 0.7, 0.2, 5, -1, 5, 1, 1, 1], 3, 3))).toEqual([1, 0, 0]);
    expect(() => argmaxRows([1, 2, 3], 2, 2)).toThrow("3 values for 2 × 2");
  });

  it("predictedClasses runs the model in batches and leaves no tensor behind", async () => {
    const tf = await getTf();
    const model = tf.sequential();
    // Two inputs, three classes: logits (x₀, x₁, x₀ + x₁ − 10); a tie goes to the first class.
    model.add(tf.layers.dense({ inputShape: [2], units: 3, useBias: true }));
    model.setWeights([tf.tensor2d([1, 0, 1, 0, 1, 1], [2, 3]), tf.tensor1d([0, 0, -10])]);
    const inputs = Float32Array.of(3, 1, 0, 2, 30, 30, 1, 9, 8, 8);
    const before = tf.memory().numTensors;
    const classes = await predictedClasses(tf, model, inputs, [2], 2);
    expect(Array.from(classes)).toEqual([0, 1, 2, 1, 0]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe("trusted metrics of binary detectors", () => {
  it("binaryCountsOf and precisionRecallF1Of: the counts, and 0/0 as zeroDivision (F1 1 only when P and R both are)", () => {
    const c = binaryCountsOf([1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 1, 0]);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
    const s = precisionRecallF1Of(c);
    expect([s.precision, s.recall, s.f1]).toEqual([2 / 3, 2 / 3, 4 / 6]);
    // Never predicted positive: precision 0/0.
    const never = binaryCountsOf([1, 0, 0], [0, 0, 0]);
    expect(precisionRecallF1Of(never)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecallF1Of(never, 1)).toEqual({ precision: 1, recall: 0, f1: 0 });
    // No positive at all, none predicted: everything is 0/0.
    expect(precisionRecallF1Of(binaryCountsOf([0, 0], [0, 0]), 1)).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(() => binaryCountsOf([2, 0], [1, 0])).toThrow("label 2 at 0 is not 0 or 1");
  });

  it("thresholdedOf: positive when score ≥ threshold", () => {
    expect(Array.from(thresholdedOf([0.2, 0.5, 0.7, 0.5], 0.5))).toEqual([0, 1, 1, 1]);
  });

  it("rankedCountsOf groups tied scores under one threshold", () => {
    // scikit-learn's _binary_clf_curve of the roc_curve docs example, with a tie added.
    const r = rankedCountsOf([0, 0, 1, 1, 0], [0.1, 0.4, 0.35, 0.8, 0.4]);
    expect(Array.from(r.thresholds)).toEqual([0.8, 0.4, 0.35, 0.1]);
    expect(Array.from(r.tp)).toEqual([1, 1, 2, 2]);
    expect(Array.from(r.fp)).toEqual([0, 2, 2, 3]);
    expect([r.positives, r.negatives]).toEqual([2, 3]);
    expect(() => rankedCountsOf([0, 1], [0.5, Number.NaN])).toThrow("score NaN at 1 is not finite");
  });

  it("rocAucOf and averagePrecisionOf match scikit-learn 1.2.1 on small cases", () => {
    // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75; average_precision_score = 0.8333…
    expect(rocAucOf([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
    expect(averagePrecisionOf([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(5 / 6, 15);
    // All tied: AUC ½, AP the prevalence.
    expect(rocAucOf([0, 1, 0, 0, 1, 0, 0], new Array(7).fill(0.5))).toBe(0.5);
    expect(averagePrecisionOf([0, 1, 0, 0, 1, 0, 0], new Array(7).fill(0.5))).toBeCloseTo(2 / 7, 15);
    // A tie across the classes counts one half: pairs (0.9, 0.9) ½, (0.9, 0.1) 1, (0.8, 0.9) 0, (0.8, 0.1) 1.
    expect(rocAucOf([1, 0, 1, 0], [0.9, 0.9, 0.8, 0.1])).toBe(0.625);
    expect(rocAucOf([1, 1, 0], [0.1, 0.2, 0.9])).toBe(0);
    expect(averagePrecisionOf([0, 0], [0.3, 0.4]), "no positive").toBe(0);
    expect(() => rocAucOf([1, 1], [0.3, 0.4])).toThrow("needs both classes");
  });

  it("logLossOf clips to [eps, 1 − eps]", () => {
    expect(logLossOf([1, 0], [0.8, 0.3])).toBeCloseTo(0.2899092476264711, 15);
    expect(logLossOf([1, 0], [0, 1])).toBeCloseTo(-Math.log(Number.EPSILON), 12);
    expect(logLossOf([1], [0], 1e-15)).toBeCloseTo(34.538776394910684, 12);
    expect(() => logLossOf([1], [1.5])).toThrow("probability 1.5 at 0 is not in [0, 1]");
  });
});

describe("medianMs", () => {
  it("reads the median latency of a finished tinybench task; an unknown task throws", async () => {
    const bench = new Bench({ time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 });
    bench.add("sum", () => {
      let s = 0;
      for (let i = 0; i < 1000; i++) s += i;
      return s;
    });
    await bench.run();
    expect(medianMs(bench, "sum")).toBeGreaterThan(0);
    expect(() => medianMs(bench, "nothing")).toThrow('benchmark task "nothing" did not complete');
  });
});
