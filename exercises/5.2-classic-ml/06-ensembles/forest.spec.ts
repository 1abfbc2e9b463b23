/**
 * Public specs for 5.2.6, tasks 1–2 (random forests). Run them with
 *
 *     npm test exercises/5.2-classic-ml/06-ensembles
 *
 * These specs need your trees from 5.2.4. Averages of probabilities and predictions are
 * compared to 1e-12 (sums of at most a few hundred values of order 1).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix, matrix, selectRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff } from "../../../lib/testing";
import { DecisionTreeClassifier } from "../04-decision-tree/tree";
import { bootstrapIndices, outOfBagMask, RandomForestClassifier, RandomForestRegressor } from "./forest";

const TOL = 1e-12;

/** Two noisy interleaved classes in 2-D plus 3 noise features; 25 % of the labels flipped. */
function noisyClassification(seed: number, n: number): { X: Matrix; y: Int32Array } {
  const rng = new Rng(seed);
  const p = 5;
  const X = matrix(n, p, rng.uniformArray(n * p, -1, 1));
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = X.data[i * p];
    const b = X.data[i * p + 1];
    const clean = Math.sin(3 * a) > b ? 1 : 0;
    y[i] = rng.next() < 0.25 ? 1 - clean : clean;
  }
  return { X, y };
}

/** A smooth function of 2 features plus noise, 2 more useless features. */
function noisyRegression(seed: number, n: number): { X: Matrix; y: Float64Array } {
  const rng = new Rng(seed);
  const p = 4;
  const X = matrix(n, p, rng.uniformArray(n * p, 0, 1));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = 4 * Math.sin(3 * X.data[i * p]) + 2 * X.data[i * p + 1] + rng.normal(0, 1);
  }
  return { X, y };
}

function accuracy(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) c++;
  return c / a.length;
}

function rows(n: number, from = 0): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

describe("1. Random forest classifier", () => {
  test("bootstrapIndices draws rng.int(0, n) n times, in order", () => {
    const got = bootstrapIndices(10, new Rng(7));
    const rng = new Rng(7);
    const want = Array.from({ length: 10 }, () => rng.int(0, 10));
    expect(got, "a Uint32Array").toBeInstanceOf(Uint32Array);
    expect(Array.from(got), "bootstrapIndices(10, new Rng(7))").toEqual(want);
    expectThrows(() => bootstrapIndices(0, new Rng(1)), InvalidArgument, "bootstrapIndices(0, rng)");
  });

  test("about 1/e ≈ 36.8 % of the rows are out of bag", () => {
    const rng = new Rng(3);
    let out = 0;
    for (let t = 0; t < 50; t++) {
      const mask = outOfBagMask(1000, bootstrapIndices(1000, rng));
      out += mask.reduce((s, v) => s + v, 0);
    }
    expect(out / 50_000, "share of out-of-bag rows over 50 samples of 1000").toBeGreaterThan(0.36);
    expect(out / 50_000, "share of out-of-bag rows").toBeLessThan(0.376);
    expect(Array.from(outOfBagMask(5, [0, 0, 3, 4, 3])), "outOfBagMask(5, [0, 0, 3, 4, 3])").toEqual([
      0, 1, 1, 0, 0,
    ]);
    expectThrows(() => outOfBagMask(3, [0, 3]), InvalidArgument, "index 3 with n = 3");
  });

  test("predictProba is the mean of the trees' predictProba; predict is its argmax", () => {
    const { X, y } = noisyClassification(1, 200);
    // minSamplesLeaf 5 keeps the leaves impure, so that averaging probabilities (soft voting)
    // differs from counting the trees' votes (hard voting).
    const forest = new RandomForestClassifier({ nEstimators: 15, seed: 2, minSamplesLeaf: 5 }).fit(X, y);
    expect(forest.estimators.length, "number of trees").toBe(15);
    const Xq = selectRows(X, rows(40));
    const mean = new Float64Array(80);
    for (const tree of forest.estimators) {
      const p = tree.predictProba(Xq);
      // With 200 rows both classes are in every bootstrap sample, so the columns line up.
      for (let k = 0; k < 80; k++) mean[k] = mean[k] + p.data[k] / 15;
    }
    const proba = forest.predictProba(Xq);
    expect([proba.rows, proba.cols], "predictProba shape").toEqual([40, 2]);
    expect(maxAbsDiff(proba.data, mean), "predictProba vs mean of estimators").toBeLessThan(TOL);
    const pred = forest.predict(Xq);
    for (let i = 0; i < 40; i++) {
      expect(pred[i], `predict row ${i}`).toBe(proba.data[2 * i + 1] > proba.data[2 * i] ? 1 : 0);
    }
  });

  test("each tree is fitted on its own bootstrap sample; the seed decides everything", () => {
    const { X, y } = noisyClassification(4, 150);
    const a = new RandomForestClassifier({ nEstimators: 5, seed: 11 }).fit(X, y);
    const b = new RandomForestClassifier({ nEstimators: 5, seed: 11 }).fit(X, y);
    const c = new RandomForestClassifier({ nEstimators: 5, seed: 12 }).fit(X, y);
    const samples = a.estimatorSamples;
    expect(samples.length, "one sample per tree").toBe(5);
    for (const s of samples) expect(s.length, "a bootstrap sample has n rows").toBe(150);
    expect(new Set(samples.map((s) => s.join(","))).size, "the samples differ").toBe(5);
    expect(Array.from(b.predictProba(X).data), "same seed, same forest").toEqual(
      Array.from(a.predictProba(X).data),
    );
    expect(Array.from(c.predictProba(X).data), "another seed, another forest").not.toEqual(
      Array.from(a.predictProba(X).data),
    );
  });

  test("the documented draws, replayed: one Rng(seed); per tree its bootstrap sample, then its seed", () => {
    const { X, y } = noisyClassification(12, 80);
    const forest = new RandomForestClassifier({ nEstimators: 6, seed: 5, maxDepth: 4 }).fit(X, y);
    const rng = new Rng(5);
    forest.estimators.forEach((tree, t) => {
      const sample = bootstrapIndices(80, rng);
      const seed = rng.int(0, 2 ** 31);
      expect(Array.from(forest.estimatorSamples[t]), `tree ${t}: its bootstrap sample`).toEqual(
        Array.from(sample),
      );
      const twin = new DecisionTreeClassifier({ maxDepth: 4, maxFeatures: "sqrt", seed }).fit(
        selectRows(X, sample),
        Int32Array.from(sample, (i) => y[i]),
      );
      expect(
        Array.from(tree.predictProba(X).data),
        `tree ${t}: the tree of seed ${seed} on that sample`,
      ).toEqual(Array.from(twin.predictProba(X).data));
    });
    // Without bootstrap the tree seeds are the only draws.
    const plain = new RandomForestClassifier({ nEstimators: 3, seed: 5, bootstrap: false, maxDepth: 4 }).fit(
      X,
      y,
    );
    const seeds = new Rng(5);
    plain.estimators.forEach((tree, t) => {
      const twin = new DecisionTreeClassifier({
        maxDepth: 4,
        maxFeatures: "sqrt",
        seed: seeds.int(0, 2 ** 31),
      }).fit(X, y);
      expect(Array.from(tree.nodes.feature), `tree ${t} without bootstrap`).toEqual(
        Array.from(twin.nodes.feature),
      );
    });
  });

  test("predict: on tied mean probabilities the smallest label wins", () => {
    // Four identical rows, labels 5 and 3 twice each: without bootstrap every tree is one leaf
    // with P(3) = P(5) = ½, and so is the mean.
    const X = fromRows([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    const forest = new RandomForestClassifier({ nEstimators: 3, bootstrap: false }).fit(X, [5, 3, 5, 3]);
    expect(Array.from(forest.predictProba(fromRows([[0, 1]])).data), "mean probabilities").toEqual([
      0.5, 0.5,
    ]);
    expect(Array.from(forest.predict(X)), "3 and 5 tie: the smaller, 3").toEqual([3, 3, 3, 3]);
  });

  test("featureImportances: the trees' importances summed, then renormalised over the forest", () => {
    // One row of class 1 among ten: a bootstrap sample that misses it grows a single leaf, whose
    // importances are all 0. Dividing by the number of trees would leave the sum below 1.
    const X = fromRows(rows(10).map((i) => [i, (i * 3) % 10]));
    const y = Int32Array.from(rows(10), (i) => (i === 9 ? 1 : 0));
    const forest = new RandomForestClassifier({ nEstimators: 12, seed: 3, maxFeatures: null }).fit(X, y);
    expect(
      forest.estimators.some((t) => t.nodeCount === 1),
      "some tree is a single leaf (else this test proves nothing)",
    ).toBe(true);
    const sum = [0, 0];
    for (const tree of forest.estimators) {
      const imp = tree.featureImportances;
      for (let f = 0; f < 2; f++) sum[f] += imp[f];
    }
    const total = sum[0] + sum[1];
    expect(
      maxAbsDiff(forest.featureImportances, [sum[0] / total, sum[1] / total]),
      "importances",
    ).toBeLessThan(TOL);
  });

  describeEstimatorContract(
    "1. Random forest classifier",
    () => new RandomForestClassifier({ nEstimators: 5, maxDepth: 4, seed: 1 }),
    noisyClassification(13, 60),
    {
      name: "RandomForestClassifier",
      methods: ["predict", "predictProba"],
      properties: ["classes", "estimatorSamples", "featureImportances"],
    },
  );

  test("one tree, no bootstrap, all features = a plain decision tree", () => {
    const { X, y } = noisyClassification(5, 120);
    const forest = new RandomForestClassifier({ nEstimators: 1, bootstrap: false, maxFeatures: null }).fit(
      X,
      y,
    );
    const tree = new DecisionTreeClassifier().fit(X, y);
    expect(Array.from(forest.predict(X)), "forest predictions").toEqual(Array.from(tree.predict(X)));
    expect(Array.from(forest.estimatorSamples[0]), "without bootstrap a tree sees rows 0..n−1").toEqual(
      rows(120),
    );
  });

  test("a class missing from a bootstrap sample still gets its column", () => {
    // Label 9 occurs once: many bootstrap samples miss it.
    const X = fromRows(rows(30).map((i) => [i, (i * 7) % 5]));
    const y = Int32Array.from(rows(30), (i) => (i === 29 ? 9 : i < 15 ? 0 : 1));
    const forest = new RandomForestClassifier({ nEstimators: 20, seed: 1 }).fit(X, y);
    expect(Array.from(forest.classes), "classes").toEqual([0, 1, 9]);
    const proba = forest.predictProba(X);
    expect(proba.cols, "three probability columns").toBe(3);
    for (let i = 0; i < 30; i++) {
      const s = proba.data[3 * i] + proba.data[3 * i + 1] + proba.data[3 * i + 2];
      expect(s, `row ${i} sums to 1`).toBeCloseTo(1, 12);
    }
    expect(
      forest.estimators.some((t) => t.classes.length === 2),
      "some tree did not see label 9 (else this test proves nothing)",
    ).toBe(true);
  });

  test("a forest beats a single deep tree on noisy data", () => {
    const train = noisyClassification(21, 400);
    const test = noisyClassification(22, 1000);
    const tree = new DecisionTreeClassifier().fit(train.X, train.y);
    const forest = new RandomForestClassifier({ nEstimators: 60, seed: 0 }).fit(train.X, train.y);
    const accTree = accuracy(tree.predict(test.X), test.y);
    const accForest = accuracy(forest.predict(test.X), test.y);
    expect(
      accForest,
      `forest ${accForest.toFixed(3)} vs tree ${accTree.toFixed(3)} on 1000 new points`,
    ).toBeGreaterThan(accTree + 0.03);
    const imp = forest.featureImportances;
    expect(
      imp.reduce((s, v) => s + v, 0),
      "importances sum to 1",
    ).toBeCloseTo(1, 12);
    expect(imp[0] + imp[1], "features 0 and 1 carry the signal").toBeGreaterThan(0.5);
  });

  test("errors", () => {
    const { X, y } = noisyClassification(6, 20);
    expectThrows(
      () => new RandomForestClassifier({ nEstimators: 0 }).fit(X, y),
      InvalidArgument,
      "nEstimators 0",
    );
    expectThrows(
      () => new RandomForestClassifier({ nEstimators: 2.5 }).fit(X, y),
      InvalidArgument,
      "nEstimators 2.5",
    );
    expectThrows(() => new RandomForestClassifier().fit(X, y.slice(1)), ShapeError, "19 labels for 20 rows");
  });
});

describe("2. Out-of-bag score and the forest regressor", () => {
  test("oobScore is the accuracy of the trees that did not see each row", () => {
    const { X, y } = noisyClassification(7, 150);
    const forest = new RandomForestClassifier({ nEstimators: 25, seed: 3, oobScore: true }).fit(X, y);
    // Recompute from the trees and their samples.
    const sum = new Float64Array(150 * 2);
    const votes = new Int32Array(150);
    forest.estimators.forEach((tree, t) => {
      const mask = outOfBagMask(150, forest.estimatorSamples[t]);
      const proba = tree.predictProba(X);
      for (let i = 0; i < 150; i++) {
        if (!mask[i]) continue;
        votes[i] = votes[i] + 1;
        for (let k = 0; k < 2; k++) sum[2 * i + k] = sum[2 * i + k] + proba.data[2 * i + k];
      }
    });
    let correct = 0;
    let counted = 0;
    const oob = forest.oobDecisionFunction;
    for (let i = 0; i < 150; i++) {
      const v = votes[i];
      if (v === 0) continue;
      counted++;
      const p0 = sum[2 * i] / v;
      const p1 = sum[2 * i + 1] / v;
      expect(oob.data[2 * i], `oobDecisionFunction row ${i}`).toBeCloseTo(p0, 12);
      if ((p1 > p0 ? 1 : 0) === y[i]) correct++;
    }
    expect(forest.oobScore, "oobScore").toBeCloseTo(correct / counted, 12);
  });

  test("rows that were never out of bag are NaN and do not count", () => {
    const { X, y } = noisyClassification(8, 60);
    const forest = new RandomForestClassifier({ nEstimators: 1, seed: 1, oobScore: true }).fit(X, y);
    const mask = outOfBagMask(60, forest.estimatorSamples[0]);
    const oob = forest.oobDecisionFunction;
    for (let i = 0; i < 60; i++) {
      expect(Number.isNaN(oob.data[2 * i]), `row ${i} NaN ⇔ in the only tree's sample`).toBe(mask[i] === 0);
    }
    expect(forest.oobScore, "oobScore is an accuracy").toBeGreaterThanOrEqual(0);
  });

  test("oobScore needs oobScore: true and bootstrap", () => {
    const { X, y } = noisyClassification(9, 40);
    const plain = new RandomForestClassifier({ nEstimators: 3 }).fit(X, y);
    expectThrows(() => plain.oobScore, InvalidArgument, "oobScore after fit without oobScore: true");
    expectThrows(
      () => new RandomForestClassifier({ oobScore: true, bootstrap: false }).fit(X, y),
      InvalidArgument,
      "oobScore without bootstrap",
    );
  });

  test("the regressor averages its trees; its OOB score is the OOB R²", () => {
    const { X, y } = noisyRegression(10, 300);
    const forest = new RandomForestRegressor({ nEstimators: 30, seed: 4, oobScore: true }).fit(X, y);
    const Xq = selectRows(X, rows(50));
    const mean = new Float64Array(50);
    for (const t of forest.estimators) {
      const p = t.predict(Xq);
      for (let i = 0; i < 50; i++) mean[i] = mean[i] + p[i] / 30;
    }
    expect(maxAbsDiff(forest.predict(Xq), mean), "predict vs mean of estimators").toBeLessThan(TOL);

    const sum = new Float64Array(300);
    const votes = new Int32Array(300);
    forest.estimators.forEach((tree, t) => {
      const mask = outOfBagMask(300, forest.estimatorSamples[t]);
      const p = tree.predict(X);
      for (let i = 0; i < 300; i++) {
        if (mask[i]) {
          votes[i] = votes[i] + 1;
          sum[i] = sum[i] + p[i];
        }
      }
    });
    const idx = rows(300).filter((i) => votes[i] > 0);
    const pred = idx.map((i) => sum[i] / votes[i]);
    const ys = idx.map((i) => y[i]);
    const ybar = ys.reduce((s, v) => s + v, 0) / ys.length;
    const r2 =
      1 - ys.reduce((s, v, k) => s + (v - pred[k]) ** 2, 0) / ys.reduce((s, v) => s + (v - ybar) ** 2, 0);
    expect(forest.oobScore, "oobScore = R² of the OOB predictions").toBeCloseTo(r2, 12);
    expect(
      maxAbsDiff(
        idx.map((i) => forest.oobPrediction[i]),
        pred,
      ),
      "oobPrediction",
    ).toBeLessThan(TOL);
  });

  describeEstimatorContract(
    "2. Out-of-bag score and the forest regressor",
    () => new RandomForestRegressor({ nEstimators: 6, maxDepth: 4, oobScore: true, seed: 2 }),
    noisyRegression(14, 60),
    {
      name: "RandomForestRegressor",
      methods: ["predict"],
      properties: ["estimatorSamples", "featureImportances", "oobScore", "oobPrediction"],
    },
  );

  test("a regression forest beats a single deep tree on new data", () => {
    const train = noisyRegression(31, 300);
    const test = noisyRegression(32, 1000);
    const mse = (p: Float64Array) => p.reduce((s, v, i) => s + (v - test.y[i]) ** 2, 0) / p.length;
    const tree = new RandomForestRegressor({ nEstimators: 1, bootstrap: false }).fit(train.X, train.y);
    const forest = new RandomForestRegressor({ nEstimators: 50, seed: 1 }).fit(train.X, train.y);
    expect(mse(forest.predict(test.X)), "forest MSE < 0.8 × single-tree MSE").toBeLessThan(
      0.8 * mse(tree.predict(test.X)),
    );
  });
});
