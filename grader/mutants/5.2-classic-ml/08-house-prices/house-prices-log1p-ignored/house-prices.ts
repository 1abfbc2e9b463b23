/** Mutant: numericFeatures ignores the log1p list and returns the raw (skewed) values. */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import {
  type House,
  type NumericColumn,
  numericFeatures as reference,
} from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { Matrix } from "../../../../../lib/ml/matrix";

export function numericFeatures(
  rows: readonly House[],
  columns: readonly NumericColumn[],
  log1pColumns: readonly NumericColumn[] = [],
): Matrix {
  reference(rows, columns, log1pColumns); // validation
  return reference(rows, columns, []);
}
