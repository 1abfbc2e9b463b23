/**
 * Shared by the hidden specs of 5.2.5: the scikit-learn fixture of
 * solutions/5.2-classic-ml/05-k-means/golden/ (see make_golden.py there) and the Iris data it was
 * computed on, loaded through the course's datasets layer.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { fromRows, type Matrix } from "../../../../lib/ml/matrix";
import { iris } from "../../../../lib/testing";

export interface LloydCase {
  name: string;
  k: number;
  maxIter: number;
  tol: number;
  init: number[][];
  centres: number[][];
  labels: number[];
  inertia: number;
  nIter: number;
  /** Inline data for the synthetic cases; Iris cases name their rows instead. */
  X?: number[][];
  initRows?: number[];
}

export interface KMeansGolden {
  irisColumnSums: number[];
  blobs: { X: number[][]; y: number[]; trueCentres: number[][] };
  lloyd: LloydCase[];
  /** Best inertia of scikit-learn's KMeans(init="k-means++", n_init=10, random_state=0). */
  kmeanspp: { data: "iris" | "blobs"; k: number; inertia: number }[];
  irisK3: { inertia: number; purity: number; centres: number[][] };
}

const file = fileURLToPath(new URL("../golden/kmeans.json", import.meta.url));
export const golden = JSON.parse(readFileSync(file, "utf8")) as KMeansGolden;

/** The Iris measurements (150 × 4) and species (0, 1, 2), checked against the fixture's column sums. */
export async function irisData(): Promise<{ X: Matrix; y: Int32Array }> {
  const { X, y } = await iris();
  for (let j = 0; j < 4; j++) {
    let s = 0;
    for (let i = 0; i < 150; i++) s += X.data[i * 4 + j];
    expect(Math.abs(s - golden.irisColumnSums[j]), `iris column ${j} sum vs the fixture`).toBeLessThan(1e-9);
  }
  return { X, y };
}

export function blobData(): Matrix {
  return fromRows(golden.blobs.X);
}
