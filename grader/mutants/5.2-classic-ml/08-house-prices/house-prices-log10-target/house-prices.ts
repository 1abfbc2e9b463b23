/** Mutant: the target is log10(SalePrice) instead of the natural log ln(SalePrice). */
export * from "@solution/5.2-classic-ml/08-house-prices/house-prices";

import { logPrices as reference } from "@solution/5.2-classic-ml/08-house-prices/house-prices";
import type { HousePricesRow } from "../../../../../datasets";

export function logPrices(rows: readonly HousePricesRow[]): Float64Array {
  return reference(rows).map((v) => v / Math.LN10);
}
