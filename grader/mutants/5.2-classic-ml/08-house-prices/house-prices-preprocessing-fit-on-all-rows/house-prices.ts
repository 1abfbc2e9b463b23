/**
 * Mutant: evaluateHoldout fits the imputer and the scaler on all 1460 houses (train and test)
 * and only the regression on the training rows — leakage: the hold-out houses shape the
 * medians and means used to judge them.
 */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import { SimpleImputer } from "@solution/5.2-classic-ml/01-preprocessing/imputer";
import { StandardScaler } from "@solution/5.2-classic-ml/01-preprocessing/scalers";
import { LinearRegression } from "@solution/5.2-classic-ml/02-linear-regression/linear-regression";
import {
  meanAbsoluteError,
  r2Score,
  rootMeanSquaredError,
} from "@solution/5.2-classic-ml/02-linear-regression/metrics";
import {
  categoricalFeatures,
  FEATURES,
  type HoldoutOptions,
  type HoldoutReport,
  HousePriceModel,
  logPrices,
  numericFeatures,
  toPrices,
} from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { HousePricesRow } from "../../../../../datasets";
import { hstack, type Matrix } from "../../../../../lib/ml/matrix";
import { trainTestSplit } from "../../../../../lib/ml/split";

export function evaluateHoldout(
  rows: readonly HousePricesRow[],
  options: HoldoutOptions = {},
): HoldoutReport {
  const { spec = FEATURES, testFraction = 0.2, seed = 42 } = options;
  const { train, test } = trainTestSplit(rows.length, { testFraction, seed });
  const trainRows = Array.from(train, (i) => rows[i] as HousePricesRow);
  const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
  // Fit the usual model (for the encoder), then swap in preprocessing fitted on every row.
  const model = new HousePriceModel(spec).fit(trainRows);
  if (spec.numeric.length > 0) {
    model.imputer = new SimpleImputer({ strategy: "median" });
    model.scaler = new StandardScaler();
    model.scaler.fit(model.imputer.fitTransform(numericFeatures(rows, spec.numeric, spec.log1p)));
    const blocks: Matrix[] = [
      model.scaler.transform(model.imputer.transform(numericFeatures(trainRows, spec.numeric, spec.log1p))),
    ];
    if (model.encoder !== null)
      blocks.push(model.encoder.transform(categoricalFeatures(trainRows, spec.categorical)));
    model.regression = new LinearRegression({ alpha: spec.alpha }).fit(
      hstack(...blocks),
      logPrices(trainRows),
    );
  }
  const predLog = model.predictLog(testRows);
  const trueLog = logPrices(testRows);
  const predPrice = toPrices(predLog);
  const truePrice = Float64Array.from(testRows, (r) => r.SalePrice);
  return {
    train,
    test,
    model,
    r2Log: r2Score(trueLog, predLog),
    rmseLog: rootMeanSquaredError(trueLog, predLog),
    maePrice: meanAbsoluteError(truePrice, predPrice),
    rmsePrice: rootMeanSquaredError(truePrice, predPrice),
  };
}
