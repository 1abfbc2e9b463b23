/**
 * Mutant: when the loop stops on the tolerance or on maxIter, the labels are left as they
 * were computed from the PREVIOUS centres, not re-assigned to the final ones: labels and
 * centres disagree, and the inertia is higher than necessary.
 */
import {
  assignClusters,
  inertia,
  type KMeansResult,
  type LloydOptions,
} from "@solution/5.2-classic-ml/05-k-means/kmeans";
import { InvalidArgument } from "../../../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/05-k-means/kmeans";

export function lloyd(X: Matrix, initialCentres: Matrix, options: LloydOptions = {}): KMeansResult {
  const { maxIter = 300, tol = 1e-4 } = options;
  assertMatrix(X, "lloyd: X");
  assertMatrix(initialCentres, "lloyd: initialCentres", { cols: X.cols });
  if (!(Number.isInteger(maxIter) && maxIter >= 1)) throw new InvalidArgument(`lloyd: maxIter ${maxIter}`);
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(`lloyd: tol ${tol}`);
  const k = initialCentres.rows;
  if (k > X.rows) throw new InvalidArgument(`lloyd: ${k} centres for ${X.rows} rows`);
  const { rows: n, cols: d, data } = X;
  let meanVariance = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += (data[i * d + j] as number) / n;
    for (let i = 0; i < n; i++) meanVariance += ((data[i * d + j] as number) - m) ** 2 / n / d;
  }
  const tolAbs = tol * meanVariance;
  const centres = initialCentres.data.slice();
  let labels: Int32Array = new Int32Array(n).fill(-1);
  let strict = false;
  let iter = 0;
  while (iter < maxIter) {
    iter++;
    const C = { data: centres, rows: k, cols: d };
    const { labels: now, distances } = assignClusters(X, C);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = now[i] as number;
      counts[c] = (counts[c] as number) + 1;
      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (data[i * d + j] as number);
    }
    const empty: number[] = [];
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (distances[b] as number) - (distances[a] as number) || a - b,
    );
    empty.forEach((c, t) => {
      const far = order[t] as number;
      const old = now[far] as number;
      for (let j = 0; j < d; j++) {
        sums[old * d + j] = (sums[old * d + j] as number) - (data[far * d + j] as number);
        sums[c * d + j] = data[far * d + j] as number;
      }
      counts[c] = 1;
      counts[old] = (counts[old] as number) - 1;
    });
    for (let t = 0; t < k * d; t++) sums[t] = (sums[t] as number) / (counts[Math.floor(t / d)] as number);
    let shift = 0;
    for (let t = 0; t < k * d; t++) shift += ((sums[t] as number) - (centres[t] as number)) ** 2;
    for (let t = 0; t < k * d; t++) centres[t] = sums[t] as number;
    const same = now.every((v, i) => v === labels[i]);
    labels = now;
    if (same) {
      strict = true;
      break;
    }
    if (shift <= tolAbs) break;
  }
  const C = { data: centres, rows: k, cols: d };
  void strict; // the mistake: no final re-assignment
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: iter };
}
