/** Mutant: the heatmap draws the transposed matrix (predictions on the y axis, truth on the x axis) under the same axis titles. */
import {
  type ConfusionChartOptions,
  confusionMatrixChart as solution,
} from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";
import { renderSvg, type VegaLiteSpec } from "../../../../../lib/plot";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function confusionMatrixChart(
  cm: readonly (readonly number[])[],
  names: readonly string[],
  options: ConfusionChartOptions = {},
): VegaLiteSpec {
  const transposed = cm.map((row, i) => row.map((_, j) => (cm[j] as readonly number[])[i] as number));
  return solution(transposed, names, options);
}

export async function confusionMatrixSvg(
  cm: readonly (readonly number[])[],
  names: readonly string[],
  options: ConfusionChartOptions = {},
): Promise<string> {
  return renderSvg(confusionMatrixChart(cm, names, options));
}
