/**
 * Public specs for 5.2.9 Iris: decision tree vs random forest. Run them with
 *
 *     npm test exercises/5.2-classic-ml/09-iris-tree-vs-forest
 *
 * They need your tree (5.2.4) and forest (5.2.6). Accuracies are fractions of small integers:
 * compared to 1e-12. Task 4 prints the report and the tables, writes the two heatmaps to
 * .course/plots/ (open them in a browser), and records the two cross-validated accuracies
 * that exercise.json scores. Those two are counted by the spec (lib/testing's accuracyOf) from
 * the predictions of your tree and forest on its own replay of the 5 × 5 folds, and
 * compareTreeAndForest must report the same fold accuracies.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows, type Matrix, selectRows, selectValues } from "../../../lib/ml/matrix";
import { kFold, type Split } from "../../../lib/ml/split";
import { heatmap } from "../../../lib/plot";
import { accuracyOf, expectThrows, iris, maxAbsDiff, recordMetric } from "../../../lib/testing";
import { DecisionTreeClassifier } from "../04-decision-tree/tree";
import { RandomForestClassifier } from "../06-ensembles/forest";
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
} from "./compare";
import type { Classifier, FoldScores } from "./compare.given";
import { IRIS_CLASSES } from "./iris-data.given";

/** A "model" that always predicts the most frequent label of its training data (smallest on a tie). */
class MajorityClass {
  label = Number.NaN;
  fit(_X: Matrix, y: ArrayLike<number>): this {
    const counts = new Map<number, number>();
    for (let i = 0; i < y.length; i++) counts.set(y[i], (counts.get(y[i]) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    this.label = best?.[0] ?? Number.NaN;
    return this;
  }
  predict(X: Matrix): Int32Array {
    return new Int32Array(X.rows).fill(this.label);
  }
}

/**
 * The fold accuracies of `make()` on the folds of `kFold(150, k, { shuffle, seed: seed + r,
 * stratify })` for r = 0 … repeats − 1, counted by the spec from the model's predictions.
 */
async function replayedFoldAccuracies(
  make: (r: number) => Classifier,
  k: number,
  repeats: number,
  seed: number,
): Promise<number[]> {
  const { X, y } = await iris();
  const accuracies: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const fold of kFold(150, k, { shuffle: true, seed: seed + r, stratify: y })) {
      const model = make(r);
      model.fit(selectRows(X, fold.train), selectValues(y, fold.train));
      const truth = selectValues(y, fold.test);
      accuracies.push(accuracyOf(truth, model.predict(selectRows(X, fold.test)), `repetition ${r}`));
    }
  }
  return accuracies;
}

const split = (train: number[], test: number[]): Split => ({
  train: Uint32Array.from(train),
  test: Uint32Array.from(test),
});

describe("1. Cross-validated accuracy", () => {
  test("accuracy and meanStd", () => {
    expect(accuracy([1, 2, 3, 4], [1, 2, 0, 4]), "3 of 4").toBe(0.75);
    expect(accuracy(new Int32Array([5]), [5]), "1 of 1").toBe(1);
    const { mean, std } = meanStd([1, 2, 3, 4]);
    expect(mean, "mean of 1..4").toBeCloseTo(2.5, 12);
    expect(std, "population std of 1..4 = √1.25").toBeCloseTo(Math.sqrt(1.25), 12);
    expect(meanStd([0.9]).std, "std of one value").toBe(0);
    expectThrows(() => accuracy([1, 2], [1]), ShapeError, "accuracy of lengths 2 and 1");
    expectThrows(() => accuracy([], []), InvalidArgument, "accuracy of nothing");
    expectThrows(() => meanStd([]), InvalidArgument, "meanStd([])");
  });

  test("a fresh model per fold, out-of-fold predictions, fold accuracies by hand", () => {
    // 6 rows; labels 0 0 0 1 1 1; three folds of two rows.
    const X = fromRows([[0], [1], [2], [3], [4], [5]]);
    const y = [0, 0, 0, 1, 1, 1];
    const folds = [split([2, 3, 4, 5], [0, 1]), split([0, 1, 4, 5], [2, 3]), split([0, 1, 2, 3], [4, 5])];
    let made = 0;
    const cv = crossValidate(
      () => {
        made++;
        return new MajorityClass();
      },
      X,
      y,
      folds,
    );
    expect(made, "makeModel called once per fold").toBe(3);
    // Fold 0 trains on 0 1 1 1 → predicts 1; fold 1 on 0 0 1 1 → tie → 0; fold 2 on 0 0 0 1 → 0.
    expect(Array.from(cv.predictions), "out-of-fold predictions").toEqual([1, 1, 0, 0, 0, 0]);
    expect(Array.from(cv.foldAccuracies), "fold accuracies").toEqual([0, 0.5, 0]);
    expect(cv.mean, "mean").toBeCloseTo(1 / 6, 12);
    expect(cv.std, "std").toBeCloseTo(Math.sqrt(((1 / 6) ** 2 * 2 + (0.5 - 1 / 6) ** 2) / 3), 12);
  });

  test("the decision tree on Iris with stratified folds", async () => {
    const { X, y } = await iris();
    const folds = kFold(150, 5, { shuffle: true, seed: 1, stratify: y });
    const cv = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
    expect(cv.foldAccuracies.length, "5 folds").toBe(5);
    expect(cv.predictions.length, "one prediction per flower").toBe(150);
    expect(cv.mean, "mean accuracy of a tree on Iris").toBeGreaterThan(0.85);
    expect(
      accuracy(y, cv.predictions),
      "equal folds: mean of fold accuracies = accuracy of the predictions",
    ).toBeCloseTo(cv.mean, 12);
  });

  test("bad folds are rejected", () => {
    const X = fromRows([[0], [1], [2], [3]]);
    const y = [0, 1, 0, 1];
    const model = () => new MajorityClass();
    const good = split([2, 3], [0, 1]);
    expectThrows(() => crossValidate(model, X, y, [good]), InvalidArgument, "a single fold");
    expectThrows(
      () => crossValidate(model, X, y, [good, split([0, 3], [1, 2])]),
      InvalidArgument,
      "row 1 tested by two folds",
    );
    expectThrows(
      () => crossValidate(model, X, y, [good, split([0, 1], [2])]),
      InvalidArgument,
      "row 3 never tested",
    );
    expectThrows(
      () => crossValidate(model, X, y, [split([1, 2, 3], [0, 1]), split([0, 1], [2, 3])]),
      InvalidArgument,
      "fold 0 trains on its test row 1",
    );
    expectThrows(
      () => crossValidate(model, X, [0, 1, 0], [good, split([0, 1], [2, 3])]),
      ShapeError,
      "3 labels for 4 rows",
    );
  });
});

describe("2. The confusion matrix as a table", () => {
  test("rows are the truth, columns the prediction, in the order of labels", () => {
    const yTrue = [0, 0, 1, 1, 1, 2];
    const yPred = [0, 1, 1, 1, 2, 2];
    expect(confusionMatrix(yTrue, yPred, [0, 1, 2]), "labels [0, 1, 2]").toEqual([
      [1, 1, 0],
      [0, 2, 1],
      [0, 0, 1],
    ]);
    expect(confusionMatrix(yTrue, yPred, [2, 0, 1]), "labels [2, 0, 1] reorder rows and columns").toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [1, 0, 2],
    ]);
    expect(confusionMatrix([1, 1], [1, 1], [0, 1]), "a label that never occurs").toEqual([
      [0, 0],
      [0, 2],
    ]);
  });

  test("errors", () => {
    expectThrows(() => confusionMatrix([0, 1], [0], [0, 1]), ShapeError, "lengths 2 and 1");
    expectThrows(
      () => confusionMatrix([0, 5], [0, 1], [0, 1]),
      InvalidArgument,
      "true label 5 not in labels",
    );
    expectThrows(
      () => confusionMatrix([0, 1], [0, 7], [0, 1]),
      InvalidArgument,
      "predicted label 7 not in labels",
    );
    expectThrows(() => confusionMatrix([0], [0], [0, 0]), InvalidArgument, "label 0 listed twice");
    expectThrows(() => confusionMatrix([], [], [0]), InvalidArgument, "no samples");
  });

  test("formatConfusionMatrix: aligned columns, two spaces apart", () => {
    const text = formatConfusionMatrix(
      [
        [5, 0],
        [12, 3],
      ],
      ["a", "bb"],
    );
    expect(text, "table").toBe(
      ["true \\ pred   a  bb", "a             5   0", "bb           12   3"].join("\n"),
    );
    const iris = formatConfusionMatrix(
      [
        [50, 0, 0],
        [0, 47, 3],
        [0, 4, 46],
      ],
      ["setosa", "versicolor", "virginica"],
    );
    expect(iris.split("\n"), "the README's example").toEqual([
      "true \\ pred  setosa  versicolor  virginica",
      "setosa           50           0          0",
      "versicolor        0          47          3",
      "virginica         0           4         46",
    ]);
    expectThrows(() => formatConfusionMatrix([[1, 2]], ["a"]), ShapeError, "a 1×2 matrix");
    expectThrows(() => formatConfusionMatrix([[1]], ["a", "b"]), ShapeError, "2 names for a 1×1 matrix");
  });
});

describe("3. The confusion matrix as a heatmap", () => {
  const cm = [
    [9, 1],
    [3, 7],
  ];
  const names = ["cat", "dog"];

  test("normalizeRows gives the share of each true class", () => {
    expect(normalizeRows(cm), "rows / row sums").toEqual([
      [0.9, 0.1],
      [0.3, 0.7],
    ]);
    expect(normalizeRows([[0, 0]]), "a zero row stays zero").toEqual([[0, 0]]);
  });

  test("the chart is lib/plot's heatmap with truth on the y axis and predictions on the x axis", () => {
    expect(confusionMatrixChart(cm, names, { title: "Pets" }), "counts").toEqual(
      heatmap(cm, {
        rowLabels: names,
        colLabels: names,
        xLabel: "predicted",
        yLabel: "true",
        valueFormat: "d",
        title: "Pets",
      }),
    );
    expect(confusionMatrixChart(cm, names, { normalize: true }), "normalised").toEqual(
      heatmap(normalizeRows(cm), {
        rowLabels: names,
        colLabels: names,
        xLabel: "predicted",
        yLabel: "true",
        valueFormat: ".2f",
        domain: [0, 1],
      }),
    );
    expectThrows(() => confusionMatrixChart([[1, 2]], ["a"]), ShapeError, "a 1×2 matrix");
  });

  test("the SVG shows every cell where it belongs", async () => {
    const svg = await confusionMatrixSvg(cm, names, { title: "Pets" });
    expect(svg.startsWith("<svg"), "an SVG document").toBe(true);
    // vega labels every text mark "<x title>: <column>; <y title>: <row>; value: <v>".
    for (const [i, row] of cm.entries()) {
      for (const [j, v] of row.entries()) {
        const label = `predicted: ${names[j]}; true: ${names[i]}; value: ${v}`;
        expect(svg.includes(label), `cell (true ${names[i]}, predicted ${names[j]}) = ${v}`).toBe(true);
      }
    }
    expect(svg.includes(">Pets<"), "the title").toBe(true);
  });
});

describe("4. Tree vs forest on Iris", () => {
  const cv = (accs: number[]) => ({ foldAccuracies: Float64Array.from(accs), ...meanStdOf(accs) });
  function meanStdOf(a: number[]) {
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    return { mean, std: Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length) };
  }

  test("comparisonReport: winner, margin, and whether it is convincing", () => {
    const report = comparisonReport(
      { name: "decision tree", cv: cv([0.9, 0.95, 0.9, 0.95]) },
      { name: "random forest", cv: cv([0.95, 0.95, 0.9, 1]) },
    );
    expect(report.split("\n"), "a small win").toEqual([
      "decision tree: mean accuracy 0.925 ± 0.025 over 4 folds",
      "random forest: mean accuracy 0.950 ± 0.035 over 4 folds",
      "random forest wins by 2.5 percentage points (0.025).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
    const clear = comparisonReport({ name: "A", cv: cv([0.9, 0.92]) }, { name: "B", cv: cv([0.7, 0.72]) });
    expect(clear.split("\n").slice(2), "a clear win for the first model").toEqual([
      "A wins by 20.0 percentage points (0.200).",
      "The difference is larger than one standard deviation of the fold accuracies.",
    ]);
    const tie = comparisonReport({ name: "A", cv: cv([0.9, 1]) }, { name: "B", cv: cv([1, 0.9]) });
    expect(tie.split("\n").slice(2), "a tie").toEqual([
      "Tie: both models reach a mean accuracy of 0.950.",
      "There is no difference to judge.",
    ]);
  });

  /** Scores with a given mean and std (the report reads only these and the number of folds). */
  const scores = (mean: number, std: number, folds = 5): FoldScores => ({
    foldAccuracies: new Float64Array(folds).fill(mean),
    mean,
    std,
  });
  const verdict = (a: FoldScores, b: FoldScores) =>
    comparisonReport({ name: "A", cv: a }, { name: "B", cv: b }).split("\n").slice(2);

  test("comparisonReport: the margin is compared with the LARGER std, whichever model has it", () => {
    // B wins by 0.04; A's std (0.06) is the larger one, so the win is not convincing,
    // although the winner's own std (0.01) is smaller than the margin.
    expect(verdict(scores(0.9, 0.06), scores(0.94, 0.01)), "B wins, A spreads more").toEqual([
      "B wins by 4.0 percentage points (0.040).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
    // The same numbers the other way round: A wins, B spreads more.
    expect(verdict(scores(0.94, 0.01), scores(0.9, 0.06)), "A wins, B spreads more").toEqual([
      "A wins by 4.0 percentage points (0.040).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
    expect(verdict(scores(0.94, 0.01), scores(0.9, 0.02)), "both spread less than the margin").toEqual([
      "A wins by 4.0 percentage points (0.040).",
      "The difference is larger than one standard deviation of the fold accuracies.",
    ]);
  });

  test("comparisonReport at the edges: a margin equal to the std, a tie within 1e-12, a win by 1e-9", () => {
    // 0.75 − 0.5 = 0.25 exactly, and the larger std is 0.25: not smaller, so the second sentence.
    expect(verdict(scores(0.75, 0.25), scores(0.5, 0)), "margin = std").toEqual([
      "A wins by 25.0 percentage points (0.250).",
      "The difference is larger than one standard deviation of the fold accuracies.",
    ]);
    // 0.1 + 0.2 is 0.30000000000000004 in doubles: equal to 0.3 within 1e-12, so a tie.
    expect(verdict(scores(0.1 + 0.2, 0.05), scores(0.3, 0.05)), "means 0.1 + 0.2 and 0.3").toEqual([
      "Tie: both models reach a mean accuracy of 0.300.",
      "There is no difference to judge.",
    ]);
    // 1e-9 apart is not a tie, even though both means print as 0.900.
    expect(verdict(scores(0.9, 0.05), scores(0.9 + 1e-9, 0.05)), "means 1e-9 apart").toEqual([
      "B wins by 0.0 percentage points (0.000).",
      "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing.",
    ]);
  });

  test("one repetition uses kFold(150, k, { shuffle: true, seed, stratify: y }) for both models", async () => {
    const result = await compareTreeAndForest({ repeats: 1, seed: 3, nEstimators: 10 });
    const { X, y } = await iris();
    const folds = kFold(150, 5, { shuffle: true, seed: 3, stratify: y });
    const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
    expect(Array.from(result.tree.foldAccuracies), "the tree's fold accuracies").toEqual(
      Array.from(tree.foldAccuracies),
    );
    expect(result.forest.foldAccuracies.length, "5 forest folds").toBe(5);
    const labels = IRIS_CLASSES.map((_, k) => k);
    expect(result.treeConfusion, "the tree's confusion matrix").toEqual(
      confusionMatrix(y, tree.predictions, labels),
    );
    const total = result.forestConfusion.flat().reduce((s, v) => s + v, 0);
    expect(total, "the forest's confusion matrix counts 150 flowers").toBe(150);
    expect(result.report.split("\n")[0], "report line 1").toBe(
      `decision tree: mean accuracy ${tree.mean.toFixed(3)} ± ${tree.std.toFixed(3)} over 5 folds`,
    );
  });

  test("repetition r uses seed + r for its folds AND its forest: 3 × 3-fold with seed 5, replayed", async () => {
    const result = await compareTreeAndForest({ k: 3, repeats: 3, seed: 5, nEstimators: 5 });
    const { X, y } = await iris();
    const labels = IRIS_CLASSES.map((_, k) => k);
    const treeConfusion = labels.map(() => labels.map(() => 0));
    for (let r = 0; r < 3; r++) {
      const folds = kFold(150, 3, { shuffle: true, seed: 5 + r, stratify: y });
      const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
      const forest = crossValidate(
        () => new RandomForestClassifier({ nEstimators: 5, seed: 5 + r }),
        X,
        y,
        folds,
      );
      expect(
        Array.from(result.tree.foldAccuracies.slice(3 * r, 3 * r + 3)),
        `repetition ${r}: the tree on the folds of seed ${5 + r}`,
      ).toEqual(Array.from(tree.foldAccuracies));
      expect(
        Array.from(result.forest.foldAccuracies.slice(3 * r, 3 * r + 3)),
        `repetition ${r}: the forest with seed ${5 + r} on the folds of seed ${5 + r}`,
      ).toEqual(Array.from(forest.foldAccuracies));
      confusionMatrix(y, tree.predictions, labels).forEach((row, i) => {
        row.forEach((v, j) => {
          treeConfusion[i][j] += v;
        });
      });
    }
    expect(result.treeConfusion, "the tree's confusion matrix sums the three repetitions").toEqual(
      treeConfusion,
    );
  });

  test("5 × 5-fold: records both accuracies, prints the report and draws the heatmaps", async (ctx) => {
    const result = await compareTreeAndForest();
    expect(result.tree.foldAccuracies.length, "25 tree folds").toBe(25);
    expect(result.forest.foldAccuracies.length, "25 forest folds").toBe(25);
    for (const m of [result.treeConfusion, result.forestConfusion]) {
      expect(
        m.flat().reduce((s, v) => s + v, 0),
        "each confusion matrix counts 5 × 150 predictions",
      ).toBe(750);
      expect(m[0], "setosa is never confused").toEqual([250, 0, 0]);
    }
    // The scored accuracies: the spec's replay of the 25 folds with your tree and forest.
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const tree = await replayedFoldAccuracies(() => new DecisionTreeClassifier(), 5, 5, 0);
    const forest = await replayedFoldAccuracies(
      (r) => new RandomForestClassifier({ nEstimators: 100, seed: r }),
      5,
      5,
      0,
    );
    expect(
      maxAbsDiff(result.tree.foldAccuracies, tree),
      "the tree's fold accuracies vs the replay",
    ).toBeLessThan(1e-12);
    expect(
      maxAbsDiff(result.forest.foldAccuracies, forest),
      "the forest's fold accuracies vs the replay",
    ).toBeLessThan(1e-12);
    expect(Math.abs(result.tree.mean - mean(tree)), "tree.mean").toBeLessThan(1e-12);
    expect(Math.abs(result.forest.mean - mean(forest)), "forest.mean").toBeLessThan(1e-12);
    recordMetric(ctx, "iris.tree.cv-accuracy", mean(tree), "accuracy");
    recordMetric(ctx, "iris.forest.cv-accuracy", mean(forest), "accuracy");
    expect(mean(tree), "tree accuracy").toBeGreaterThan(0.88);
    expect(mean(forest), "forest accuracy").toBeGreaterThan(0.9);
    const names = [...IRIS_CLASSES];
    console.log(
      `${result.report}\n\nDecision tree (out-of-fold, 5 repetitions):\n${formatConfusionMatrix(result.treeConfusion, names)}` +
        `\n\nRandom forest:\n${formatConfusionMatrix(result.forestConfusion, names)}`,
    );
    const dir = path.resolve(".course", "plots");
    await mkdir(dir, { recursive: true });
    for (const [model, m] of [
      ["tree", result.treeConfusion],
      ["forest", result.forestConfusion],
    ] as const) {
      const svg = await confusionMatrixSvg(m, names, {
        title: `Iris, ${model}: 5 × 5-fold CV`,
        normalize: true,
      });
      expect(svg.startsWith("<svg"), `${model} heatmap`).toBe(true);
      await writeFile(path.join(dir, `5.2.9-${model}-confusion.svg`), svg);
    }
  });
});
