/**
 * GIVEN — the types of 5.1.5's `histogram` (task 5), shared by your `histogram.ts`, the solution
 * and the specs. Read them; do not change them.
 */

/** The options of `histogram`. */
export interface HistogramOptions {
  /** The number of equal-width bins: an integer ≥ 1. */
  bins: number;
  /**
   * [low, high]: the span the bins cover (finite, low < high). Values outside it are ignored.
   * Default: [min(values), max(values)], widened to [v − 0.5, v + 0.5] when every value is v.
   */
  range?: readonly [number, number];
}

/** What `histogram` returns. */
export interface Histogram {
  /** counts[i] = how many values fall into bin i; length `bins`. */
  counts: Uint32Array;
  /**
   * The bin edges, length `bins + 1`: edges[i] = low + i · (high − low) / bins, with
   * edges[0] = low and edges[bins] = high exactly.
   */
  edges: Float64Array;
}
