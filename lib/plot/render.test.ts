import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidArgument } from "../errors";
import { barChart, heatmap, histogram, lineChart } from "./charts";
import {
  fontOptions,
  PlotError,
  renderPng,
  renderSvg,
  svgToPng,
  type VegaLiteSpec,
  writeChart,
} from "./render";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The SVG's declared width and height. */
function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!m) return expect.fail("the SVG has no width/height attributes");
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Number of pixels darker than mid-grey in a PNG. */
async function darkPixels(png: Uint8Array): Promise<number> {
  const { data, info } = await sharp(png)
    .removeAlpha()
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < info.width * info.height; i++) if ((data[i] as number) < 128) dark++;
  return dark;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail("expected the promise to reject");
}

const simple: VegaLiteSpec = lineChart({
  title: "Loss per epoch",
  xLabel: "epoch",
  yLabel: "loss",
  series: [
    {
      name: "train",
      points: [
        [1, 0.9],
        [2, 0.5],
        [3, 0.3],
      ],
    },
  ],
});

describe("renderSvg", () => {
  it("renders a standalone SVG document with the title, axis titles and the line", async () => {
    const svg = await renderSvg(simple);
    expect(svg, "an <svg> root element").toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(">Loss per epoch</text>");
    expect(svg).toContain(">epoch</text>");
    expect(svg).toContain(">loss</text>");
    expect(svg, "a line mark").toMatch(/class="mark-line role-mark/);
    expect(svg, "a point mark").toMatch(/class="mark-symbol role-mark/);
    expect(svg).not.toContain("NaN");
    // resvg parses it as a valid SVG tree of the declared size.
    const parsed = new Resvg(svg);
    expect(parsed.width).toBe(svgSize(svg).width);
  });

  it("renders every builder's spec", async () => {
    const specs: [string, VegaLiteSpec, RegExp][] = [
      ["histogram", histogram([1, 2, 2, 3, 3, 3], { bins: 3 }), /class="mark-rect role-mark/],
      [
        "heatmap",
        heatmap(
          [
            [1, 0.5],
            [0.5, 1],
          ],
          { rowLabels: ["a", "b"], colLabels: ["a", "b"] },
        ),
        /class="mark-text role-mark/,
      ],
      ["barChart", barChart([{ label: "x", value: 1 }]), /class="mark-rect role-mark/],
    ];
    for (const [name, spec, mark] of specs) {
      expect(await renderSvg(spec), name).toMatch(mark);
    }
  });

  it("rejects what is not a spec, and specs vega-lite cannot compile, with typed errors", async () => {
    expect(await rejection(renderSvg(null as unknown as VegaLiteSpec)), "null").toBeInstanceOf(
      InvalidArgument,
    );
    expect(await rejection(renderSvg({} as VegaLiteSpec)), "{} (no mark, no layer)").toBeInstanceOf(
      PlotError,
    );
    const badMark = { mark: "nonsense", data: { values: [] } } as unknown as VegaLiteSpec;
    expect(await rejection(renderSvg(badMark)), "an unknown mark").toBeInstanceOf(PlotError);
  });
});

describe("renderPng", () => {
  it("writes a PNG (signature, IHDR) scale × the SVG's size", async () => {
    const svg = await renderSvg(simple);
    const { width, height } = svgSize(svg);
    expect(width, "a plausible chart width").toBeGreaterThan(300);
    expect(height, "a plausible chart height").toBeGreaterThan(200);
    for (const scale of [1, 2]) {
      const png = await renderPng(simple, { scale });
      expect(Array.from(png.subarray(0, 8)), "PNG signature").toEqual(PNG_SIGNATURE);
      expect(pngSize(png), `size at scale ${scale}`).toEqual({
        width: width * scale,
        height: height * scale,
      });
    }
    expect(pngSize(await renderPng(simple)), "default scale 2").toEqual({
      width: width * 2,
      height: height * 2,
    });
  });

  it("draws text: a font is available to resvg", async () => {
    // Without a font, resvg silently drops text. Debian/Ubuntu: apt-get install fonts-dejavu-core.
    const font = fontOptions();
    expect(
      font.defaultFontFamily,
      "a known sans-serif font file was found (see FONT_CANDIDATES)",
    ).toBeTruthy();
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="white"/>';
    const text = `${blank}<text x="10" y="28" font-family="sans-serif" font-size="24" fill="black">Hello</text></svg>`;
    expect(await darkPixels(svgToPng(`${blank}</svg>`, { scale: 1 })), "white rectangle").toBe(0);
    expect(await darkPixels(svgToPng(text, { scale: 1 })), "dark pixels of the word 'Hello'").toBeGreaterThan(
      100,
    );
  });

  it("rejects a bad scale and a broken SVG", async () => {
    expect(await rejection(renderPng(simple, { scale: 0 })), "scale 0").toBeInstanceOf(InvalidArgument);
    expect(await rejection(renderPng(simple, { scale: Number.NaN })), "scale NaN").toBeInstanceOf(
      InvalidArgument,
    );
    expect(() => svgToPng("<svg", { scale: 1 }), "an unterminated SVG").toThrow(PlotError);
  });
});

describe("writeChart", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "plot-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes <base>.svg and <base>.png, creating the folders", async () => {
    const base = path.join(dir, "nested", "deeper", "loss");
    const files = await writeChart(simple, base);
    expect(files).toEqual({ svg: `${base}.svg`, png: `${base}.png` });
    expect(readFileSync(files.svg, "utf8")).toContain("Loss per epoch");
    expect(Array.from(readFileSync(files.png).subarray(0, 8))).toEqual(PNG_SIGNATURE);
  });

  it("accepts a file URL and drops an .svg extension", async () => {
    const url = pathToFileURL(path.join(dir, "chart.svg"));
    const files = await writeChart(simple, url, { scale: 1 });
    expect(files.svg).toBe(path.join(dir, "chart.svg"));
    expect(existsSync(path.join(dir, "chart.png"))).toBe(true);
    expect(existsSync(path.join(dir, "chart.svg.svg"))).toBe(false);
  });

  it("rejects an empty path", async () => {
    expect(await rejection(writeChart(simple, "")), "empty path").toBeInstanceOf(InvalidArgument);
  });
});

describe("clipped axes", () => {
  it("renders lines whose points lie millions of pixels beyond a clipped y axis (resvg used to panic)", async () => {
    const spec = lineChart({
      series: [
        {
          name: "exploding",
          points: [
            [1, 5e6],
            [2, 8e6],
            [3, 2],
          ],
        },
      ],
      yMin: 0,
      yMax: 10,
    });
    const png = await renderPng(spec);
    expect(png.length).toBeGreaterThan(1000);
    const log = lineChart({
      series: [
        {
          name: "huge",
          points: [
            [1, 1e300],
            [2, 1],
          ],
        },
      ],
      logY: true,
      yMin: 1e-3,
      yMax: 10,
    });
    expect((await renderPng(log)).length).toBeGreaterThan(1000);
  });
});
