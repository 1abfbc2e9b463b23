/** Mutant: nanMedian takes the upper middle value for an even count instead of averaging the two. */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function nanMedian(values: ArrayLike<number | null>): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new InvalidArgument(`nanMedian: values[${i}] is ${v}`);
    xs.push(v);
  }
  if (xs.length === 0) throw new InvalidArgument("nanMedian: no value is present");
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1] as number;
}
