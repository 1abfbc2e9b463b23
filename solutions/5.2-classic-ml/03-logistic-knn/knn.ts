/**
 * 5.2.3 k-nearest neighbours — reference solution.
 *
 * Brute force: every query row is compared with every training row. Neighbours are ordered by
 * distance, equal distances by training-row index; vote ties go to the tied class with the
 * nearest neighbour, then to the smallest label.
 */

import {
  type KNeighborsOptions,
  METRICS,
  type Metric,
  type Neighbors,
} from "@exercise/5.2-classic-ml/03-logistic-knn/classifiers.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, type Matrix } from "../../../lib/ml/matrix";

function checkMetric(metric: unknown, what: string): asserts metric is Metric {
  if (!METRICS.includes(metric as Metric)) {
    throw new InvalidArgument(`${what}: metric must be one of ${METRICS.join(", ")}, got ${String(metric)}`);
  }
}

/** Euclidean norms of the rows of m. */
function rowNorms(m: Matrix): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let j = 0; j < m.cols; j++) s += m.data[i * m.cols + j] ** 2;
    out[i] = Math.sqrt(s);
  }
  return out;
}

/** Distances from row i of A to every row of B, written into out (length B.rows). */
function distancesFromRow(
  A: Matrix,
  i: number,
  B: Matrix,
  metric: Metric,
  normA: Float64Array | null,
  normB: Float64Array | null,
  out: Float64Array,
): void {
  const d = A.cols;
  const a = A.data;
  const b = B.data;
  const ai = i * d;
  for (let r = 0; r < B.rows; r++) {
    const br = r * d;
    let s = 0;
    if (metric === "euclidean") {
      for (let j = 0; j < d; j++) {
        const diff = a[ai + j] - b[br + j];
        s += diff * diff;
      }
      out[r] = Math.sqrt(s);
    } else if (metric === "manhattan") {
      for (let j = 0; j < d; j++) s += Math.abs(a[ai + j] - b[br + j]);
      out[r] = s;
    } else {
      for (let j = 0; j < d; j++) s += a[ai + j] * b[br + j];
      const na = (normA as Float64Array)[i];
      const nb = (normB as Float64Array)[r];
      const sim = na === 0 || nb === 0 ? 0 : s / (na * nb);
      out[r] = Math.min(2, Math.max(0, 1 - sim));
    }
  }
}

/**
 * Task 4. All distances between the rows of A (m × d) and the rows of B (n × d): an m × n
 * matrix with entry (i, j) = distance(A row i, B row j).
 */
export function pairwiseDistances(A: Matrix, B: Matrix, metric: Metric = "euclidean"): Matrix {
  checkMetric(metric, "pairwiseDistances");
  assertMatrix(A, "pairwiseDistances: A");
  assertMatrix(B, "pairwiseDistances: B");
  if (A.cols !== B.cols) {
    throw new ShapeError(`pairwiseDistances: A has ${A.cols} columns but B has ${B.cols}`);
  }
  const normA = metric === "cosine" ? rowNorms(A) : null;
  const normB = metric === "cosine" ? rowNorms(B) : null;
  const out = new Float64Array(A.rows * B.rows);
  for (let i = 0; i < A.rows; i++) {
    distancesFromRow(A, i, B, metric, normA, normB, out.subarray(i * B.rows, (i + 1) * B.rows));
  }
  return { data: out, rows: A.rows, cols: B.rows };
}

/** Task 5. A k-nearest-neighbours classifier with uniform votes. */
export class KNeighborsClassifier {
  readonly nNeighbors: number;
  readonly metric: Metric;
  /** The distinct training labels, ascending (after fit). */
  classes: Int32Array | null = null;
  #X: Matrix | null = null;
  #normX: Float64Array | null = null;
  /** For each training row, the position of its label in `classes`. */
  #yIndex: Int32Array | null = null;

  constructor(options: KNeighborsOptions = {}) {
    const { nNeighbors = 5, metric = "euclidean" } = options;
    if (!(Number.isInteger(nNeighbors) && nNeighbors >= 1)) {
      throw new InvalidArgument(`KNeighborsClassifier: nNeighbors must be an integer ≥ 1, got ${nNeighbors}`);
    }
    checkMetric(metric, "KNeighborsClassifier");
    this.nNeighbors = nNeighbors;
    this.metric = metric;
  }

  /** Stores a copy of the training data (k-NN is a "lazy" learner: fitting is remembering). */
  fit(X: Matrix, y: ArrayLike<number>): this {
    assertMatrix(X, "KNeighborsClassifier.fit: X");
    if (y.length !== X.rows) {
      throw new ShapeError(`KNeighborsClassifier.fit: X has ${X.rows} rows but y has ${y.length} labels`);
    }
    for (let i = 0; i < y.length; i++) {
      const label = y[i];
      if (!(Number.isInteger(label) && Math.abs(label) < 2 ** 31)) {
        throw new InvalidArgument(
          `KNeighborsClassifier.fit: y[${i}] is ${label}; labels must be 32-bit integers`,
        );
      }
    }
    if (this.nNeighbors > X.rows) {
      throw new InvalidArgument(
        `KNeighborsClassifier.fit: nNeighbors = ${this.nNeighbors} but there are only ${X.rows} training rows`,
      );
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const position = new Map<number, number>();
    classes.forEach((c, k) => {
      position.set(c, k);
    });
    this.#yIndex = Int32Array.from(y, (label) => position.get(label) as number);
    this.#X = { data: X.data.slice(), rows: X.rows, cols: X.cols };
    this.#normX = this.metric === "cosine" ? rowNorms(this.#X) : null;
    this.classes = classes;
    return this;
  }

  #fitted(): Matrix {
    if (this.#X === null) throw new NotFittedError("KNeighborsClassifier");
    return this.#X;
  }

  /**
   * The `k` (default nNeighbors) nearest training rows of every row of X, nearest first;
   * equal distances in ascending training-row order.
   */
  kneighbors(X: Matrix, k: number = this.nNeighbors): Neighbors {
    const train = this.#fitted();
    assertMatrix(X, "KNeighborsClassifier.kneighbors: X", { cols: train.cols });
    if (!(Number.isInteger(k) && k >= 1 && k <= train.rows)) {
      throw new InvalidArgument(
        `KNeighborsClassifier.kneighbors: k must be an integer in [1, ${train.rows}], got ${k}`,
      );
    }
    const normQ = this.metric === "cosine" ? rowNorms(X) : null;
    const dist = new Float64Array(train.rows);
    const indices = new Int32Array(X.rows * k);
    const distances = new Float64Array(X.rows * k);
    for (let i = 0; i < X.rows; i++) {
      distancesFromRow(X, i, train, this.metric, normQ, this.#normX, dist);
      // Keep the k best in a sorted buffer; insert after equal distances, so ties keep index order.
      const bi = indices.subarray(i * k, (i + 1) * k);
      const bd = distances.subarray(i * k, (i + 1) * k);
      let filled = 0;
      for (let r = 0; r < train.rows; r++) {
        const dr = dist[r];
        if (filled === k && dr >= bd[k - 1]) continue;
        let pos = filled < k ? filled++ : k - 1;
        while (pos > 0 && bd[pos - 1] > dr) {
          bd[pos] = bd[pos - 1];
          bi[pos] = bi[pos - 1];
          pos--;
        }
        bd[pos] = dr;
        bi[pos] = r;
      }
    }
    return { indices, distances, k };
  }

  /** Vote counts per class, and the predicted class index per row. */
  #vote(X: Matrix): { counts: Int32Array; winner: Int32Array; nClasses: number } {
    const { indices, distances, k } = this.kneighbors(X);
    const classes = this.classes as Int32Array;
    const yIndex = this.#yIndex as Int32Array;
    const nClasses = classes.length;
    const counts = new Int32Array(X.rows * nClasses);
    const winner = new Int32Array(X.rows);
    for (let i = 0; i < X.rows; i++) {
      const c = counts.subarray(i * nClasses, (i + 1) * nClasses);
      for (let t = 0; t < k; t++) {
        const cls = yIndex[indices[i * k + t]];
        c[cls] += 1;
      }
      let best = 0;
      for (let cls = 0; cls < nClasses; cls++) best = Math.max(best, c[cls]);
      // Neighbours are sorted by distance, so the first one of a tied class is its nearest.
      // Among tied classes whose nearest neighbours are equally far, the smallest label wins.
      let chosen = -1;
      let chosenDist = Number.POSITIVE_INFINITY;
      for (let t = 0; t < k; t++) {
        const cls = yIndex[indices[i * k + t]];
        const dt = distances[i * k + t];
        if (c[cls] !== best) continue;
        if (dt < chosenDist || (dt === chosenDist && cls < chosen)) {
          chosen = cls;
          chosenDist = dt;
        }
      }
      winner[i] = chosen;
    }
    return { counts, winner, nClasses };
  }

  /** n × nClasses: the fraction of the k neighbours in each class (columns in `classes` order). */
  predictProba(X: Matrix): Matrix {
    this.#fitted();
    const { counts, nClasses } = this.#vote(X);
    const out = new Float64Array(counts.length);
    for (let t = 0; t < counts.length; t++) out[t] = counts[t] / this.nNeighbors;
    return { data: out, rows: X.rows, cols: nClasses };
  }

  /** The predicted label of each row of X. */
  predict(X: Matrix): Int32Array {
    this.#fitted();
    const { winner } = this.#vote(X);
    const classes = this.classes as Int32Array;
    return Int32Array.from(winner, (w) => classes[w]);
  }
}
