/**
 * 5.2.5 k-means (tasks 1 to 4).
 *
 * Features come as a `Matrix` from `lib/ml/matrix` (row-major `Float64Array`, one row per
 * sample); centres are a `Matrix` too, one centre per row (k × d). All distances are
 * euclidean; "squared distance" means Σⱼ(xⱼ − cⱼ)².
 *
 * The rules shared by everything in this file:
 * - Never modify an input (X, initial centres, labels).
 * - Validate matrices with `assertMatrix` from `lib/ml/matrix` (`ShapeError` for a wrong number
 *   of columns, `InvalidArgument` for an empty matrix, NaN or ±Infinity).
 * - Randomness only through the `Rng` you are given (or create from a seed) — never Math.random.
 *
 * The types (`Assignment`, `LloydOptions`, `KMeansResult`, `KMeansOptions`) are given in
 * `kmeans.given.ts`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Rng } from "../../../lib/rng";
import type { Assignment, KMeansOptions, KMeansResult, LloydOptions } from "./kmeans.given";

/**
 * Task 1. The assignment step: every row of X (n × d) goes to its nearest centre (k × d),
 * by squared euclidean distance; equal distances go to the lower centre index.
 * @throws ShapeError when centres and X have different numbers of columns.
 */
export function assignClusters(_X: Matrix, _centres: Matrix): Assignment {
  throw new NotImplemented("assignClusters", 1);
}

/**
 * Task 1. The inertia (within-cluster sum of squares) Σᵢ ‖xᵢ − c_{labelsᵢ}‖² for the GIVEN
 * labels (which need not be the nearest centres).
 * @throws ShapeError when labels.length ≠ X.rows or the column counts differ.
 * @throws InvalidArgument when a label is not an integer in [0, k).
 */
export function inertia(_X: Matrix, _centres: Matrix, _labels: ArrayLike<number>): number {
  throw new NotImplemented("inertia", 1);
}

/**
 * Task 2. Lloyd's algorithm from the given initial centres (k × d), following scikit-learn
 * 1.2 step by step (the README gives the exact loop): assign, update with the means (empty
 * clusters re-seeded with the farthest points), stop when no label changed or the centre
 * shift is within tolerance, then re-assign once unless the labels had stopped changing.
 * @throws ShapeError when the centres' columns differ from X's.
 * @throws InvalidArgument when k > X.rows, maxIter is not an integer ≥ 1, or tol < 0.
 */
export function lloyd(_X: Matrix, _initialCentres: Matrix, _options: LloydOptions = {}): KMeansResult {
  throw new NotImplemented("lloyd", 2);
}

/**
 * Task 3. k-means++ seeding: the ROW INDICES of k initial centres, chosen from X.
 *
 * 1. The first index uniformly at random: `rng.int(0, n)`.
 * 2. Every next index i with probability D(i)² / Σⱼ D(j)², where D(i) is the distance from row i
 *    to the nearest centre chosen so far. (Draw r = rng.next() · Σ D² and walk the running sum.)
 * 3. When every D² is 0 (fewer distinct points than k), pick uniformly among the rows not yet chosen.
 *
 * @throws InvalidArgument when k is not an integer in [1, X.rows].
 */
export function kMeansPlusPlus(_X: Matrix, _k: number, _rng: Rng): Int32Array {
  throw new NotImplemented("kMeansPlusPlus", 3);
}

/**
 * Task 4. k-means clustering with seeded restarts, scikit-learn style.
 *
 * @example
 * const km = new KMeans({ nClusters: 3, seed: 42 }).fit(X);
 * km.clusterCenters; km.labels; km.inertia;
 */
export class KMeans {
  /** k × d centres of the best run; null before fit. */
  clusterCenters: Matrix | null = null;
  /** Training labels of the best run; null before fit. */
  labels: Int32Array | null = null;
  /** Inertia of the best run (NaN before fit). */
  inertia = Number.NaN;
  /** Iterations of the best run. */
  nIter = 0;
  /** Whether the best run converged (see `KMeansResult.converged`). */
  converged = false;

  /**
   * @throws InvalidArgument for nClusters, nInit or maxIter that are not integers ≥ 1, tol < 0,
   *   a non-integer seed, or an unknown init string.
   * @throws ShapeError when explicit init centres do not have nClusters rows.
   */
  constructor(_options: KMeansOptions) {
    throw new NotImplemented("KMeans", 4);
  }

  /**
   * Runs nInit restarts from one `new Rng(seed)` — restart r continues the generator where
   * restart r − 1 left it — and keeps the run with the lowest inertia (the first on ties).
   * "random" init takes the first k entries of `rng.permutation(n)`. Returns `this`.
   * @throws InvalidArgument when nClusters > X.rows; ShapeError when explicit init has other columns than X.
   */
  fit(_X: Matrix): this {
    throw new NotImplemented("KMeans.fit", 4);
  }

  /** The index of the nearest learned centre for each row of X. */
  predict(_X: Matrix): Int32Array {
    throw new NotImplemented("KMeans.predict", 4);
  }

  /** fit(X), then the training labels. */
  fitPredict(_X: Matrix): Int32Array {
    throw new NotImplemented("KMeans.fitPredict", 4);
  }

  /** n × k: the euclidean (not squared) distance from each row of X to each learned centre. */
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("KMeans.transform", 4);
  }
}
