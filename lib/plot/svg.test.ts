import { describe, expect, it } from "vitest";
import { InvalidArgument } from "../errors";
import { escapeXml, lineChart, niceTicks } from "./svg";

describe("lineChart", () => {
  it("draws one polyline per series, a legend entry each, and escapes text", () => {
    const svg = lineChart({
      title: "a < b & c",
      xLabel: "x",
      yLabel: "y",
      series: [
        {
          name: "train",
          points: [
            [0, 1],
            [1, 2],
            [2, 3],
          ],
        },
        {
          name: "noise",
          points: [
            [0, 2],
            [2, 2],
          ],
          dashed: true,
        },
      ],
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<polyline/g)?.length).toBe(2);
    expect(svg).toContain("a &lt; b &amp; c");
    expect(svg).toContain(">train<");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).not.toContain("NaN");
  });

  it("uses a log axis, leaves out y ≤ 0 and clips at yMax", () => {
    const svg = lineChart({
      logY: true,
      yMax: 100,
      series: [
        {
          name: "mse",
          points: [
            [1, 0.01],
            [2, 0],
            [3, 1],
            [4, 1e9],
          ],
        },
      ],
    });
    // ticks at the powers of ten from 10⁻² up to the clip at 10²
    expect(svg).toContain(">0.01<");
    expect(svg).toContain(">100<");
    expect(svg).not.toContain(">1000<");
    expect(svg).not.toContain("NaN");
    expect(svg.match(/<circle/g)?.length).toBe(3);
  });

  it("rejects a chart with nothing to draw", () => {
    expect(() => lineChart({ series: [] })).toThrow(InvalidArgument);
    expect(() => lineChart({ series: [{ name: "s", points: [[0, Number.NaN]] }] })).toThrow(InvalidArgument);
  });
});

describe("helpers", () => {
  it("niceTicks picks round steps", () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
    expect(niceTicks(-3, 7)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it("escapeXml escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
