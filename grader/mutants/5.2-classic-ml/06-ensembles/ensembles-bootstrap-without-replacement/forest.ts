/** Mutant: the "bootstrap" sample is a shuffle of the rows — drawn without replacement, so nothing is ever out of bag. */
import type { Rng } from "../../../../../lib/rng";

export * from "@solution/5.2-classic-ml/06-ensembles/forest";

export function bootstrapIndices(n: number, rng: Rng): Uint32Array {
  return rng.permutation(n);
}
