/**
 * 5.2.5 Comparing a clustering with known classes (task 5).
 *
 * Cluster indices are arbitrary names: cluster 0 of one run may be cluster 2 of another. These
 * functions compare a clustering with true classes without assuming any correspondence.
 * Labels are any 32-bit integers.
 */
import { NotImplemented } from "../../../lib/errors";
import type { ContingencyTable } from "./evaluate.given";

/**
 * Task 5. The contingency table of true classes (rows) against clusters (columns).
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument for empty input or a label that is not an integer.
 */
export function contingencyTable(
  _labelsTrue: ArrayLike<number>,
  _labelsPred: ArrayLike<number>,
): ContingencyTable {
  throw new NotImplemented("contingencyTable", 5);
}

/**
 * Task 5. Purity: (1/n) Σ over clusters of the count of the cluster's most common class — the
 * accuracy you would get by naming every cluster after its majority class. In (0, 1].
 * @throws as {@link contingencyTable}.
 */
export function purity(_labelsTrue: ArrayLike<number>, _labelsPred: ArrayLike<number>): number {
  throw new NotImplemented("purity", 5);
}
