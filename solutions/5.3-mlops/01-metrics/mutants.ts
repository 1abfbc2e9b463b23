/** Known-wrong variants of the 5.3-mlops/01-metrics solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "metrics-confusion-transposed",
    file: "metrics.ts",
    task: 1,
    why: "the confusion matrix is filled as counts(predicted, true): rows are the predictions and columns the truth (the transpose of scikit-learn's convention), so fp and fn swap places.",
    edits: [{ find: "    counts[t * k + p]++;\n", replace: "    counts[p * k + t]++;\n" }],
  },
  {
    name: "metrics-labels-string-sort",
    file: "metrics.ts",
    task: 1,
    why: "the distinct labels are sorted with a bare Array#sort, which compares them as strings: [2, 9, 10] becomes [10, 2, 9] and −1 sorts after 1, so rows, columns and per-class scores come out in the wrong order.",
    edits: [
      {
        find: "  return Int32Array.from(seen).sort();\n",
        replace: "  return Int32Array.from([...seen].sort());\n",
      },
    ],
  },
  {
    name: "metrics-precision-zero-division-nan",
    file: "metrics.ts",
    task: 2,
    why: "precision and recall divide without the zero-division rule, so a class that is never predicted (the always-no detector) has precision 0/0 = NaN, which then poisons F1 and every average.",
    edits: [{ find: "  return b === 0 ? zeroDivision : a / b;\n", replace: "  return a / b;\n" }],
  },
  {
    name: "metrics-macro-weighted-by-support",
    file: "metrics.ts",
    task: 2,
    why: "'macro' is computed with the support weights of 'weighted' (macro and weighted confused): the rare classes, which macro is meant to count equally, are drowned by the common one.",
    edits: [
      {
        find: '  const weights = average === "weighted" ? actual : undefined;\n',
        replace: "  const weights = actual;\n",
      },
    ],
  },
  {
    name: "metrics-f1-from-averaged-precision-recall",
    file: "metrics.ts",
    task: 2,
    why: "the averaged F1 is the harmonic mean of the averaged precision and recall, F1(mean P, mean R), instead of the mean of the per-class F1s (scikit-learn's definition).",
    edits: [
      {
        find: "  return { precision: mean(s.precision, weights), recall: mean(s.recall, weights), f1: mean(s.f1, weights) };\n",
        replace:
          "  const precision = mean(s.precision, weights);\n  const recall = mean(s.recall, weights);\n  return { precision, recall, f1: f1Of(precision, recall) };\n",
      },
    ],
  },
  {
    name: "metrics-binary-ignores-pos-label",
    file: "metrics.ts",
    task: 2,
    why: "average 'binary' always scores class 1, ignoring posLabel: with labels −1/1 and posLabel −1, or posLabel 0, the scores of the wrong class come back.",
    edits: [
      {
        find: "    const { tp, predicted, actual } = classCounts(yTrue, yPred, Int32Array.of(posLabel));\n",
        replace: "    const { tp, predicted, actual } = classCounts(yTrue, yPred, Int32Array.of(1));\n",
      },
    ],
  },
  {
    name: "metrics-weighted-by-predictions",
    file: "metrics.ts",
    task: 2,
    why: "'weighted' weighs each class by how often it is PREDICTED instead of by its support (how often it is true).",
    edits: [
      {
        find: '  const weights = average === "weighted" ? actual : undefined;\n',
        replace: '  const weights = average === "weighted" ? predicted : undefined;\n',
      },
    ],
  },
  {
    name: "metrics-roc-ignores-ties",
    file: "metrics.ts",
    task: 3,
    why: "the curve gets one point per SAMPLE instead of one per distinct score: tied scores are split in the arbitrary order of the sort, so the curve makes a staircase through a tie instead of its diagonal, extra thresholds repeat, and the AUC counts a tie as a win or a loss instead of ½.",
    edits: [
      {
        find: "    if (k === n - 1 || scores[order[k + 1]] !== scores[i]) {\n",
        replace: "    {\n",
      },
    ],
  },
  {
    name: "metrics-roc-first-threshold-is-max",
    file: "metrics.ts",
    task: 3,
    why: "the extra first threshold of the point (0, 0) is the highest score itself instead of max + 1, although 'score ≥ max' predicts the top samples positive — the threshold does not match its point.",
    edits: [{ find: "  out[0] = thresholds[0] + 1;\n", replace: "  out[0] = thresholds[0];\n" }],
  },
  {
    name: "metrics-drop-intermediate-fpr-only",
    file: "metrics.ts",
    task: 3,
    why: "dropIntermediate tests only the second difference of the false positives, so it drops the corners of vertical runs (positives only) too; the light curve then cuts corners and its area is wrong.",
    edits: [
      {
        find: "        fps[k + 1] - 2 * fps[k] + fps[k - 1] !== 0 ||\n        tps[k + 1] - 2 * tps[k] + tps[k - 1] !== 0;\n",
        replace: "        fps[k + 1] - 2 * fps[k] + fps[k - 1] !== 0;\n",
      },
    ],
  },
  {
    name: "metrics-auc-decreasing-negative",
    file: "metrics.ts",
    task: 3,
    why: "auc returns the signed trapezoid sum, so a curve whose x decreases (a PR curve's recall) gets a negative area instead of the same positive one.",
    edits: [{ find: "  return falling ? -area : area;\n", replace: "  return area;\n" }],
  },
  {
    name: "metrics-average-precision-trapezoid",
    file: "metrics.ts",
    task: 4,
    why: "average precision as the trapezoid area under the precision–recall curve, Σ ΔR·(Pₖ + Pₖ₊₁)/2, which interpolates linearly between points (optimistic) instead of scikit-learn's step-wise Σ ΔR·Pₖ.",
    edits: [
      {
        find: "  for (let k = 0; k + 1 < recall.length; k++) ap += (recall[k] - recall[k + 1]) * precision[k];\n",
        replace:
          "  for (let k = 0; k + 1 < recall.length; k++) ap += ((recall[k] - recall[k + 1]) * (precision[k] + precision[k + 1])) / 2;\n",
      },
    ],
  },
  {
    name: "metrics-pr-curve-no-positives-nan",
    file: "metrics.ts",
    task: 4,
    why: "without any positive label, recall is computed as 0/0 = NaN at every threshold instead of scikit-learn's rule (recall 1), so average precision is NaN instead of 0.",
    edits: [
      {
        find: "    recall[k] = positives === 0 ? 1 : tps[j] / positives;\n",
        replace: "    recall[k] = tps[j] / positives;\n",
      },
    ],
  },
  {
    name: "metrics-pr-curve-descending",
    file: "metrics.ts",
    task: 4,
    why: "the precision–recall curve keeps the ROC order (thresholds descending, recall ascending) instead of scikit-learn's ascending thresholds, and its last point (precision 1, recall 0) then sits at the wrong end.",
    edits: [{ find: "    const j = m - 1 - k; // ascending thresholds\n", replace: "    const j = k;\n" }],
  },
  {
    name: "metrics-log-loss-no-clip",
    file: "metrics.ts",
    task: 5,
    why: "log loss without clipping, so a certain mistake (p = 0 for a positive) costs −ln 0 = Infinity instead of −ln ε ≈ 36.04.",
    edits: [
      {
        find: "  const clip = (p: number) => Math.min(Math.max(p, eps), 1 - eps);\n",
        replace: "  const clip = (p: number) => p;\n",
      },
    ],
  },
  {
    name: "metrics-log-loss-clips-below-only",
    file: "metrics.ts",
    task: 5,
    why: "probabilities are clipped at eps from below only (Math.max(p, eps)), so p = 1 for a negative sample still gives ln(1 − 1) = −Infinity.",
    edits: [
      {
        find: "  const clip = (p: number) => Math.min(Math.max(p, eps), 1 - eps);\n",
        replace: "  const clip = (p: number) => Math.max(p, eps);\n",
      },
    ],
  },
  {
    name: "metrics-log-loss-no-renormalise",
    file: "metrics.ts",
    task: 5,
    why: "multiclass rows are clipped but not divided by their sum, unlike scikit-learn 1.2.1: a row such as [0.2, 0.2, 0.1] is read as it is instead of as [0.4, 0.4, 0.2].",
    edits: [
      {
        find: "      sum -= Math.log(clip(data[i * cols + y]) / rowSum);\n",
        replace: "      sum -= Math.log(clip(data[i * cols + y]));\n",
      },
    ],
  },
  {
    name: "metrics-log-loss-renormalise-before-clip",
    file: "metrics.ts",
    task: 5,
    why: "rows are renormalised first and clipped afterwards (the opposite order to scikit-learn 1.2.1). With the default ε the difference is invisible, but with eps = 0.01 the row [0, 1, 0] gives its true class 0 the probability 0.01 instead of 0.01 / 1.01.",
    edits: [
      {
        find: "        rowSum += clip(data[i * cols + j]);\n",
        replace: "        rowSum += data[i * cols + j];\n",
      },
      {
        find: "      sum -= Math.log(clip(data[i * cols + y]) / rowSum);\n",
        replace: "      sum -= Math.log(clip(data[i * cols + y] / rowSum));\n",
      },
    ],
  },
  {
    name: "detector-threshold-by-accuracy",
    file: "detector.ts",
    task: 6,
    why: "chooseThreshold maximises accuracy instead of F1. On an imbalanced problem accuracy prefers a threshold that says 'no' more often: a lower recall and a lower F1 than the best.",
    edits: [
      {
        find: "    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);\n",
        replace:
          "    const positives = Array.prototype.filter.call(yTrue, (v: number) => v === 1).length;\n    const tp = r * positives;\n    const fp = p === 0 ? scores.length - positives : tp / p - tp;\n    const f1 = (scores.length - positives - fp + tp) / scores.length;\n",
      },
    ],
  },
  {
    name: "detector-threshold-lowest-on-tie",
    file: "detector.ts",
    task: 6,
    why: "on a tie in F1 chooseThreshold keeps the first, i.e. the LOWEST, threshold (> instead of ≥ while thresholds ascend), which flags more samples for the same F1.",
    edits: [{ find: "    if (f1 >= bestF1) {\n", replace: "    if (f1 > bestF1) {\n" }],
  },
  {
    name: "detector-report-strictly-above",
    file: "detector.ts",
    task: 6,
    why: "the report predicts positive only when score > threshold, not ≥: the sample AT the chosen threshold (one of the scores) is dropped, so the counts no longer match the curve point the threshold was chosen for.",
    edits: [
      {
        find: "  return Int32Array.from(scores, (s) => (s >= threshold ? 1 : 0));\n",
        replace: "  return Int32Array.from(scores, (s) => (s > threshold ? 1 : 0));\n",
      },
    ],
  },
  {
    name: "detector-roc-marker-swapped",
    file: "detector.ts",
    task: 6,
    why: "the ROC chart marks the threshold at (tpr, fpr) instead of (fpr, tpr): the point is drawn off the curve.",
    edits: [
      {
        find: "      threshold: [fpr, report.recall],\n",
        replace: "      threshold: [report.recall, fpr],\n",
      },
    ],
  },
];
