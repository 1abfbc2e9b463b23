/**
 * The course's one charting library: typed builders for vega-lite specs, rendered headless to
 * SVG (vega) and PNG (resvg).
 *
 *   import { histogram, writeChart } from "../../../lib/plot";
 *
 *   const spec = histogram(ages, { bins: 16, extent: [0, 80], title: "Age", xLabel: "age (years)" });
 *   await writeChart(spec, ".course/plots/age"); // writes age.svg and age.png
 *
 * A spec is plain JSON: print it, adjust it (any vega-lite property works, see
 * https://vega.github.io/vega-lite/docs/), or paste it into https://vega.github.io/editor.
 */
export * from "./charts";
export * from "./render";
