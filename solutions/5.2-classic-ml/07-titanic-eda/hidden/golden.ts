/**
 * Shared by the hidden specs of 5.2.7: the golden values of
 * solutions/5.2-classic-ml/07-titanic-eda/golden/ (NumPy 1.24 / scikit-learn 1.2.1, see
 * make_golden.py there) and the Titanic data, loaded once per file through the datasets layer.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../../../../datasets";
import type { Titanic } from "../../../../datasets/loaders/tabular";

export interface GoldenRate {
  group: string;
  passengers: number;
  survivors: number;
  rate: number;
}

export interface Golden {
  rows: { train: number; test: number };
  missing: { train: Record<string, number>; test: Record<string, number> };
  age: {
    mean: number;
    median: number;
    meanWithTestRows: number;
    meanWithMissingAsZero: number;
    groupMedians: Record<string, number>;
    imputed: Record<"mean" | "median" | "group-median", { fill: number; trainSum: number; testSum: number }>;
  };
  survival: {
    overall: number;
    bySex: GoldenRate[];
    byClass: GoldenRate[];
    byAgeBand: GoldenRate[];
    bySexClass: GoldenRate[];
  };
  features: string[];
  featureMeans: number[];
  correlation: number[][];
}

export const golden: Golden = JSON.parse(
  readFileSync(fileURLToPath(new URL("../golden/golden.json", import.meta.url)), "utf8"),
) as Golden;

let cached: Promise<Titanic> | undefined;
/** The Kaggle Titanic data (891 training, 418 test passengers). */
export function titanic(): Promise<Titanic> {
  cached ??= loadDataset("titanic");
  return cached;
}

/** Pearson's r computed the textbook way (two passes), independently of the learner's code. */
export function referencePearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
