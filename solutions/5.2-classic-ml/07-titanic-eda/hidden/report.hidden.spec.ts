/**
 * Hidden specs for 5.2.7, task 5: the analysis against the golden file, the chart data
 * against counts made here, and the written report (in a temporary folder).
 */

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  analyseTitanic,
  edaCharts,
  reportMarkdown,
  writeEdaReport,
} from "@exercise/5.2-classic-ml/07-titanic-eda/report";
import { CHART_NAMES } from "@exercise/5.2-classic-ml/07-titanic-eda/report.given";
import { afterAll, describe, expect, it } from "vitest";
import { get } from "../../../../lib/ml/matrix";
import type { VegaLiteSpec } from "../../../../lib/plot";
import { readLearnerFile, relativeError } from "../../../../lib/testing";
import { golden, titanic } from "./golden";

function rows(spec: VegaLiteSpec, what: string): Record<string, unknown>[] {
  const values = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(values))
    return expect.fail(`${what}: the spec has no data.values (build it with lib/plot)`);
  return values as Record<string, unknown>[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("5. Charts and report", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "titanic-eda-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("analyseTitanic: every number equals the golden file", async () => {
    const { train, test } = await titanic();
    const r = analyseTitanic(train, test);
    expect(r.passengers).toBe(golden.rows.train);
    expect(Object.fromEntries(r.missing.map((m) => [m.column, m.missing]))).toEqual(golden.missing.train);
    expect(relativeError(r.ageMean, golden.age.mean), "ageMean").toBeLessThan(1e-12);
    expect(r.ageMedian, "ageMedian").toBe(golden.age.median);
    expect(Object.fromEntries(r.ages.groups), "group medians").toEqual(golden.age.groupMedians);
    expect(relativeError(r.survival.overall, golden.survival.overall), "overall survival").toBeLessThan(
      1e-12,
    );
    for (const name of ["bySex", "byClass", "byAgeBand", "bySexClass"] as const) {
      expect(
        r.survival[name].map((s) => [s.group, s.passengers, s.survivors]),
        name,
      ).toEqual(golden.survival[name].map((s) => [s.group, s.passengers, s.survivors]));
    }
    let worst = 0;
    for (let a = 0; a < 10; a++)
      for (let b = 0; b < 10; b++)
        worst = Math.max(worst, Math.abs(get(r.correlation, a, b) - golden.correlation[a][b]));
    expect(worst, "max |correlation − numpy.corrcoef|").toBeLessThan(1e-12);
  });

  it("edaCharts: every cell, bin and bar holds the right number", async () => {
    const { train, test } = await titanic();
    const charts = edaCharts(train, analyseTitanic(train, test));

    const cells = rows(charts["correlation-heatmap"], "correlation-heatmap");
    golden.features.forEach((a, i) => {
      golden.features.forEach((b, j) => {
        const cell = cells.find((c) => c.row === a && c.col === b);
        expect(
          Math.abs((cell?.value as number) - golden.correlation[i][j]),
          `heatmap cell (${a}, ${b})`,
        ).toBeLessThan(1e-12);
      });
    });

    // Age: 16 bins of 5 years over [0, 80]; 80 itself falls in the last bin.
    const ages = rows(charts["age-by-survival"], "age-by-survival");
    for (const [group, s] of [
      ["survived", 1],
      ["died", 0],
    ] as const) {
      const expected = new Array<number>(16).fill(0);
      for (const p of train) {
        if (p.Age !== null && p.Survived === s) {
          const k = Math.min(15, Math.floor(p.Age / 5));
          expected[k]++;
        }
      }
      expect(
        ages.filter((b) => b.group === group).map((b) => b.count),
        `${group}: passengers per 5-year age bin`,
      ).toEqual(expected);
    }

    // Fare: 26 bins of 20 over [0, 520].
    const fares = rows(charts["fare-histogram"], "fare-histogram");
    const expected = new Array<number>(26).fill(0);
    for (const p of train) {
      const k = Math.min(25, Math.floor((p.Fare as number) / 20));
      expected[k]++;
    }
    expect(
      fares.map((b) => b.count),
      "passengers per 20-pound fare bin",
    ).toEqual(expected);

    const bars = rows(charts["survival-rates"], "survival-rates");
    for (const g of golden.survival.bySexClass) {
      const [sex, pclass] = g.group.split("/");
      const bar = bars.find((b) => b.label === pclass && b.group === sex);
      expect(relativeError(bar?.value as number, g.rate), `bar of ${g.group}`).toBeLessThan(1e-12);
    }
  });

  it("reportMarkdown: every survival rate and every correlation with Survived, to 3 decimals", async () => {
    const { train, test } = await titanic();
    const md = reportMarkdown(analyseTitanic(train, test));
    for (const name of ["bySex", "byClass", "byAgeBand", "bySexClass"] as const) {
      for (const s of golden.survival[name]) {
        expect(md, `the rate of ${s.group}`).toContain(s.rate.toFixed(3));
      }
    }
    const survivedRow = golden.correlation[0];
    golden.features.slice(1).forEach((f, j) => {
      expect(md, `r(Survived, ${f})`).toContain(survivedRow[j + 1].toFixed(3));
    });
    expect(md, "the mean age").toContain(golden.age.mean.toFixed(3));
  });

  it("writeEdaReport writes exactly report.md and the eight chart files, each chart embedded", async () => {
    const { train, test } = await titanic();
    const target = path.join(dir, "a", "new", "folder");
    const out = await writeEdaReport(train, test, target);
    expect(out.report).toBe(path.join(target, "report.md"));
    const expected = ["report.md", ...CHART_NAMES.flatMap((n) => [`${n}.png`, `${n}.svg`])].sort();
    expect(readdirSync(target).sort(), "the files of the report folder").toEqual(expected);
    const md = readLearnerFile(out.report, target, "utf8");
    for (const name of CHART_NAMES) {
      expect(md, `report.md embeds ${name}.png`).toMatch(new RegExp(`!\\[[^\\]]*\\]\\(${name}\\.png\\)`));
      const png = readLearnerFile(path.join(target, `${name}.png`), target);
      const [w, h] = pngSize(png);
      expect(w > 200 && h > 150 && w < 5000 && h < 5000, `${name}.png is ${w}×${h}`).toBe(true);
      const svg = readLearnerFile(path.join(target, `${name}.svg`), target, "utf8");
      expect(svg, `${name}.svg draws marks`).toMatch(/class="mark-(rect|text) role-mark/);
    }
  });
});
