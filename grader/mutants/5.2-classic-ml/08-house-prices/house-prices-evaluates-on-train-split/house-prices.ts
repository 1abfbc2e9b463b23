/**
 * Mutant: evaluateHoldout fits on the training rows but also measures on them, so the reported
 * "hold-out" figures are training-set figures (optimistic).
 */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import {
  meanAbsoluteError,
  r2Score,
  rootMeanSquaredError,
} from "@solution/5.2-classic-ml/02-linear-regression/metrics";
import {
  type HoldoutOptions,
  type HoldoutReport,
  logPrices,
  evaluateHoldout as reference,
  toPrices,
} from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { HousePricesRow } from "../../../../../datasets";

export function evaluateHoldout(
  rows: readonly HousePricesRow[],
  options: HoldoutOptions = {},
): HoldoutReport {
  const report = reference(rows, options);
  const trainRows = Array.from(report.train, (i) => rows[i] as HousePricesRow);
  const predLog = report.model.predictLog(trainRows);
  const trueLog = logPrices(trainRows);
  const truePrice = Float64Array.from(trainRows, (r) => r.SalePrice);
  return {
    ...report,
    r2Log: r2Score(trueLog, predLog),
    rmseLog: rootMeanSquaredError(trueLog, predLog),
    maePrice: meanAbsoluteError(truePrice, toPrices(predLog)),
    rmsePrice: rootMeanSquaredError(truePrice, toPrices(predLog)),
  };
}
