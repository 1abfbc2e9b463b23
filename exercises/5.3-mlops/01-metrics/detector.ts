/**
 * 5.3.1 The "is this digit a 5?" detector (task 6).
 *
 * Compose your metrics of tasks 1–5 (import them from "./metrics"); the detector itself and the
 * chart builder are given (`./detector.given`). Labels are 0/1 (1 = a five), scores P(5).
 */
import { NotImplemented } from "../../../lib/errors";
import type { VegaLiteSpec } from "../../../lib/plot";
import type { ChartName, DetectorCharts, DetectorReport } from "./detector.given";

/**
 * Task 6. The threshold t with the highest F1 of "positive when score ≥ t", among the distinct
 * scores; on a tie, the highest such t.
 * @throws InvalidArgument when yTrue has no positive sample (and the errors of task 4's input rules).
 */
export function chooseThreshold(_yTrue: ArrayLike<number>, _scores: ArrayLike<number>): number {
  throw new NotImplemented("chooseThreshold", 6);
}

/**
 * Task 6. Every metric of tasks 1–5 for "positive when score ≥ threshold": the confusion matrix
 * with labels [0, 1], accuracy, binary precision/recall/F1 (positive 1, zeroDivision 0), and of
 * the scores themselves ROC AUC, average precision and log loss.
 * @throws InvalidArgument when threshold is not finite.
 */
export function detectorReport(
  _yTrue: ArrayLike<number>,
  _scores: ArrayLike<number>,
  _threshold: number,
): DetectorReport {
  throw new NotImplemented("detectorReport", 6);
}

/**
 * Task 6. The two charts, built with the given `curveChart`:
 * - "roc": the curve `rocCurve(yTrue, scores, { dropIntermediate: true })` as (fpr, tpr), the
 *   threshold's point (fpr, tpr), and the diagonal [(0, 0), (1, 1)] as the reference;
 * - "precision-recall": the curve `precisionRecallCurve` as (recall, precision), the threshold's
 *   point (recall, precision), and the prevalence level [(0, π), (1, π)] as the reference.
 */
export function detectorCharts(
  _yTrue: ArrayLike<number>,
  _scores: ArrayLike<number>,
  _threshold: number,
): Record<ChartName, VegaLiteSpec> {
  throw new NotImplemented("detectorCharts", 6);
}

/** Task 6. Writes each chart of `detectorCharts` with lib/plot's `writeChart(spec, path.join(dir, name))`. */
export async function writeDetectorCharts(
  _yTrue: ArrayLike<number>,
  _scores: ArrayLike<number>,
  _threshold: number,
  _dir: string,
): Promise<DetectorCharts> {
  throw new NotImplemented("writeDetectorCharts", 6);
}
