import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../errors";
import { barChart, binCounts, heatmap, histogram, lineChart, PALETTE } from "./charts";
import { renderSvg, type VegaLiteSpec } from "./render";

/** The inline data rows of a spec built by this module. */
function rows(spec: VegaLiteSpec): Record<string, unknown>[] {
  const data = (spec as { data?: { values?: unknown } }).data;
  if (!data || !Array.isArray(data.values)) return expect.fail("the spec has no inline data.values");
  return data.values as Record<string, unknown>[];
}

describe("binCounts", () => {
  it("counts into equal-width bins; the last bin holds the upper edge", () => {
    const { edges, counts } = binCounts([0, 1, 1.5, 2, 3.999, 4], { bins: 4 });
    expect(Array.from(edges)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(counts), "[0,1) [1,2) [2,3) [3,4]").toEqual([1, 2, 1, 2]);
  });

  it("uses the given extent and leaves out values outside it", () => {
    const { edges, counts } = binCounts([-5, 0, 10, 79.9, 80, 95], { bins: 16, extent: [0, 80] });
    expect(edges[1], "bin width 5").toBe(5);
    expect(
      counts.reduce((a, b) => a + b, 0),
      "−5 and 95 are outside [0, 80]",
    ).toBe(4);
    expect(counts[15], "79.9 and 80 are in the last bin").toBe(2);
  });

  it("widens a zero-width range so that one repeated value still gets a bar", () => {
    const { edges, counts } = binCounts([3, 3, 3], { bins: 1 });
    expect(Array.from(edges)).toEqual([2.5, 3.5]);
    expect(Array.from(counts)).toEqual([3]);
  });

  it("rejects no values, NaN, and bad bins or extents", () => {
    expect(() => binCounts([]), "no values").toThrow(InvalidArgument);
    expect(() => binCounts([1, Number.NaN]), "NaN").toThrow(/drop missing values/);
    expect(() => binCounts([1, 2], { bins: 0 }), "0 bins").toThrow(InvalidArgument);
    expect(() => binCounts([1, 2], { bins: 2.5 }), "2.5 bins").toThrow(InvalidArgument);
    expect(() => binCounts([1, 2], { extent: [3, 3] }), "empty extent").toThrow(InvalidArgument);
  });
});

describe("lineChart", () => {
  it("puts one row per finite point in the data, with its series and order", () => {
    const spec = lineChart({
      series: [
        {
          name: "a",
          points: [
            [0, 1],
            [1, Number.NaN],
            [2, 3],
          ],
        },
        { name: "b", points: [[0, 2]], dashed: true },
      ],
    });
    expect(rows(spec)).toEqual([
      { series: "a", x: 0, y: 1, i: 0, dashed: false },
      { series: "a", x: 2, y: 3, i: 2, dashed: false },
      { series: "b", x: 0, y: 2, i: 0, dashed: true },
    ]);
    expect(JSON.stringify(spec), "the first palette colour").toContain(PALETTE[0]);
  });

  it("leaves out y ≤ 0 on a log axis and labels the axis", async () => {
    const spec = lineChart({
      logY: true,
      yLabel: "MSE",
      series: [
        {
          name: "mse",
          points: [
            [1, 0.01],
            [2, 0],
            [3, 1],
          ],
        },
      ],
    });
    expect(rows(spec).map((r) => r.x)).toEqual([1, 3]);
    const svg = await renderSvg(spec);
    expect(svg).toContain(">MSE (log scale)</text>");
    expect(svg).toContain(">0.01</text>");
  });

  it("rejects nothing to draw, duplicate names and a bad y range", () => {
    expect(() => lineChart({ series: [] }), "no series").toThrow(InvalidArgument);
    expect(
      () => lineChart({ series: [{ name: "s", points: [[0, Number.NaN]] }] }),
      "no finite point",
    ).toThrow(InvalidArgument);
    const s = { name: "s", points: [[0, 1]] as const };
    expect(() => lineChart({ series: [s, s] }), "the same name twice").toThrow(InvalidArgument);
    expect(() => lineChart({ series: [s], yMin: 2, yMax: 1 }), "yMax < yMin").toThrow(InvalidArgument);
    expect(() => lineChart({ series: [s], logY: true, yMin: 0 }), "yMin 0 on a log axis").toThrow(
      InvalidArgument,
    );
    expect(() => lineChart({ series: [s], width: 0 }), "width 0").toThrow(InvalidArgument);
  });
});

describe("histogram", () => {
  it("has one row per bin with the counts of binCounts", () => {
    const values = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4];
    const data = rows(histogram(values, { bins: 4 }));
    expect(data.map((r) => r.count)).toEqual(Array.from(binCounts(values, { bins: 4 }).counts));
    expect(data[0]).toMatchObject({ start: 1, end: 1.75 });
  });

  it("puts groups on the same bins, optionally normalised to fractions", () => {
    const spec = histogram(
      [
        { name: "survived", values: [1, 2, 3] },
        { name: "died", values: [3, 4, 4, 4] },
      ],
      { bins: 3, normalize: true },
    );
    const data = rows(spec);
    expect(data.length, "3 bins × 2 groups").toBe(6);
    for (const g of ["survived", "died"]) {
      const total = data.filter((r) => r.group === g).reduce((s, r) => s + (r.count as number), 0);
      expect(total, `fractions of ${g} sum to 1`).toBeCloseTo(1, 12);
    }
    expect(data.filter((r) => r.group === "died").map((r) => r.start)).toEqual(
      data.filter((r) => r.group === "survived").map((r) => r.start),
    );
  });

  it("rejects NaN (missing values must be dropped first) and duplicate group names", () => {
    expect(() => histogram([1, Number.NaN, 3]), "NaN").toThrow(InvalidArgument);
    expect(
      () =>
        histogram([
          { name: "g", values: [1] },
          { name: "g", values: [2] },
        ]),
      "duplicate group",
    ).toThrow(InvalidArgument);
  });
});

describe("heatmap", () => {
  const r = [
    [1, -0.54],
    [-0.54, 1],
  ];

  it("has one row per cell, row 0 at the top, and prints the formatted values", async () => {
    const spec = heatmap(r, {
      rowLabels: ["a", "b"],
      colLabels: ["a", "b"],
      domain: [-1, 1],
      diverging: true,
    });
    expect(rows(spec).map((c) => [c.row, c.col, c.value])).toEqual([
      ["a", "a", 1],
      ["a", "b", -0.54],
      ["b", "a", -0.54],
      ["b", "b", 1],
    ]);
    const svg = await renderSvg(spec);
    expect(svg).toContain(">1.00</text>");
    expect(svg, "d3-format writes a real minus sign").toContain(">−0.54</text>");
  });

  it("accepts a row-major matrix { data, rows, cols }", () => {
    const spec = heatmap(
      { data: [1, 2, 3, 4, 5, 6], rows: 2, cols: 3 },
      { rowLabels: ["r0", "r1"], colLabels: ["c0", "c1", "c2"] },
    );
    expect(rows(spec).find((c) => c.row === "r1" && c.col === "c0")?.value).toBe(4);
  });

  it("rejects ragged or mislabelled matrices (ShapeError) and bad values (InvalidArgument)", () => {
    const labels = { rowLabels: ["a", "b"], colLabels: ["a", "b"] };
    expect(() => heatmap([[1, 2], [3]], labels), "ragged").toThrow(ShapeError);
    expect(() => heatmap(r, { rowLabels: ["a"], colLabels: ["a", "b"] }), "one row label for 2 rows").toThrow(
      ShapeError,
    );
    expect(() => heatmap({ data: [1, 2, 3], rows: 2, cols: 2 }, labels), "3 values for 2×2").toThrow(
      ShapeError,
    );
    expect(() => heatmap([], { rowLabels: [], colLabels: [] }), "empty").toThrow(InvalidArgument);
    expect(
      () =>
        heatmap(
          [
            [1, Number.NaN],
            [0, 1],
          ],
          labels,
        ),
      "NaN",
    ).toThrow(InvalidArgument);
    expect(() => heatmap(r, { rowLabels: ["a", "a"], colLabels: ["a", "b"] }), "duplicate label").toThrow(
      InvalidArgument,
    );
    expect(() => heatmap(r, { ...labels, domain: [1, -1] }), "reversed domain").toThrow(InvalidArgument);
  });
});

describe("barChart", () => {
  it("keeps the given order and groups bars side by side", async () => {
    const spec = barChart(
      [
        { label: "3", value: 0.24, group: "all" },
        { label: "1", value: 0.63, group: "all" },
      ],
      { valueFormat: ".2f", yLabel: "survival rate" },
    );
    expect(rows(spec).map((b) => b.label)).toEqual(["3", "1"]);
    const svg = await renderSvg(spec);
    expect(svg).toContain(">0.63</text>");
    expect(svg).toContain(">survival rate</text>");
  });

  it("rejects no bars, NaN, duplicates and mixed grouping", () => {
    expect(() => barChart([]), "no bars").toThrow(InvalidArgument);
    expect(() => barChart([{ label: "a", value: Number.NaN }]), "NaN").toThrow(InvalidArgument);
    expect(
      () =>
        barChart([
          { label: "a", value: 1 },
          { label: "a", value: 2 },
        ]),
      "the same bar twice",
    ).toThrow(InvalidArgument);
    expect(
      () =>
        barChart([
          { label: "a", value: 1, group: "g" },
          { label: "b", value: 2 },
        ]),
      "one bar with a group, one without",
    ).toThrow(InvalidArgument);
  });
});
