/**
 * 5.1.5 Statistics — task 5: a histogram with NumPy's binning rules.
 *
 * Read README.md in this folder first. The specs (`histogram.spec.ts`) check exactly the
 * contract documented here.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Histogram, HistogramOptions } from "./histogram.given";

/**
 * Counts `values` into `bins` equal-width bins. Bin i is the half-open interval
 * [edges[i], edges[i+1]) — except the last bin, which is closed, [edges[bins−1], high], so that
 * the maximum is counted (this is NumPy's `np.histogram` convention).
 *
 * A value exactly on an interior edge belongs to the bin on its right, and a value just below
 * it (the next double down) to the bin on its left. Compute the index with
 * floor((x − low) / width), then check it against `edges`: rounding can put it one bin off, in
 * either direction.
 *
 * @throws InvalidArgument when `bins` is not an integer ≥ 1; when `range` is given but not
 *   finite with low < high; when a value is NaN or ±Infinity; when `values` is empty and no
 *   `range` is given (there is nothing to infer the range from).
 */
export function histogram(_values: ArrayLike<number>, _options: HistogramOptions): Histogram {
  throw new NotImplemented("histogram", 5);
}
