/**
 * Shared by the hidden specs of 5.3.1: the scikit-learn 1.2.1 fixtures of
 * solutions/5.3-mlops/01-metrics/golden/metrics.json (see make_golden.py there), and the
 * comparisons every hidden spec uses.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** Scores compared with scikit-learn: equal up to the order of a sum (a few units of 1e-16). */
export const TOLERANCE = 1e-12;

export interface Triple {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationCase {
  name: string;
  note: string;
  yTrue: number[];
  yPred: number[];
  labels: number[];
  confusion: { labels: number[]; explicit: boolean; counts: number[][] };
  accuracy: number;
  /** Keyed by zero_division "0" / "1". */
  perClass: Record<string, { precision: number[]; recall: number[]; f1: number[]; support: number[] }>;
  /** Keyed by zero_division, then "macro", "micro", "weighted", "binary:<posLabel>". */
  averages: Record<string, Record<string, Triple | { error: string }>>;
}

export interface Curve {
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}

export interface RankingCase {
  name: string;
  note: string;
  yTrue: number[];
  scores: number[];
  roc: Curve | { undefined: true };
  rocDropIntermediate: Curve | { undefined: true };
  rocAuc: number | { error: string };
  pr: { precision: number[]; recall: number[]; thresholds: number[] };
  averagePrecision: number;
  trapezoidPrArea: number;
}

export interface AucCase {
  name: string;
  x: number[];
  y: number[];
  area?: number;
  error?: string;
}

export interface LogLossCase {
  name: string;
  note: string;
  yTrue: number[];
  probabilities: number[] | number[][];
  eps: number | null;
  logLoss: number;
}

export const golden = JSON.parse(
  readFileSync(fileURLToPath(new URL("../golden/metrics.json", import.meta.url)), "utf8"),
) as {
  generator: string;
  classification: ClassificationCase[];
  ranking: RankingCase[];
  auc: AucCase[];
  logLoss: LogLossCase[];
};

/** Same length, and every value within TOLERANCE. */
export function expectAllClose(actual: ArrayLike<number>, expected: readonly number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let k = 0; k < expected.length; k++) {
    const diff = Math.abs((actual[k] as number) - (expected[k] as number));
    const d = Number.isNaN(diff) ? Number.POSITIVE_INFINITY : diff; // a NaN is the worst miss
    if (d > worst) {
      worst = d;
      at = k;
    }
  }
  expect(worst, `${what}: max |difference| (at ${at}: ${actual[at]} vs ${expected[at]})`).toBeLessThanOrEqual(
    TOLERANCE,
  );
}
