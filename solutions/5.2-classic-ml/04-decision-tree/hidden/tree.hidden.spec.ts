/**
 * Hidden specs for 5.2.4 Decision trees: every golden case of scikit-learn 1.2.1
 * (solutions/5.2-classic-ml/04-decision-tree/golden/, made by make_golden.py there), a brute-force
 * check of bestSplit on random data with duplicates, rounding at the midpoint, invariance to
 * row order, and the feature-sampling rules.
 *
 * Tolerances: thresholds vs scikit-learn 1e-6 (float32 features there, float64 here);
 * impurities and probabilities 1e-12; regression predictions 1e-9; importances 1e-9.
 */

import {
  bestSplit,
  DecisionTreeClassifier,
  DecisionTreeRegressor,
  entropyImpurity,
  giniImpurity,
  resolveMaxFeatures,
  squaredErrorImpurity,
} from "@exercise/5.2-classic-ml/04-decision-tree/tree";
import type { Criterion, TreeNodes } from "@exercise/5.2-classic-ml/04-decision-tree/tree.given";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { fromRows, matrix, selectRows } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, iris, maxAbsDiff } from "../../../../lib/testing";
import goldenJson from "../golden/golden.json";

interface GoldenTree {
  nodeCount: number;
  depth: number;
  nLeaves: number;
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  nNodeSamples: number[];
  impurity: number[];
  featureImportances: number[];
}
interface GoldenParams {
  criterion?: "gini" | "entropy";
  max_depth?: number;
  min_samples_split?: number;
  min_samples_leaf?: number;
}
interface Golden {
  iris: {
    name: string;
    params: GoldenParams;
    tree: GoldenTree;
    trainPredictions: number[];
    trainProba: number[][];
    testX: number[][];
    testPredictions: number[];
  }[];
  regression: {
    X: number[][];
    y: number[];
    testX: number[][];
    cases: {
      name: string;
      params: GoldenParams;
      tree: GoldenTree;
      trainPredictions: number[];
      testPredictions: number[];
    }[];
  };
}
const golden = goldenJson as unknown as Golden;

function options(p: GoldenParams) {
  return {
    maxDepth: p.max_depth ?? null,
    ...(p.min_samples_split === undefined ? {} : { minSamplesSplit: p.min_samples_split }),
    ...(p.min_samples_leaf === undefined ? {} : { minSamplesLeaf: p.min_samples_leaf }),
  };
}

function expectSameTree(n: TreeNodes, want: GoldenTree, what: string): void {
  expect(n.feature.length, `${what}: node count`).toBe(want.nodeCount);
  expect(Array.from(n.feature), `${what}: split feature per node`).toEqual(want.feature);
  expect(Array.from(n.left), `${what}: left child per node`).toEqual(want.left);
  expect(Array.from(n.right), `${what}: right child per node`).toEqual(want.right);
  expect(Array.from(n.nSamples), `${what}: samples per node`).toEqual(want.nNodeSamples);
  expect(
    maxAbsDiff(n.threshold, want.threshold),
    `${what}: thresholds (1e-6: float32 in scikit-learn)`,
  ).toBeLessThan(1e-6);
  const scale = Math.max(1, ...want.impurity);
  expect(maxAbsDiff(n.impurity, want.impurity) / scale, `${what}: impurity per node (relative)`).toBeLessThan(
    1e-12,
  );
}

// A reference sweep written plainly (O(n²)), for the brute-force comparison.
function impurityOf(criterion: Criterion, ys: number[]): number {
  if (criterion === "squared_error") {
    const m = ys.reduce((s, v) => s + v, 0) / ys.length;
    return ys.reduce((s, v) => s + (v - m) ** 2, 0) / ys.length;
  }
  const counts = new Map<number, number>();
  for (const v of ys) counts.set(v, (counts.get(v) ?? 0) + 1);
  let out = criterion === "gini" ? 1 : 0;
  for (const c of counts.values()) {
    const p = c / ys.length;
    out += criterion === "gini" ? -p * p : -p * Math.log2(p);
  }
  return out;
}

/** Every allowed candidate threshold with its gain, in ascending order of threshold. */
function referenceCandidates(x: number[], y: number[], criterion: Criterion, msl: number) {
  const distinct = [...new Set(x)].sort((a, b) => a - b);
  const parent = impurityOf(criterion, y);
  const out: { threshold: number; gain: number; nLeft: number }[] = [];
  for (let k = 0; k + 1 < distinct.length; k++) {
    const t = distinct[k] / 2 + distinct[k + 1] / 2;
    const left = y.filter((_, i) => x[i] <= t);
    const right = y.filter((_, i) => x[i] > t);
    if (left.length < msl || right.length < msl) continue;
    const n = y.length;
    const gain =
      parent -
      (left.length / n) * impurityOf(criterion, left) -
      (right.length / n) * impurityOf(criterion, right);
    out.push({ threshold: t, gain, nLeft: left.length });
  }
  return out;
}

describe("1. Impurity", () => {
  test("gini and entropy agree with the formulas on random counts, and ignore scale", () => {
    const rng = new Rng(41);
    for (let trial = 0; trial < 50; trial++) {
      const k = rng.int(1, 9);
      const counts = Array.from({ length: k }, () => rng.int(0, 40));
      counts[0] = counts[0] + 1;
      const total = counts.reduce((s, c) => s + c, 0);
      const gini = 1 - counts.reduce((s, c) => s + (c / total) ** 2, 0);
      const ent = -counts.reduce((s, c) => s + (c > 0 ? (c / total) * Math.log2(c / total) : 0), 0);
      expect(giniImpurity(counts), `gini ${JSON.stringify(counts)}`).toBeCloseTo(gini, 12);
      expect(entropyImpurity(counts), `entropy ${JSON.stringify(counts)}`).toBeCloseTo(ent, 12);
      const scaled = counts.map((c) => c * 1000);
      expect(giniImpurity(scaled), "gini of counts × 1000").toBeCloseTo(gini, 12);
    }
    for (let k = 2; k <= 10; k++) {
      expect(entropyImpurity(new Array(k).fill(3)), `entropy of ${k} equal classes = log₂ ${k}`).toBeCloseTo(
        Math.log2(k),
        12,
      );
      expect(giniImpurity(new Array(k).fill(3)), `gini of ${k} equal classes = (k−1)/k`).toBeCloseTo(
        (k - 1) / k,
        12,
      );
    }
  });

  test("squared error is numerically stable (two passes, not E[y²] − ȳ²)", () => {
    const rng = new Rng(5);
    const ys = Array.from({ length: 1000 }, () => 1e8 + rng.normal(0, 1));
    const m = ys.reduce((s, v) => s + v, 0) / ys.length;
    const want = ys.reduce((s, v) => s + (v - m) ** 2, 0) / ys.length;
    expect(Math.abs(squaredErrorImpurity(ys) - want) / want, "relative error at offset 1e8").toBeLessThan(
      1e-6,
    );
  });

  test("more bad input", () => {
    expectThrows(() => entropyImpurity([]), InvalidArgument, "entropyImpurity([])");
    expectThrows(() => entropyImpurity([0]), InvalidArgument, "entropyImpurity([0])");
    expectThrows(() => giniImpurity([1, Number.POSITIVE_INFINITY]), InvalidArgument, "an infinite count");
    expectThrows(() => squaredErrorImpurity([1, Number.NaN]), InvalidArgument, "NaN target");
  });
});

describe("2. The best threshold of one feature", () => {
  test("matches a brute-force search on random data with many duplicate values", () => {
    const rng = new Rng(2024);
    for (let trial = 0; trial < 60; trial++) {
      const n = rng.int(2, 50);
      const criterion: Criterion = (["gini", "entropy", "squared_error"] as const)[trial % 3];
      const msl = 1 + (trial % 4);
      const x = Array.from({ length: n }, () => rng.int(0, 12) / 2);
      const y =
        criterion === "squared_error"
          ? Array.from({ length: n }, (_, i) => x[i] ** 2 / 10 + rng.normal(0, 1))
          : Array.from({ length: n }, (_, i) => (x[i] > 3 ? rng.int(0, 3) : rng.int(0, 2)));
      const candidates = referenceCandidates(x, y, criterion, msl);
      const got = bestSplit(x, y, criterion, { minSamplesLeaf: msl });
      const what = `trial ${trial} (${criterion}, n ${n}, minSamplesLeaf ${msl})`;
      if (candidates.length === 0) {
        expect(got, `${what}: no allowed split`).toBeNull();
        continue;
      }
      const bestGain = Math.max(...candidates.map((c) => c.gain));
      expect(got, `${what}: a split exists`).not.toBeNull();
      expect(got?.gain, `${what}: gain`).toBeCloseTo(bestGain, 10);
      // Candidates whose gain equals the best up to rounding are all acceptable; on an exact
      // tie the lowest threshold wins (checked in the public spec).
      const chosen = candidates.find((c) => c.threshold === got?.threshold);
      expect(
        chosen,
        `${what}: threshold ${got?.threshold} is a midpoint between distinct values`,
      ).toBeDefined();
      expect(chosen?.gain, `${what}: gain of the chosen threshold`).toBeGreaterThan(bestGain - 1e-9);
      expect(got?.nLeft, `${what}: nLeft`).toBe(chosen?.nLeft);
      expect(got && got.nLeft + got.nRight, `${what}: nLeft + nRight`).toBe(n);
    }
  });

  test("the midpoint never equals the upper value (rounding at adjacent doubles)", () => {
    const lower = 1 - 2 ** -53; // the double just below 1
    const s = bestSplit([1, lower], [1, 0], "gini");
    // lower/2 + 1/2 rounds to 1, which would send x = 1 left too; the threshold must fall back to lower.
    expect(s?.threshold, "threshold between 1 − 2⁻⁵³ and 1").toBe(lower);
    expect(s?.nLeft, "nLeft").toBe(1);
    expect(s?.gain, "a perfect split").toBeCloseTo(0.5, 12);
  });

  test("large values and negative values", () => {
    const s = bestSplit([1e15 + 1, 1e15 + 3, -1e15, -1e15 + 2], [1, 1, 0, 0], "entropy");
    expect(s?.threshold, "threshold between −1e15 + 2 and 1e15 + 1").toBe((-1e15 + 2) / 2 + (1e15 + 1) / 2);
    const t = bestSplit([-3, -1, -2], [0, 1, 0], "gini");
    expect(t?.threshold, "negative values").toBe(-1.5);
  });

  test("nClasses larger than the classes present is allowed; smaller is not", () => {
    expect(bestSplit([1, 2], [0, 1], "gini", { nClasses: 5 })?.threshold, "nClasses 5").toBe(1.5);
    expectThrows(
      () => bestSplit([1, 2], [0, 3], "gini", { nClasses: 2 }),
      InvalidArgument,
      "class 3 with nClasses 2",
    );
    expectThrows(() => bestSplit([1, 2], [0, -1], "gini"), InvalidArgument, "class −1");
    expectThrows(
      () => bestSplit([1, 2], [0, 1], "gini", { minSamplesLeaf: 0 }),
      InvalidArgument,
      "minSamplesLeaf 0",
    );
  });
});

describe("3. Growing a classification tree", () => {
  test("every Iris case of scikit-learn: nodes, predictions, probabilities", async () => {
    const { X, y } = await iris();
    for (const c of golden.iris) {
      const tree = new DecisionTreeClassifier({ criterion: c.params.criterion, ...options(c.params) }).fit(
        X,
        y,
      );
      expectSameTree(tree.nodes, c.tree, c.name);
      expect([tree.nodeCount, tree.depth, tree.nLeaves], `${c.name}: [nodeCount, depth, nLeaves]`).toEqual([
        c.tree.nodeCount,
        c.tree.depth,
        c.tree.nLeaves,
      ]);
      expect(Array.from(tree.predict(X)), `${c.name}: training predictions`).toEqual(c.trainPredictions);
      expect(
        maxAbsDiff(tree.predictProba(X).data, c.trainProba.flat()),
        `${c.name}: predictProba`,
      ).toBeLessThan(1e-12);
      expect(Array.from(tree.predict(fromRows(c.testX))), `${c.name}: predictions on 40 new points`).toEqual(
        c.testPredictions,
      );
    }
  });

  test("shuffling the rows does not change the tree", async () => {
    const { X, y } = await iris();
    const perm = new Rng(8).permutation(150);
    const Xs = selectRows(X, perm);
    const ys = Int32Array.from(perm, (i) => y[i]);
    for (const criterion of ["gini", "entropy"] as const) {
      const a = new DecisionTreeClassifier({ criterion }).fit(X, y).nodes;
      const b = new DecisionTreeClassifier({ criterion }).fit(Xs, ys).nodes;
      expect(Array.from(b.feature), `${criterion}: features after shuffling the rows`).toEqual(
        Array.from(a.feature),
      );
      expect(Array.from(b.threshold), `${criterion}: thresholds after shuffling`).toEqual(
        Array.from(a.threshold),
      );
      expect(Array.from(b.nSamples), `${criterion}: sample counts after shuffling`).toEqual(
        Array.from(a.nSamples),
      );
    }
  });

  test("labels are mapped back: y + 10 gives predictions + 10", async () => {
    const { X, y } = await iris();
    const shifted = Int32Array.from(y, (v) => v + 10);
    const tree = new DecisionTreeClassifier({ maxDepth: 3 }).fit(X, shifted);
    expect(Array.from(tree.classes), "classes").toEqual([10, 11, 12]);
    expect(Array.from(tree.predict(X)), "predictions").toEqual(
      golden.iris[0].trainPredictions.map((v) => v + 10),
    );
  });

  test("a single class gives one leaf that predicts it with probability 1", () => {
    const tree = new DecisionTreeClassifier().fit(fromRows([[1], [2], [3]]), [4, 4, 4]);
    expect([tree.nodeCount, tree.depth], "[nodeCount, depth]").toEqual([1, 0]);
    expect(Array.from(tree.predictProba(fromRows([[9]])).data), "predictProba").toEqual([1]);
    expect(Array.from(tree.predict(fromRows([[9]]))), "predict").toEqual([4]);
  });

  test("stopping rules on a larger random problem", () => {
    const rng = new Rng(77);
    const n = 600;
    const p = 5;
    const X = matrix(n, p, rng.uniformArray(n * p));
    const y = Int32Array.from(
      { length: n },
      (_, i) => (X.data[i * p] > 0.5 ? 1 : 0) ^ (rng.next() < 0.2 ? 1 : 0),
    );
    for (const [maxDepth, mss, msl] of [
      [2, 2, 1],
      [6, 40, 1],
      [null, 2, 15],
      [5, 10, 4],
    ] as const) {
      const tree = new DecisionTreeClassifier({
        criterion: "entropy",
        maxDepth,
        minSamplesSplit: mss,
        minSamplesLeaf: msl,
      }).fit(X, y);
      const nd = tree.nodes;
      const what = `maxDepth ${maxDepth}, minSamplesSplit ${mss}, minSamplesLeaf ${msl}`;
      if (maxDepth !== null) expect(tree.depth, `${what}: depth`).toBeLessThanOrEqual(maxDepth);
      for (let t = 0; t < nd.feature.length; t++) {
        const internal = nd.feature[t] >= 0;
        if (internal) {
          expect(nd.nSamples[t], `${what}: internal node ${t} samples`).toBeGreaterThanOrEqual(mss);
          expect(
            nd.nSamples[nd.left[t]] + nd.nSamples[nd.right[t]],
            `${what}: children of node ${t} share its samples`,
          ).toBe(nd.nSamples[t]);
        } else {
          expect(nd.nSamples[t], `${what}: leaf ${t} samples`).toBeGreaterThanOrEqual(msl);
        }
      }
      expect(nd.feature.length % 2, `${what}: node count is odd (every split makes two children)`).toBe(1);
    }
  });
});

describe("4. Regression tree", () => {
  test("every regression case of scikit-learn: nodes and predictions", () => {
    const R = golden.regression;
    const X = fromRows(R.X);
    const Xt = fromRows(R.testX);
    for (const c of R.cases) {
      const tree = new DecisionTreeRegressor(options(c.params)).fit(X, R.y);
      expectSameTree(tree.nodes, c.tree, c.name);
      expect(tree.depth, `${c.name}: depth`).toBe(c.tree.depth);
      expect(maxAbsDiff(tree.predict(X), c.trainPredictions), `${c.name}: training predictions`).toBeLessThan(
        1e-9,
      );
      expect(
        maxAbsDiff(tree.predict(Xt), c.testPredictions),
        `${c.name}: predictions on 60 new points`,
      ).toBeLessThan(1e-9);
    }
  });

  test("apply gives leaves whose mean is the prediction", () => {
    const R = golden.regression;
    const X = fromRows(R.X);
    const tree = new DecisionTreeRegressor({ maxDepth: 3 }).fit(X, R.y);
    const leaves = tree.apply(X);
    const sums = new Map<number, [number, number]>();
    leaves.forEach((leaf, i) => {
      const [s, c] = sums.get(leaf) ?? [0, 0];
      sums.set(leaf, [s + R.y[i], c + 1]);
    });
    const pred = tree.predict(X);
    leaves.forEach((leaf, i) => {
      const [s, c] = sums.get(leaf) as [number, number];
      expect(pred[i], `row ${i}: prediction = mean of leaf ${leaf}`).toBeCloseTo(s / c, 12);
      expect(tree.nodes.feature[leaf], `apply returns leaves (feature −1), row ${i}`).toBe(-1);
    });
    expect(sums.size, "number of distinct leaves reached").toBe(tree.nLeaves);
  });
});

describe("5. Random feature subsets", () => {
  test("resolveMaxFeatures over many feature counts", () => {
    for (let p = 1; p <= 64; p++) {
      expect(resolveMaxFeatures("sqrt", p), `sqrt of ${p}`).toBe(Math.max(1, Math.floor(Math.sqrt(p))));
      expect(resolveMaxFeatures("log2", p), `log2 of ${p}`).toBe(Math.max(1, Math.floor(Math.log2(p))));
      expect(resolveMaxFeatures(p, p), `${p} of ${p}`).toBe(p);
      expect(resolveMaxFeatures(0.3, p), `0.3 of ${p}`).toBe(Math.max(1, Math.floor(0.3 * p)));
    }
  });

  test("constant features do not count towards maxFeatures", () => {
    // Three constant columns and one informative column: with maxFeatures 1 a node that drew a
    // constant column must keep drawing, so the tree still separates the classes perfectly.
    const rng = new Rng(3);
    const n = 80;
    const data = new Float64Array(n * 4);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = rng.uniform(0, 10);
      data.set([1, 2, v, 3], i * 4);
      y[i] = v > 5 ? 1 : 0;
    }
    for (let seed = 0; seed < 5; seed++) {
      const tree = new DecisionTreeClassifier({ maxFeatures: 1, seed }).fit({ data, rows: n, cols: 4 }, y);
      expect(Array.from(tree.nodes.feature), `seed ${seed}: one split on column 2`).toEqual([2, -1, -1]);
    }
  });

  test("random subsets make the trees differ; regressors too", () => {
    const R = golden.regression;
    const X = fromRows(R.X);
    const shapes = new Set<string>();
    for (let seed = 0; seed < 8; seed++) {
      const tree = new DecisionTreeRegressor({ maxFeatures: 1, maxDepth: 4, seed }).fit(X, R.y);
      shapes.add(Array.from(tree.nodes.feature).join(","));
      const again = new DecisionTreeRegressor({ maxFeatures: 1, maxDepth: 4, seed }).fit(X, R.y);
      expect(Array.from(again.predict(X)), `seed ${seed}: refitting gives the same tree`).toEqual(
        Array.from(tree.predict(X)),
      );
    }
    expect(shapes.size, "distinct trees over 8 seeds").toBeGreaterThanOrEqual(4);
    const all = new DecisionTreeRegressor({ maxDepth: 4, maxFeatures: 3, seed: 123 }).fit(X, R.y);
    expect(
      maxAbsDiff(all.predict(X), golden.regression.cases[0].trainPredictions),
      "maxFeatures 3 of 3 = plain tree",
    ).toBeLessThan(1e-9);
  });
});

describe("6. Feature importances", () => {
  test("scikit-learn's importances for every golden case", async () => {
    const { X, y } = await iris();
    for (const c of golden.iris) {
      const tree = new DecisionTreeClassifier({ criterion: c.params.criterion, ...options(c.params) }).fit(
        X,
        y,
      );
      expect(
        maxAbsDiff(tree.featureImportances, c.tree.featureImportances),
        `${c.name}: importances`,
      ).toBeLessThan(1e-9);
    }
    const R = golden.regression;
    const Xr = fromRows(R.X);
    for (const c of R.cases) {
      const tree = new DecisionTreeRegressor(options(c.params)).fit(Xr, R.y);
      expect(
        maxAbsDiff(tree.featureImportances, c.tree.featureImportances),
        `${c.name}: importances`,
      ).toBeLessThan(1e-9);
    }
  });

  test("the getter returns a copy", async () => {
    const { X, y } = await iris();
    const tree = new DecisionTreeClassifier({ maxDepth: 2 }).fit(X, y);
    const imp = tree.featureImportances;
    imp.fill(7);
    expect(
      tree.featureImportances.reduce((s, v) => s + v, 0),
      "sum after modifying a previous result",
    ).toBeCloseTo(1, 12);
  });
});
