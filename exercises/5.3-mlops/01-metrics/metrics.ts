/**
 * 5.3.1 Metrics (tasks 1 to 5).
 *
 * Labels are 32-bit integers (0/1, or 3 and 7, or −1 and 1…); scores are finite numbers, higher
 * meaning "more likely positive". The rules shared by everything in this file:
 * - Never modify an input.
 * - Two arrays of different lengths → `ShapeError`; empty input → `InvalidArgument`.
 * - A label that is not a 32-bit integer (NaN, 1.5), a score that is NaN or ±Infinity, an
 *   unknown option → `InvalidArgument` (from `lib/errors`).
 * - The ranking metrics (tasks 3 and 4) take 0/1 labels, 1 the positive class.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type {
  ConfusionMatrix,
  LogLossOptions,
  PerClassOptions,
  PerClassScores,
  PrecisionRecallCurve,
  RocCurve,
  RocOptions,
  ScoreOptions,
  Scores,
} from "./metrics.given";

/**
 * Task 1. The confusion matrix: counts(i, j) is the number of samples whose true label is
 * labels[i] and whose predicted label is labels[j].
 *
 * Without `labels`, the labels are the distinct values of yTrue and yPred together, ascending
 * as numbers (2, 9, 10 — not the string order 10, 2, 9). With `labels` (distinct integers),
 * rows and columns follow that order, and a label absent from the data gets a row and a column
 * of zeros.
 * @throws InvalidArgument when `labels` is empty, repeats a label, or misses a label of the data.
 */
export function confusionMatrix(
  _yTrue: ArrayLike<number>,
  _yPred: ArrayLike<number>,
  _labels?: ArrayLike<number>,
): ConfusionMatrix {
  throw new NotImplemented("confusionMatrix", 1);
}

/** Task 1. The fraction of positions where yPred equals yTrue (scikit-learn's `accuracy_score`). */
export function accuracyScore(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("accuracyScore", 1);
}

/**
 * Task 2. Precision, recall, F1 and support of every label (the distinct labels of yTrue and
 * yPred, ascending). A 0/0 precision (a class never predicted) or recall (a class never true)
 * is `zeroDivision` (default 0); F1 comes from the class's own P and R, and is 0 when P + R = 0.
 * @throws InvalidArgument when zeroDivision is not 0 or 1.
 */
export function perClassScores(
  _yTrue: ArrayLike<number>,
  _yPred: ArrayLike<number>,
  _options?: PerClassOptions,
): PerClassScores {
  throw new NotImplemented("perClassScores", 2);
}

/**
 * Task 2. Precision, recall and F1 under one average (default "binary" with posLabel 1):
 * - "binary": the scores of posLabel (the data may hold at most two labels);
 * - "macro": the mean of the per-class P, R and F1;
 * - "micro": P and R from the pooled counts Σtp / Σpredicted and Σtp / Σtrue, F1 from those two;
 * - "weighted": the per-class values averaged with their supports as weights.
 * @throws InvalidArgument for an unknown average, zeroDivision not 0 or 1, "binary" with more
 *   than two labels, or a posLabel that is not one of two labels present.
 */
export function precisionRecallF1(
  _yTrue: ArrayLike<number>,
  _yPred: ArrayLike<number>,
  _options?: ScoreOptions,
): Scores {
  throw new NotImplemented("precisionRecallF1", 2);
}

/**
 * Task 3. The ROC curve of scores against 0/1 labels: for each distinct score t, from the
 * highest down, the point (fpr, tpr) of "positive when score ≥ t", after a first point (0, 0)
 * at threshold max(score) + 1. Tied scores make one point (a diagonal step), never several.
 * With `dropIntermediate`, points on a straight segment between their neighbours are left out.
 * @throws InvalidArgument when yTrue lacks positives or negatives (a rate would be 0/0).
 */
export function rocCurve(
  _yTrue: ArrayLike<number>,
  _scores: ArrayLike<number>,
  _options?: RocOptions,
): RocCurve {
  throw new NotImplemented("rocCurve", 3);
}

/**
 * Task 3. The area under the points (x[k], y[k]) by the trapezoid rule; x must be increasing or
 * decreasing (repeated values allowed), a decreasing x gives the same positive area.
 * @throws InvalidArgument for fewer than 2 points, non-finite values or an x that goes both ways.
 */
export function auc(_x: ArrayLike<number>, _y: ArrayLike<number>): number {
  throw new NotImplemented("auc", 3);
}

/** Task 3. The area under the ROC curve: the probability that a random positive outscores a random negative (ties count ½). */
export function rocAucScore(_yTrue: ArrayLike<number>, _scores: ArrayLike<number>): number {
  throw new NotImplemented("rocAucScore", 3);
}

/**
 * Task 4. The precision–recall curve: for each distinct score t, from the LOWEST up, the
 * precision and recall of "positive when score ≥ t"; then a last point precision 1, recall 0
 * without a threshold. Without any positive in yTrue, recall is 1 at every threshold.
 */
export function precisionRecallCurve(
  _yTrue: ArrayLike<number>,
  _scores: ArrayLike<number>,
): PrecisionRecallCurve {
  throw new NotImplemented("precisionRecallCurve", 4);
}

/** Task 4. Average precision Σₖ (Rₖ − Rₖ₊₁)·Pₖ along the curve — a step-wise sum, not the trapezoid area. */
export function averagePrecisionScore(_yTrue: ArrayLike<number>, _scores: ArrayLike<number>): number {
  throw new NotImplemented("averagePrecisionScore", 4);
}

/**
 * Task 5. The mean cross-entropy −(1/n) Σᵢ ln qᵢ, qᵢ the probability given to sample i's true class.
 *
 * - `probabilities` 1-D: P(y = 1) of each sample, labels 0 or 1;
 * - `probabilities` an n × k `Matrix`: row i holds the k class probabilities of sample i, and
 *   yTrue[i] is a column index in [0, k).
 *
 * As in scikit-learn 1.2.1: every probability is first clipped to [eps, 1 − eps] (default eps
 * 2⁻⁵²), then each row is divided by its sum.
 * @throws InvalidArgument for a probability that is NaN or outside [0, 1], eps outside [0, 0.5),
 *   a label that is not a valid class, or a matrix with fewer than 2 columns.
 */
export function logLoss(
  _yTrue: ArrayLike<number>,
  _probabilities: ArrayLike<number> | Matrix,
  _options?: LogLossOptions,
): number {
  throw new NotImplemented("logLoss", 5);
}
