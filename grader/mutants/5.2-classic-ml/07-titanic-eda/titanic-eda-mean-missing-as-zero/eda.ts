/** Mutant: nanMean counts a missing value as 0 (divides by every row, not by the present ones). */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function nanMean(values: ArrayLike<number | null>): number {
  if (values.length === 0) throw new InvalidArgument("nanMean: no value is present");
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new InvalidArgument(`nanMean: values[${i}] is ${v}`);
    sum += v;
  }
  return sum / values.length;
}
