/**
 * Hidden specs for 5.2.9: scikit-learn 1.2.1 golden values
 * (solutions/5.2-classic-ml/09-iris-tree-vs-forest/golden/, see make_golden.py there), larger
 * random cases and more edge cases.
 *
 * - confusion_matrix on fixed label vectors: exact.
 * - Decision tree on the folds of kFold(150, 5, { stratify: y }): each fold accuracy must be
 *   one that scikit-learn's tree reaches on that fold for some random_state (scikit-learn
 *   breaks exact ties between features at random; the course by the lowest index).
 * - Forest on those folds, and both models under repeated CV: within 0.03 of scikit-learn
 *   (different random numbers, and for repeated CV different shuffles).
 */

import { DecisionTreeClassifier } from "@exercise/5.2-classic-ml/04-decision-tree/tree";
import { RandomForestClassifier } from "@exercise/5.2-classic-ml/06-ensembles/forest";
import {
  accuracy,
  compareTreeAndForest,
  comparisonReport,
  confusionMatrix,
  confusionMatrixChart,
  confusionMatrixSvg,
  crossValidate,
  formatConfusionMatrix,
  meanStd,
  normalizeRows,
} from "@exercise/5.2-classic-ml/09-iris-tree-vs-forest/compare";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { fromRows, type Matrix } from "../../../../lib/ml/matrix";
import { kFold, type Split } from "../../../../lib/ml/split";
import { heatmap } from "../../../../lib/plot";
import { Rng } from "../../../../lib/rng";
import { accuracyOf, expectThrows, iris, maxAbsDiff } from "../../../../lib/testing";
import golden from "../golden/golden.json";

/** Each fold's accuracy, counted by the spec from the out-of-fold predictions; the learner's must agree. */
function checkedFoldAccuracies(
  cv: { foldAccuracies: Float64Array; predictions: Int32Array },
  y: ArrayLike<number>,
  folds: Split[],
  what: string,
): number[] {
  const counted = folds.map((f, i) =>
    accuracyOf(
      Array.from(f.test, (j) => y[j]),
      Array.from(f.test, (j) => cv.predictions[j]),
      `${what}, fold ${i}`,
    ),
  );
  expect(maxAbsDiff(cv.foldAccuracies, counted), `${what}: foldAccuracies vs the predictions`).toBeLessThan(
    1e-12,
  );
  return counted;
}

const average = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

const split = (train: number[], test: number[]): Split => ({
  train: Uint32Array.from(train),
  test: Uint32Array.from(test),
});

describe("1. Cross-validated accuracy", () => {
  test("the tree's fold accuracies on kFold(150, 5, { stratify }) are ones scikit-learn reaches", async () => {
    const { X, y } = await iris();
    const folds = kFold(150, 5, { stratify: y });
    const g = golden.courseFolds;
    folds.forEach((f, i) => {
      expect(Array.from(f.test), `fold ${i}: the golden folds are lib/ml's`).toEqual(g.test[i]);
    });
    const cv = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
    checkedFoldAccuracies(cv, y, folds, "tree").forEach((acc, i) => {
      const reachable = g.treeReachableAccuracies[i];
      expect(
        reachable.some((r) => Math.abs(r - acc) < 1e-12),
        `fold ${i}: accuracy ${acc} is one of scikit-learn's ${JSON.stringify(reachable)}`,
      ).toBe(true);
    });
    const forest = crossValidate(
      () => new RandomForestClassifier({ nEstimators: 100, seed: 0 }),
      X,
      y,
      folds,
    );
    const forestMean = average(checkedFoldAccuracies(forest, y, folds, "forest"));
    const sk = g.forestMeanAccuracy;
    expect(
      Math.abs(forestMean - sk.mean),
      `forest ${forestMean.toFixed(3)} vs scikit-learn ${sk.mean.toFixed(3)} [${sk.min.toFixed(3)}, ${sk.max.toFixed(3)}]`,
    ).toBeLessThan(0.03);
  });

  test("meanStd and accuracy on larger random inputs", () => {
    const rng = new Rng(9);
    const v = rng.uniformArray(1000, 0.5, 1);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length);
    const got = meanStd(v);
    expect(got.mean, "mean of 1000 values").toBeCloseTo(mean, 12);
    expect(got.std, "population std of 1000 values").toBeCloseTo(std, 12);
    const a = Int32Array.from({ length: 999 }, () => rng.int(0, 4));
    const b = Int32Array.from(a, (x, i) => (i % 3 === 0 ? (x + 1) % 4 : x));
    expect(accuracy(a, b), "2/3 correct").toBeCloseTo(666 / 999, 12);
    expectThrows(() => meanStd([1, Number.NaN]), InvalidArgument, "meanStd with NaN");
  });

  test("unequal folds, a test index out of range, predictions of any numeric array type", () => {
    const X = fromRows([[0], [1], [2], [3], [4]]);
    const y = [1, 1, 2, 2, 2];
    const model = () => ({
      fit: (_X: Matrix, _y: ArrayLike<number>) => undefined,
      predict: (Xq: Matrix) => new Float64Array(Xq.rows).fill(2),
    });
    const cv = crossValidate(model, X, y, [split([3, 4], [0, 1, 2]), split([0, 1, 2], [3, 4])]);
    expect(Array.from(cv.foldAccuracies), "fold accuracies 1/3 and 1").toEqual([1 / 3, 1]);
    expect(cv.mean, "mean of the fold accuracies (not the pooled accuracy 3/5)").toBeCloseTo(2 / 3, 12);
    expect(Array.from(cv.predictions), "predictions").toEqual([2, 2, 2, 2, 2]);
    expectThrows(
      () => crossValidate(model, X, y, [split([3, 4], [0, 1, 2]), split([0, 1, 2], [3, 4, 5])]),
      InvalidArgument,
      "a fold tests row 5 of 5",
    );
  });
});

describe("2. The confusion matrix as a table", () => {
  test("scikit-learn's confusion_matrix on fixed label vectors", () => {
    for (const [k, c] of golden.confusion.entries()) {
      expect(
        confusionMatrix(c.yTrue, c.yPred, c.labels),
        `case ${k}, labels ${JSON.stringify(c.labels)}`,
      ).toEqual(c.matrix);
    }
  });

  test("a large random case: the total is n and the trace counts the correct predictions", () => {
    const rng = new Rng(1);
    const n = 5000;
    const yTrue = Int32Array.from({ length: n }, () => rng.int(0, 7));
    const yPred = Int32Array.from(yTrue, (v) => (rng.next() < 0.6 ? v : rng.int(0, 7)));
    const cm = confusionMatrix(yTrue, yPred, [0, 1, 2, 3, 4, 5, 6]);
    expect(
      cm.flat().reduce((s, v) => s + v, 0),
      "total",
    ).toBe(n);
    const trace = cm.reduce((s, row, i) => s + row[i], 0);
    expect(trace / n, "trace / n = accuracy").toBeCloseTo(accuracy(yTrue, yPred), 12);
    for (let i = 0; i < 7; i++) {
      const rowSum = cm[i].reduce((s, v) => s + v, 0);
      expect(rowSum, `row ${i} sums to the number of true ${i}s`).toBe(yTrue.filter((v) => v === i).length);
    }
  });

  test("wide numbers and long names; one class", () => {
    const text = formatConfusionMatrix(
      [
        [1234, 5],
        [0, 99999],
      ],
      ["Iris-versicolor", "x"],
    );
    expect(text.split("\n"), "table").toEqual([
      "true \\ pred      Iris-versicolor      x",
      "Iris-versicolor             1234      5",
      "x                              0  99999",
    ]);
    for (const line of text.split("\n")) expect(line, "no trailing spaces").toBe(line.trimEnd());
    expect(formatConfusionMatrix([[3]], ["only"]), "a 1×1 matrix").toBe(
      "true \\ pred  only\nonly            3",
    );
    expectThrows(() => formatConfusionMatrix([], []), InvalidArgument, "an empty matrix");
  });
});

describe("3. The confusion matrix as a heatmap", () => {
  test("normalizeRows on random counts; rows sum to 1", () => {
    const rng = new Rng(4);
    const cm = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => rng.int(0, 30)));
    cm[2] = [0, 0, 0, 0, 0];
    const norm = normalizeRows(cm);
    norm.forEach((row, i) => {
      const s = row.reduce((a, b) => a + b, 0);
      if (i === 2) expect(row, "the zero row").toEqual([0, 0, 0, 0, 0]);
      else expect(s, `row ${i} sums to 1`).toBeCloseTo(1, 12);
    });
    expect(cm[0], "the input is not modified").not.toEqual(norm[0]);
  });

  test("without a title there is no title; wrong sizes are rejected", async () => {
    const cm = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    const names = ["a", "b", "c"];
    expect(confusionMatrixChart(cm, names), "no title").toEqual(
      heatmap(cm, {
        rowLabels: names,
        colLabels: names,
        xLabel: "predicted",
        yLabel: "true",
        valueFormat: "d",
      }),
    );
    expectThrows(() => confusionMatrixChart(cm, ["a", "b"]), ShapeError, "2 names for 3 classes");
    const svg = await confusionMatrixSvg(cm, names);
    expect(svg.includes("predicted: c; true: a; value: 3"), "top-right cell: true a, predicted c").toBe(true);
    expect(svg.includes("predicted: a; true: c; value: 7"), "bottom-left cell: true c, predicted a").toBe(
      true,
    );
  });
});

describe("4. Tree vs forest on Iris", () => {
  test("repeated CV agrees with scikit-learn's within 0.03", async () => {
    const r = await compareTreeAndForest();
    // The compared means are the spec's: each repetition's folds, fitted and counted here.
    const { X, y } = await iris();
    const replay = { tree: [] as number[], forest: [] as number[] };
    for (let rep = 0; rep < 5; rep++) {
      const folds = kFold(150, 5, { shuffle: true, seed: rep, stratify: y });
      const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
      const forest = crossValidate(
        () => new RandomForestClassifier({ nEstimators: 100, seed: rep }),
        X,
        y,
        folds,
      );
      replay.tree.push(...checkedFoldAccuracies(tree, y, folds, `tree, repetition ${rep}`));
      replay.forest.push(...checkedFoldAccuracies(forest, y, folds, `forest, repetition ${rep}`));
    }
    expect(maxAbsDiff(r.tree.foldAccuracies, replay.tree), "the tree's fold accuracies").toBeLessThan(1e-12);
    expect(maxAbsDiff(r.forest.foldAccuracies, replay.forest), "the forest's fold accuracies").toBeLessThan(
      1e-12,
    );
    const sk = golden.repeatedStratifiedCv;
    expect(
      Math.abs(average(replay.tree) - sk.tree.mean),
      `tree ${average(replay.tree).toFixed(3)} vs scikit-learn ${sk.tree.mean.toFixed(3)}`,
    ).toBeLessThan(0.03);
    expect(
      Math.abs(average(replay.forest) - sk.forest.mean),
      `forest ${average(replay.forest).toFixed(3)} vs scikit-learn ${sk.forest.mean.toFixed(3)}`,
    ).toBeLessThan(0.03);
    const { mean, std } = meanStd(r.forest.foldAccuracies);
    expect(r.forest.mean, "forest.mean is the mean of its fold accuracies").toBeCloseTo(mean, 12);
    expect(r.forest.std, "forest.std").toBeCloseTo(std, 12);
  });

  test("k, repeats and seed are honoured", async () => {
    const r = await compareTreeAndForest({ k: 3, repeats: 2, seed: 10, nEstimators: 5 });
    expect(r.tree.foldAccuracies.length, "3 folds × 2 repetitions").toBe(6);
    const { X, y } = await iris();
    const second = kFold(150, 3, { shuffle: true, seed: 11, stratify: y });
    const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, second);
    expect(Array.from(r.tree.foldAccuracies.slice(3)), "repetition 1 uses seed + 1").toEqual(
      Array.from(tree.foldAccuracies),
    );
    expect(
      r.treeConfusion.flat().reduce((s, v) => s + v, 0),
      "2 × 150 predictions",
    ).toBe(300);
    expect(r.report.split("\n")[1].endsWith("over 6 folds"), "report line 2 counts 6 folds").toBe(true);
    await expect(compareTreeAndForest({ repeats: 0 }), "repeats 0").rejects.toBeInstanceOf(InvalidArgument);
  });

  test("5-fold, 2 repetitions from seed 40: each repetition's forest is seeded 40 + r, on the folds of 40 + r", async () => {
    const r = await compareTreeAndForest({ repeats: 2, seed: 40, nEstimators: 10 });
    const { X, y } = await iris();
    const labels = [0, 1, 2];
    const forestConfusion = labels.map(() => labels.map(() => 0));
    for (const rep of [0, 1]) {
      const folds = kFold(150, 5, { shuffle: true, seed: 40 + rep, stratify: y });
      const forest = crossValidate(
        () => new RandomForestClassifier({ nEstimators: 10, seed: 40 + rep }),
        X,
        y,
        folds,
      );
      expect(
        Array.from(r.forest.foldAccuracies.slice(5 * rep, 5 * rep + 5)),
        `repetition ${rep}: forest fold accuracies`,
      ).toEqual(Array.from(forest.foldAccuracies));
      confusionMatrix(y, forest.predictions, labels).forEach((row, i) => {
        row.forEach((v, j) => {
          forestConfusion[i][j] += v;
        });
      });
    }
    expect(r.forestConfusion, "the forest's confusion matrix sums both repetitions").toEqual(forestConfusion);
    expect(r.report.split("\n")[1], "report line 2").toBe(
      `random forest: mean accuracy ${r.forest.mean.toFixed(3)} ± ${r.forest.std.toFixed(3)} over 10 folds`,
    );
  });

  test("comparisonReport: the loser's larger std decides; the winner named second", () => {
    const f = (mean: number, std: number) => ({ foldAccuracies: new Float64Array(7).fill(mean), mean, std });
    expect(
      comparisonReport({ name: "tree", cv: f(0.91, 0.05) }, { name: "forest", cv: f(0.95, 0.02) }).split(
        "\n",
      ),
    ).toEqual([
      "tree: mean accuracy 0.910 ± 0.050 over 7 folds",
      "forest: mean accuracy 0.950 ± 0.020 over 7 folds",
      "forest wins by 4.0 percentage points (0.040).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
    expect(
      comparisonReport({ name: "tree", cv: f(0.95, 0.03) }, { name: "forest", cv: f(0.91, 0.03) }).split(
        "\n",
      )[3],
      "margin 0.04 over std 0.03",
    ).toBe("The difference is larger than one standard deviation of the fold accuracies.");
  });

  test("comparisonReport with other names, the first model winning narrowly", () => {
    const f = (accs: number[]) => {
      const m = accs.reduce((s, v) => s + v, 0) / accs.length;
      return {
        foldAccuracies: Float64Array.from(accs),
        mean: m,
        std: Math.sqrt(accs.reduce((s, v) => s + (v - m) ** 2, 0) / accs.length),
      };
    };
    const text = comparisonReport(
      { name: "k-NN", cv: f([1, 0.9, 1]) },
      { name: "logistic", cv: f([0.9, 0.9, 1]) },
    );
    expect(text.split("\n"), "report").toEqual([
      "k-NN: mean accuracy 0.967 ± 0.047 over 3 folds",
      "logistic: mean accuracy 0.933 ± 0.047 over 3 folds",
      "k-NN wins by 3.3 percentage points (0.033).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
  });
});
