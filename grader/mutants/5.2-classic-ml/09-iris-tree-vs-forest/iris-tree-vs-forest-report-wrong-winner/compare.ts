/** Mutant: comparisonReport gets the sign of the difference wrong and names the loser as the winner. */
import {
  type ModelResult,
  comparisonReport as solution,
} from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function comparisonReport(a: ModelResult, b: ModelResult): string {
  const lines = solution(a, b).split("\n");
  const diff = a.cv.mean - b.cv.mean;
  if (Math.abs(diff) >= 1e-12) {
    const [winner, loser] = diff > 0 ? [a.name, b.name] : [b.name, a.name];
    lines[2] = (lines[2] as string).replace(`${winner} wins`, `${loser} wins`);
  }
  return lines.join("\n");
}
