/**
 * Mutant: purity takes, for each TRUE CLASS, its largest cluster (row maxima of the
 * contingency table) instead of, for each cluster, its majority class (column maxima). Putting
 * everything in one cluster then scores a perfect 1.
 */
import { contingencyTable } from "@solution/5.2-classic-ml/05-k-means/evaluate";

export * from "@solution/5.2-classic-ml/05-k-means/evaluate";

export function purity(labelsTrue: ArrayLike<number>, labelsPred: ArrayLike<number>): number {
  const { classes, clusters, counts } = contingencyTable(labelsTrue, labelsPred);
  let total = 0;
  for (let r = 0; r < classes.length; r++) {
    let best = 0;
    for (let c = 0; c < clusters.length; c++)
      best = Math.max(best, counts[r * clusters.length + c] as number);
    total += best;
  }
  return total / labelsTrue.length;
}
