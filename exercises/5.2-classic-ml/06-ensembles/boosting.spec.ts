/**
 * Public specs for 5.2.6, tasks 3–5 (gradient boosting). Run them with
 *
 *     npm test exercises/5.2-classic-ml/06-ensembles
 *
 * The small cases are computed by hand in the spec (same formulas as the README) and compared
 * to 1e-12. The hidden specs compare with scikit-learn on a larger data set.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix, matrix, selectRows } from "../../../lib/ml/matrix";
import { trainTestSplit } from "../../../lib/ml/split";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff } from "../../../lib/testing";
import { DecisionTreeRegressor } from "../04-decision-tree/tree";
import { binaryLogLoss, GradientBoostingClassifier, GradientBoostingRegressor, sigmoid } from "./boosting";

const TOL = 1e-12;

function regression(seed: number, n: number): { X: Matrix; y: Float64Array } {
  const rng = new Rng(seed);
  const X = matrix(n, 3, rng.uniformArray(n * 3, 0, 4));
  const y = Float64Array.from({ length: n }, (_, i) => {
    const a = X.data[3 * i];
    const b = X.data[3 * i + 1];
    return Math.sin(2 * a) * 3 + b * b + rng.normal(0, 0.5);
  });
  return { X, y };
}

function classification(seed: number, n: number): { X: Matrix; y: Int32Array } {
  const rng = new Rng(seed);
  const X = matrix(n, 3, rng.uniformArray(n * 3, -2, 2));
  const y = Int32Array.from({ length: n }, (_, i) => {
    const a = X.data[3 * i];
    const b = X.data[3 * i + 1];
    return a * a + b > 1 + rng.normal(0, 0.7) ? 1 : 0;
  });
  return { X, y };
}

const mseOf = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s / a.length;
};

describe("3. Gradient boosting for regression", () => {
  const X = fromRows([[1], [2], [3], [4], [5], [6]]);
  const y = [1, 1, 2, 6, 7, 7];

  test("init is the mean; one stage adds learningRate × a tree fitted to the residuals", () => {
    const gb = new GradientBoostingRegressor({ nEstimators: 1, learningRate: 0.5, maxDepth: 1 }).fit(X, y);
    expect(gb.init, "init = mean(y) = 4").toBeCloseTo(4, 12);
    // Residuals y − 4 = [−3, −3, −2, 2, 3, 3]; the stump cuts at 3.5 with leaf means −8/3 and 8/3.
    const want = [4 - 4 / 3, 4 - 4 / 3, 4 - 4 / 3, 4 + 4 / 3, 4 + 4 / 3, 4 + 4 / 3];
    expect(maxAbsDiff(gb.predict(X), want), "F = 4 ± 0.5 · 8/3").toBeLessThan(TOL);
    expect(gb.nEstimatorsFitted, "nEstimatorsFitted").toBe(1);
  });

  test("with learningRate 1 and one stage it equals a regression tree", () => {
    const data = regression(1, 120);
    const gb = new GradientBoostingRegressor({ nEstimators: 1, learningRate: 1, maxDepth: 3 }).fit(
      data.X,
      data.y,
    );
    const tree = new DecisionTreeRegressor({ maxDepth: 3 }).fit(data.X, data.y);
    expect(
      maxAbsDiff(gb.predict(data.X), tree.predict(data.X)),
      "boosting(1 stage, ν = 1) vs tree",
    ).toBeLessThan(1e-9);
  });

  test("two stages by hand", () => {
    const gb = new GradientBoostingRegressor({ nEstimators: 2, learningRate: 0.1, maxDepth: 1 }).fit(X, y);
    // Stage 1 as above with ν = 0.1: F = 4 ∓ 0.8/3. New residuals: [−3 + 0.8/3, −3 + 0.8/3, −2 + 0.8/3, 2 − 0.8/3, 3 − 0.8/3, 3 − 0.8/3]
    // — still best cut at 3.5, leaf means ∓(8/3 − 0.8/3) = ∓2.4: F = 4 ∓ (0.8/3 + 0.24).
    const d = 0.8 / 3 + 0.24;
    expect(
      maxAbsDiff(gb.predict(X), [4 - d, 4 - d, 4 - d, 4 + d, 4 + d, 4 + d]),
      "F after 2 stages",
    ).toBeLessThan(TOL);
    const loss = gb.trainLoss;
    expect(loss.length, "one training loss per stage").toBe(2);
    expect(loss[1], "stage-2 training MSE").toBeCloseTo(mseOf(gb.predict(X), y), 12);
  });

  test("the training loss never increases and more stages fit better", () => {
    const data = regression(2, 200);
    const gb = new GradientBoostingRegressor({ nEstimators: 60 }).fit(data.X, data.y);
    const loss = gb.trainLoss;
    expect(loss.length, "60 stages").toBe(60);
    for (let m = 1; m < loss.length; m++) {
      expect(loss[m], `stage ${m + 1} loss ≤ stage ${m} loss`).toBeLessThanOrEqual(loss[m - 1] + 1e-12);
    }
    expect(loss[59], "final training MSE well below the variance").toBeLessThan(0.3 * loss[0]);
  });

  test("subsample < 1 fits each tree on a random subset; the seed fixes it", () => {
    const data = regression(3, 150);
    const a = new GradientBoostingRegressor({ nEstimators: 20, subsample: 0.5, seed: 1 }).fit(data.X, data.y);
    const b = new GradientBoostingRegressor({ nEstimators: 20, subsample: 0.5, seed: 1 }).fit(data.X, data.y);
    const c = new GradientBoostingRegressor({ nEstimators: 20, subsample: 0.5, seed: 2 }).fit(data.X, data.y);
    const full = new GradientBoostingRegressor({ nEstimators: 20 }).fit(data.X, data.y);
    expect(Array.from(b.predict(data.X)), "same seed, same model").toEqual(Array.from(a.predict(data.X)));
    expect(maxAbsDiff(c.predict(data.X), a.predict(data.X)), "another seed, another model").toBeGreaterThan(
      1e-6,
    );
    expect(
      maxAbsDiff(full.predict(data.X), a.predict(data.X)),
      "subsample 0.5 differs from 1",
    ).toBeGreaterThan(1e-6);
  });

  test("subsample draws ⌊subsample·n⌋ distinct rows: the first of rng.permutation(n), before the tree's seed (replayed)", () => {
    // With one stage, learning rate 1 and unlimited depth, the tree reproduces the targets of the
    // rows it was fitted on (to rounding, 1e-9) and of no other row (the targets are noisy).
    const data = regression(13, 60);
    for (const seed of [0, 1, 2, 3]) {
      const gb = new GradientBoostingRegressor({
        nEstimators: 1,
        learningRate: 1,
        maxDepth: null,
        subsample: 0.5,
        seed,
      }).fit(data.X, data.y);
      const pred = gb.predict(data.X);
      const reproduced = Array.from({ length: 60 }, (_, i) => i).filter(
        (i) => Math.abs(pred[i] - data.y[i]) <= 1e-9 * Math.max(1, Math.abs(data.y[i])),
      );
      const first = Array.from(new Rng(seed).permutation(60).subarray(0, 30)).sort((a, b) => a - b);
      expect(reproduced, `seed ${seed}: the 30 rows of stage 1`).toEqual(first);
    }
  });

  test("trainLoss[m] is the loss of predict on all training rows after m + 1 stages, also with subsample < 1", () => {
    // A model with fewer stages is the same model cut short: stage m draws only from the one Rng
    // and depends only on the stages before it.
    const data = regression(14, 120);
    const options = { nEstimators: 8, subsample: 0.5, seed: 3 };
    const gb = new GradientBoostingRegressor(options).fit(data.X, data.y);
    expect(gb.trainLoss.length, "one loss per stage").toBe(8);
    for (let m = 1; m <= 8; m++) {
      const prefix = new GradientBoostingRegressor({ ...options, nEstimators: m }).fit(data.X, data.y);
      expect(gb.trainLoss[m - 1], `stage ${m}: MSE of predict on all 120 rows`).toBeCloseTo(
        mseOf(prefix.predict(data.X), data.y),
        12,
      );
    }
    const cls = classification(15, 120);
    const gc = new GradientBoostingClassifier(options).fit(cls.X, cls.y);
    for (let m = 1; m <= 8; m++) {
      const prefix = new GradientBoostingClassifier({ ...options, nEstimators: m }).fit(cls.X, cls.y);
      expect(gc.trainLoss[m - 1], `classifier, stage ${m}: log loss of decisionFunction`).toBeCloseTo(
        binaryLogLoss(cls.y, prefix.decisionFunction(cls.X)),
        12,
      );
    }
  });

  describeEstimatorContract(
    "3. Gradient boosting for regression",
    () => new GradientBoostingRegressor({ nEstimators: 5, subsample: 0.8, seed: 1 }),
    regression(16, 60),
    {
      name: "GradientBoostingRegressor",
      methods: ["predict"],
      properties: ["init", "nEstimatorsFitted", "trainLoss", "validationLoss"],
    },
  );

  test("errors", () => {
    expectThrows(
      () => new GradientBoostingRegressor({ learningRate: 0 }).fit(X, y),
      InvalidArgument,
      "learningRate 0",
    );
    expectThrows(
      () => new GradientBoostingRegressor({ learningRate: 1.5 }).fit(X, y),
      InvalidArgument,
      "learningRate 1.5",
    );
    expectThrows(
      () => new GradientBoostingRegressor({ subsample: 0 }).fit(X, y),
      InvalidArgument,
      "subsample 0",
    );
    expectThrows(
      () => new GradientBoostingRegressor({ nEstimators: 0 }).fit(X, y),
      InvalidArgument,
      "nEstimators 0",
    );
    expectThrows(() => new GradientBoostingRegressor().fit(X, [1, 2]), ShapeError, "2 targets for 6 rows");
  });
});

describe("4. Gradient boosting for classification", () => {
  test("sigmoid and log loss stay finite for huge scores", () => {
    expect(sigmoid(0), "σ(0)").toBe(0.5);
    expect(sigmoid(2), "σ(2)").toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(sigmoid(-800), "σ(−800) (e^800 overflows)").toBe(0);
    expect(sigmoid(800), "σ(800)").toBe(1);
    expect(binaryLogLoss([1, 0], [0, 0]), "log 2 for F = 0").toBeCloseTo(Math.LN2, 12);
    expect(binaryLogLoss([1], [1000]), "a confident correct score").toBeCloseTo(0, 12);
    expect(binaryLogLoss([0], [1000]), "a confident wrong score costs F").toBeCloseTo(1000, 9);
    expect(binaryLogLoss([1, 0], [-3, 2]), "mixed").toBeCloseTo(
      (Math.log1p(Math.exp(3)) + Math.log1p(Math.exp(2))) / 2,
      12,
    );
    expectThrows(() => binaryLogLoss([1, 0], [0]), ShapeError, "lengths 2 and 1");
  });

  test("init is the log-odds of the positive class", () => {
    const X = fromRows([[0], [1], [2], [3]]);
    const gb = new GradientBoostingClassifier({ nEstimators: 1 }).fit(X, [5, 8, 8, 8]);
    expect(Array.from(gb.classes), "classes").toEqual([5, 8]);
    expect(gb.init, "log(3/4 ÷ 1/4) = log 3").toBeCloseTo(Math.log(3), 12);
  });

  test("two stages by hand, with Newton leaf values", () => {
    const X = fromRows([[0], [1], [2], [3], [4]]);
    const y = [0, 0, 1, 1, 1];
    const gb = new GradientBoostingClassifier({ nEstimators: 2, learningRate: 0.1, maxDepth: 1 }).fit(X, y);
    // Recompute: F₀ = log(3/2); the stump always cuts at 1.5 here ({0, 1} | {2, 3, 4}).
    let F = [0, 1, 2, 3, 4].map(() => Math.log(1.5));
    for (let m = 0; m < 2; m++) {
      const p = F.map(sigmoid);
      const r = y.map((v, i) => v - p[i]);
      const leaf = (idx: number[]) =>
        idx.reduce((s, i) => s + r[i], 0) / idx.reduce((s, i) => s + p[i] * (1 - p[i]), 0);
      const gL = leaf([0, 1]);
      const gR = leaf([2, 3, 4]);
      F = F.map((f, i) => f + 0.1 * (i < 2 ? gL : gR));
    }
    expect(maxAbsDiff(gb.decisionFunction(X), F), "decision function after 2 stages").toBeLessThan(TOL);
    const proba = gb.predictProba(X);
    expect([proba.rows, proba.cols], "predictProba shape").toEqual([5, 2]);
    expect(proba.data[1], "P(positive) of row 0").toBeCloseTo(sigmoid(F[0]), 12);
    expect(proba.data[0], "P(negative) of row 0").toBeCloseTo(1 - sigmoid(F[0]), 12);
    expect(Array.from(gb.predict(X)), "predict").toEqual(F.map((f) => (f > 0 ? 1 : 0)));
  });

  test("learns a non-linear boundary; the training log loss falls", () => {
    const train = classification(5, 300);
    const test = classification(6, 500);
    const gb = new GradientBoostingClassifier({ nEstimators: 80 }).fit(train.X, train.y);
    const pred = gb.predict(test.X);
    let correct = 0;
    pred.forEach((p, i) => {
      if (p === test.y[i]) correct++;
    });
    expect(correct / 500, "accuracy on 500 new points").toBeGreaterThan(0.8);
    const loss = gb.trainLoss;
    expect(loss[79], "training log loss after 80 stages < after 1").toBeLessThan(0.7 * loss[0]);
    expect(loss[79], "trainLoss matches binaryLogLoss of the decision function").toBeCloseTo(
      binaryLogLoss(train.y, gb.decisionFunction(train.X)),
      12,
    );
  });

  test("errors", () => {
    const X = fromRows([[0], [1], [2]]);
    expectThrows(() => new GradientBoostingClassifier().fit(X, [0, 1, 2]), InvalidArgument, "three classes");
    expectThrows(() => new GradientBoostingClassifier().fit(X, [1, 1, 1]), InvalidArgument, "one class");
    expectThrows(() => new GradientBoostingClassifier().fit(X, [0, 1, 0.5]), InvalidArgument, "a label 0.5");
  });

  test("a score of exactly 0 (probability ½) predicts the smaller label", () => {
    // Identical rows, labels 9 and 4 twice each: F₀ = log(½ / ½) = 0, and no tree can split, so
    // every leaf's Newton step is Σr / Σp(1 − p) = 0 / 1 and F stays 0.
    const X = fromRows([[1], [1], [1], [1]]);
    const gb = new GradientBoostingClassifier({ nEstimators: 3 }).fit(X, [9, 4, 9, 4]);
    expect(Array.from(gb.decisionFunction(X)), "F").toEqual([0, 0, 0, 0]);
    expect(Array.from(gb.predict(X)), "F = 0 is not > 0: the smaller label, 4").toEqual([4, 4, 4, 4]);
  });

  describeEstimatorContract(
    "4. Gradient boosting for classification",
    () => new GradientBoostingClassifier({ nEstimators: 5, subsample: 0.8, seed: 1 }),
    classification(17, 60),
    {
      name: "GradientBoostingClassifier",
      methods: ["predict", "predictProba", "decisionFunction"],
      properties: ["classes", "init", "nEstimatorsFitted", "trainLoss", "validationLoss"],
    },
  );
});

describe("5. Early stopping", () => {
  /** Replays the README's rule on a validation-loss history; returns where it stops (or the full length). */
  function stopsAfter(history: Float64Array, patience: number, tol: number): number {
    let best = Number.POSITIVE_INFINITY;
    let stale = 0;
    for (let m = 0; m < history.length; m++) {
      const v = history[m];
      if (v < best - tol) {
        best = v;
        stale = 0;
      } else if (++stale === patience) {
        return m + 1;
      }
    }
    return history.length;
  }

  test("stops when the validation loss stalls, following the README's rule", () => {
    const data = regression(8, 300);
    const gb = new GradientBoostingRegressor({
      nEstimators: 400,
      learningRate: 0.3,
      nIterNoChange: 5,
      validationFraction: 0.2,
    }).fit(data.X, data.y);
    const history = gb.validationLoss;
    expect(gb.nEstimatorsFitted, "stopped before 400 stages").toBeLessThan(400);
    expect(history.length, "one validation loss per fitted stage").toBe(gb.nEstimatorsFitted);
    expect(stopsAfter(history, 5, 1e-4), "the rule applied to validationLoss stops exactly here").toBe(
      history.length,
    );
  });

  test("the validation rows are trainTestSplit(n, { testFraction, seed }) and the loss is theirs", () => {
    const data = regression(9, 250);
    const gb = new GradientBoostingRegressor({
      nEstimators: 300,
      nIterNoChange: 4,
      validationFraction: 0.2,
      seed: 7,
    }).fit(data.X, data.y);
    const { test } = trainTestSplit(250, { testFraction: 0.2, seed: 7 });
    const yVal = Float64Array.from(test, (i) => data.y[i]);
    const last = gb.validationLoss[gb.nEstimatorsFitted - 1];
    expect(last, "last validation loss = MSE of predict on the held-out rows").toBeCloseTo(
      mseOf(gb.predict(selectRows(data.X, test)), yVal),
      10,
    );
  });

  test("the classifier stops too; without early stopping validationLoss is empty", () => {
    const data = classification(10, 400);
    const gb = new GradientBoostingClassifier({ nEstimators: 500, learningRate: 0.5, nIterNoChange: 3 }).fit(
      data.X,
      data.y,
    );
    expect(gb.nEstimatorsFitted, "stopped early").toBeLessThan(500);
    expect(stopsAfter(gb.validationLoss, 3, 1e-4), "rule replayed").toBe(gb.nEstimatorsFitted);
    const plain = new GradientBoostingClassifier({ nEstimators: 5 }).fit(data.X, data.y);
    expect(plain.validationLoss.length, "no validation set without nIterNoChange").toBe(0);
    expect(plain.nEstimatorsFitted, "all 5 stages").toBe(5);
  });

  test("trainLoss and validationLoss hold one entry per fitted stage: the losses of predict on the training and held-out rows", () => {
    const data = regression(18, 200);
    const options = {
      nEstimators: 300,
      learningRate: 0.3,
      nIterNoChange: 3,
      validationFraction: 0.25,
      seed: 2,
    };
    const gb = new GradientBoostingRegressor(options).fit(data.X, data.y);
    const fitted = gb.nEstimatorsFitted;
    expect(fitted, "stopped early").toBeLessThan(300);
    expect([gb.trainLoss.length, gb.validationLoss.length], "[trainLoss, validationLoss] lengths").toEqual([
      fitted,
      fitted,
    ]);
    const { train, test } = trainTestSplit(200, { testFraction: 0.25, seed: 2 });
    const yTrain = Float64Array.from(train, (i) => data.y[i]);
    const yVal = Float64Array.from(test, (i) => data.y[i]);
    for (let m = 1; m <= fitted; m++) {
      // The model cut short after m stages (it cannot stop earlier: its history is the same).
      const prefix = new GradientBoostingRegressor({ ...options, nEstimators: m }).fit(data.X, data.y);
      expect(gb.trainLoss[m - 1], `stage ${m}: MSE on the training part`).toBeCloseTo(
        mseOf(prefix.predict(selectRows(data.X, train)), yTrain),
        12,
      );
      expect(gb.validationLoss[m - 1], `stage ${m}: MSE on the held-out rows`).toBeCloseTo(
        mseOf(prefix.predict(selectRows(data.X, test)), yVal),
        12,
      );
    }
  });

  test("bad early-stopping options", () => {
    const data = regression(11, 30);
    for (const [opts, what] of [
      [{ nIterNoChange: 0 }, "nIterNoChange 0"],
      [{ nIterNoChange: 3, validationFraction: 1 }, "validationFraction 1"],
      [{ nIterNoChange: 3, validationFraction: 0 }, "validationFraction 0"],
      [{ nIterNoChange: 3, tol: -1 }, "tol −1"],
    ] as const) {
      expectThrows(() => new GradientBoostingRegressor(opts).fit(data.X, data.y), InvalidArgument, what);
    }
  });
});
