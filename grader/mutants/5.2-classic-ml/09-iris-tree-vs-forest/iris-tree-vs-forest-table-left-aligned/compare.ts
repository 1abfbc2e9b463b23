/** Mutant: formatConfusionMatrix left-aligns the counts (padEnd) instead of right-aligning them. */
export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function formatConfusionMatrix(cm: readonly (readonly number[])[], names: readonly string[]): string {
  const corner = "true \\ pred";
  const first = Math.max(corner.length, ...names.map((s) => s.length));
  const widths = names.map((name, j) => Math.max(name.length, ...cm.map((row) => String(row[j]).length)));
  const line = (head: string, cells: readonly string[]) =>
    [head.padEnd(first), ...cells.map((c, j) => c.padEnd(widths[j] as number))].join("  ").trimEnd();
  return [line(corner, names), ...cm.map((row, i) => line(names[i] as string, row.map(String)))].join("\n");
}
