/**
 * 5.2.7 Titanic EDA — task 5: the numbers, the charts and the report.
 *
 * Reference solution. Everything is computed with the functions of `eda.ts`; the charts are
 * built and rendered with lib/plot.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { FEATURES, type SurvivalRate } from "@exercise/5.2-classic-ml/07-titanic-eda/eda.given";
import {
  CHART_NAMES,
  type ChartName,
  type EdaReport,
  type EdaResults,
} from "@exercise/5.2-classic-ml/07-titanic-eda/report.given";
import type { TitanicRow, TitanicTestRow } from "../../../datasets/loaders/tabular";
import { InvalidArgument } from "../../../lib/errors";
import {
  barChart,
  heatmap,
  histogram,
  type VegaLiteSpec,
  type WrittenChart,
  writeChart,
} from "../../../lib/plot";
import {
  ageBand,
  correlationMatrix,
  encodeFeatures,
  imputeAge,
  missingValues,
  nanMean,
  nanMedian,
  rankCorrelations,
  survivalRates,
} from "./eda";

/**
 * Runs tasks 1–4 on the Titanic data.
 *
 * @throws InvalidArgument for an empty training set.
 */
export function analyseTitanic(train: readonly TitanicRow[], test: readonly TitanicTestRow[]): EdaResults {
  if (train.length === 0) throw new InvalidArgument("analyseTitanic: no training rows");
  const rawAges = train.map((p) => p.Age);
  const ages = imputeAge(train, test, "group-median");
  const survived = train.map((p) => p.Survived);
  return {
    passengers: train.length,
    missing: missingValues(train),
    ageMean: nanMean(rawAges),
    ageMedian: nanMedian(rawAges),
    ages,
    survival: {
      overall: survived.reduce((a: number, b) => a + b, 0) / train.length,
      bySex: survivalRates(
        survived,
        train.map((p) => p.Sex),
      ),
      byClass: survivalRates(
        survived,
        train.map((p) => String(p.Pclass)),
      ),
      byAgeBand: survivalRates(
        survived,
        train.map((p) => ageBand(p.Age)),
      ),
      bySexClass: survivalRates(
        survived,
        train.map((p) => `${p.Sex}/${p.Pclass}`),
      ),
    },
    correlation: correlationMatrix(encodeFeatures(train, ages.train)),
  };
}

/**
 * The four charts of the report, as vega-lite specs built with lib/plot:
 * - "correlation-heatmap": heatmap of `results.correlation`, labels FEATURES, domain [−1, 1], diverging;
 * - "age-by-survival": stacked histogram of the KNOWN training ages, groups "survived" and "died",
 *   16 bins over [0, 80];
 * - "fare-histogram": histogram of the training fares, 26 bins over [0, 520];
 * - "survival-rates": bar chart of the survival rate by class (labels "1", "2", "3"), one bar per
 *   sex (groups "female", "male"), domain [0, 1].
 */
export function edaCharts(
  train: readonly TitanicRow[],
  results: EdaResults,
): Record<ChartName, VegaLiteSpec> {
  const agesOf = (s: number) => train.flatMap((p) => (p.Age !== null && p.Survived === s ? [p.Age] : []));
  const unknown = train.filter((p) => p.Age === null).length;
  const fares = train.map((p) => p.Fare).filter((f): f is number => f !== null);
  const bars = results.survival.bySexClass.map((r) => {
    const [sex, pclass] = r.group.split("/");
    return { label: pclass, group: sex, value: r.rate };
  });
  bars.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.group < b.group ? -1 : 1));
  return {
    "correlation-heatmap": heatmap(results.correlation, {
      rowLabels: FEATURES,
      colLabels: FEATURES,
      domain: [-1, 1],
      diverging: true,
      title: "Pearson correlation (training set, Age imputed by class and sex)",
    }),
    "age-by-survival": histogram(
      [
        { name: "survived", values: agesOf(1) },
        { name: "died", values: agesOf(0) },
      ],
      {
        bins: 16,
        extent: [0, 80],
        stack: true,
        title: `Age by survival (${unknown} passengers without an age left out)`,
        xLabel: "age (years)",
        yLabel: "passengers",
      },
    ),
    "fare-histogram": histogram(fares, {
      bins: 26,
      extent: [0, 520],
      title: "Fare",
      xLabel: "fare (pounds)",
      yLabel: "passengers",
    }),
    "survival-rates": barChart(bars, {
      title: "Survival rate by class and sex",
      xLabel: "class",
      yLabel: "survival rate",
      valueFormat: ".0%",
      domain: [0, 1],
    }),
  };
}

const TITLES: Record<ChartName, string> = {
  "correlation-heatmap": "Correlation heatmap",
  "age-by-survival": "Age by survival",
  "fare-histogram": "Fare histogram",
  "survival-rates": "Survival rate by class and sex",
};

const f3 = (x: number) => x.toFixed(3);

function embed(name: ChartName): string {
  return `![${TITLES[name]}](${name}.png)\n\n([SVG](${name}.svg))`;
}

function rateTable(title: string, rows: readonly SurvivalRate[]): string {
  return [
    `| ${title} | passengers | survivors | survival rate |`,
    "| --- | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.group} | ${r.passengers} | ${r.survivors} | ${f3(r.rate)} |`),
  ].join("\n");
}

/**
 * The report as Markdown: the numbers (counts as integers, fractions, rates and correlations
 * with 3 decimals, ages with 3 decimals) and an image link `![…](<name>.png)` for every chart
 * of CHART_NAMES.
 */
export function reportMarkdown(results: EdaResults): string {
  const { survival, correlation } = results;
  const p = correlation.cols;
  const withSurvived = rankCorrelations(correlation, "Survived");
  const survivors = Math.round(survival.overall * results.passengers);
  const lines = [
    "# Titanic: exploratory data analysis",
    "",
    `Training set: ${results.passengers} passengers, ${survivors} of whom survived (survival rate ${f3(survival.overall)}).`,
    "",
    "## Missing values",
    "",
    "| column | missing | fraction |",
    "| --- | ---: | ---: |",
    ...results.missing.map((m) => `| ${m.column} | ${m.missing} | ${f3(m.fraction)} |`),
    "",
    "## Age imputation",
    "",
    `Known training ages: mean ${f3(results.ageMean)}, median ${f3(results.ageMedian)}.`,
    "The analysis below fills a missing age with the median age of the passenger's class and sex",
    "(learned on the training set only):",
    "",
    "| class/sex | median age |",
    "| --- | ---: |",
    ...[...results.ages.groups].map(([k, v]) => `| ${k} | ${f3(v)} |`),
    "",
    "## Survival rates",
    "",
    rateTable("sex", survival.bySex),
    "",
    rateTable("class", survival.byClass),
    "",
    rateTable("age band", survival.byAgeBand),
    "",
    rateTable("sex/class", survival.bySexClass),
    "",
    embed("survival-rates"),
    "",
    "## Distributions",
    "",
    embed("age-by-survival"),
    "",
    embed("fare-histogram"),
    "",
    "## Correlations",
    "",
    `Pearson correlation of the ${p} encoded features (Sex: female = 1, male = 0; Embarked one-hot).`,
    "",
    embed("correlation-heatmap"),
    "",
    "| feature | r with Survived |",
    "| --- | ---: |",
    ...withSurvived.map((c) => `| ${c.feature} | ${f3(c.r)} |`),
    "",
  ];
  return lines.join("\n");
}

/**
 * Analyses the data, writes every chart of `edaCharts` as `<dir>/<name>.svg` and `.png`
 * (lib/plot's `writeChart`), and `<dir>/report.md` (`reportMarkdown`). Creates `dir`.
 */
export async function writeEdaReport(
  train: readonly TitanicRow[],
  test: readonly TitanicTestRow[],
  dir: string,
): Promise<EdaReport> {
  const results = analyseTitanic(train, test);
  const specs = edaCharts(train, results);
  await mkdir(dir, { recursive: true });
  const written = await Promise.all(
    CHART_NAMES.map(async (name) => [name, await writeChart(specs[name], path.join(dir, name))] as const),
  );
  const charts = Object.fromEntries(written) as Record<ChartName, WrittenChart>;
  const markdown = reportMarkdown(results);
  const report = path.join(dir, "report.md");
  await writeFile(report, markdown);
  return { report, markdown, charts, results };
}
