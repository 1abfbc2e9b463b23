/** Mutant: "group-median" fills every missing age with the overall training median (groups ignored). */
import {
  type AgeStrategy,
  ageGroupKey,
  groupMedians,
  type ImputedAges,
  nanMean,
  nanMedian,
  type Passenger,
} from "@solution/5.2-classic-ml/07-titanic-eda/eda";
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.2-classic-ml/07-titanic-eda/eda";

export function imputeAge(
  train: readonly Passenger[],
  test: readonly Passenger[],
  strategy: AgeStrategy,
): ImputedAges {
  if (train.length === 0) throw new InvalidArgument("imputeAge: no training rows");
  const ages = train.map((p) => p.Age);
  const fill = strategy === "mean" ? nanMean(ages) : nanMedian(ages);
  const groups =
    strategy === "group-median" ? groupMedians(ages, train.map(ageGroupKey)) : new Map<string, number>();
  const apply = (rows: readonly Passenger[]) => Float64Array.from(rows, (p) => p.Age ?? fill);
  return { strategy, fill, groups, train: apply(train), test: apply(test) };
}
