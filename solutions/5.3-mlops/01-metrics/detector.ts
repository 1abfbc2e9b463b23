/**
 * 5.3.1 The "is this digit a 5?" detector — reference solution (task 6).
 */
import path from "node:path";
import {
  CHART_NAMES,
  type ChartName,
  curveChart,
  type DetectorCharts,
  type DetectorReport,
} from "@exercise/5.3-mlops/01-metrics/detector.given";
import {
  accuracyScore,
  averagePrecisionScore,
  confusionMatrix,
  logLoss,
  precisionRecallCurve,
  precisionRecallF1,
  rocAucScore,
  rocCurve,
} from "@exercise/5.3-mlops/01-metrics/metrics";
import { InvalidArgument } from "../../../lib/errors";
import { type VegaLiteSpec, writeChart } from "../../../lib/plot";

function checkThreshold(where: string, threshold: number): void {
  if (!Number.isFinite(threshold))
    throw new InvalidArgument(`${where}: threshold must be finite, got ${threshold}`);
}

/** "Positive when score ≥ threshold", as 0/1 labels. */
function predict(scores: ArrayLike<number>, threshold: number): Int32Array {
  return Int32Array.from(scores, (s) => (s >= threshold ? 1 : 0));
}

/** Task 6. The threshold with the highest F1 on these labels; the highest such threshold on a tie. */
export function chooseThreshold(yTrue: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { precision, recall, thresholds } = precisionRecallCurve(yTrue, scores);
  if (!Array.prototype.includes.call(yTrue, 1)) {
    throw new InvalidArgument("chooseThreshold: yTrue has no positive sample, every threshold has F1 = 0");
  }
  let best = -1;
  let bestF1 = -1;
  for (let k = 0; k < thresholds.length; k++) {
    const p = precision[k];
    const r = recall[k];
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    if (f1 >= bestF1) {
      // Thresholds ascend: ≥ keeps the highest of equal F1s.
      best = k;
      bestF1 = f1;
    }
  }
  return thresholds[best];
}

/** Task 6. Every metric of tasks 1–5 for "positive when score ≥ threshold". */
export function detectorReport(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  threshold: number,
): DetectorReport {
  checkThreshold("detectorReport", threshold);
  const predicted = predict(scores, threshold);
  const { precision, recall, f1 } = precisionRecallF1(yTrue, predicted, { average: "binary", posLabel: 1 });
  return {
    threshold,
    confusion: confusionMatrix(yTrue, predicted, [0, 1]),
    accuracy: accuracyScore(yTrue, predicted),
    precision,
    recall,
    f1,
    rocAuc: rocAucScore(yTrue, scores),
    averagePrecision: averagePrecisionScore(yTrue, scores),
    logLoss: logLoss(yTrue, scores),
  };
}

/** Task 6. The ROC curve (its corners) and the precision–recall curve, the threshold's point marked. */
export function detectorCharts(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  threshold: number,
): Record<ChartName, VegaLiteSpec> {
  const report = detectorReport(yTrue, scores, threshold);
  const c = report.confusion.counts.data; // [tn, fp, fn, tp]
  const fpr = c[1] / (c[0] + c[1]);
  const roc = rocCurve(yTrue, scores, { dropIntermediate: true });
  const pr = precisionRecallCurve(yTrue, scores);
  const prevalence = (c[2] + c[3]) / scores.length;
  return {
    roc: curveChart({
      title: `ROC curve (AUC ${report.rocAuc.toFixed(3)}), threshold ${threshold.toPrecision(3)}`,
      curve: Array.from(roc.fpr, (x, k) => [x, roc.tpr[k]] as const),
      threshold: [fpr, report.recall],
      reference: [
        [0, 0],
        [1, 1],
      ],
      curveName: "detector",
      referenceName: "random scores",
      xLabel: "false positive rate",
      yLabel: "true positive rate (recall)",
    }),
    "precision-recall": curveChart({
      title: `Precision–recall curve (AP ${report.averagePrecision.toFixed(3)}), threshold ${threshold.toPrecision(3)}`,
      curve: Array.from(pr.recall, (x, k) => [x, pr.precision[k]] as const),
      threshold: [report.recall, report.precision],
      reference: [
        [0, prevalence],
        [1, prevalence],
      ],
      curveName: "detector",
      referenceName: "random scores (prevalence)",
      xLabel: "recall",
      yLabel: "precision",
    }),
  };
}

/** Task 6. Writes `<dir>/roc.{svg,png}` and `<dir>/precision-recall.{svg,png}`. */
export async function writeDetectorCharts(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  threshold: number,
  dir: string,
): Promise<DetectorCharts> {
  const charts = detectorCharts(yTrue, scores, threshold);
  const written: Partial<DetectorCharts> = {};
  for (const name of CHART_NAMES) written[name] = await writeChart(charts[name], path.join(dir, name));
  return written as DetectorCharts;
}
