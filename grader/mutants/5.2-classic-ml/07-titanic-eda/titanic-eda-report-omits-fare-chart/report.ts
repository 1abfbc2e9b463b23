/** Mutant: writeEdaReport forgets the fare histogram (neither written nor embedded). */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  analyseTitanic,
  type ChartName,
  type EdaReport,
  edaCharts,
  reportMarkdown,
} from "@solution/5.2-classic-ml/07-titanic-eda/report";
import type { TitanicRow, TitanicTestRow } from "../../../../../datasets/loaders/tabular";
import { type WrittenChart, writeChart } from "../../../../../lib/plot";

export * from "@solution/5.2-classic-ml/07-titanic-eda/report";

export async function writeEdaReport(
  train: readonly TitanicRow[],
  test: readonly TitanicTestRow[],
  dir: string,
): Promise<EdaReport> {
  const results = analyseTitanic(train, test);
  const specs = edaCharts(train, results);
  await mkdir(dir, { recursive: true });
  const names: ChartName[] = ["correlation-heatmap", "age-by-survival", "survival-rates"];
  const charts: Partial<Record<ChartName, WrittenChart>> = {};
  for (const name of names) charts[name] = await writeChart(specs[name], path.join(dir, name));
  const markdown = reportMarkdown(results).replace(/!\[[^\]]*\]\(fare-histogram\.png\)/, "");
  const report = path.join(dir, "report.md");
  await writeFile(report, markdown);
  return { report, markdown, charts: charts as Record<ChartName, WrittenChart>, results };
}
