/**
 * Mutant: every bin is half-open, the last one too ([low, high) instead of [.., high]), so a
 * value equal to the upper end of the range — the maximum, by default — is not counted.
 */
export * from "@solution/5.1-math/05-statistics/histogram";

import type { Histogram, HistogramOptions } from "@solution/5.1-math/05-statistics/histogram";
import { InvalidArgument } from "../../../../../lib/errors";

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
    const x = values[i] as number;
    if (x < low) low = x;
    if (x > high) high = x;
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
    const x = values[i] as number;
    if (x < low || x >= high) continue; // every bin half-open, the last one too: the maximum is lost
    let bin = Math.min(bins - 1, Math.max(0, Math.floor((x - low) * scale)));
    // The division can round to the neighbouring bin; the edges are the source of truth.
    while (bin > 0 && x < (edges[bin] as number)) bin--;
    while (bin < bins - 1 && x >= (edges[bin + 1] as number)) bin++;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return { counts, edges };
}
