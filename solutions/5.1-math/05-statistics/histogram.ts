/**
 * Reference solution — 5.1.5 Statistics, task 5: a histogram with NumPy's binning rules.
 */
import type { Histogram, HistogramOptions } from "@exercise/5.1-math/05-statistics/histogram.given";
import { InvalidArgument } from "../../../lib/errors";

function findRange(
  values: ArrayLike<number>,
  range: readonly [number, number] | undefined,
): [number, number] {
  if (range !== undefined) {
    const [low, high] = range;
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
      throw new InvalidArgument(`histogram: range must be finite with low < high, got [${low}, ${high}]`);
    }
    return [low, high];
  }
  if (values.length === 0)
    throw new InvalidArgument("histogram: no values and no range: cannot infer the bins");
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  return low === high ? [low - 0.5, high + 0.5] : [low, high];
}

export function histogram(values: ArrayLike<number>, options: HistogramOptions): Histogram {
  const { bins } = options;
  if (!(Number.isInteger(bins) && bins >= 1)) {
    throw new InvalidArgument(`histogram: bins must be an integer ≥ 1, got ${bins}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new InvalidArgument(`histogram: values[${i}] is ${values[i]}`);
  }
  const [low, high] = findRange(values, options.range);

  const edges = new Float64Array(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = low + ((high - low) * i) / bins;
  edges[bins] = high;

  const counts = new Uint32Array(bins);
  const scale = bins / (high - low);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < low || x > high) continue;
    // The clamp puts x = high into the last bin, which is closed.
    let bin = Math.min(bins - 1, Math.max(0, Math.floor((x - low) * scale)));
    // The division can round to the neighbouring bin, either way; the edges are the source of truth.
    while (bin > 0 && x < edges[bin]) bin--;
    while (bin < bins - 1 && x >= edges[bin + 1]) bin++;
    counts[bin]++;
  }
  return { counts, edges };
}
