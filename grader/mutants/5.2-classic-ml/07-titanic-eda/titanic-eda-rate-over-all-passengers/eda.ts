/** Mutant: survivalRates divides a group's survivors by ALL passengers instead of the group's size. */
import { survivalRates as reference, type SurvivalRate } from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function survivalRates(survived: ArrayLike<number>, groups: readonly string[]): SurvivalRate[] {
  return reference(survived, groups).map((r) => ({ ...r, rate: r.survivors / groups.length }));
}
