/**
 * GIVEN — the type of 5.2.5's contingency table, shared by your evaluate.ts and the specs.
 */

/** Counts of (class, cluster) pairs. */
export interface ContingencyTable {
  /** The distinct true labels, ascending: the rows of the table. */
  classes: Int32Array;
  /** The distinct cluster labels, ascending: the columns of the table. */
  clusters: Int32Array;
  /** Row-major classes.length × clusters.length: counts[r·C + c] = #{i : yᵢ = classes[r], ŷᵢ = clusters[c]}, C = clusters.length. */
  counts: Int32Array;
}
