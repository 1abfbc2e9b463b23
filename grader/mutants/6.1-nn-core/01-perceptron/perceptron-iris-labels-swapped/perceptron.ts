/**
 * Mutant: irisBinary labels the `negative` species 1 and the `positive` species 0 (the
 * arguments read the wrong way round).
 */
export * from "@solution/6.1-nn-core/01-perceptron/perceptron";

import type { BinaryDataset, IrisFeature, IrisSpecies } from "@solution/6.1-nn-core/01-perceptron/perceptron";
import type { IrisRow } from "../../../../../datasets";
import { InvalidArgument } from "../../../../../lib/errors";

export function irisBinary(
  rows: readonly IrisRow[],
  features: readonly IrisFeature[],
  negative: IrisSpecies = "setosa",
  positive: IrisSpecies = "versicolor",
): BinaryDataset {
  if (features.length === 0 || negative === positive) throw new InvalidArgument("irisBinary");
  const kept = rows.filter((r) => r.species === negative || r.species === positive);
  const d = features.length;
  const X = new Float64Array(kept.length * d);
  const labels = new Uint8Array(kept.length);
  kept.forEach((row, i) => {
    features.forEach((f, j) => {
      X[i * d + j] = row[f];
    });
    labels[i] = row.species === negative ? 1 : 0;
  });
  return { X, labels };
}
