/** Mutant: encodeFeatures leaves a missing Embarked as all zeros instead of counting it as "S". */
import {
  type LabelledPassenger,
  encodeFeatures as reference,
} from "@solution/5.2-classic-ml/07-titanic-eda/eda";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function encodeFeatures(rows: readonly LabelledPassenger[], ages: ArrayLike<number>): Matrix {
  const X = reference(rows, ages);
  rows.forEach((p, i) => {
    if (p.Embarked === null) X.data[i * X.cols + 9] = 0;
  });
  return X;
}
