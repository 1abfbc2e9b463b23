/**
 * Public specs for 5.2.7, task 5: the analysis, the charts and the report. Run them with
 *
 *     npm test exercises/5.2-classic-ml/07-titanic-eda
 *
 * The last test writes your report to `.course/reports/titanic-eda/report.md`, with its
 * charts beside it as SVG and PNG: open it in your editor's Markdown preview.
 *
 * The charts are checked through their data (`spec.data.values`, whose rows lib/plot
 * documents for each chart type), not their looks: titles, labels and colours are yours.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../datasets";
import type { Titanic } from "../../../datasets/loaders/tabular";
import { InvalidArgument } from "../../../lib/errors";
import { get } from "../../../lib/ml/matrix";
import type { VegaLiteSpec } from "../../../lib/plot";
import { expectThrows, readLearnerFile } from "../../../lib/testing";
import { FEATURES } from "./eda.given";
import { analyseTitanic, edaCharts, reportMarkdown, writeEdaReport } from "./report";
import { CHART_NAMES } from "./report.given";

let cached: Promise<Titanic> | undefined;
function titanic(): Promise<Titanic> {
  cached ??= loadDataset("titanic");
  return cached;
}

/** The inline data rows of a lib/plot chart. */
function rows(spec: VegaLiteSpec, what: string): Record<string, unknown>[] {
  const values = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(values))
    return expect.fail(`${what}: the spec has no data.values (build it with lib/plot)`);
  return values as Record<string, unknown>[];
}

const sum = (xs: readonly Record<string, unknown>[], field: string) =>
  xs.reduce((s, r) => s + (r[field] as number), 0);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("5. Charts and report", () => {
  it("analyseTitanic collects the numbers of tasks 1–4", async () => {
    const { train, test } = await titanic();
    const r = analyseTitanic(train, test);
    expect(r.passengers).toBe(891);
    expect(r.missing.find((m) => m.column === "Age")?.missing, "missing ages").toBe(177);
    expect(r.ageMean, "mean age").toBeCloseTo(29.6991, 4);
    expect(r.ageMedian, "median age").toBe(28);
    expect(r.ages.strategy, "the analysis imputes by class and sex").toBe("group-median");
    expect(r.survival.overall, "342 of 891 survived").toBeCloseTo(342 / 891, 12);
    expect(r.survival.bySex.map((s) => s.group)).toEqual(["female", "male"]);
    expect(r.survival.byClass.map((s) => s.group)).toEqual(["1", "2", "3"]);
    expect(r.survival.byAgeBand.at(-1)?.group, "the last age band").toBe("unknown");
    expect(r.survival.bySexClass.map((s) => s.group)).toEqual([
      "female/1",
      "female/2",
      "female/3",
      "male/1",
      "male/2",
      "male/3",
    ]);
    expect([r.correlation.rows, r.correlation.cols], "10 × 10").toEqual([10, 10]);
    expect(get(r.correlation, 0, 2), "r(Survived, Sex)").toBeCloseTo(0.543, 3);
    expectThrows(() => analyseTitanic([], test), InvalidArgument, "no training rows");
  });

  it("edaCharts builds the four charts from the results", async () => {
    const { train, test } = await titanic();
    const results = analyseTitanic(train, test);
    const charts = edaCharts(train, results);
    expect(Object.keys(charts).sort(), "one spec per chart name").toEqual([...CHART_NAMES].sort());

    const cells = rows(charts["correlation-heatmap"], "correlation-heatmap");
    expect(cells.length, "10 × 10 cells").toBe(100);
    const cell = cells.find((c) => c.row === "Survived" && c.col === "Sex");
    expect(cell?.value, "the Survived/Sex cell").toBe(get(results.correlation, 0, FEATURES.indexOf("Sex")));

    const ages = rows(charts["age-by-survival"], "age-by-survival");
    expect([...new Set(ages.map((b) => b.group))], "groups").toEqual(["survived", "died"]);
    expect(
      sum(
        ages.filter((b) => b.group === "survived"),
        "count",
      ),
      "survivors with a known age",
    ).toBe(290);
    expect(
      sum(
        ages.filter((b) => b.group === "died"),
        "count",
      ),
      "victims with a known age",
    ).toBe(424);
    expect(ages.filter((b) => b.group === "died").length, "16 bins").toBe(16);

    const fares = rows(charts["fare-histogram"], "fare-histogram");
    expect(sum(fares, "count"), "every training fare").toBe(891);
    expect(fares.length, "26 bins").toBe(26);

    const bars = rows(charts["survival-rates"], "survival-rates");
    expect(bars.length, "3 classes × 2 sexes").toBe(6);
    const women1 = bars.find((b) => b.label === "1" && b.group === "female");
    expect(women1?.value, "women in first class: 91 of 94").toBeCloseTo(91 / 94, 12);
  });

  it("reportMarkdown shows the key numbers and embeds every chart", async () => {
    const { train, test } = await titanic();
    const md = reportMarkdown(analyseTitanic(train, test));
    for (const name of CHART_NAMES) {
      expect(md, `an image link to ${name}.png`).toMatch(new RegExp(`!\\[[^\\]]*\\]\\(${name}\\.png\\)`));
    }
    for (const figure of [
      "177",
      "687",
      "29.699",
      "0.742",
      "0.189",
      "0.630",
      "0.473",
      "0.242",
      "0.543",
      "-0.338",
    ]) {
      expect(md, `the report mentions ${figure}`).toContain(figure);
    }
  });

  it("writeEdaReport writes report.md and every chart as SVG and PNG to .course/reports/titanic-eda/", async () => {
    const { train, test } = await titanic();
    const dir = fileURLToPath(new URL("../../../.course/reports/titanic-eda/", import.meta.url));
    const out = await writeEdaReport(train, test, dir);
    expect(existsSync(out.report), `${out.report} exists`).toBe(true);
    expect(readLearnerFile(out.report, dir, "utf8"), "report.md holds the returned markdown").toBe(
      out.markdown,
    );
    for (const name of CHART_NAMES) {
      const files = out.charts[name];
      expect(files, `the files of ${name}`).toBeDefined();
      expect(readLearnerFile(files.svg, dir, "utf8"), `${name}.svg`).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(
        Array.from(readLearnerFile(files.png, dir).subarray(0, 8)),
        `${name}.png starts with the PNG signature`,
      ).toEqual(PNG_SIGNATURE);
    }
  });
});
