/**
 * 5.1.5 Statistics — task 5: a histogram with NumPy's binning rules.
 *
 * Read README.md in this folder first. The specs (`histogram.spec.ts`) check exactly the
 * contract documented here.
 */
import { NotImplemented } from "../../../lib/errors";

export interface HistogramOptions {
  /** The number of equal-width bins: an integer ≥ 1. */
  bins: number;
  /**
   * [low, high]: the span the bins cover (finite, low < high). Values outside it are ignored.
   * Default: [min(values), max(values)], widened to [v − 0.5, v + 0.5] when every value is v.
   */
  range?: readonly [number, number];
}

export interface Histogram {
  /** counts[i] = how many values fall into bin i; length `bins`. */
  counts: Uint32Array;
  /**
   * The bin edges, length `bins + 1`: edges[i] = low + i · (high − low) / bins, with
   * edges[0] = low and edges[bins] = high exactly.
   */
  edges: Float64Array;
}

/**
 * Counts `values` into `bins` equal-width bins. Bin i is the half-open interval
 * [edges[i], edges[i+1]) — except the last bin, which is closed, [edges[bins−1], high], so that
 * the maximum is counted (this is NumPy's `np.histogram` convention).
 *
 * A value exactly on an interior edge belongs to the bin on its right. Compute the index with
 * floor((x − low) / width), then check it against `edges`: rounding can put it one bin off.
 *
 * @throws InvalidArgument when `bins` is not an integer ≥ 1; when `range` is given but not
 *   finite with low < high; when a value is NaN or ±Infinity; when `values` is empty and no
 *   `range` is given (there is nothing to infer the range from).
 */
export function histogram(_values: ArrayLike<number>, _options: HistogramOptions): Histogram {
  throw new NotImplemented("histogram");
}
