/**
 * 5.3.1 Metrics — given: the options and result types of `metrics.ts`. You do not edit this
 * file; `metrics.ts`, `detector.ts` and the specs import it.
 */
import type { Matrix } from "../../../lib/ml/matrix";

/**
 * How per-class scores become one number (scikit-learn's `average`):
 * - "binary": the scores of the positive class `posLabel` only (at most two labels in the data);
 * - "macro": the plain mean over the classes — every class counts the same, however rare;
 * - "micro": pool the counts of all classes first (tp, predicted, true), then divide once;
 * - "weighted": the mean over the classes weighted by their support (number of true samples).
 */
export type Average = "binary" | "macro" | "micro" | "weighted";

/** Every average `precisionRecallF1` knows. */
export const AVERAGES: readonly Average[] = ["binary", "macro", "micro", "weighted"];

/**
 * What a score is when its denominator is 0 (scikit-learn's `zero_division`): precision of a
 * class never predicted, recall of a class never true. Default 0 (scikit-learn's default
 * "warn" also gives 0, with a warning).
 */
export type ZeroDivision = 0 | 1;

/** Options of `perClassScores`. */
export interface PerClassOptions {
  /** The value of a 0/0 precision or recall (default 0). */
  zeroDivision?: ZeroDivision;
}

/** Options of `precisionRecallF1`. */
export interface ScoreOptions extends PerClassOptions {
  /** Default "binary". */
  average?: Average;
  /** The positive class of "binary" (default 1); ignored by the other averages. */
  posLabel?: number;
}

/** Precision, recall and F1 of one average. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Per-class scores (scikit-learn's `precision_recall_fscore_support(average=None)`). */
export interface PerClassScores {
  /** The distinct labels of yTrue and yPred together, ascending as numbers. */
  labels: Int32Array;
  /** precision[c] = tp / (tp + fp) of labels[c]. */
  precision: Float64Array;
  /** recall[c] = tp / (tp + fn) of labels[c]. */
  recall: Float64Array;
  /** f1[c] = 2·P·R / (P + R) of labels[c], from that class's own P and R (0 when P + R = 0). */
  f1: Float64Array;
  /** support[c]: the number of samples whose true label is labels[c]. */
  support: Int32Array;
}

/** A confusion matrix: counts(i, j) = samples of true label labels[i] predicted as labels[j]. */
export interface ConfusionMatrix {
  labels: Int32Array;
  /** labels.length × labels.length; rows are the true labels, columns the predicted ones. */
  counts: Matrix;
}

/** Options of `rocCurve`. */
export interface RocOptions {
  /**
   * Drop the thresholds whose point lies on a straight segment between its neighbours
   * (scikit-learn's `drop_intermediate`): a lighter curve with the same area. Default false
   * (one point per distinct score; scikit-learn's default is true).
   */
  dropIntermediate?: boolean;
}

/**
 * A ROC curve: point k is (fpr[k], tpr[k]) for the rule "positive when score ≥ thresholds[k]".
 * Thresholds descend; the first is max(score) + 1 (nothing predicted positive: the point (0, 0)),
 * as in scikit-learn 1.2 (1.3 and later use +∞ there).
 */
export interface RocCurve {
  fpr: Float64Array;
  tpr: Float64Array;
  thresholds: Float64Array;
}

/**
 * A precision–recall curve: for k < thresholds.length, (recall[k], precision[k]) is the rule
 * "positive when score ≥ thresholds[k]"; thresholds ascend (recall descends); one more point
 * ends the arrays, precision 1 at recall 0, with no threshold (scikit-learn's convention).
 */
export interface PrecisionRecallCurve {
  precision: Float64Array;
  recall: Float64Array;
  thresholds: Float64Array;
}

/** Options of `logLoss`. */
export interface LogLossOptions {
  /** Probabilities are clipped to [eps, 1 − eps] first; 0 ≤ eps < 0.5, default 2⁻⁵² (`Number.EPSILON`). */
  eps?: number;
}
