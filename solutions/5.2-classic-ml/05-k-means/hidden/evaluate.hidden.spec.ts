/**
 * Hidden specs for 5.2.5, task 5: contingency tables and purity on larger and odder labels,
 * and the clusterings of Iris and the blobs fixture against scikit-learn's.
 */

import { contingencyTable, purity } from "@exercise/5.2-classic-ml/05-k-means/evaluate";
import { KMeans } from "@exercise/5.2-classic-ml/05-k-means/kmeans";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import type { Matrix } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, nearestCentres, purityOf, recordMetric } from "../../../../lib/testing";
import { blobData, golden, irisData } from "./golden";

describe("5. Clusters vs classes", () => {
  test("10 000 random labels: counts match a direct tally, and sum to n", () => {
    const rng = new Rng(51);
    const truth = Int32Array.from({ length: 10_000 }, () => rng.int(0, 4));
    const found = Int32Array.from({ length: 10_000 }, () => rng.int(0, 7));
    const t = contingencyTable(truth, found);
    expect([t.classes.length, t.clusters.length], "table size").toEqual([4, 7]);
    const tally = new Array<number>(28).fill(0);
    for (let i = 0; i < truth.length; i++) {
      const k = truth[i] * 7 + found[i];
      tally[k] = tally[k] + 1;
    }
    expect(Array.from(t.counts), "counts").toEqual(tally);
    let expected = 0;
    for (let c = 0; c < 7; c++) expected += Math.max(...[0, 1, 2, 3].map((r) => tally[r * 7 + c]));
    expect(purity(truth, found), "purity").toBe(expected / 10_000);
  });

  test("negative and sparse labels; classes and clusters sorted numerically, not as strings", () => {
    const t = contingencyTable([-3, 10, 2, 10], [100, 9, 9, 20]);
    expect(Array.from(t.classes), "classes").toEqual([-3, 2, 10]);
    expect(Array.from(t.clusters), "clusters").toEqual([9, 20, 100]);
    expect(Array.from(t.counts), "counts").toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0]);
  });

  test("one point: purity 1; labels as Float64Array; label 2³¹ → InvalidArgument", () => {
    expect(purity([4], [7]), "one point").toBe(1);
    expect(purity(Float64Array.of(0, 1, 1), Float64Array.of(2, 2, 2)), "Float64Array labels").toBeCloseTo(
      2 / 3,
      15,
    );
    expectThrows(() => contingencyTable([2 ** 31], [0]), InvalidArgument, "label 2³¹");
  });

  test("Iris, k = 3, seed 5: scikit-learn's purity 134/150 and centres (up to the cluster order, 1e-9)", async (ctx) => {
    const { X, y } = await irisData();
    const model = new KMeans({ nClusters: 3, seed: 5 }).fit(X);
    // Counted by the spec from the nearest-centre labels, which the model's labels must be.
    const labels = nearestCentres(X, model.clusterCenters as Matrix);
    expect(Array.from(model.labels ?? []), "labels: the nearest centres").toEqual(Array.from(labels));
    const p = purityOf(y, labels);
    expect(purity(y, labels), "purity vs the count").toBeCloseTo(p, 12);
    recordMetric(ctx, "iris.kmeans.purity-seed5", p);
    expect(p, "purity").toBeCloseTo(golden.irisK3.purity, 12);
    const C = model.clusterCenters as Matrix;
    for (const ref of golden.irisK3.centres) {
      let best = Number.POSITIVE_INFINITY;
      for (let c = 0; c < 3; c++) {
        let d = 0;
        for (let j = 0; j < 4; j++) d = Math.max(d, Math.abs(C.data[c * 4 + j] - ref[j]));
        best = Math.min(best, d);
      }
      expect(best, `scikit-learn centre ${ref} found`).toBeLessThan(1e-9);
    }
  });

  test("the blobs fixture, k = 4: purity against the generating blobs above 0.98", (ctx) => {
    const X = blobData();
    const model = new KMeans({ nClusters: 4, seed: 9 }).fit(X);
    const labels = nearestCentres(X, model.clusterCenters as Matrix);
    expect(Array.from(model.labels ?? []), "labels: the nearest centres").toEqual(Array.from(labels));
    const p = purityOf(golden.blobs.y, labels);
    expect(purity(golden.blobs.y, labels), "purity vs the count").toBeCloseTo(p, 12);
    recordMetric(ctx, "blobs.kmeans.purity", p);
    expect(p, "purity").toBeGreaterThan(0.98);
  });
});
