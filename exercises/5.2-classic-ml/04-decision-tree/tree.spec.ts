/**
 * Public specs for 5.2.4 Decision trees. Run them with
 *
 *     npm test exercises/5.2-classic-ml/04-decision-tree
 *
 * Tolerances. Impurities, gains and leaf values are a handful of float64 operations on small
 * numbers: 1e-12. Thresholds compared with scikit-learn: 1e-6, because scikit-learn stores
 * features as float32 (its 2.45 is 2.450000047683716) while the course works in float64.
 * Feature importances against scikit-learn: 1e-9 (both sides sum the same impurity decreases
 * in a different order).
 *
 * The scikit-learn numbers written below come from scikit-learn 1.2.1 (see README, "Theory in
 * brief", for how the golden values were produced).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix, matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, iris, maxAbsDiff } from "../../../lib/testing";
import {
  bestSplit,
  DecisionTreeClassifier,
  DecisionTreeRegressor,
  entropyImpurity,
  giniImpurity,
  resolveMaxFeatures,
  squaredErrorImpurity,
} from "./tree";

const TOL = 1e-12;

/** n random rows with p features; the label depends on features 0 and 1 only (plus 10% noise). */
function randomClassification(seed: number, n: number, p: number): { X: Matrix; y: Int32Array } {
  const rng = new Rng(seed);
  const X = matrix(n, p, rng.uniformArray(n * p, 0, 10));
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = X.data[i * p];
    const b = X.data[i * p + 1];
    y[i] = rng.next() < 0.1 ? rng.int(0, 3) : a + b < 8 ? 0 : a > b ? 1 : 2;
  }
  return { X, y };
}

/** Depth of every node, from the pre-order node arrays. */
function nodeDepths(left: Int32Array, right: Int32Array): Int32Array {
  const depth = new Int32Array(left.length);
  for (let t = 0; t < left.length; t++) {
    const l = left[t];
    if (l >= 0) {
      depth[l] = depth[t] + 1;
      depth[right[t]] = depth[t] + 1;
    }
  }
  return depth;
}

describe("1. Impurity", () => {
  test("gini impurity: 1 − Σ pₖ²", () => {
    expect(giniImpurity([25, 25]), "giniImpurity([25, 25])").toBeCloseTo(0.5, 12);
    expect(giniImpurity([50, 0, 0]), "a pure node").toBe(0);
    expect(giniImpurity([1, 1, 1, 1]), "four equal classes: 1 − 4·(1/4)²").toBeCloseTo(0.75, 12);
    expect(giniImpurity(new Float64Array([3, 1])), "[3, 1]: 1 − 9/16 − 1/16").toBeCloseTo(0.375, 12);
  });

  test("entropy in bits: −Σ pₖ log₂ pₖ", () => {
    expect(entropyImpurity([1, 1]), "two equal classes = 1 bit").toBeCloseTo(1, 12);
    expect(entropyImpurity([2, 2, 2, 2]), "four equal classes = 2 bits").toBeCloseTo(2, 12);
    expect(entropyImpurity([7, 0]), "a pure node (0·log 0 counts as 0)").toBe(0);
    const want = -(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25));
    expect(entropyImpurity([3, 1]), "[3, 1]").toBeCloseTo(want, 12);
  });

  test("squared error: the variance of the node's targets", () => {
    expect(squaredErrorImpurity([1, 2, 3, 4]), "variance of 1, 2, 3, 4").toBeCloseTo(1.25, 12);
    expect(squaredErrorImpurity([5, 5, 5]), "constant targets").toBe(0);
    expect(
      squaredErrorImpurity(new Float64Array([1e9 + 1, 1e9 + 3])),
      "large values, small spread",
    ).toBeCloseTo(1, 6);
  });

  test("bad input throws InvalidArgument", () => {
    expectThrows(() => giniImpurity([]), InvalidArgument, "giniImpurity([])");
    expectThrows(() => giniImpurity([0, 0]), InvalidArgument, "giniImpurity([0, 0]) (an empty node)");
    expectThrows(() => giniImpurity([2, -1]), InvalidArgument, "giniImpurity([2, -1])");
    expectThrows(() => entropyImpurity([1, Number.NaN]), InvalidArgument, "entropyImpurity([1, NaN])");
    expectThrows(() => squaredErrorImpurity([]), InvalidArgument, "squaredErrorImpurity([])");
    expectThrows(
      () => squaredErrorImpurity([1, Number.POSITIVE_INFINITY]),
      InvalidArgument,
      "an infinite target",
    );
  });
});

describe("2. The best threshold of one feature", () => {
  test("a clean cut: the midpoint between the two groups, gain = parent impurity", () => {
    const s = bestSplit([1, 2, 3, 4, 5, 6], [0, 0, 0, 1, 1, 1], "gini");
    expect(s, "a split exists").not.toBeNull();
    expect(s?.threshold, "threshold").toBe(3.5);
    expect(s?.gain, "gain: 0.5 − 0 − 0").toBeCloseTo(0.5, 12);
    expect([s?.nLeft, s?.nRight], "[nLeft, nRight]").toEqual([3, 3]);
    expect([s?.impurityLeft, s?.impurityRight], "both children are pure").toEqual([0, 0]);
  });

  test("the input does not have to be sorted", () => {
    const s = bestSplit([6, 1, 5, 2, 4, 3], [1, 0, 1, 0, 1, 0], "entropy");
    expect(s?.threshold, "threshold").toBe(3.5);
    expect(s?.gain, "gain: 1 bit").toBeCloseTo(1, 12);
  });

  test("never a threshold between two equal values; exact ties go to the lowest threshold", () => {
    // Sorted x: 1 | 2 2 | 3. Cutting between the two 2s would be perfect but is impossible.
    // Candidates 1.5 and 2.5 both leave weighted gini 1/3: the tie goes to 1.5.
    const s = bestSplit([2, 1, 3, 2], [0, 0, 1, 1], "gini");
    expect(s?.threshold, "threshold (1.5 and 2.5 tie; never 2)").toBe(1.5);
    expect(s?.gain, "gain 0.5 − (3/4)·(4/9)").toBeCloseTo(0.5 - 1 / 3, 12);
    expect(s?.nLeft, "nLeft").toBe(1);
  });

  test("minSamplesLeaf rules out cuts that leave a side too small", () => {
    const y = [0, 1, 1, 1, 1, 1];
    const x = [1, 2, 3, 4, 5, 6];
    expect(bestSplit(x, y, "gini")?.threshold, "minSamplesLeaf 1: isolate the one 0").toBe(1.5);
    expect(bestSplit(x, y, "gini", { minSamplesLeaf: 2 })?.threshold, "minSamplesLeaf 2").toBe(2.5);
    expect(
      bestSplit(x, y, "gini", { minSamplesLeaf: 4 }),
      "minSamplesLeaf 4: no cut leaves 4 + 4",
    ).toBeNull();
  });

  test("a constant feature has no split", () => {
    expect(bestSplit([3, 3, 3], [0, 1, 0], "gini"), "all x equal").toBeNull();
  });

  test("squared error: the cut that explains the targets' jump", () => {
    const s = bestSplit([1, 2, 3, 10, 11, 12], [1, 1, 1, 5, 5, 5], "squared_error");
    expect(s?.threshold, "threshold").toBe(6.5);
    expect(s?.gain, "gain = variance of y = 4").toBeCloseTo(4, 12);
  });

  test("bad input throws", () => {
    expectThrows(() => bestSplit([1, 2], [0], "gini"), ShapeError, "x and y of different lengths");
    expectThrows(() => bestSplit([], [], "gini"), InvalidArgument, "empty x");
    expectThrows(() => bestSplit([1, Number.NaN], [0, 1], "gini"), InvalidArgument, "NaN in x");
    expectThrows(() => bestSplit([1, 2], [0, 0.5], "gini"), InvalidArgument, "a non-integer class index");
    expectThrows(() => bestSplit([1, 2], [0, 1], "mse" as "gini"), InvalidArgument, 'criterion "mse"');
  });
});

describe("3. Growing a classification tree", () => {
  // Two features; class 1 lives in the top-right quadrant.
  const X = fromRows([
    [1, 1],
    [2, 1],
    [1, 2],
    [2, 2],
    [6, 6],
    [7, 6],
    [6, 7],
    [2, 7],
  ]);
  const y = [0, 0, 0, 0, 1, 1, 1, 0];

  test("a hand-made example: two splits, pre-order node numbering", () => {
    const tree = new DecisionTreeClassifier().fit(X, y);
    const n = tree.nodes;
    // Root: x0 ≤ 4 isolates 4+1 zeros on the left, leaving [6,6],[7,6],[6,7] (all 1) on the right.
    expect(Array.from(n.feature), "feature per node (−1 = leaf)").toEqual([0, -1, -1]);
    expect(Array.from(n.threshold), "threshold per node").toEqual([4, 0, 0]);
    expect(Array.from(n.left), "left child per node").toEqual([1, -1, -1]);
    expect(Array.from(n.right), "right child per node").toEqual([2, -1, -1]);
    expect(Array.from(n.nSamples), "samples per node").toEqual([8, 5, 3]);
    expect(n.impurity[0], "root gini: 1 − (5/8)² − (3/8)²").toBeCloseTo(1 - 25 / 64 - 9 / 64, 12);
    expect(Array.from(tree.predict(X)), "training predictions").toEqual(y);
    expect([tree.nodeCount, tree.nLeaves, tree.depth], "[nodeCount, nLeaves, depth]").toEqual([3, 2, 1]);
  });

  test("labels can be any integers; classes are sorted and predict returns labels", () => {
    const labels = [7, 7, 7, 7, -3, -3, -3, 7];
    const tree = new DecisionTreeClassifier().fit(X, Int32Array.from(labels));
    expect(Array.from(tree.classes), "classes").toEqual([-3, 7]);
    expect(Array.from(tree.predict(X)), "predict").toEqual(labels);
    const proba = tree.predictProba(fromRows([[6.5, 6.5]]));
    expect([proba.rows, proba.cols], "predictProba shape").toEqual([1, 2]);
    expect(Array.from(proba.data), "P(−3), P(7) in the pure right leaf").toEqual([1, 0]);
  });

  test("predictProba gives the class shares of the leaf; rows sum to 1", () => {
    const tree = new DecisionTreeClassifier({ maxDepth: 1 }).fit(
      fromRows([[1], [2], [3], [4], [5], [6], [7]]),
      [0, 0, 0, 1, 1, 1, 0],
    );
    const proba = tree.predictProba(fromRows([[0], [10]]));
    expect(maxAbsDiff(proba.data, [1, 0, 0.25, 0.75]), "[[1, 0], [1/4, 3/4]]").toBeLessThan(TOL);
    expect(Array.from(tree.apply(fromRows([[0], [10]]))), "leaf numbers").toEqual([1, 2]);
  });

  test("a zero-gain split is still made when the node is impure (XOR)", () => {
    // No single threshold lowers the impurity of XOR, but two levels solve it.
    const xor = fromRows([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const tree = new DecisionTreeClassifier().fit(xor, [0, 1, 1, 0]);
    expect(Array.from(tree.predict(xor)), "XOR learned exactly").toEqual([0, 1, 1, 0]);
    expect(tree.depth, "depth").toBe(2);
  });

  test("same tree as scikit-learn on Iris (gini, maxDepth 3)", async () => {
    const { X: Xi, y: yi } = await iris();
    const tree = new DecisionTreeClassifier({ maxDepth: 3 }).fit(Xi, yi);
    const n = tree.nodes;
    // scikit-learn 1.2.1, DecisionTreeClassifier(max_depth=3), tie → lowest feature index.
    expect(Array.from(n.feature), "features (2 = petal length, 3 = petal width)").toEqual([
      2, -1, 3, 2, -1, -1, 2, -1, -1,
    ]);
    expect(maxAbsDiff(n.threshold, [2.45, 0, 1.75, 4.95, 0, 0, 4.85, 0, 0]), "thresholds").toBeLessThan(1e-6);
    expect(Array.from(n.nSamples), "samples per node").toEqual([150, 50, 100, 54, 48, 6, 46, 3, 43]);
    let correct = 0;
    tree.predict(Xi).forEach((p, i) => {
      if (p === yi[i]) correct++;
    });
    expect(correct / 150, "training accuracy (scikit-learn: 0.9733)").toBeCloseTo(0.9733333333, 9);
  });

  test("maxDepth, minSamplesSplit and minSamplesLeaf are respected", () => {
    const { X: Xr, y: yr } = randomClassification(3, 300, 4);
    const deep = new DecisionTreeClassifier().fit(Xr, yr);
    let correct = 0;
    deep.predict(Xr).forEach((p, i) => {
      if (p === yr[i]) correct++;
    });
    expect(correct, "an unlimited tree fits distinct training rows perfectly").toBe(300);

    const limited = new DecisionTreeClassifier({ maxDepth: 4, minSamplesSplit: 20, minSamplesLeaf: 7 }).fit(
      Xr,
      yr,
    );
    const n = limited.nodes;
    const depth = nodeDepths(n.left, n.right);
    expect(limited.depth, "depth ≤ maxDepth").toBeLessThanOrEqual(4);
    for (let t = 0; t < n.feature.length; t++) {
      if (n.feature[t] >= 0) {
        expect(n.nSamples[t], `internal node ${t} has ≥ minSamplesSplit samples`).toBeGreaterThanOrEqual(20);
        expect(depth[t], `internal node ${t} is above maxDepth`).toBeLessThan(4);
      } else {
        expect(n.nSamples[t], `leaf ${t} has ≥ minSamplesLeaf samples`).toBeGreaterThanOrEqual(7);
      }
    }
  });

  test("a leaf with tied class counts predicts the smallest tied label", () => {
    // minSamplesSplit 10 keeps the five rows in one leaf: labels 1 and 2 twice each, 0 once.
    const five = fromRows([[1], [2], [3], [4], [5]]);
    const leaf = new DecisionTreeClassifier({ minSamplesSplit: 10 }).fit(five, [2, 1, 0, 2, 1]);
    expect(leaf.nodeCount, "a single leaf").toBe(1);
    expect(Array.from(leaf.predict(five)), "1 and 2 tie (two rows each): the smaller, 1").toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(Array.from(leaf.predictProba(fromRows([[3]])).data), "shares of 0, 1, 2").toEqual([0.2, 0.4, 0.4]);
    // A tied leaf below the root, with labels that are not 0..K−1: x ≤ 0.5 holds one 9 and one −4.
    const tree = new DecisionTreeClassifier({ maxDepth: 1 }).fit(
      fromRows([[0], [0], [1], [1], [1]]),
      [9, -4, 9, 9, 9],
    );
    expect(Array.from(tree.predict(fromRows([[0], [1]]))), "tied left leaf → −4; right leaf → 9").toEqual([
      -4, 9,
    ]);
  });

  describeEstimatorContract(
    "3. Growing a classification tree",
    () => new DecisionTreeClassifier({ maxDepth: 4 }),
    randomClassification(5, 60, 3),
    {
      name: "DecisionTreeClassifier",
      methods: ["predict", "predictProba", "apply"],
      properties: ["classes", "nodes", "nodeCount", "nLeaves", "depth", "nFeatures", "featureImportances"],
    },
  );

  test("errors: bad options, bad labels", () => {
    expectThrows(() => new DecisionTreeClassifier({ maxDepth: 0 }).fit(X, y), InvalidArgument, "maxDepth 0");
    expectThrows(
      () => new DecisionTreeClassifier({ minSamplesSplit: 1 }).fit(X, y),
      InvalidArgument,
      "minSamplesSplit 1",
    );
    expectThrows(
      () => new DecisionTreeClassifier({ minSamplesLeaf: 0 }).fit(X, y),
      InvalidArgument,
      "minSamplesLeaf 0",
    );
    expectThrows(() => new DecisionTreeClassifier().fit(X, y.slice(1)), ShapeError, "7 labels for 8 rows");
    expectThrows(
      () => new DecisionTreeClassifier().fit(X, [0, 0, 0, 0, 1, 1, 1, 0.5]),
      InvalidArgument,
      "a label 0.5",
    );
    expectThrows(
      () => new DecisionTreeClassifier({ criterion: "mse" as "gini" }).fit(X, y),
      InvalidArgument,
      'criterion "mse"',
    );
  });
});

describe("4. Regression tree", () => {
  const X = fromRows([[1], [2], [3], [4], [5], [6], [7], [8]]);
  const y = [1.0, 1.2, 0.8, 5, 5.2, 4.8, 9, 9.4];

  test("same two-level tree as scikit-learn", () => {
    const tree = new DecisionTreeRegressor({ maxDepth: 2 }).fit(X, y);
    const n = tree.nodes;
    // scikit-learn 1.2.1: DecisionTreeRegressor(max_depth=2) on the same data.
    expect(Array.from(n.feature), "features").toEqual([0, 0, -1, -1, 0, -1, -1]);
    expect(Array.from(n.threshold), "thresholds").toEqual([3.5, 2.5, 0, 0, 6.5, 0, 0]);
    expect(Array.from(n.nSamples), "samples per node").toEqual([8, 3, 2, 1, 5, 3, 2]);
    expect(n.impurity[0], "root impurity = variance of y").toBeCloseTo(10.2375, 12);
    const pred = tree.predict(fromRows([[0], [3.5], [6.5], [100]]));
    expect(maxAbsDiff(pred, [1.1, 0.8, 5, 9.2]), "predictions = leaf means").toBeLessThan(TOL);
  });

  test("an unlimited tree reproduces distinct training points; a stump predicts two means", () => {
    const full = new DecisionTreeRegressor().fit(X, y);
    expect(maxAbsDiff(full.predict(X), y), "unlimited depth").toBeLessThan(TOL);
    const stump = new DecisionTreeRegressor({ maxDepth: 1 }).fit(X, y);
    const left = (1 + 1.2 + 0.8) / 3;
    const right = (5 + 5.2 + 4.8 + 9 + 9.4) / 5;
    expect(maxAbsDiff(stump.predict(fromRows([[2], [7]])), [left, right]), "stump").toBeLessThan(TOL);
  });

  test("constant targets give a single leaf", () => {
    const tree = new DecisionTreeRegressor().fit(X, new Float64Array(8).fill(2.5));
    expect([tree.nodeCount, tree.depth], "[nodeCount, depth]").toEqual([1, 0]);
    expect(Array.from(tree.featureImportances), "no split, no importance").toEqual([0]);
  });

  describeEstimatorContract(
    "4. Regression tree",
    () => new DecisionTreeRegressor({ maxDepth: 4 }),
    { X: randomClassification(6, 60, 3).X, y: new Rng(7).normalArray(60) },
    {
      name: "DecisionTreeRegressor",
      methods: ["predict", "apply"],
      properties: ["nodes", "nodeCount", "nLeaves", "depth", "nFeatures", "featureImportances"],
    },
  );

  test("errors", () => {
    expectThrows(() => new DecisionTreeRegressor().fit(X, [1, 2, 3]), ShapeError, "3 targets for 8 rows");
    expectThrows(
      () => new DecisionTreeRegressor().fit(X, [1, 2, 3, 4, 5, 6, 7, Number.NaN]),
      InvalidArgument,
      "NaN target",
    );
    expectThrows(() => new DecisionTreeRegressor().fit(matrix(0, 1), []), InvalidArgument, "no rows");
  });
});

describe("5. Random feature subsets", () => {
  test("resolveMaxFeatures counts the features a node examines", () => {
    expect(resolveMaxFeatures(undefined, 7), "undefined → all").toBe(7);
    expect(resolveMaxFeatures(null, 7), "null → all").toBe(7);
    expect(resolveMaxFeatures("sqrt", 7), "⌊√7⌋").toBe(2);
    expect(resolveMaxFeatures("sqrt", 16), "√16").toBe(4);
    expect(resolveMaxFeatures("log2", 7), "⌊log₂ 7⌋").toBe(2);
    expect(resolveMaxFeatures("log2", 1), "at least 1").toBe(1);
    expect(resolveMaxFeatures(3, 7), "an integer").toBe(3);
    expect(resolveMaxFeatures(0.5, 7), "a fraction: ⌊3.5⌋").toBe(3);
    expect(resolveMaxFeatures(0.01, 7), "a tiny fraction: at least 1").toBe(1);
  });

  test("bad maxFeatures throws InvalidArgument", () => {
    for (const bad of [0, -1, 1.5, 8, Number.NaN]) {
      expectThrows(() => resolveMaxFeatures(bad, 7), InvalidArgument, `resolveMaxFeatures(${bad}, 7)`);
    }
    expectThrows(
      () => resolveMaxFeatures("cube" as "sqrt", 7),
      InvalidArgument,
      'resolveMaxFeatures("cube", 7)',
    );
    const X = fromRows([[1], [2]]);
    expectThrows(
      () => new DecisionTreeClassifier({ maxFeatures: 2 }).fit(X, [0, 1]),
      InvalidArgument,
      "maxFeatures 2 > 1 column",
    );
  });

  test("with maxFeatures 1 the root feature depends on the seed; the same seed gives the same tree", async () => {
    const { X, y } = await iris();
    const roots = new Set<number>();
    for (let seed = 0; seed < 12; seed++) {
      const tree = new DecisionTreeClassifier({ maxFeatures: 1, seed, maxDepth: 3 }).fit(X, y);
      roots.add(tree.nodes.feature[0]);
    }
    expect(roots.size, "distinct root features over 12 seeds").toBeGreaterThanOrEqual(3);
    const a = new DecisionTreeClassifier({ maxFeatures: 2, seed: 5 }).fit(X, y).nodes;
    const b = new DecisionTreeClassifier({ maxFeatures: 2, seed: 5 }).fit(X, y).nodes;
    expect(Array.from(b.feature), "same seed → same features").toEqual(Array.from(a.feature));
    expect(Array.from(b.threshold), "same seed → same thresholds").toEqual(Array.from(a.threshold));
  });

  test("ties between features go to the lowest index, whatever order the features were drawn in", () => {
    // Columns 0 and 1 are copies and column 2 is constant. With maxFeatures 2 every node draws
    // until it has examined both copies (a constant column does not count), and they always tie.
    const rng = new Rng(9);
    const v = rng.uniformArray(80, 0, 10);
    const X = fromRows(Array.from(v, (x) => [x, x, 1]));
    const y = Int32Array.from(v, (x) => Math.floor(x / 2.5) % 2);
    for (let seed = 0; seed < 10; seed++) {
      for (const tree of [
        new DecisionTreeClassifier({ maxFeatures: 2, seed }).fit(X, y),
        new DecisionTreeRegressor({ maxFeatures: 2, seed }).fit(X, y),
      ]) {
        const split = Array.from(tree.nodes.feature).filter((f) => f >= 0);
        expect(split.length, `seed ${seed}: the tree has splits`).toBeGreaterThan(0);
        expect(
          split,
          `seed ${seed}, ${tree.constructor.name}: every split on column 0, not its copy`,
        ).toEqual(split.map(() => 0));
      }
    }
  });

  test("the features a node examines are drawn without replacement, by a partial Fisher–Yates shuffle (replayed)", () => {
    // Five features, each a noisier copy of the label's signal: a node splits on whichever of the
    // two features it examines separates its rows best. Replaying the draws of one Rng(seed),
    // node after node in pre-order: order = [0, 1, 2, 3, 4]; for t = 0, 1: j = rng.int(t, 5),
    // swap order[t] and order[j], examine order[t]. (No feature is constant, so 2 draws a node.)
    const rng = new Rng(17);
    const n = 200;
    const signal = rng.uniformArray(n, -1, 1);
    const y = Int32Array.from(signal, (v) => (v > 0.3 ? 1 : v > -0.4 ? 0 : 2));
    const X = fromRows(
      Array.from(signal, (v) => [0.2, 0.5, 1, 2, 4].map((noise) => v + rng.normal(0, noise))),
    );
    /** The feature a node holding `rows` splits on after the next two draws of `draws`. */
    const expected = (draws: Rng, rows: number[]) => {
      const order = [0, 1, 2, 3, 4];
      for (let t = 0; t < 2; t++) {
        const j = draws.int(t, 5);
        [order[t], order[j]] = [order[j], order[t]];
      }
      const labels = rows.map((i) => y[i]);
      const gain = (f: number) =>
        bestSplit(
          rows.map((i) => X.data[i * 5 + f]),
          labels,
          "gini",
        )?.gain ?? 0;
      const [a, b] = order;
      return gain(a) > gain(b) || (gain(a) === gain(b) && a < b) ? a : b;
    };
    for (let seed = 0; seed < 30; seed++) {
      const tree = new DecisionTreeClassifier({ maxFeatures: 2, maxDepth: 2, seed }).fit(X, y);
      const { feature, threshold } = tree.nodes;
      const draws = new Rng(seed);
      const all = Array.from({ length: n }, (_, i) => i);
      expect(feature[0], `seed ${seed}: the root splits on the better of its two draws`).toBe(
        expected(draws, all),
      );
      // Node 1 is the root's left child; its draws continue the same generator.
      const left = all.filter((i) => X.data[i * 5 + feature[0]] <= threshold[0]);
      expect(feature[1], `seed ${seed}: the left child splits on the better of the next two draws`).toBe(
        expected(draws, left),
      );
    }
  });

  test("maxFeatures = all features ignores the seed", async () => {
    const { X, y } = await iris();
    const a = new DecisionTreeClassifier({ maxFeatures: 4, seed: 1 }).fit(X, y).nodes;
    const b = new DecisionTreeClassifier({ seed: 99 }).fit(X, y).nodes;
    expect(Array.from(a.feature), "maxFeatures 4 with seed 1 vs all features with seed 99").toEqual(
      Array.from(b.feature),
    );
  });
});

describe("6. Feature importances", () => {
  test("by hand: n-weighted impurity decreases, normalised", () => {
    const X = fromRows([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 1],
      [6, 0],
    ]);
    const y = [0, 0, 0, 1, 0, 1];
    const tree = new DecisionTreeClassifier().fit(X, y);
    // Root (6 samples, counts [4, 2], gini 4/9) splits on x0 ≤ 3.5: three 0s | [1, 0, 1].
    // The right node (3 samples, gini 4/9) splits on x1 ≤ 0.5: [1, 1] | [0].
    expect(Array.from(tree.nodes.feature), "split features").toEqual([0, -1, 1, -1, -1]);
    // Decrease at the root:  6·4/9 − 3·0 − 3·4/9 = 4/3  → feature 0
    // Decrease at node 2:    3·4/9 − 2·0 − 1·0   = 4/3  → feature 1
    // Normalised: [1/2, 1/2]. (Without the n-weighting it would be [1/3, 2/3].)
    expect(maxAbsDiff(tree.featureImportances, [0.5, 0.5]), "importances").toBeLessThan(TOL);
  });

  test("sum to 1, non-negative; an uninformative feature gets (almost) nothing", () => {
    const { X, y } = randomClassification(11, 400, 3);
    const imp = new DecisionTreeClassifier({ maxDepth: 3 }).fit(X, y).featureImportances;
    expect(imp.length, "one importance per feature").toBe(3);
    expect(
      imp.reduce((s, v) => s + v, 0),
      "sum",
    ).toBeCloseTo(1, 12);
    for (const v of imp) expect(v, "each importance ≥ 0").toBeGreaterThanOrEqual(0);
    expect(imp[0] + imp[1], "the label depends on features 0 and 1").toBeGreaterThan(0.9);
  });

  test("same importances as scikit-learn on Iris (gini, maxDepth 3)", async () => {
    const { X, y } = await iris();
    const imp = new DecisionTreeClassifier({ maxDepth: 3 }).fit(X, y).featureImportances;
    // scikit-learn 1.2.1: feature_importances_ of DecisionTreeClassifier(max_depth=3).
    expect(maxAbsDiff(imp, [0, 0, 0.5856155514031495, 0.4143844485968506]), "importances").toBeLessThan(1e-9);
  });
});
