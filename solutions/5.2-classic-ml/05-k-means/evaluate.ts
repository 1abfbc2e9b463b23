/**
 * 5.2.5 Comparing a clustering with known classes — reference solution.
 */

import type { ContingencyTable } from "@exercise/5.2-classic-ml/05-k-means/evaluate.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

function distinct(labels: ArrayLike<number>, what: string): Int32Array {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (!(Number.isInteger(v) && Math.abs(v) < 2 ** 31)) {
      throw new InvalidArgument(`${what}[${i}] is ${v}; labels must be 32-bit integers`);
    }
  }
  return Int32Array.from(new Set(Array.from(labels))).sort();
}

/** Task 5. The contingency table of true classes (rows) against clusters (columns). */
export function contingencyTable(
  labelsTrue: ArrayLike<number>,
  labelsPred: ArrayLike<number>,
): ContingencyTable {
  if (labelsTrue.length !== labelsPred.length) {
    throw new ShapeError(
      `contingencyTable: ${labelsTrue.length} true labels but ${labelsPred.length} cluster labels`,
    );
  }
  if (labelsTrue.length === 0) throw new InvalidArgument("contingencyTable: no labels");
  const classes = distinct(labelsTrue, "contingencyTable: labelsTrue");
  const clusters = distinct(labelsPred, "contingencyTable: labelsPred");
  const row = new Map<number, number>();
  classes.forEach((c, r) => {
    row.set(c, r);
  });
  const col = new Map<number, number>();
  clusters.forEach((c, k) => {
    col.set(c, k);
  });
  const counts = new Int32Array(classes.length * clusters.length);
  for (let i = 0; i < labelsTrue.length; i++) {
    const r = row.get(labelsTrue[i]) as number;
    const c = col.get(labelsPred[i]) as number;
    counts[r * clusters.length + c]++;
  }
  return { classes, clusters, counts };
}

/** Task 5. Purity: (1/n) Σ over clusters of the size of the cluster's most common class. */
export function purity(labelsTrue: ArrayLike<number>, labelsPred: ArrayLike<number>): number {
  const { classes, clusters, counts } = contingencyTable(labelsTrue, labelsPred);
  let total = 0;
  for (let c = 0; c < clusters.length; c++) {
    let best = 0;
    for (let r = 0; r < classes.length; r++) best = Math.max(best, counts[r * clusters.length + c]);
    total += best;
  }
  return total / labelsTrue.length;
}
