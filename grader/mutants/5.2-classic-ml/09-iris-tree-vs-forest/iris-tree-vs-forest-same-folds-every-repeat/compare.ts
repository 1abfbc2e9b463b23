/** Mutant: every repetition uses the same seed, so "5 × 5-fold" is the same 5 folds five times. */

import { IRIS_CLASSES, loadIris } from "@exercise/5.2-classic-ml/09-iris-tree-vs-forest/iris-data";
import { DecisionTreeClassifier } from "@solution/5.2-classic-ml/04-decision-tree/tree";
import { RandomForestClassifier } from "@solution/5.2-classic-ml/06-ensembles/forest";
import {
  comparisonReport,
  confusionMatrix,
  crossValidate,
  type FoldScores,
  type IrisComparison,
  type IrisOptions,
  meanStd,
} from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";
import { InvalidArgument } from "../../../../../lib/errors";
import { kFold } from "../../../../../lib/ml/split";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export async function compareTreeAndForest(options: IrisOptions = {}): Promise<IrisComparison> {
  const k = options.k ?? 5;
  const repeats = options.repeats ?? 5;
  const seed = options.seed ?? 0;
  const nEstimators = options.nEstimators ?? 100;
  if (!Number.isInteger(repeats) || repeats < 1)
    throw new InvalidArgument(`repeats must be ≥ 1, got ${repeats}`);
  const { X, y } = await loadIris();
  const labels = IRIS_CLASSES.map((_, c) => c);
  const zero = () => labels.map(() => labels.map(() => 0));
  const treeConfusion = zero();
  const forestConfusion = zero();
  const treeScores: number[] = [];
  const forestScores: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const folds = kFold(X.rows, k, { shuffle: true, seed, stratify: y });
    const tree = crossValidate(() => new DecisionTreeClassifier(), X, y, folds);
    const forest = crossValidate(() => new RandomForestClassifier({ nEstimators, seed }), X, y, folds);
    treeScores.push(...tree.foldAccuracies);
    forestScores.push(...forest.foldAccuracies);
    confusionMatrix(y, tree.predictions, labels).forEach((row, i) => {
      row.forEach((v, j) => {
        (treeConfusion[i] as number[])[j] = ((treeConfusion[i] as number[])[j] as number) + v;
      });
    });
    confusionMatrix(y, forest.predictions, labels).forEach((row, i) => {
      row.forEach((v, j) => {
        (forestConfusion[i] as number[])[j] = ((forestConfusion[i] as number[])[j] as number) + v;
      });
    });
  }
  const summary = (s: number[]): FoldScores => ({ foldAccuracies: Float64Array.from(s), ...meanStd(s) });
  const tree = summary(treeScores);
  const forest = summary(forestScores);
  return {
    tree,
    forest,
    treeConfusion,
    forestConfusion,
    report: comparisonReport({ name: "decision tree", cv: tree }, { name: "random forest", cv: forest }),
  };
}
