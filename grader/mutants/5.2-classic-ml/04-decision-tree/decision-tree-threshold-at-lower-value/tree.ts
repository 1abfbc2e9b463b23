/**
 * Mutant: bestSplit returns the lower of the two neighbouring values as the threshold instead
 * of their midpoint. The training data is split the same way, but new points between the two
 * values all go right.
 */
import {
  type Criterion,
  type SplitCandidate,
  bestSplit as solutionBestSplit,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export function bestSplit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  criterion: Criterion,
  options: { nClasses?: number; minSamplesLeaf?: number } = {},
): SplitCandidate | null {
  const s = solutionBestSplit(x, y, criterion, options);
  if (s === null) return null;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (v <= s.threshold && v > lower) lower = v;
  }
  return { ...s, threshold: lower };
}
