/**
 * Mutant: encodeFeatures encodes Sex like an alphabetical label encoder (female = 0, male = 1)
 * instead of the README's female = 1: every correlation with Sex flips its sign.
 */
import {
  type LabelledPassenger,
  encodeFeatures as reference,
} from "@solution/5.2-classic-ml/07-titanic-eda/eda";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function encodeFeatures(rows: readonly LabelledPassenger[], ages: ArrayLike<number>): Matrix {
  const X = reference(rows, ages);
  for (let i = 0; i < X.rows; i++) X.data[i * X.cols + 2] = rows[i]?.Sex === "male" ? 1 : 0;
  return X;
}
