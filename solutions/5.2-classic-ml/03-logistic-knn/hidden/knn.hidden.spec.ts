/**
 * Hidden specs for 5.2.3, tasks 4 and 5: distances against a brute-force reference, every
 * scikit-learn k-NN fixture (Iris with three metrics and four k, Titanic standardised), larger
 * random problems, and more tie and edge cases.
 *
 * Agreement with scikit-learn. On rows where scikit-learn's answer is well defined (no distance
 * tie at the k-th neighbour, no tie in the vote — the fixture's `ambiguous` flag) predictions
 * and probabilities must equal scikit-learn's; on every row the prediction must equal the
 * course's stated rule (`expectedPredictions`, which make_golden.py checks against sklearn).
 * scikit-learn computes euclidean distances as ‖x‖² − 2x·y + ‖y‖², accurate only to about 1e-7
 * near 0, so neighbour distances are compared to 1e-6 absolute.
 */

import type { Metric } from "@exercise/5.2-classic-ml/03-logistic-knn/classifiers.given";
import { KNeighborsClassifier, pairwiseDistances } from "@exercise/5.2-classic-ml/03-logistic-knn/knn";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { fromRows, type Matrix, selectRows, selectValues } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, iris } from "../../../../lib/testing";
import { expectSameData, type KnnCase, knnGolden, range, titanicData } from "./golden";

function reference(a: Float64Array, b: Float64Array, metric: Metric): number {
  let s = 0;
  if (metric === "euclidean") {
    for (let j = 0; j < a.length; j++) s += (a[j] - b[j]) ** 2;
    return Math.sqrt(s);
  }
  if (metric === "manhattan") {
    for (let j = 0; j < a.length; j++) s += Math.abs(a[j] - b[j]);
    return s;
  }
  let na = 0;
  let nb = 0;
  for (let j = 0; j < a.length; j++) {
    s += a[j] * b[j];
    na += a[j] ** 2;
    nb += b[j] ** 2;
  }
  const sim = na === 0 || nb === 0 ? 0 : s / Math.sqrt(na * nb);
  return Math.min(2, Math.max(0, 1 - sim));
}

function rowOf(m: Matrix, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** The course's k-NN rule, written plainly (sort everything). */
function referencePredict(
  train: Matrix,
  y: ArrayLike<number>,
  query: Matrix,
  k: number,
  metric: Metric,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < query.rows; i++) {
    const q = rowOf(query, i);
    const order = range(train.rows, () => true)
      .map((r) => ({ r, d: reference(q, rowOf(train, r), metric) }))
      .sort((a, b) => a.d - b.d || a.r - b.r)
      .slice(0, k);
    const votes = new Map<number, { n: number; nearest: number }>();
    for (const { r, d } of order) {
      const label = y[r];
      const v = votes.get(label);
      if (v) v.n++;
      else votes.set(label, { n: 1, nearest: d });
    }
    const best = [...votes.entries()].sort(
      (a, b) => b[1].n - a[1].n || a[1].nearest - b[1].nearest || a[0] - b[0],
    );
    out.push(best[0][0]);
  }
  return out;
}

async function splitFor(c: KnnCase): Promise<{ Xtr: Matrix; ytr: Int32Array; Xte: Matrix }> {
  if (c.name.startsWith("iris")) {
    const { X, y } = await iris();
    expectSameData(X, knnGolden.irisColumnSums, "iris");
    const test = range(150, (i) => i % 5 === 0);
    const train = range(150, (i) => i % 5 !== 0);
    return { Xtr: selectRows(X, train), ytr: selectValues(y, train), Xte: selectRows(X, test) };
  }
  const { X, y } = await titanicData();
  expectSameData(X, knnGolden.titanicColumnSums, "titanic");
  const { titanicMean: mean, titanicStd: std } = knnGolden;
  const Z = { ...X, data: X.data.map((v, k) => (v - mean[k % 6]) / std[k % 6]) };
  const test = range(891, (i) => i % 4 === 0);
  const train = range(891, (i) => i % 4 !== 0);
  return { Xtr: selectRows(Z, train), ytr: selectValues(y, train), Xte: selectRows(Z, test) };
}

describe("4. Distance metrics", () => {
  test("30 × 50 random pairs, d = 6, every metric: equal to the plain formula (1e-12)", () => {
    const rng = new Rng(31);
    const A = { data: rng.normalArray(30 * 6, 0, 3), rows: 30, cols: 6 };
    const B = { data: rng.normalArray(50 * 6, 1, 2), rows: 50, cols: 6 };
    for (const metric of ["euclidean", "manhattan", "cosine"] as const) {
      const D = pairwiseDistances(A, B, metric);
      expect([D.rows, D.cols], `${metric}: shape`).toEqual([30, 50]);
      for (let i = 0; i < 30; i++) {
        for (let j = 0; j < 50; j++) {
          const expected = reference(rowOf(A, i), rowOf(B, j), metric);
          expect(Math.abs(D.data[i * 50 + j] - expected), `${metric}(A${i}, B${j})`).toBeLessThan(1e-12);
        }
      }
    }
  });

  test("a zero row in B: cosine distance 1 to every row of A; the other metrics as usual", () => {
    const A = fromRows([
      [1, 2],
      [-3, 0.5],
    ]);
    const B = fromRows([
      [0, 0],
      [2, 4],
    ]);
    const D = pairwiseDistances(A, B, "cosine");
    expect([D.data[0], D.data[2]], "cosine to the zero vector").toEqual([1, 1]);
    expect(D.data[1], "cosine([1, 2], [2, 4])").toBeLessThan(1e-12);
    expect(pairwiseDistances(A, B, "manhattan").data[2], "manhattan([−3, 0.5], [0, 0])").toBe(3.5);
  });

  test("large coordinates: euclidean distance between 1e8 + 1 and 1e8 is 1, exactly", () => {
    // ‖x‖² − 2x·y + ‖y‖² cancels catastrophically here; differences first do not.
    const D = pairwiseDistances(fromRows([[1e8 + 1, 1e8]]), fromRows([[1e8, 1e8]]));
    expect(D.data[0], "distance").toBe(1);
  });

  test("one row each; a matrix whose data does not match its shape → ShapeError", () => {
    expect(
      Array.from(pairwiseDistances(fromRows([[3]]), fromRows([[-1]]), "manhattan").data),
      "|3 − (−1)|",
    ).toEqual([4]);
    const broken = { data: new Float64Array(3), rows: 2, cols: 2 };
    expectThrows(() => pairwiseDistances(broken, fromRows([[1, 1]])), ShapeError, "data of 3 values for 2×2");
    expectThrows(
      () => pairwiseDistances(fromRows([[1, Number.POSITIVE_INFINITY]]), fromRows([[1, 1]])),
      InvalidArgument,
      "Infinity in A",
    );
  });
});

describe("5. k-nearest neighbours", () => {
  for (const c of knnGolden.cases) {
    test(`scikit-learn fixture ${c.name}: predictions, probabilities and neighbour distances`, async () => {
      const { Xtr, ytr, Xte } = await splitFor(c);
      const model = new KNeighborsClassifier({ nNeighbors: c.k, metric: c.metric }).fit(Xtr, ytr);
      expect(Array.from(model.classes ?? []), "classes").toEqual(c.classes);
      const pred = model.predict(Xte);
      const P = model.predictProba(Xte);
      const nb = model.kneighbors(Xte);
      for (let i = 0; i < Xte.rows; i++) {
        expect(pred[i], `${c.name} row ${i}: the course's rule`).toBe(c.expectedPredictions[i]);
        for (let t = 0; t < c.k; t++) {
          const sk = c.sklearnDistances[i][t];
          expect(Math.abs(nb.distances[i * c.k + t] - sk), `${c.name} row ${i}: distance ${t}`).toBeLessThan(
            1e-6,
          );
        }
        if (c.ambiguous[i]) continue;
        expect(pred[i], `${c.name} row ${i}: scikit-learn's prediction`).toBe(c.sklearnPredictions[i]);
        c.classes.forEach((_, col) => {
          const sk = c.sklearnProbabilities[i][col];
          expect(P.data[i * P.cols + col], `${c.name} row ${i}: P(class ${col})`).toBeCloseTo(sk, 12);
        });
      }
    });
  }

  test("500 training rows, 200 queries, k = 7, 3 classes, each metric: the plain reference exactly", () => {
    const rng = new Rng(77);
    const train = { data: rng.normalArray(500 * 4), rows: 500, cols: 4 };
    const query = { data: rng.normalArray(200 * 4), rows: 200, cols: 4 };
    const y = Int32Array.from({ length: 500 }, () => rng.int(0, 3));
    for (const metric of ["euclidean", "manhattan", "cosine"] as const) {
      const model = new KNeighborsClassifier({ nNeighbors: 7, metric }).fit(train, y);
      expect(Array.from(model.predict(query)), `${metric}: predictions`).toEqual(
        referencePredict(train, y, query, 7, metric),
      );
    }
  });

  test("integer grid data (many exact ties), k = 4, manhattan: the plain reference exactly", () => {
    const rng = new Rng(5);
    const train = { data: Float64Array.from({ length: 300 * 2 }, () => rng.int(0, 6)), rows: 300, cols: 2 };
    const query = { data: Float64Array.from({ length: 60 * 2 }, () => rng.int(0, 6)), rows: 60, cols: 2 };
    const y = Int32Array.from({ length: 300 }, () => rng.int(0, 4));
    const model = new KNeighborsClassifier({ nNeighbors: 4, metric: "manhattan" }).fit(train, y);
    expect(Array.from(model.predict(query)), "predictions with ties everywhere").toEqual(
      referencePredict(train, y, query, 4, "manhattan"),
    );
    const nb = model.kneighbors(query);
    for (let i = 0; i < 60; i++) {
      for (let t = 1; t < 4; t++) {
        const before = nb.distances[i * 4 + t - 1];
        const now = nb.distances[i * 4 + t];
        const ordered = before < now || (before === now && nb.indices[i * 4 + t - 1] < nb.indices[i * 4 + t]);
        expect(ordered, `query ${i}: neighbours ${t - 1} and ${t} in (distance, index) order`).toBe(true);
      }
    }
  });

  test("negative and large labels; k equal to the number of training rows", () => {
    const X = fromRows([[0], [1], [2], [3], [4]]);
    const model = new KNeighborsClassifier({ nNeighbors: 5 }).fit(X, [-4, 1000, -4, 1000, 1000]);
    expect(Array.from(model.classes ?? []), "classes").toEqual([-4, 1000]);
    expect(Array.from(model.predict(fromRows([[0]]))), "all five vote: 1000 wins 3–2").toEqual([1000]);
    expect(Array.from(model.predictProba(fromRows([[0]])).data), "probabilities").toEqual([0.4, 0.6]);
  });

  test("a single class: every prediction is that class, probability 1", () => {
    const model = new KNeighborsClassifier({ nNeighbors: 2 }).fit(fromRows([[0], [1], [2]]), [3, 3, 3]);
    expect(Array.from(model.predict(fromRows([[5], [-5]]))), "predictions").toEqual([3, 3]);
    expect(Array.from(model.predictProba(fromRows([[5]])).data), "probability").toEqual([1]);
  });

  test("duplicated training points with different labels: the earlier row counts first", () => {
    const model = new KNeighborsClassifier({ nNeighbors: 1 }).fit(fromRows([[1], [1], [5]]), [2, 0, 0]);
    expect(Array.from(model.kneighbors(fromRows([[1]])).indices), "nearest of two equal rows").toEqual([0]);
    expect(Array.from(model.predict(fromRows([[1]]))), "1-NN on a duplicated point").toEqual([2]);
  });

  test("kneighbors: bad k → InvalidArgument; labels stored as a Float64Array work", () => {
    const model = new KNeighborsClassifier({ nNeighbors: 2 }).fit(
      fromRows([[0], [1], [2]]),
      Float64Array.of(0, 1, 1),
    );
    expectThrows(() => model.kneighbors(fromRows([[0]]), 4), InvalidArgument, "k = 4 with 3 training rows");
    expectThrows(() => model.kneighbors(fromRows([[0]]), 0), InvalidArgument, "k = 0");
    expect(Array.from(model.predict(fromRows([[2]]))), "predict").toEqual([1]);
    expectThrows(
      () => new KNeighborsClassifier().fit(fromRows([[0], [1], [2], [3], [4]]), [0, 1, Number.NaN, 0, 1]),
      InvalidArgument,
      "a NaN label",
    );
  });
});
