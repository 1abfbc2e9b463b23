/** Mutant: entropy uses the natural logarithm (nats) instead of log₂ (bits). */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export function entropyImpurity(counts: ArrayLike<number>): number {
  if (counts.length === 0) throw new InvalidArgument("entropyImpurity: counts is empty");
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (!(c >= 0) || !Number.isFinite(c)) throw new InvalidArgument(`entropyImpurity: counts[${k}] is ${c}`);
    total += c;
  }
  if (total === 0) throw new InvalidArgument("entropyImpurity: the counts sum to 0");
  let h = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (c > 0) h -= (c / total) * Math.log(c / total);
  }
  return h;
}
