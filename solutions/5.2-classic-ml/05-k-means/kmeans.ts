/**
 * 5.2.5 k-means — reference solution.
 *
 * Lloyd's algorithm with scikit-learn 1.2's conventions (relative tolerance, strict convergence
 * on unchanged labels, final re-assignment, empty-cluster relocation), k-means++ seeding and
 * the best of several seeded restarts.
 */

import type {
  Assignment,
  KMeansOptions,
  KMeansResult,
  LloydOptions,
} from "@exercise/5.2-classic-ml/05-k-means/kmeans.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";

function squaredDistance(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = a[ai + j] - b[bi + j];
    s += diff * diff;
  }
  return s;
}

function assignInto(X: Matrix, C: Matrix, labels: Int32Array, distances: Float64Array): void {
  const d = X.cols;
  for (let i = 0; i < X.rows; i++) {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let c = 0; c < C.rows; c++) {
      const dist = squaredDistance(X.data, i * d, C.data, c * d, d);
      if (dist < bestD) {
        bestD = dist;
        best = c;
      }
    }
    labels[i] = best;
    distances[i] = bestD;
  }
}

/** Task 1. Assigns every row of X to its nearest centre (squared euclidean distance). */
export function assignClusters(X: Matrix, centres: Matrix): Assignment {
  assertMatrix(X, "assignClusters: X");
  assertMatrix(centres, "assignClusters: centres", { cols: X.cols });
  const labels = new Int32Array(X.rows);
  const distances = new Float64Array(X.rows);
  assignInto(X, centres, labels, distances);
  return { labels, distances };
}

/** Task 1. The within-cluster sum of squares Σᵢ ‖xᵢ − c_labelᵢ‖². */
export function inertia(X: Matrix, centres: Matrix, labels: ArrayLike<number>): number {
  assertMatrix(X, "inertia: X");
  assertMatrix(centres, "inertia: centres", { cols: X.cols });
  if (labels.length !== X.rows) {
    throw new ShapeError(`inertia: X has ${X.rows} rows but there are ${labels.length} labels`);
  }
  let total = 0;
  for (let i = 0; i < X.rows; i++) {
    const c = labels[i];
    if (!(Number.isInteger(c) && c >= 0 && c < centres.rows)) {
      throw new InvalidArgument(`inertia: labels[${i}] = ${c} is not a centre index in [0, ${centres.rows})`);
    }
    total += squaredDistance(X.data, i * X.cols, centres.data, c * X.cols, X.cols);
  }
  return total;
}

/** tol × the mean over features of the population variance of X's columns. */
function absoluteTolerance(X: Matrix, tol: number): number {
  const { rows: n, cols: d, data } = X;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (data[i * d + j] - mean) ** 2;
    total += v / n;
  }
  return (tol * total) / d;
}

/** Task 2. Lloyd's algorithm from given initial centres (k × d). */
export function lloyd(X: Matrix, initialCentres: Matrix, options: LloydOptions = {}): KMeansResult {
  const { maxIter = 300, tol = 1e-4 } = options;
  assertMatrix(X, "lloyd: X");
  assertMatrix(initialCentres, "lloyd: initialCentres", { cols: X.cols });
  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new InvalidArgument(`lloyd: maxIter must be an integer ≥ 1, got ${maxIter}`);
  }
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(`lloyd: tol must be ≥ 0, got ${tol}`);
  const k = initialCentres.rows;
  if (k > X.rows) throw new InvalidArgument(`lloyd: ${k} centres for only ${X.rows} rows`);
  const { rows: n, cols: d, data } = X;
  const tolAbs = absoluteTolerance(X, tol);

  let centres = initialCentres.data.slice();
  let next = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const labelsOld = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
  let strict = false;
  let converged = false;
  let nIter = 0;
  for (let iter = 1; iter <= maxIter; iter++) {
    nIter = iter;
    assignInto(X, { data: centres, rows: k, cols: d }, labels, dist);
    // Update step: sums and counts per cluster, then the means.
    next.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      counts[c]++;
      for (let j = 0; j < d; j++) next[c * d + j] += data[i * d + j];
    }
    relocateEmptyClusters(X, labels, dist, next, counts);
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) for (let j = 0; j < d; j++) next[c * d + j] /= counts[c];
    }
    let shift = 0;
    for (let t = 0; t < k * d; t++) shift += (next[t] - centres[t]) ** 2;
    [centres, next] = [next, centres];
    // Both stop conditions are tested on every iteration, the last one (iter = maxIter) included.
    if (labels.every((c, i) => c === labelsOld[i])) {
      strict = true;
      converged = true;
      break;
    }
    if (shift <= tolAbs) {
      converged = true;
      break;
    }
    labelsOld.set(labels);
  }
  const C = { data: centres, rows: k, cols: d };
  if (!strict) assignInto(X, C, labels, dist);
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter, converged };
}

/**
 * Empty clusters (in ascending index order) take the points farthest from their assigned
 * centre (descending squared distance, ties by lower row index); each such point's
 * contribution is moved from its old cluster's sum to the empty cluster. Labels are unchanged.
 */
function relocateEmptyClusters(
  X: Matrix,
  labels: Int32Array,
  dist: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
): void {
  const k = counts.length;
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
  if (empty.length === 0) return;
  const d = X.cols;
  const order = Array.from({ length: X.rows }, (_, i) => i).sort((a, b) => dist[b] - dist[a] || a - b);
  empty.forEach((c, t) => {
    const far = order[t];
    const old = labels[far];
    for (let j = 0; j < d; j++) {
      const v = X.data[far * d + j];
      sums[old * d + j] -= v;
      sums[c * d + j] = v;
    }
    counts[c] = 1;
    counts[old]--;
  });
}

/** Task 3. k-means++ seeding: the row indices of k initial centres. */
export function kMeansPlusPlus(X: Matrix, k: number, rng: Rng): Int32Array {
  assertMatrix(X, "kMeansPlusPlus: X");
  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) {
    throw new InvalidArgument(`kMeansPlusPlus: k must be an integer in [1, ${X.rows}], got ${k}`);
  }
  const { rows: n, cols: d, data } = X;
  const chosen = new Int32Array(k);
  const taken = new Uint8Array(n);
  const d2 = new Float64Array(n);
  const first = rng.int(0, n);
  chosen[0] = first;
  taken[first] = 1;
  for (let i = 0; i < n; i++) d2[i] = squaredDistance(data, i * d, data, first * d, d);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += d2[i];
    let pick = -1;
    if (total > 0) {
      const r = rng.next() * total;
      let cumulative = 0;
      for (let i = 0; i < n; i++) {
        cumulative += d2[i];
        if (cumulative > r) {
          pick = i;
          break;
        }
      }
      if (pick === -1) {
        // Rounding left r at (or beyond) the total: take the last row with a positive weight.
        for (let i = n - 1; i >= 0 && pick === -1; i--) if (d2[i] > 0) pick = i;
      }
    } else {
      // Fewer distinct points than k: any row not chosen yet, uniformly.
      let t = rng.int(0, n - c);
      for (let i = 0; i < n; i++) {
        if (taken[i]) continue;
        if (t-- === 0) {
          pick = i;
          break;
        }
      }
    }
    chosen[c] = pick;
    taken[pick] = 1;
    for (let i = 0; i < n; i++) {
      const dist = squaredDistance(data, i * d, data, pick * d, d);
      if (dist < d2[i]) d2[i] = dist;
    }
  }
  return chosen;
}

/** Task 4. k-means clustering with restarts. */
export class KMeans {
  readonly nClusters: number;
  readonly init: "k-means++" | "random" | Matrix;
  readonly nInit: number;
  readonly maxIter: number;
  readonly tol: number;
  readonly seed: number;
  clusterCenters: Matrix | null = null;
  labels: Int32Array | null = null;
  inertia = Number.NaN;
  nIter = 0;
  converged = false;

  constructor(options: KMeansOptions) {
    const { nClusters, init = "k-means++", nInit = 10, maxIter = 300, tol = 1e-4, seed = 0 } = options;
    if (!(Number.isInteger(nClusters) && nClusters >= 1)) {
      throw new InvalidArgument(`KMeans: nClusters must be an integer ≥ 1, got ${nClusters}`);
    }
    if (!(Number.isInteger(nInit) && nInit >= 1)) {
      throw new InvalidArgument(`KMeans: nInit must be an integer ≥ 1, got ${nInit}`);
    }
    if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
      throw new InvalidArgument(`KMeans: maxIter must be an integer ≥ 1, got ${maxIter}`);
    }
    if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(`KMeans: tol must be ≥ 0, got ${tol}`);
    if (!Number.isInteger(seed)) throw new InvalidArgument(`KMeans: seed must be an integer, got ${seed}`);
    if (typeof init === "string") {
      if (init !== "k-means++" && init !== "random") {
        throw new InvalidArgument(`KMeans: init must be "k-means++", "random" or a Matrix, got ${init}`);
      }
    } else {
      assertMatrix(init, "KMeans: init");
      if (init.rows !== nClusters) {
        throw new ShapeError(`KMeans: init has ${init.rows} centres but nClusters is ${nClusters}`);
      }
    }
    this.nClusters = nClusters;
    this.init = init;
    this.nInit = typeof init === "string" ? nInit : 1;
    this.maxIter = maxIter;
    this.tol = tol;
    this.seed = seed;
  }

  fit(X: Matrix): this {
    assertMatrix(X, "KMeans.fit: X");
    const k = this.nClusters;
    if (k > X.rows) throw new InvalidArgument(`KMeans.fit: nClusters = ${k} but X has only ${X.rows} rows`);
    if (typeof this.init !== "string" && this.init.cols !== X.cols) {
      throw new ShapeError(`KMeans.fit: init has ${this.init.cols} columns but X has ${X.cols}`);
    }
    const rng = new Rng(this.seed);
    let best: KMeansResult | null = null;
    for (let run = 0; run < this.nInit; run++) {
      let start: Matrix;
      if (typeof this.init !== "string") start = this.init;
      else {
        const rows =
          this.init === "k-means++" ? kMeansPlusPlus(X, k, rng) : rng.permutation(X.rows).subarray(0, k);
        const data = new Float64Array(k * X.cols);
        rows.forEach((r, c) => {
          data.set(X.data.subarray(r * X.cols, (r + 1) * X.cols), c * X.cols);
        });
        start = { data, rows: k, cols: X.cols };
      }
      const result = lloyd(X, start, { maxIter: this.maxIter, tol: this.tol });
      if (best === null || result.inertia < best.inertia) best = result;
    }
    const result = best as KMeansResult;
    this.clusterCenters = result.centres;
    this.labels = result.labels;
    this.inertia = result.inertia;
    this.nIter = result.nIter;
    this.converged = result.converged;
    return this;
  }

  #centres(X: Matrix, what: string): Matrix {
    if (this.clusterCenters === null) throw new NotFittedError("KMeans");
    assertMatrix(X, `KMeans.${what}: X`, { cols: this.clusterCenters.cols });
    return this.clusterCenters;
  }

  /** The index of the nearest learned centre for each row of X. */
  predict(X: Matrix): Int32Array {
    return assignClusters(X, this.#centres(X, "predict")).labels;
  }

  /** fit(X), then the training labels. */
  fitPredict(X: Matrix): Int32Array {
    return this.fit(X).labels as Int32Array;
  }

  /** n × k: the euclidean (not squared) distance from each row of X to each centre. */
  transform(X: Matrix): Matrix {
    const C = this.#centres(X, "transform");
    const out = new Float64Array(X.rows * C.rows);
    for (let i = 0; i < X.rows; i++) {
      for (let c = 0; c < C.rows; c++) {
        out[i * C.rows + c] = Math.sqrt(squaredDistance(X.data, i * X.cols, C.data, c * X.cols, X.cols));
      }
    }
    return { data: out, rows: X.rows, cols: C.rows };
  }
}
