/** Mutant: isMissing only recognises null and undefined; NaN and blank strings count as values. */
export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}
