/**
 * Shared by the hidden specs of 5.2.3: the scikit-learn fixtures of
 * solutions/5.2-classic-ml/03-logistic-knn/golden/ (see make_golden.py there) and the real data
 * they were computed on, loaded through the course's datasets layer.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { loadDataset } from "../../../../datasets";
import { fromRows, type Matrix } from "../../../../lib/ml/matrix";

const GOLDEN = new URL("../golden/", import.meta.url);

function readGolden<T>(file: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(file, GOLDEN)), "utf8")) as T;
}

export interface LogisticCase {
  name: string;
  penalty: "l2" | "none";
  C: number;
  fitIntercept: boolean;
  coef: number[];
  intercept: number;
  /** The course's mean objective at scikit-learn's solution. */
  objective: number;
  /** |newton-cg − lbfgs| in scikit-learn, for the record. */
  solverDisagreement: number;
  probabilities: number[];
  predictions: number[];
  trainAccuracy: number;
  X?: number[][];
  y?: number[];
  data?: string;
  columnSums?: number[];
}

export interface KnnCase {
  name: string;
  k: number;
  metric: "euclidean" | "manhattan" | "cosine";
  classes: number[];
  sklearnPredictions: number[];
  sklearnProbabilities: number[][];
  sklearnDistances: number[][];
  expectedPredictions: number[];
  ambiguous: boolean[];
}

export const logisticGolden = readGolden<{ titanicMedianAge: number; cases: LogisticCase[] }>(
  "logistic.json",
);
export const knnGolden = readGolden<{
  irisColumnSums: number[];
  titanicColumnSums: number[];
  titanicMean: number[];
  titanicStd: number[];
  cases: KnnCase[];
}>("knn.json");

/** Titanic as in make_golden.py: Pclass, Sex (female 1), Age (missing → 28), SibSp, Parch, Fare. */
export async function titanicData(): Promise<{ X: Matrix; y: Int32Array }> {
  const { train } = await loadDataset("titanic");
  const age = logisticGolden.titanicMedianAge;
  return {
    X: fromRows(
      train.map((r) => [
        r.Pclass,
        r.Sex === "female" ? 1 : 0,
        r.Age ?? age,
        r.SibSp,
        r.Parch,
        r.Fare ?? Number.NaN,
      ]),
    ),
    y: Int32Array.from(train, (r) => r.Survived),
  };
}

/** Fails unless the columns of X sum to the fixture's sums: the data must be the data sklearn saw. */
export function expectSameData(X: Matrix, sums: number[], what: string): void {
  for (let j = 0; j < X.cols; j++) {
    let s = 0;
    for (let i = 0; i < X.rows; i++) s += X.data[i * X.cols + j];
    expect(Math.abs(s - sums[j]), `${what}: column ${j} sum vs the golden fixture`).toBeLessThan(1e-6);
  }
}

export function range(n: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return out;
}
