/**
 * Mutant: bestSplit scores a "threshold" after every sorted position, including between two
 * equal values, as if the sort order of ties could separate them.
 */

import {
  type Criterion,
  entropyImpurity,
  giniImpurity,
  type SplitCandidate,
  squaredErrorImpurity,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";
import { assertVector } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

function impurity(criterion: Criterion, ys: number[], nClasses: number): number {
  if (criterion === "squared_error") return squaredErrorImpurity(ys);
  const counts = new Array<number>(nClasses).fill(0);
  for (const c of ys) counts[c] = (counts[c] as number) + 1;
  return criterion === "gini" ? giniImpurity(counts) : entropyImpurity(counts);
}

export function bestSplit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  criterion: Criterion,
  options: { nClasses?: number; minSamplesLeaf?: number } = {},
): SplitCandidate | null {
  assertVector(x, "bestSplit: x");
  assertVector(y, "bestSplit: y", { length: x.length });
  const n = x.length;
  const msl = options.minSamplesLeaf ?? 1;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  const ys = order.map((i) => y[i] as number);
  const nClasses = options.nClasses ?? Math.max(...ys) + 1;
  const parent = impurity(criterion, ys, nClasses);
  let best: SplitCandidate | null = null;
  for (let k = msl; k <= n - msl; k++) {
    if (k === 0 || k === n) continue;
    const left = ys.slice(0, k);
    const right = ys.slice(k);
    const il = impurity(criterion, left, nClasses);
    const ir = impurity(criterion, right, nClasses);
    const gain = parent - (k / n) * il - ((n - k) / n) * ir;
    if (best === null || gain > best.gain) {
      const lo = x[order[k - 1] as number] as number;
      const hi = x[order[k] as number] as number;
      best = {
        threshold: lo / 2 + hi / 2,
        gain,
        nLeft: k,
        nRight: n - k,
        impurityLeft: il,
        impurityRight: ir,
      };
    }
  }
  if (best === null) return null;
  if (Math.min(...Array.from(x)) === Math.max(...Array.from(x))) return null;
  return best;
}
