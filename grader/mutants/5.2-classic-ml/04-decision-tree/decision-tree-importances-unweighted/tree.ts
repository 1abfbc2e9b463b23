/**
 * Mutant: feature importances add up each node's impurity decrease without weighting it by
 * the node's sample count: I(t) − (nL/nt)·I(left) − (nR/nt)·I(right) per node, so a split
 * of 6 samples counts as much as a split of 150.
 */
import {
  DecisionTreeClassifier as SolutionClassifier,
  DecisionTreeRegressor as SolutionRegressor,
  type TreeNodes,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

function unweighted(n: TreeNodes, p: number): Float64Array {
  const imp = new Float64Array(p);
  for (let t = 0; t < n.feature.length; t++) {
    const f = n.feature[t] as number;
    if (f < 0) continue;
    const l = n.left[t] as number;
    const r = n.right[t] as number;
    const nt = n.nSamples[t] as number;
    imp[f] =
      (imp[f] as number) +
      (n.impurity[t] as number) -
      ((n.nSamples[l] as number) / nt) * (n.impurity[l] as number) -
      ((n.nSamples[r] as number) / nt) * (n.impurity[r] as number);
  }
  const total = imp.reduce((s, v) => s + v, 0);
  return total > 0 ? imp.map((v) => v / total) : imp;
}

export class DecisionTreeClassifier extends SolutionClassifier {
  override get featureImportances(): Float64Array {
    return unweighted(this.nodes, this.nFeatures);
  }
}

export class DecisionTreeRegressor extends SolutionRegressor {
  override get featureImportances(): Float64Array {
    return unweighted(this.nodes, this.nFeatures);
  }
}
