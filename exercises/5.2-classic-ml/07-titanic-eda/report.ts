/**
 * 5.2.7 Titanic EDA — task 5: the numbers, the charts and the report.
 *
 * Compute everything with your functions of `eda.ts`; build and render the charts with
 * lib/plot (`heatmap`, `histogram`, `barChart`, `writeChart`), the course's one charting
 * library (vega-lite specs, rendered to SVG and PNG). `CHART_NAMES` and the result types are
 * given in `report.given.ts`.
 */
import type { TitanicRow, TitanicTestRow } from "../../../datasets/loaders/tabular";
import { NotImplemented } from "../../../lib/errors";
import type { VegaLiteSpec } from "../../../lib/plot";
import type { ChartName, EdaReport, EdaResults } from "./report.given";

/**
 * Runs tasks 1–4 on the Titanic data and collects the results (see `EdaResults`).
 *
 * @throws InvalidArgument for an empty training set.
 */
export function analyseTitanic(_train: readonly TitanicRow[], _test: readonly TitanicTestRow[]): EdaResults {
  throw new NotImplemented("analyseTitanic", 5);
}

/**
 * The four charts of the report, as vega-lite specs built with lib/plot:
 *
 * - "correlation-heatmap": `heatmap(results.correlation, { rowLabels: FEATURES, colLabels:
 *   FEATURES, domain: [-1, 1], diverging: true, title })`;
 * - "age-by-survival": `histogram([{ name: "survived", values }, { name: "died", values }],
 *   { bins: 16, extent: [0, 80], stack: true, … })` of the KNOWN training ages (leave the
 *   missing ones out — say so in the title);
 * - "fare-histogram": `histogram(fares, { bins: 26, extent: [0, 520], … })` of the training fares;
 * - "survival-rates": `barChart(bars, { domain: [0, 1], … })` with one bar per class and sex:
 *   `{ label: "1" | "2" | "3", group: "female" | "male", value: rate }`.
 *
 * Titles and axis labels are yours to choose.
 */
export function edaCharts(
  _train: readonly TitanicRow[],
  _results: EdaResults,
): Record<ChartName, VegaLiteSpec> {
  throw new NotImplemented("edaCharts", 5);
}

/**
 * The report as Markdown. It must contain:
 *
 * - the missing-value counts (integers) and fractions;
 * - the mean and median age and the group medians;
 * - the survival tables (passengers, survivors, rate) by sex, class, age band, sex/class;
 * - the correlation of each feature with Survived;
 * - an image `![some title](<name>.png)` for every chart of CHART_NAMES.
 *
 * Write fractions, rates and correlations with `toFixed(3)` (0.742, -0.338).
 */
export function reportMarkdown(_results: EdaResults): string {
  throw new NotImplemented("reportMarkdown", 5);
}

/**
 * `analyseTitanic`, then writes every chart of `edaCharts` as `<dir>/<name>.svg` and `.png`
 * (lib/plot's `writeChart(spec, path.join(dir, name))`), and `<dir>/report.md`
 * (`reportMarkdown`). Creates `dir` if needed.
 */
export async function writeEdaReport(
  _train: readonly TitanicRow[],
  _test: readonly TitanicTestRow[],
  _dir: string,
): Promise<EdaReport> {
  throw new NotImplemented("writeEdaReport", 5);
}
