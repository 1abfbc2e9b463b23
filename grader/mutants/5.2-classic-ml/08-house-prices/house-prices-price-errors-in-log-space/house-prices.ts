/**
 * Mutant: evaluateHoldout forgets to invert the log before the dollar errors, so maePrice and
 * rmsePrice are computed between log-prices (≈ 0.1 "dollars").
 */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import {
  meanAbsoluteError,
  rootMeanSquaredError,
} from "@solution/5.2-classic-ml/02-linear-regression/metrics";
import {
  type HoldoutOptions,
  type HoldoutReport,
  logPrices,
  evaluateHoldout as reference,
} from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { HousePricesRow } from "../../../../../datasets";

export function evaluateHoldout(
  rows: readonly HousePricesRow[],
  options: HoldoutOptions = {},
): HoldoutReport {
  const report = reference(rows, options);
  const testRows = Array.from(report.test, (i) => rows[i] as HousePricesRow);
  const predLog = report.model.predictLog(testRows);
  const trueLog = logPrices(testRows);
  return {
    ...report,
    maePrice: meanAbsoluteError(trueLog, predLog),
    rmsePrice: rootMeanSquaredError(trueLog, predLog),
  };
}
