/**
 * Public specs for 5.2.3, tasks 4 and 5: distance metrics and the k-nearest-neighbours
 * classifier. Run them with
 *
 *     npm test exercises/5.2-classic-ml/03-logistic-knn
 *
 * Distances are compared to 1e-12 (they are a handful of additions and one square root);
 * neighbour indices, votes and predictions exactly. Reference predictions marked
 * "scikit-learn" come from KNeighborsClassifier in scikit-learn 1.2.1
 * (solutions/5.2-classic-ml/03-logistic-knn/golden/make_golden.py).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, selectRows, selectValues, toRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, iris, randomMatrix } from "../../../lib/testing";
import type { Metric } from "./classifiers.given";
import { KNeighborsClassifier, pairwiseDistances } from "./knn";

describe("4. Distance metrics", () => {
  const A = fromRows([
    [0, 0],
    [1, 1],
  ]);
  const B = fromRows([
    [3, 4],
    [0, 0],
    [1, 0],
  ]);

  test("euclidean: √Σ(aⱼ − bⱼ)², an m × n matrix", () => {
    const D = pairwiseDistances(A, B, "euclidean");
    expect([D.rows, D.cols], "shape of pairwiseDistances(2×2, 3×2)").toEqual([2, 3]);
    const expected = [
      [5, 0, 1],
      [Math.sqrt(13), Math.SQRT2, 1],
    ];
    toRows(D).forEach((row, i) => {
      row.forEach((v, j) => {
        expect(v, `euclidean(A[${i}], B[${j}])`).toBeCloseTo(expected[i][j], 12);
      });
    });
    expect(toRows(pairwiseDistances(A, B)), "euclidean is the default metric").toEqual(toRows(D));
  });

  test("manhattan: Σ|aⱼ − bⱼ|", () => {
    expect(toRows(pairwiseDistances(A, B, "manhattan")), "manhattan distances").toEqual([
      [7, 0, 1],
      [5, 2, 1],
    ]);
  });

  test("cosine: 1 − a·b / (‖a‖‖b‖); a zero vector is at distance 1 from everything (as in scikit-learn)", () => {
    const D = toRows(pairwiseDistances(A, B, "cosine"));
    expect(D[0], "the zero vector [0, 0] against every row").toEqual([1, 1, 1]);
    expect(D[1][0], "[1, 1] vs [3, 4]").toBeCloseTo(1 - 7 / (Math.SQRT2 * 5), 12);
    expect(D[1][1], "[1, 1] vs [0, 0]").toBe(1);
    expect(D[1][2], "[1, 1] vs [1, 0]").toBeCloseTo(1 - Math.SQRT1_2, 12);
  });

  test("cosine ignores length: d(a, 5a) = 0 and d(a, −a) = 2, never outside [0, 2]", () => {
    const rng = new Rng(3);
    const a = randomMatrix(rng, 20, 7, { distribution: "normal" });
    const five = { ...a, data: a.data.map((v) => 5 * v) };
    const minus = { ...a, data: a.data.map((v) => -v) };
    const same = pairwiseDistances(a, five, "cosine");
    const opposite = pairwiseDistances(a, minus, "cosine");
    for (let i = 0; i < 20; i++) {
      const d = same.data[i * 20 + i];
      expect(d >= 0 && d < 1e-12, `d(a${i}, 5·a${i}) = ${d}, expected 0 (and not negative)`).toBe(true);
      expect(opposite.data[i * 20 + i], `d(a${i}, −a${i})`).toBeCloseTo(2, 12);
    }
    for (const v of pairwiseDistances(a, a, "cosine").data) {
      expect(v >= 0 && v <= 2, `a cosine distance of ${v}`).toBe(true);
    }
  });

  test("every metric: d(x, x) = 0 exactly, symmetry, and (euclidean, manhattan) the triangle inequality", () => {
    const X = randomMatrix(new Rng(11), 15, 4, { distribution: "normal" });
    for (const metric of ["euclidean", "manhattan"] as const) {
      const D = pairwiseDistances(X, X, metric);
      for (let i = 0; i < 15; i++) {
        expect(D.data[i * 15 + i], `${metric}: d(x${i}, x${i})`).toBe(0);
        for (let j = 0; j < 15; j++) {
          expect(D.data[i * 15 + j], `${metric}: d(x${i}, x${j}) = d(x${j}, x${i})`).toBe(D.data[j * 15 + i]);
          for (let k = 0; k < 15; k++) {
            const direct = D.data[i * 15 + k];
            const via = D.data[i * 15 + j] + D.data[j * 15 + k];
            expect(
              direct <= via + 1e-12,
              `${metric}: d(x${i}, x${k}) ≤ d(x${i}, x${j}) + d(x${j}, x${k})`,
            ).toBe(true);
          }
        }
      }
    }
  });

  test("bad input: different column counts → ShapeError; NaN, empty matrix or unknown metric → InvalidArgument", () => {
    expectThrows(() => pairwiseDistances(A, fromRows([[1, 2, 3]])), ShapeError, "2 columns vs 3 columns");
    expectThrows(() => pairwiseDistances(A, fromRows([[1, Number.NaN]])), InvalidArgument, "NaN in B");
    expectThrows(() => pairwiseDistances(fromRows([]), B), InvalidArgument, "an empty A");
    expectThrows(() => pairwiseDistances(A, B, "chebyshev" as Metric), InvalidArgument, 'metric "chebyshev"');
  });
});

describe("5. k-nearest neighbours", () => {
  const line = fromRows([[0], [1], [2], [10], [11], [12]]);
  const lineLabels = [0, 0, 0, 1, 1, 1];

  test("the majority of the k nearest training points decides", () => {
    const model = new KNeighborsClassifier({ nNeighbors: 3 }).fit(line, lineLabels);
    // 6.1 is nearest to 10 (3.9), 2 (4.1) and 11 (4.9): two votes for class 1.
    const pred = model.predict(fromRows([[1.4], [10.6], [6.1], [-50]]));
    expect(pred, "predict returns an Int32Array").toBeInstanceOf(Int32Array);
    expect(Array.from(pred), "predict([1.4, 10.6, 6.1, −50]) with k = 3").toEqual([0, 1, 1, 0]);
  });

  test("kneighbors: the k nearest rows, nearest first; equal distances in training-row order", () => {
    const train = fromRows([[0], [2], [-2], [1], [-1]]);
    const model = new KNeighborsClassifier({ nNeighbors: 3 }).fit(train, [0, 0, 0, 0, 0]);
    const nb = model.kneighbors(fromRows([[0], [1.6]]));
    // Query 0: distances [0, 2, 2, 1, 1] → rows 0, 3, 4 (rows 3 and 4 tie: lower index first).
    // Query 1.6: distances [1.6, 0.4, 3.6, 0.6, 2.6] → rows 1, 3, 0.
    expect(Array.from(nb.indices), "indices (row-major, 2 × 3)").toEqual([0, 3, 4, 1, 3, 0]);
    const expected = [0, 1, 1, 0.4, 0.6, 1.6];
    nb.distances.forEach((d, t) => {
      expect(d, `distance ${t}`).toBeCloseTo(expected[t], 12);
    });
    expect(Array.from(model.kneighbors(fromRows([[0]]), 5).indices), "k = 5 given explicitly").toEqual([
      0, 3, 4, 1, 2,
    ]);
  });

  test("vote ties go to the tied class with the nearest neighbour, then to the smallest label", () => {
    // k = 2: one vote each. Label 1 sits at distance 1, label 0 at distance 2 → 1
    // (scikit-learn would answer 0, the smallest label: this course's rule differs on purpose).
    const near = new KNeighborsClassifier({ nNeighbors: 2 }).fit(fromRows([[-1], [2]]), [1, 0]);
    expect(Array.from(near.predict(fromRows([[0]]))), "tie 1–1, label 1 nearer").toEqual([1]);
    // Both neighbours at distance 1: the smallest label wins.
    const even = new KNeighborsClassifier({ nNeighbors: 2 }).fit(fromRows([[-1], [1]]), [5, 3]);
    expect(Array.from(even.predict(fromRows([[0]]))), "tie 1–1 at equal distances").toEqual([3]);
    // k = 5 with three classes: votes 2, 2, 1; class 7's nearest member (distance 1) beats class 4's (2).
    const three = new KNeighborsClassifier({ nNeighbors: 5 }).fit(
      fromRows([[2], [1], [3], [4], [-2.5]]),
      [4, 7, 4, 7, 9],
    );
    expect(Array.from(three.predict(fromRows([[0]]))), "tie 2–2–1").toEqual([7]);
    // Votes 2–2–1 whose single nearest neighbour is the lone class 9: the tie is still decided
    // between the tied classes 4 and 7 by their nearest members (7 at 2, 4 at 3) → 7.
    const lone = new KNeighborsClassifier({ nNeighbors: 5 }).fit(
      fromRows([[1], [2], [-3], [3], [-4]]),
      [9, 7, 4, 7, 4],
    );
    expect(Array.from(lone.predict(fromRows([[0]]))), "tie 2–2–1, nearest neighbour not tied").toEqual([7]);
    // Labels 9 and 10 at equal distances: the smallest label is 9 (numeric order, not "10" < "9").
    const digits = new KNeighborsClassifier({ nNeighbors: 2 }).fit(fromRows([[-1], [1]]), [10, 9]);
    expect(Array.from(digits.classes ?? []), "classes sorted as numbers").toEqual([9, 10]);
    expect(
      Array.from(digits.predict(fromRows([[0]]))),
      "tie 1–1 at equal distances, labels 10 and 9",
    ).toEqual([9]);
    expect(Array.from(digits.predictProba(fromRows([[-0.5]])).data), "columns [P(9), P(10)]").toEqual([
      0.5, 0.5,
    ]);
  });

  test("a distance tie at the k-th place keeps the lower training-row index", () => {
    // Query 0: rows 0 and 1 are both at distance 1; with k = 1 only row 0 (label 1) makes the cut.
    const model = new KNeighborsClassifier({ nNeighbors: 1 }).fit(fromRows([[1], [-1], [5]]), [1, 2, 1]);
    expect(Array.from(model.kneighbors(fromRows([[0]])).indices), "kneighbors, k = 1").toEqual([0]);
    expect(Array.from(model.predict(fromRows([[0]]))), "1-NN with two rows at distance 1").toEqual([1]);
    // k = 2 on [0, 2, −2, 1, −1] from 0: rows 3 and 4 tie at distance 1 for the 2nd place → row 3.
    const line5 = new KNeighborsClassifier({ nNeighbors: 2 }).fit(
      fromRows([[0], [2], [-2], [1], [-1]]),
      [0, 0, 0, 0, 1],
    );
    expect(Array.from(line5.kneighbors(fromRows([[0]])).indices), "kneighbors, k = 2").toEqual([0, 3]);
    expect(Array.from(line5.predict(fromRows([[0]]))), "votes of rows 0 and 3").toEqual([0]);
  });

  test("predictProba: the fraction of neighbours per class, columns in ascending label order", () => {
    const model = new KNeighborsClassifier({ nNeighbors: 4 }).fit(
      fromRows([[0], [1], [2], [3], [4]]),
      [7, 3, 3, 7, 3],
    );
    expect(Array.from(model.classes ?? []), "classes after fit").toEqual([3, 7]);
    const P = model.predictProba(fromRows([[0.2], [3.9]]));
    expect([P.rows, P.cols], "shape").toEqual([2, 2]);
    // 0.2 → rows 0, 1, 2, 3: labels 7, 3, 3, 7. 3.9 → rows 4, 3, 2, 1: labels 3, 7, 3, 3.
    expect(toRows(P), "probabilities [P(3), P(7)]").toEqual([
      [0.5, 0.5],
      [0.75, 0.25],
    ]);
  });

  test("k = 1 reproduces the training labels (each point is its own nearest neighbour)", () => {
    const X = randomMatrix(new Rng(5), 40, 3, { distribution: "normal" });
    const y = Int32Array.from({ length: 40 }, (_, i) => i % 4);
    const model = new KNeighborsClassifier({ nNeighbors: 1 }).fit(X, y);
    expect(Array.from(model.predict(X)), "1-NN on its own training set").toEqual(Array.from(y));
  });

  test("Iris, test rows 0, 5, …, 145: scikit-learn's 30 predictions (29 right)", async () => {
    const { X, y } = await iris();
    const test = Array.from({ length: 30 }, (_, i) => 5 * i);
    const train = Array.from({ length: 150 }, (_, i) => i).filter((i) => i % 5 !== 0);
    const model = new KNeighborsClassifier({ nNeighbors: 5 }).fit(
      selectRows(X, train),
      selectValues(y, train),
    );
    // scikit-learn 1.2.1: KNeighborsClassifier(n_neighbors=5) on the same split.
    const sk = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(Array.from(model.predict(selectRows(X, test))), "predictions for Iris rows 0, 5, …, 145").toEqual(
      sk,
    );
    // scikit-learn gives the same 30 predictions with manhattan, k = 3 and with cosine, k = 15.
    for (const [metric, k] of [
      ["manhattan", 3],
      ["cosine", 15],
    ] as const) {
      const other = new KNeighborsClassifier({ nNeighbors: k, metric }).fit(
        selectRows(X, train),
        selectValues(y, train),
      );
      expect(Array.from(other.predict(selectRows(X, test))), `${metric}, k = ${k}`).toEqual(sk);
    }
  });

  test("fit keeps its own copy of the training data", () => {
    const X = fromRows([[0], [10]]);
    const model = new KNeighborsClassifier({ nNeighbors: 1 }).fit(X, [0, 1]);
    X.data[0] = 100; // the caller reuses its array afterwards
    expect(Array.from(model.predict(fromRows([[1]]))), "prediction after the caller changed X").toEqual([0]);
  });

  describeEstimatorContract(
    "5. k-nearest neighbours",
    () => new KNeighborsClassifier({ nNeighbors: 3 }),
    {
      X: fromRows([
        [0, 1],
        [1, 0],
        [2, 2],
        [3, 1],
        [1, 1],
        [2, 0],
      ]),
      y: [0, 0, 1, 1, 2, 0],
    },
    { name: "KNeighborsClassifier", methods: ["predict", "predictProba", "kneighbors"] },
  );

  test("bad input and misuse", () => {
    expectThrows(() => new KNeighborsClassifier({ nNeighbors: 0 }), InvalidArgument, "nNeighbors = 0");
    expectThrows(() => new KNeighborsClassifier({ nNeighbors: 2.5 }), InvalidArgument, "nNeighbors = 2.5");
    expectThrows(
      () => new KNeighborsClassifier({ metric: "hamming" as Metric }),
      InvalidArgument,
      'metric "hamming"',
    );
    expectThrows(
      () => new KNeighborsClassifier({ nNeighbors: 7 }).fit(line, lineLabels),
      InvalidArgument,
      "k = 7 with 6 training rows",
    );
    expectThrows(() => new KNeighborsClassifier().fit(line, [0, 1]), ShapeError, "6 rows, 2 labels");
    expectThrows(
      () => new KNeighborsClassifier({ nNeighbors: 1 }).fit(line, [0, 0.5, 0, 1, 1, 1]),
      InvalidArgument,
      "label 0.5",
    );
    const unfitted = new KNeighborsClassifier();
    expectThrows(() => unfitted.predict(line), NotFittedError, "predict before fit");
    expectThrows(() => unfitted.predictProba(line), NotFittedError, "predictProba before fit");
    expectThrows(() => unfitted.kneighbors(line), NotFittedError, "kneighbors before fit");
    const model = new KNeighborsClassifier({ nNeighbors: 3 }).fit(line, lineLabels);
    expectThrows(
      () => model.predict(fromRows([[1, 2]])),
      ShapeError,
      "predict with 2 columns after fitting 1",
    );
    expectThrows(() => model.predict(fromRows([[Number.NaN]])), InvalidArgument, "predict with NaN");
  });
});
