/**
 * Mutant: crossValidate fits one model on all rows and then scores it on each fold's test rows
 * — every fold has already seen its test houses, so the R² values are inflated.
 */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import { r2Score } from "@solution/5.2-classic-ml/02-linear-regression/metrics";
import {
  type CrossValidationOptions,
  type CrossValidationReport,
  FEATURES,
  HousePriceModel,
  logPrices,
} from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { HousePricesRow } from "../../../../../datasets";
import { kFold } from "../../../../../lib/ml/split";

export function crossValidate(
  rows: readonly HousePricesRow[],
  options: CrossValidationOptions = {},
): CrossValidationReport {
  const { spec = FEATURES, k = 5, seed = 0 } = options;
  const folds = kFold(rows.length, k, { shuffle: true, seed });
  const model = new HousePriceModel(spec).fit(rows);
  const foldR2 = Float64Array.from(folds, ({ test }) => {
    const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
    return r2Score(logPrices(testRows), model.predictLog(testRows));
  });
  const meanR2 = foldR2.reduce((s, v) => s + v, 0) / foldR2.length;
  const stdR2 = Math.sqrt(foldR2.reduce((s, v) => s + (v - meanR2) ** 2, 0) / foldR2.length);
  return { foldR2, meanR2, stdR2 };
}
