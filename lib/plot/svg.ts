/**
 * A tiny SVG line chart, so that specs and scripts can draw a curve (a learning curve, an
 * error-vs-degree curve, a loss history) without a plotting library. Plain string building:
 * open the result in any browser.
 *
 *   const svg = lineChart({
 *     title: "Error vs degree",
 *     xLabel: "degree",
 *     yLabel: "MSE",
 *     logY: true,
 *     series: [{ name: "train", points: [[1, 0.2], [2, 0.1]] }],
 *   });
 *   writeFileSync("chart.svg", svg);
 */
import { InvalidArgument } from "../errors";

/** One line of the chart: its legend name and its (x, y) points, drawn in the given order. */
export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
  /** Any CSS colour; by default the next colour of a colour-blind-safe palette. */
  readonly color?: string;
  /** Draw the line dashed (e.g. for a reference level such as the noise floor). */
  readonly dashed?: boolean;
}

export interface LineChartOptions {
  readonly series: readonly Series[];
  readonly title?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Logarithmic y axis (base 10). Points with y ≤ 0 are left out. */
  readonly logY?: boolean;
  /** Clip the y axis at these values (e.g. to keep one exploding point from flattening the rest). */
  readonly yMin?: number;
  readonly yMax?: number;
  /** Size in pixels; 640×400 by default. */
  readonly width?: number;
  readonly height?: number;
}

/** Okabe–Ito: distinguishable with every common kind of colour blindness. */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

/** Escapes text for use inside SVG elements and attributes. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** About `count` round tick values (1, 2 or 5 × 10ᵏ apart) covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  }
  return ticks;
}

function formatTick(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return value.toExponential(0);
  return String(Number(value.toPrecision(6)));
}

/** Renders the series as a standalone SVG document (a string). */
export function lineChart(options: LineChartOptions): string {
  const { series, logY = false } = options;
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  if (series.length === 0) throw new InvalidArgument("lineChart: no series to draw");

  const fy = (y: number) => (logY ? Math.log10(y) : y);
  const usable = series.map((s) =>
    s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!logY || y > 0)),
  );
  const all = usable.flat();
  if (all.length === 0) throw new InvalidArgument("lineChart: no finite point to draw");

  let xLo = Math.min(...all.map(([x]) => x));
  let xHi = Math.max(...all.map(([x]) => x));
  let yLo = Math.min(...all.map(([, y]) => fy(y)));
  let yHi = Math.max(...all.map(([, y]) => fy(y)));
  if (options.yMin !== undefined) yLo = Math.max(yLo, fy(options.yMin));
  if (options.yMax !== undefined) yHi = Math.min(yHi, fy(options.yMax));
  if (xHi === xLo) [xLo, xHi] = [xLo - 1, xHi + 1];
  if (!(yHi > yLo)) [yLo, yHi] = [yLo - 1, yHi + 1];
  if (logY) [yLo, yHi] = [Math.floor(yLo), Math.ceil(yHi)];

  const margin = { left: 70, right: 150, top: options.title ? 40 : 20, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const px = (x: number) => margin.left + ((x - xLo) / (xHi - xLo)) * plotW;
  const py = (v: number) =>
    margin.top + plotH - ((Math.min(Math.max(v, yLo), yHi) - yLo) / (yHi - yLo)) * plotH;
  const f = (n: number) => n.toFixed(1);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  if (options.title) {
    out.push(
      `<text x="${f(margin.left + plotW / 2)}" y="24" text-anchor="middle" font-size="15">${escapeXml(options.title)}</text>`,
    );
  }

  // Grid and ticks.
  const yTicks = logY ? Array.from({ length: yHi - yLo + 1 }, (_, i) => yLo + i) : niceTicks(yLo, yHi);
  for (const t of yTicks) {
    const y = f(py(t));
    const label = logY ? formatTick(10 ** t) : formatTick(t);
    out.push(
      `<line x1="${margin.left}" y1="${y}" x2="${margin.left + plotW}" y2="${y}" stroke="#e5e5e5"/>`,
      `<text x="${margin.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${label}</text>`,
    );
  }
  for (const t of niceTicks(xLo, xHi)) {
    const x = f(px(t));
    out.push(
      `<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${margin.top + plotH}" stroke="#e5e5e5"/>`,
      `<text x="${x}" y="${margin.top + plotH + 18}" text-anchor="middle">${formatTick(t)}</text>`,
    );
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
  );
  if (options.xLabel) {
    out.push(
      `<text x="${f(margin.left + plotW / 2)}" y="${height - 10}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    );
  }
  if (options.yLabel) {
    const cy = f(margin.top + plotH / 2);
    out.push(
      `<text x="16" y="${cy}" text-anchor="middle" transform="rotate(-90 16 ${cy})">${escapeXml(options.yLabel)}${logY ? " (log scale)" : ""}</text>`,
    );
  }

  // Lines, markers and legend.
  series.forEach((s, i) => {
    const color = escapeXml(s.color ?? PALETTE[i % PALETTE.length] ?? "#000");
    const pts = (usable[i] ?? []).map(([x, y]) => `${f(px(x))},${f(py(fy(y)))}`);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : "";
    if (pts.length > 0) {
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.join(" ")}"/>`);
      if (!s.dashed)
        for (const p of pts) {
          const [cx, cy] = p.split(",");
          out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${color}"/>`);
        }
    }
    const ly = margin.top + 10 + i * 20;
    const lx = margin.left + plotW + 12;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 30}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
