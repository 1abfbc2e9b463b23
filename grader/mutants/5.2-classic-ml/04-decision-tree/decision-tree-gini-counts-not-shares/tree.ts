/** Mutant: gini impurity squares the raw counts instead of the class shares (1 − Σ cₖ², not 1 − Σ pₖ²). */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export function giniImpurity(counts: ArrayLike<number>): number {
  if (counts.length === 0) throw new InvalidArgument("giniImpurity: counts is empty");
  let total = 0;
  let sumSq = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (!(c >= 0) || !Number.isFinite(c)) throw new InvalidArgument(`giniImpurity: counts[${k}] is ${c}`);
    total += c;
    sumSq += c * c;
  }
  if (total === 0) throw new InvalidArgument("giniImpurity: the counts sum to 0");
  return 1 - sumSq;
}
