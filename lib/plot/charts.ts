/**
 * Small, typed builders for the charts the course draws. Each returns a plain vega-lite spec
 * (a JSON object you can print, tweak, or paste into https://vega.github.io/editor); render it
 * with `renderSvg` / `renderPng` / `writeChart` from `./render`.
 *
 *   lineChart({ series: [{ name: "train", points: [[1, 0.5], [2, 0.3]] }], xLabel: "epoch", yLabel: "loss" })
 *   histogram(ages, { bins: 16, extent: [0, 80], xLabel: "age" })
 *   histogram([{ name: "survived", values: a }, { name: "died", values: b }], { bins: 16 })
 *   heatmap([[1, 0.5], [0.5, 1]], { rowLabels: ["a", "b"], colLabels: ["a", "b"], domain: [-1, 1], diverging: true })
 *   barChart([{ label: "female", value: 0.74 }, { label: "male", value: 0.19 }], { yLabel: "survival rate" })
 *
 * Every builder validates its input: nothing to draw, NaN or ±Infinity, duplicate labels or
 * options out of range → `InvalidArgument`; a matrix whose size does not match its labels →
 * `ShapeError`.
 */
import { InvalidArgument, ShapeError } from "../errors";
import type { VegaLiteSpec } from "./render";

/** Okabe–Ito: distinguishable with every common kind of colour blindness. */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
  "#000000",
] as const;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** One layer of a layered chart (a unit spec such as `{ mark: "rect", encoding: {…} }`). */
type Layer = Extract<VegaLiteSpec, { layer: unknown }>["layer"][number];

/** Options every chart accepts. */
export interface CommonOptions {
  readonly title?: string;
  /** Size of the plotting area in pixels (axes, legend and title come on top). */
  readonly width?: number;
  readonly height?: number;
}

function size(options: CommonOptions, width: number, height: number, where: string) {
  const w = options.width ?? width;
  const h = options.height ?? height;
  for (const [name, v] of [
    ["width", w],
    ["height", h],
  ] as const) {
    if (!Number.isFinite(v) || v < 10 || v > 10_000) {
      throw new InvalidArgument(`${where}: ${name} must be between 10 and 10000 pixels, got ${v}`);
    }
  }
  return { width: w, height: h };
}

function header(options: CommonOptions) {
  return options.title === undefined ? {} : { title: options.title };
}

function colorOf(i: number, explicit?: string): string {
  return explicit ?? PALETTE[i % PALETTE.length] ?? "#000000";
}

function uniqueNames(names: readonly string[], what: string, where: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (typeof n !== "string")
      throw new InvalidArgument(`${where}: every ${what} must be a string, got ${typeof n}`);
    if (seen.has(n)) throw new InvalidArgument(`${where}: the ${what} "${n}" appears twice`);
    seen.add(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Line chart

/** One line of a line chart: its legend name and its (x, y) points, drawn in the given order. */
export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
  /** Any CSS colour; by default the next colour of the Okabe–Ito palette. */
  readonly color?: string;
  /** Draw the line dashed and without markers (e.g. a reference level such as a noise floor). */
  readonly dashed?: boolean;
}

export interface LineChartOptions extends CommonOptions {
  readonly series: readonly Series[];
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Logarithmic y axis (base 10). Points with y ≤ 0 are left out. */
  readonly logY?: boolean;
  /** Clip the y axis at these values (e.g. to keep one exploding point from flattening the rest). */
  readonly yMin?: number;
  readonly yMax?: number;
}

/** The powers of ten from just below the smallest y to just above the largest (after clipping). */
function powersOfTen(values: readonly { y: number }[], options: LineChartOptions): number[] {
  let lo = Math.min(...values.map((v) => v.y));
  let hi = Math.max(...values.map((v) => v.y));
  if (options.yMin !== undefined) lo = Math.max(lo, options.yMin);
  if (options.yMax !== undefined) hi = Math.min(hi, options.yMax);
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) out.push(10 ** k);
  return out;
}

/**
 * Lines with markers, one per series, with a legend. Points with a non-finite x or y (and,
 * on a log axis, y ≤ 0) are left out; a chart with no point left → `InvalidArgument`.
 *
 * Data (`spec.data.values`): one row `{ series, x, y, i, dashed }` per drawn point (`i` is its
 * index in `points`).
 */
export function lineChart(options: LineChartOptions): VegaLiteSpec {
  const where = "lineChart";
  const { series, logY = false } = options;
  if (series === undefined || series.length === 0) throw new InvalidArgument(`${where}: no series to draw`);
  uniqueNames(
    series.map((s) => s.name),
    "series name",
    where,
  );
  // Points far outside a clipped axis are pulled in to just beyond it: the clipped drawing looks
  // the same, and resvg never sees coordinates millions of pixels away (it panics on them).
  const { yMin, yMax } = options;
  const span = yMin !== undefined && yMax !== undefined ? yMax - yMin : Math.abs(yMax ?? yMin ?? 0) + 1;
  const pullIn = (y: number) => {
    let out = y;
    if (yMax !== undefined) out = Math.min(out, logY ? yMax * 10 : yMax + span);
    if (yMin !== undefined) out = Math.max(out, logY ? yMin / 10 : yMin - span);
    return out;
  };
  const values: { series: string; x: number; y: number; i: number; dashed: boolean }[] = [];
  for (const s of series) {
    s.points.forEach(([x, y], i) => {
      if (Number.isFinite(x) && Number.isFinite(y) && (!logY || y > 0)) {
        values.push({ series: s.name, x, y: pullIn(y), i, dashed: s.dashed === true });
      }
    });
  }
  if (values.length === 0) throw new InvalidArgument(`${where}: no finite point to draw`);
  for (const [name, v] of [
    ["yMin", options.yMin],
    ["yMax", options.yMax],
  ] as const) {
    if (v !== undefined && (!Number.isFinite(v) || (logY && v <= 0))) {
      throw new InvalidArgument(
        `${where}: ${name} must be a finite number${logY ? " > 0 on a log axis" : ""}, got ${v}`,
      );
    }
  }
  if (options.yMin !== undefined && options.yMax !== undefined && !(options.yMax > options.yMin)) {
    throw new InvalidArgument(`${where}: yMax (${options.yMax}) must be above yMin (${options.yMin})`);
  }
  const names = series.map((s) => s.name);
  const yScale = {
    ...(logY ? { type: "log" as const } : { zero: false }),
    ...(options.yMin === undefined ? {} : { domainMin: options.yMin }),
    ...(options.yMax === undefined ? {} : { domainMax: options.yMax }),
  };
  return {
    $schema: SCHEMA,
    ...header(options),
    ...size(options, 480, 300, where),
    data: { values },
    encoding: {
      x: {
        field: "x",
        type: "quantitative",
        title: options.xLabel ?? null,
        scale: { zero: false, nice: false },
      },
      y: {
        field: "y",
        type: "quantitative",
        title: options.yLabel === undefined ? null : `${options.yLabel}${logY ? " (log scale)" : ""}`,
        scale: yScale,
        ...(logY ? { axis: { values: powersOfTen(values, options), format: "~g" } } : {}),
      },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        scale: { domain: names, range: series.map((s, i) => colorOf(i, s.color)) },
        legend: { symbolType: "stroke", symbolStrokeWidth: 2, symbolSize: 300 },
      },
      order: { field: "i", type: "quantitative" },
    },
    layer: [
      {
        mark: { type: "line", clip: true, strokeWidth: 2 },
        encoding: {
          strokeDash: {
            field: "series",
            type: "nominal",
            title: null,
            scale: { domain: names, range: series.map((s) => (s.dashed ? [6, 4] : [1, 0])) },
          },
        },
      },
      {
        transform: [{ filter: "!datum.dashed" }],
        mark: { type: "point", filled: true, size: 30, clip: true },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Histogram

/** One group of a grouped histogram, e.g. the ages of the survivors. */
export interface HistogramGroup {
  readonly name: string;
  readonly values: ArrayLike<number>;
  readonly color?: string;
}

export interface BinOptions {
  /** Number of equal-width bins (default 20). */
  readonly bins?: number;
  /** [lo, hi] covered by the bins; by default [min, max] of the values. */
  readonly extent?: readonly [number, number];
}

export interface HistogramOptions extends CommonOptions, BinOptions {
  readonly xLabel?: string;
  /** Default "count" (or "fraction" with `normalize`). */
  readonly yLabel?: string;
  /** Stack the groups' bars (default: overlay them, half transparent). */
  readonly stack?: boolean;
  /** Divide each group's counts by its size, to compare the shapes of groups of different sizes. */
  readonly normalize?: boolean;
}

/** Equal-width bins: `edges` has bins + 1 values, `counts` has bins. */
export interface Bins {
  readonly edges: Float64Array;
  readonly counts: Float64Array;
}

function checkValues(values: ArrayLike<number>, what: string, where: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new InvalidArgument(
        `${where}: ${what}[${i}] is ${String(v)}; drop missing values (null, NaN) before plotting`,
      );
    }
  }
}

/**
 * Counts `values` into `bins` equal-width bins over `extent` (default [min, max]). Bin k is
 * [edges[k], edges[k+1]); the last bin also holds values equal to the upper edge (as numpy).
 * Values outside the extent are not counted.
 *
 * @throws InvalidArgument for no values, NaN/±Infinity, a bin count that is not an integer in
 *   [1, 1000], or an extent with hi ≤ lo.
 */
export function binCounts(values: ArrayLike<number>, options: BinOptions = {}): Bins {
  return binGroups([values], options, "binCounts")[0] as Bins;
}

function binGroups(groups: readonly ArrayLike<number>[], options: BinOptions, where: string): Bins[] {
  const bins = options.bins ?? 20;
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000) {
    throw new InvalidArgument(`${where}: bins must be an integer in [1, 1000], got ${bins}`);
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let total = 0;
  groups.forEach((values, g) => {
    checkValues(values, groups.length === 1 ? "values" : `group ${g} values`, where);
    total += values.length;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  });
  if (total === 0) throw new InvalidArgument(`${where}: no values to count`);
  if (options.extent !== undefined) {
    [lo, hi] = options.extent;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
      throw new InvalidArgument(`${where}: extent must be [lo, hi] with finite lo < hi, got [${lo}, ${hi}]`);
    }
  } else if (hi === lo) {
    [lo, hi] = [lo - 0.5, hi + 0.5];
  }
  const width = (hi - lo) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width));
  return groups.map((values) => {
    const counts = new Float64Array(bins);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v < lo || v > hi) continue;
      const k = Math.min(bins - 1, Math.floor((v - lo) / width));
      counts[k] = (counts[k] as number) + 1;
    }
    return { edges, counts };
  });
}

/**
 * A histogram of one list of values, or of several groups on the same bins (overlaid, or
 * stacked with `stack: true`). The bins are computed here (see `binCounts`), so `bins: 16`
 * means exactly 16 bars.
 *
 * Data (`spec.data.values`): one row `{ group, start, end, count }` per group and bin, groups
 * in the given order, bins from left to right (`group` is "values" for a single list; `count`
 * is a fraction with `normalize`).
 */
export function histogram(
  data: ArrayLike<number> | readonly HistogramGroup[],
  options: HistogramOptions = {},
): VegaLiteSpec {
  const where = "histogram";
  const grouped = Array.isArray(data) && data.length > 0 && typeof data[0] === "object" && data[0] !== null;
  const groups: readonly HistogramGroup[] = grouped
    ? (data as readonly HistogramGroup[])
    : [{ name: "values", values: data as ArrayLike<number> }];
  uniqueNames(
    groups.map((g) => g.name),
    "group name",
    where,
  );
  const binned = binGroups(
    groups.map((g) => g.values),
    options,
    where,
  );
  const values: { group: string; start: number; end: number; count: number }[] = [];
  binned.forEach(({ edges, counts }, g) => {
    const group = groups[g] as HistogramGroup;
    const n = group.values.length;
    counts.forEach((c, k) => {
      values.push({
        group: group.name,
        start: edges[k] as number,
        end: edges[k + 1] as number,
        count: options.normalize ? (n === 0 ? 0 : c / n) : c,
      });
    });
  });
  const yTitle = options.yLabel ?? (options.normalize ? "fraction" : "count");
  const stack = options.stack === true;
  return {
    $schema: SCHEMA,
    ...header(options),
    ...size(options, 480, 300, where),
    data: { values },
    mark: { type: "bar", opacity: grouped && !stack ? 0.55 : 1, stroke: "white", strokeWidth: 0.5 },
    encoding: {
      x: { field: "start", type: "quantitative", bin: "binned", title: options.xLabel ?? null },
      x2: { field: "end" },
      y: { field: "count", type: "quantitative", title: yTitle, stack: stack ? "zero" : null },
      color: grouped
        ? {
            field: "group",
            type: "nominal",
            title: null,
            scale: { domain: groups.map((g) => g.name), range: groups.map((g, i) => colorOf(i, g.color)) },
          }
        : { value: PALETTE[0] },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Heatmap

/** A dense matrix: nested rows, or row-major data with its size (lib/ml's `Matrix`). */
export type MatrixLike =
  | readonly ArrayLike<number>[]
  | { readonly data: ArrayLike<number>; readonly rows: number; readonly cols: number };

export interface HeatmapOptions extends CommonOptions {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** d3-format string for the numbers printed in the cells (default ".2f"; "" prints none). */
  readonly valueFormat?: string;
  /** [lo, hi] of the colour scale (default: [min, max] of the values); e.g. [-1, 1] for correlations. */
  readonly domain?: readonly [number, number];
  /** A diverging colour scale (blue for low, white in the middle, red for high); default sequential. */
  readonly diverging?: boolean;
  /** Side of one cell in pixels when width/height are not given (default 40). */
  readonly cellSize?: number;
}

function matrixRows(
  m: MatrixLike,
  where: string,
): { rows: number; cols: number; at: (i: number, j: number) => number } {
  if (Array.isArray(m)) {
    const rows = m as readonly ArrayLike<number>[];
    const cols = rows.length === 0 ? 0 : (rows[0] as ArrayLike<number>).length;
    rows.forEach((r, i) => {
      if (r.length !== cols)
        throw new ShapeError(`${where}: row ${i} has ${r.length} values but row 0 has ${cols}`);
    });
    return { rows: rows.length, cols, at: (i, j) => (rows[i] as ArrayLike<number>)[j] as number };
  }
  const { data, rows, cols } = m as { data: ArrayLike<number>; rows: number; cols: number };
  if (
    !Number.isInteger(rows) ||
    !Number.isInteger(cols) ||
    rows < 0 ||
    cols < 0 ||
    data.length !== rows * cols
  ) {
    throw new ShapeError(
      `${where}: a ${rows}×${cols} matrix needs ${rows * cols} values, got ${data?.length}`,
    );
  }
  return { rows, cols, at: (i, j) => data[i * cols + j] as number };
}

/**
 * A matrix as coloured cells with the value printed in each (a correlation matrix, a
 * confusion matrix). Row 0 is drawn at the top, column 0 on the left.
 *
 * Data (`spec.data.values`): one row `{ row, col, value, ink }` per cell, row by row (`row`
 * and `col` are the labels; `ink` is the text colour, "black" or "white").
 *
 * @throws ShapeError when the matrix is ragged or its size does not match the labels.
 * @throws InvalidArgument for an empty matrix, NaN/±Infinity, duplicate labels or a bad domain.
 */
export function heatmap(matrix: MatrixLike, options: HeatmapOptions): VegaLiteSpec {
  const where = "heatmap";
  const { rows, cols, at } = matrixRows(matrix, where);
  if (rows === 0 || cols === 0) throw new InvalidArgument(`${where}: the matrix is empty (${rows}×${cols})`);
  const { rowLabels, colLabels } = options;
  if (rowLabels.length !== rows || colLabels.length !== cols) {
    throw new ShapeError(
      `${where}: a ${rows}×${cols} matrix needs ${rows} row labels and ${cols} column labels, got ${rowLabels.length} and ${colLabels.length}`,
    );
  }
  uniqueNames(rowLabels, "row label", where);
  uniqueNames(colLabels, "column label", where);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = at(i, j);
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new InvalidArgument(
          `${where}: cell [${i}][${j}] (${rowLabels[i]}, ${colLabels[j]}) is ${String(v)}`,
        );
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (options.domain !== undefined) {
    [lo, hi] = options.domain;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
      throw new InvalidArgument(`${where}: domain must be [lo, hi] with finite lo < hi, got [${lo}, ${hi}]`);
    }
  } else if (hi === lo) {
    [lo, hi] = [lo - 1, hi + 1];
  }
  const diverging = options.diverging === true;
  const values: { row: string; col: string; value: number; ink: string }[] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = at(i, j);
      const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
      // White text on dark cells: the ends of a diverging scale, the top of a sequential one.
      const dark = diverging ? Math.abs(t - 0.5) > 0.3 : t > 0.6;
      values.push({
        row: rowLabels[i] as string,
        col: colLabels[j] as string,
        value: v,
        ink: dark ? "white" : "black",
      });
    }
  const cell = options.cellSize ?? 40;
  const format = options.valueFormat ?? ".2f";
  const layers: Layer[] = [
    {
      mark: { type: "rect" },
      encoding: {
        color: {
          field: "value",
          type: "quantitative",
          title: null,
          scale: diverging
            ? { scheme: "redblue", reverse: true, domain: [lo, hi], domainMid: (lo + hi) / 2 }
            : { scheme: "blues", domain: [lo, hi] },
        },
      },
    },
  ];
  if (format !== "") {
    layers.push({
      mark: { type: "text", fontSize: 11 },
      encoding: {
        text: { field: "value", type: "quantitative", format },
        color: { condition: { test: "datum.ink === 'white'", value: "white" }, value: "black" },
      },
    });
  }
  return {
    $schema: SCHEMA,
    ...header(options),
    ...size(options, cols * cell, rows * cell, where),
    data: { values },
    encoding: {
      x: {
        field: "col",
        type: "ordinal",
        sort: [...colLabels],
        title: options.xLabel ?? null,
        axis: { labelAngle: -45 },
      },
      y: { field: "row", type: "ordinal", sort: [...rowLabels], title: options.yLabel ?? null },
    },
    layer: layers,
  };
}

// ---------------------------------------------------------------------------------------------
// Bar chart

/** One bar: its category label, its height, and optionally its group (bars of a group share a colour). */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly group?: string;
}

export interface BarChartOptions extends CommonOptions {
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** d3-format string for a number printed above each bar (e.g. ".2f", ".0%"); none by default. */
  readonly valueFormat?: string;
  /** [lo, hi] of the value axis (default: from 0 to the largest value). */
  readonly domain?: readonly [number, number];
}

/**
 * Vertical bars in the given order. With `group` set on the bars, the bars of one label are
 * drawn side by side, coloured by group (e.g. survival rate by class, one bar per sex).
 *
 * Data (`spec.data.values`): one row `{ label, value, group }` per bar, in the given order
 * (`group` is "" for ungrouped bars).
 *
 * @throws InvalidArgument for no bars, NaN/±Infinity, a (label, group) pair given twice, or
 *   some bars with a group and some without.
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions = {}): VegaLiteSpec {
  const where = "barChart";
  if (bars === undefined || bars.length === 0) throw new InvalidArgument(`${where}: no bars to draw`);
  const grouped = bars[0]?.group !== undefined;
  const seen = new Set<string>();
  const labels: string[] = [];
  const groups: string[] = [];
  bars.forEach((b, i) => {
    if (typeof b.label !== "string") throw new InvalidArgument(`${where}: bar ${i} has no label`);
    if (typeof b.value !== "number" || !Number.isFinite(b.value)) {
      throw new InvalidArgument(`${where}: bar ${i} ("${b.label}") has value ${String(b.value)}`);
    }
    if ((b.group !== undefined) !== grouped) {
      throw new InvalidArgument(
        `${where}: either every bar has a group or none has (bar ${i} differs from bar 0)`,
      );
    }
    const key = `${b.label}\u0000${b.group ?? ""}`;
    if (seen.has(key)) {
      throw new InvalidArgument(
        `${where}: the bar "${b.label}"${grouped ? ` of group "${b.group}"` : ""} appears twice`,
      );
    }
    seen.add(key);
    if (!labels.includes(b.label)) labels.push(b.label);
    if (b.group !== undefined && !groups.includes(b.group)) groups.push(b.group);
  });
  if (options.domain !== undefined) {
    const [lo, hi] = options.domain;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
      throw new InvalidArgument(`${where}: domain must be [lo, hi] with finite lo < hi, got [${lo}, ${hi}]`);
    }
  }
  const values = bars.map((b) => ({ label: b.label, value: b.value, group: b.group ?? "" }));
  const x = {
    field: "label",
    type: "nominal" as const,
    sort: labels,
    title: options.xLabel ?? null,
    axis: { labelAngle: 0 },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    title: options.yLabel ?? null,
    ...(options.domain === undefined ? {} : { scale: { domain: [...options.domain] } }),
  };
  const offset = grouped ? { xOffset: { field: "group", type: "nominal" as const, sort: groups } } : {};
  const layers: Layer[] = [
    {
      mark: { type: "bar" },
      encoding: {
        color: grouped
          ? {
              field: "group",
              type: "nominal",
              title: null,
              scale: { domain: groups, range: groups.map((_, i) => colorOf(i)) },
            }
          : { value: PALETTE[0] },
      },
    },
  ];
  if (options.valueFormat !== undefined && options.valueFormat !== "") {
    layers.push({
      mark: { type: "text", dy: -6, fontSize: 11 },
      encoding: { text: { field: "value", type: "quantitative", format: options.valueFormat } },
    });
  }
  return {
    $schema: SCHEMA,
    ...header(options),
    ...size(options, Math.max(160, labels.length * (grouped ? groups.length : 1) * 40), 300, where),
    data: { values },
    encoding: { x, y, ...offset },
    layer: layers,
  };
}
