/**
 * Rendering a vega-lite spec to SVG (vega, headless) and PNG (resvg), and writing both files.
 *
 *   const spec = lineChart({ title: "Loss", series: [{ name: "train", points: [[1, 0.9], [2, 0.4]] }] });
 *   const svg = await renderSvg(spec);            // a standalone SVG document (a string)
 *   const png = await renderPng(spec, { scale: 2 }); // PNG bytes, twice the SVG's size
 *   await writeChart(spec, ".course/plots/loss");  // .course/plots/loss.svg and loss.png
 *
 * The pipeline is vega-lite → vega (compile) → a headless vega `View` (renderer "none") →
 * `view.toSVG()` → resvg (SVG → pixels → PNG). Nothing needs a browser or a canvas.
 *
 * Fonts: resvg draws text with the fonts installed on the machine. It looks for DejaVu Sans
 * (Debian/Ubuntu: `apt-get install fonts-dejavu-core`), Liberation Sans, Arial or Helvetica in
 * the usual folders and uses the first one found for every sans-serif text.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { CourseError, InvalidArgument } from "../errors";

/** Any vega-lite (v6) specification: https://vega.github.io/vega-lite/docs/spec.html */
export type VegaLiteSpec = TopLevelSpec;

/** vega or vega-lite rejected a spec (an unknown mark, a malformed encoding…) or failed to render it. */
export class PlotError extends CourseError {}

/** Font files tried in order; the first one that exists becomes the sans-serif family. */
const FONT_CANDIDATES: readonly { family: string; file: string }[] = [
  { family: "DejaVu Sans", file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" }, // Debian, Ubuntu
  { family: "DejaVu Sans", file: "/usr/share/fonts/TTF/DejaVuSans.ttf" }, // Arch
  { family: "DejaVu Sans", file: "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf" }, // Fedora
  { family: "DejaVu Sans", file: "/usr/share/fonts/dejavu/DejaVuSans.ttf" }, // Alpine
  { family: "Liberation Sans", file: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf" },
  { family: "Arial", file: "/System/Library/Fonts/Supplemental/Arial.ttf" }, // macOS
  { family: "Arial", file: "/Library/Fonts/Arial.ttf" }, // older macOS
  { family: "Helvetica", file: "/System/Library/Fonts/Helvetica.ttc" }, // macOS
  { family: "Arial", file: "C:\\Windows\\Fonts\\arial.ttf" }, // Windows
];

let fontCache: ResvgRenderOptions["font"] | undefined;

/**
 * The resvg font settings: system fonts, with the first known sans-serif font found on this
 * machine as the default and as `sans-serif`. Exported for the tests and for `svgToPng` users.
 */
export function fontOptions(): NonNullable<ResvgRenderOptions["font"]> {
  if (fontCache === undefined) {
    const found = FONT_CANDIDATES.find((c) => existsSync(c.file));
    fontCache = found
      ? {
          loadSystemFonts: true,
          fontFiles: [found.file],
          defaultFontFamily: found.family,
          sansSerifFamily: found.family,
        }
      : { loadSystemFonts: true };
  }
  return fontCache;
}

type Logger = NonNullable<NonNullable<Parameters<typeof compile>[1]>["logger"]>;

/** vega-lite's logger, silenced: warnings (e.g. "dropping a field") would clutter test output. */
const quietLogger: Logger = {
  level(): number {
    return 0;
  },
  error(...args: readonly unknown[]) {
    throw new PlotError(`vega-lite: ${args.map(String).join(" ")}`);
  },
  warn() {
    return quietLogger;
  },
  info() {
    return quietLogger;
  },
  debug() {
    return quietLogger;
  },
};

function assertSpec(spec: unknown, where: string): asserts spec is VegaLiteSpec {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new InvalidArgument(
      `${where}: expected a vega-lite spec object, got ${spec === null ? "null" : typeof spec}`,
    );
  }
}

/**
 * Renders a vega-lite spec to a standalone SVG document (a string starting with `<svg`).
 *
 * @throws InvalidArgument when `spec` is not an object.
 * @throws PlotError when vega-lite cannot compile the spec or vega cannot render it.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  assertSpec(spec, "renderSvg");
  let runtime: vega.Runtime;
  try {
    const compiled = compile(spec, { logger: quietLogger }).spec;
    runtime = vega.parse(compiled);
  } catch (error) {
    if (error instanceof PlotError) throw error;
    throw new PlotError(`renderSvg: the spec does not compile: ${(error as Error).message}`);
  }
  const view = new vega.View(runtime, { renderer: "none" });
  view.logLevel(vega.None);
  try {
    return await view.toSVG();
  } catch (error) {
    throw new PlotError(`renderSvg: vega could not render the spec: ${(error as Error).message}`);
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Pixels per SVG unit: 2 (the default) gives a sharp image on high-density screens. */
  readonly scale?: number;
}

function checkScale(scale: number, where: string): void {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 16) {
    throw new InvalidArgument(`${where}: scale must be a number in (0, 16], got ${scale}`);
  }
}

/**
 * Rasterises an SVG document to PNG bytes with resvg.
 *
 * @throws InvalidArgument for a scale outside (0, 16].
 * @throws PlotError when resvg cannot parse the SVG.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 2;
  checkScale(scale, "svgToPng");
  try {
    const resvg = new Resvg(svg, { font: fontOptions(), fitTo: { mode: "zoom", value: scale } });
    return new Uint8Array(resvg.render().asPng());
  } catch (error) {
    throw new PlotError(`svgToPng: resvg could not render the SVG: ${(error as Error).message}`);
  }
}

/**
 * Renders a vega-lite spec to PNG bytes: `renderSvg`, then resvg at `scale` (default 2).
 *
 * @throws InvalidArgument for a bad spec object or a scale outside (0, 16].
 * @throws PlotError when the spec cannot be compiled or rendered.
 */
export async function renderPng(spec: VegaLiteSpec, options: PngOptions = {}): Promise<Uint8Array> {
  checkScale(options.scale ?? 2, "renderPng");
  return svgToPng(await renderSvg(spec), options);
}

/** The files `writeChart` wrote. */
export interface WrittenChart {
  readonly svg: string;
  readonly png: string;
}

/**
 * Renders `spec` and writes `<basePath>.svg` and `<basePath>.png`, creating the folders.
 * `basePath` is a path without extension (a string, relative to the working directory, or a
 * `file:` URL); a trailing `.svg` or `.png` is dropped.
 */
export async function writeChart(
  spec: VegaLiteSpec,
  basePath: string | URL,
  options: PngOptions = {},
): Promise<WrittenChart> {
  let base = basePath instanceof URL ? fileURLToPath(basePath) : basePath;
  if (typeof base !== "string" || base.length === 0) throw new InvalidArgument("writeChart: empty basePath");
  base = base.replace(/\.(svg|png)$/i, "");
  const svg = await renderSvg(spec);
  const png = svgToPng(svg, options);
  await mkdir(path.dirname(path.resolve(base)), { recursive: true });
  const files = { svg: `${base}.svg`, png: `${base}.png` };
  await Promise.all([writeFile(files.svg, svg), writeFile(files.png, png)]);
  return files;
}
