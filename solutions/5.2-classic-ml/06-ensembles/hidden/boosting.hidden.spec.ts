/**
 * Hidden specs for 5.2.6, tasks 3–6: gradient boosting against scikit-learn 1.2.1
 * (solutions/5.2-classic-ml/06-ensembles/golden/, see make_golden.py there).
 *
 * Without subsampling and with all features, boosting is deterministic in both libraries,
 * and scikit-learn's GradientBoostingRegressor/Classifier(criterion="squared_error") builds
 * the same trees: predictions and decision functions must agree to 1e-9 (40 stages of sums
 * of leaf means). Titanic accuracy: within 0.02 of scikit-learn's deterministic booster
 * (exact ties between splits may be broken differently), within 0.03 of its stochastic one.
 */

import {
  binaryLogLoss,
  GradientBoostingClassifier,
  GradientBoostingRegressor,
  sigmoid,
} from "@exercise/5.2-classic-ml/06-ensembles/boosting";
import { titanicMatrix } from "@exercise/5.2-classic-ml/06-ensembles/titanic.given";
import { describe, expect, test } from "vitest";
import { loadDataset } from "../../../../datasets";
import { InvalidArgument } from "../../../../lib/errors";
import { fromRows, matrix, selectRows, selectValues } from "../../../../lib/ml/matrix";
import { trainTestSplit } from "../../../../lib/ml/split";
import { Rng } from "../../../../lib/rng";
import { expectThrows, maxAbsDiff } from "../../../../lib/testing";
import golden from "../golden/golden.json";

const B = golden.boosting;
const X = fromRows(B.X);
const Xt = fromRows(B.testX);

function optionsOf(p: {
  n_estimators: number;
  learning_rate: number;
  max_depth: number;
  min_samples_leaf: number;
}) {
  return {
    nEstimators: p.n_estimators,
    learningRate: p.learning_rate,
    maxDepth: p.max_depth,
    minSamplesLeaf: p.min_samples_leaf,
  };
}

function accuracy(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) c++;
  return c / a.length;
}

describe("3. Gradient boosting for regression", () => {
  test("same predictions as scikit-learn's GradientBoostingRegressor(criterion='squared_error')", () => {
    for (const c of B.cases) {
      const what = JSON.stringify(c.params);
      const gb = new GradientBoostingRegressor(optionsOf(c.params)).fit(X, B.yRegression);
      expect(gb.init, `${what}: init`).toBeCloseTo(c.regressor.init, 12);
      expect(
        maxAbsDiff(gb.predict(X), c.regressor.trainPredictions),
        `${what}: training predictions`,
      ).toBeLessThan(1e-9);
      expect(
        maxAbsDiff(gb.predict(Xt), c.regressor.testPredictions),
        `${what}: predictions on 80 new points`,
      ).toBeLessThan(1e-9);
      expect(gb.nEstimatorsFitted, `${what}: stages`).toBe(c.params.n_estimators);
    }
  });

  test("subsample draws ⌊subsample·n⌋ rows: subsample with 1 row per tree still works", () => {
    const gb = new GradientBoostingRegressor({ nEstimators: 5, subsample: 0.001, seed: 3 }).fit(
      X,
      B.yRegression,
    );
    expect(gb.predict(Xt).every(Number.isFinite), "finite predictions").toBe(true);
  });
});

describe("4. Gradient boosting for classification", () => {
  test("same decision function as scikit-learn's GradientBoostingClassifier(criterion='squared_error')", () => {
    for (const c of B.cases) {
      const what = JSON.stringify(c.params);
      const gb = new GradientBoostingClassifier(optionsOf(c.params)).fit(X, B.yClass);
      expect(gb.init, `${what}: init (log-odds)`).toBeCloseTo(c.classifier.init, 12);
      expect(
        maxAbsDiff(gb.decisionFunction(X), c.classifier.trainDecision),
        `${what}: training decision function`,
      ).toBeLessThan(1e-9);
      expect(
        maxAbsDiff(gb.decisionFunction(Xt), c.classifier.testDecision),
        `${what}: decision function on new points`,
      ).toBeLessThan(1e-9);
      const proba = gb.predictProba(Xt);
      const p1 = Array.from({ length: Xt.rows }, (_, i) => proba.data[2 * i + 1]);
      expect(maxAbsDiff(p1, c.classifier.testProba1), `${what}: P(class 1)`).toBeLessThan(1e-9);
      expect(accuracy(gb.predict(X), B.yClass), `${what}: training accuracy`).toBeCloseTo(
        c.classifier.trainAccuracy,
        12,
      );
    }
  });

  test("sigmoid is symmetric and monotone; log loss is stable", () => {
    for (const z of [-700, -40, -1, -1e-9, 0, 1e-9, 1, 40, 700]) {
      expect(sigmoid(z) + sigmoid(-z), `σ(${z}) + σ(${-z})`).toBeCloseTo(1, 15);
    }
    expect(sigmoid(-40) > 0, "σ(−40) is tiny but positive").toBe(true);
    expect(binaryLogLoss([1], [-1000]), "a confident wrong positive costs 1000").toBeCloseTo(1000, 9);
    expect(binaryLogLoss([0], [-1000]), "a confident right negative costs 0").toBeCloseTo(0, 12);
    expectThrows(() => binaryLogLoss([], []), InvalidArgument, "empty input");
    expectThrows(() => binaryLogLoss([1], [Number.NaN]), InvalidArgument, "NaN score");
  });

  test("labels other than 0/1: the larger label is the positive class", () => {
    const y = B.yClass.map((v) => (v === 1 ? 7 : -2));
    const c = B.cases[0];
    if (!c) throw new Error("golden has no boosting case");
    const gb = new GradientBoostingClassifier(optionsOf(c.params)).fit(X, y);
    expect(Array.from(gb.classes), "classes").toEqual([-2, 7]);
    expect(
      maxAbsDiff(gb.decisionFunction(Xt), c.classifier.testDecision),
      "decision function unchanged",
    ).toBeLessThan(1e-9);
    for (const v of gb.predict(Xt)) expect([-2, 7], "predictions are labels").toContain(v);
  });
});

describe("5. Early stopping", () => {
  test("a model that never stops equals one fitted on the training part alone", () => {
    const n = X.rows;
    const reg = new GradientBoostingRegressor({
      nEstimators: 15,
      nIterNoChange: 1000,
      validationFraction: 0.25,
      seed: 4,
    }).fit(X, B.yRegression);
    const { train } = trainTestSplit(n, { testFraction: 0.25, seed: 4 });
    const ref = new GradientBoostingRegressor({ nEstimators: 15 }).fit(
      selectRows(X, train),
      Float64Array.from(train, (i) => B.yRegression[i]),
    );
    expect(reg.nEstimatorsFitted, "all 15 stages").toBe(15);
    expect(maxAbsDiff(reg.predict(Xt), ref.predict(Xt)), "regressor: same model").toBeLessThan(1e-9);

    const yc = Int32Array.from(B.yClass);
    const cls = new GradientBoostingClassifier({
      nEstimators: 15,
      nIterNoChange: 1000,
      validationFraction: 0.25,
      seed: 4,
    }).fit(X, yc);
    const split = trainTestSplit(n, { testFraction: 0.25, seed: 4, stratify: yc });
    const refc = new GradientBoostingClassifier({ nEstimators: 15 }).fit(
      selectRows(X, split.train),
      selectValues(yc, split.train),
    );
    expect(
      maxAbsDiff(cls.decisionFunction(Xt), refc.decisionFunction(Xt)),
      "classifier: same model (stratified split)",
    ).toBeLessThan(1e-9);
  });

  test("a huge tol stops right after the first nIterNoChange stages without improvement", () => {
    for (const patience of [1, 4]) {
      const gb = new GradientBoostingRegressor({ nEstimators: 50, nIterNoChange: patience, tol: 1e9 }).fit(
        X,
        B.yRegression,
      );
      expect(
        gb.nEstimatorsFitted,
        `nIterNoChange ${patience}: 1 improving stage + ${patience} stale ones`,
      ).toBe(1 + patience);
      expect(gb.validationLoss.length, "one validation loss per stage").toBe(1 + patience);
    }
  });

  test("stale stages are counted against the best loss, not the previous one", () => {
    const rng = new Rng(12);
    const Xn = matrix(200, 2, rng.uniformArray(400));
    const yn = Float64Array.from({ length: 200 }, () => rng.normal(0, 1)); // pure noise
    const gb = new GradientBoostingRegressor({
      nEstimators: 300,
      learningRate: 0.5,
      maxDepth: 4,
      nIterNoChange: 3,
      validationFraction: 0.3,
      tol: 0,
    }).fit(Xn, yn);
    const v = gb.validationLoss;
    let best = Number.POSITIVE_INFINITY;
    let bestAt = -1;
    v.forEach((x, m) => {
      if (x < best) {
        best = x;
        bestAt = m;
      }
    });
    expect(v.length - 1 - bestAt, "stages after the best one").toBe(3);
  });
});

describe("6. Titanic", () => {
  test("boosting accuracy on scikit-learn's split is close to scikit-learn's", async () => {
    const { train } = await loadDataset("titanic");
    const { X: Xt7, y } = titanicMatrix(train);
    const t = golden.titanic;
    const Xtr = selectRows(Xt7, t.train);
    const ytr = selectValues(y, t.train);
    const Xva = selectRows(Xt7, t.validation);
    const yva = selectValues(y, t.validation);
    const det = accuracy(
      new GradientBoostingClassifier({ nEstimators: 100 }).fit(Xtr, ytr).predict(Xva),
      yva,
    );
    expect(
      Math.abs(det - t.boostingDeterministic.accuracy),
      `deterministic boosting ${det.toFixed(3)} vs scikit-learn ${t.boostingDeterministic.accuracy.toFixed(3)}`,
    ).toBeLessThanOrEqual(0.02);
    const sub = accuracy(
      new GradientBoostingClassifier({ nEstimators: 100, subsample: 0.8, seed: 0 })
        .fit(Xtr, ytr)
        .predict(Xva),
      yva,
    );
    expect(
      Math.abs(sub - t.boosting.mean),
      `subsample 0.8: ${sub.toFixed(3)} vs scikit-learn ${t.boosting.mean.toFixed(3)} [${t.boosting.min.toFixed(3)}, ${t.boosting.max.toFixed(3)}]`,
    ).toBeLessThan(0.03);
  });
});
