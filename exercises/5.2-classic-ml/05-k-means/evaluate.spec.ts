/**
 * Public specs for 5.2.5, task 5: comparing clusters with known classes (contingency table,
 * purity), k-means on Iris against the true species, and the elbow of the inertia curve.
 * Run them with
 *
 *     npm test exercises/5.2-classic-ml/05-k-means
 *
 * Counts are compared exactly. The Iris figures are recorded with `recordMetric` and scored
 * against the thresholds in exercise.json. They are computed by the spec (lib/testing) from the
 * centres your KMeans found: the inertia of those centres, and the purity of the nearest-centre
 * assignment, which your labels must be; your purity and inertia must report the same.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import {
  expectThrows,
  inertiaOf,
  iris,
  nearestCentres,
  purityOf,
  recordMetric,
  relativeError,
} from "../../../lib/testing";
import { contingencyTable, purity } from "./evaluate";
import { KMeans } from "./kmeans";

describe("5. Clusters vs classes", () => {
  test("contingencyTable: true classes as rows, clusters as columns, both in ascending order", () => {
    const truth = [0, 0, 0, 1, 1, 2, 2, 2];
    const found = [5, 5, 3, 3, 3, 9, 9, 5];
    const t = contingencyTable(truth, found);
    expect(Array.from(t.classes), "classes").toEqual([0, 1, 2]);
    expect(Array.from(t.clusters), "clusters").toEqual([3, 5, 9]);
    // class 0: one in cluster 3, two in cluster 5; class 1: two in 3; class 2: one in 5, two in 9.
    expect(Array.from(t.counts), "counts, row-major 3 × 3").toEqual([1, 2, 0, 2, 0, 0, 0, 1, 2]);
  });

  test("purity: each cluster named after its majority class; renaming clusters changes nothing", () => {
    const truth = [0, 0, 0, 1, 1, 2, 2, 2];
    expect(purity(truth, [5, 5, 3, 3, 3, 9, 9, 5]), "(2 + 2 + 2) / 8").toBe(0.75);
    expect(purity(truth, [1, 1, 1, 2, 2, 0, 0, 0]), "a perfect clustering, other names").toBe(1);
    expect(purity(truth, [4, 4, 4, 4, 4, 4, 4, 4]), "one cluster: the majority share").toBe(3 / 8);
  });

  test("bad input: different lengths → ShapeError; empty or non-integer labels → InvalidArgument", () => {
    expectThrows(() => contingencyTable([0, 1], [0]), ShapeError, "2 classes vs 1 cluster label");
    expectThrows(() => contingencyTable([], []), InvalidArgument, "empty labels");
    expectThrows(() => purity([0, 1], [0, 0.5]), InvalidArgument, "cluster label 0.5");
    expectThrows(() => purity([0, Number.NaN], [0, 1]), InvalidArgument, "a NaN class");
  });

  test("Iris, k = 3: setosa is found perfectly, versicolor and virginica overlap; purity 0.893", async (ctx) => {
    const { X, y } = await iris();
    const model = new KMeans({ nClusters: 3, seed: 0 }).fit(X);
    const table = contingencyTable(y, model.labels as Int32Array);
    const row = (r: number) => Array.from(table.counts.subarray(r * 3, r * 3 + 3)).sort((a, b) => b - a);
    // scikit-learn 1.2.1 (k-means++, n_init=10): setosa 50 | versicolor 48 + 2 | virginica 36 + 14.
    expect(row(0), "setosa across clusters (sorted)").toEqual([50, 0, 0]);
    expect(row(1), "versicolor across clusters (sorted)").toEqual([48, 2, 0]);
    expect(row(2), "virginica across clusters (sorted)").toEqual([36, 14, 0]);
    // The scored figures, from the centres alone: their nearest-centre labels and their inertia.
    const centres = model.clusterCenters as Matrix;
    const labels = nearestCentres(X, centres);
    expect(Array.from(model.labels ?? []), "labels: the nearest centre of each flower").toEqual(
      Array.from(labels),
    );
    const p = purityOf(y, labels);
    const wcss = inertiaOf(X, centres);
    expect(purity(y, model.labels as Int32Array), "your purity vs the count").toBeCloseTo(p, 12);
    expect(relativeError(model.inertia, wcss), `model.inertia vs the centres' inertia ${wcss}`).toBeLessThan(
      1e-9,
    );
    recordMetric(ctx, "iris.kmeans.purity", p);
    recordMetric(ctx, "iris.kmeans.inertia", wcss);
    expect(p, "purity against the species (scikit-learn: 134/150)").toBeCloseTo(134 / 150, 12);
  });

  test("the elbow: on four blobs the inertia falls steeply up to k = 4, then slowly", () => {
    const rng = new Rng(17);
    const centres = [
      [-4, -4],
      [-4, 4],
      [4, -4],
      [4, 4],
    ];
    const rows: number[][] = [];
    for (const c of centres) for (let i = 0; i < 100; i++) rows.push(c.map((v) => rng.normal(v, 1)));
    const X: Matrix = fromRows(rows);
    // The inertia of the centres found, computed here; model.inertia must be the same.
    const curve = [1, 2, 3, 4, 5, 6].map((k) => {
      const model = new KMeans({ nClusters: k, seed: 1 }).fit(X);
      const wcss = inertiaOf(X, model.clusterCenters as Matrix);
      expect(
        relativeError(model.inertia, wcss),
        `k = ${k}: model.inertia vs the centres' ${wcss}`,
      ).toBeLessThan(1e-9);
      return wcss;
    });
    for (let k = 1; k < curve.length; k++) {
      expect(curve[k], `inertia(k = ${k + 1}) < inertia(k = ${k})`).toBeLessThan(curve[k - 1]);
    }
    // Gain of each extra cluster, relative to the previous inertia.
    const gain = (k: number) => 1 - curve[k - 1] / curve[k - 2];
    expect(gain(4), "relative drop from k = 3 to 4 (reference: 0.79)").toBeGreaterThan(0.6);
    expect(gain(5), "relative drop from k = 4 to 5 (reference: 0.13)").toBeLessThan(0.2);
  });
});
