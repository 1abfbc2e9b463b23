/**
 * GIVEN — the types of 5.2.5 k-means, shared by your kmeans.ts and the specs. Read them; do not
 * change them.
 *
 * Data and centres are `Matrix` values from `lib/ml/matrix` (row-major `Float64Array`, one row
 * per sample or per centre).
 */
import type { Matrix } from "../../../lib/ml/matrix";

/** Labels and squared distances of an assignment step. */
export interface Assignment {
  /** For each row of X, the index of its nearest centre (ties: the lowest centre index). */
  labels: Int32Array;
  /** For each row, the squared euclidean distance to that centre. */
  distances: Float64Array;
}

/** Options of `lloyd`; the defaults are scikit-learn's. */
export interface LloydOptions {
  /** Maximum number of iterations (assignment + update), an integer ≥ 1 (default 300). */
  maxIter?: number;
  /**
   * Relative tolerance, ≥ 0 (default 1e-4): stop when the total squared centre shift
   * Σ_c ‖c_new − c_old‖² is ≤ tol × (the mean over features of the population variance of X's columns).
   */
  tol?: number;
}

/** The outcome of one k-means run. */
export interface KMeansResult {
  /** k × d final centres. */
  centres: Matrix;
  /** The cluster index of each row of X. */
  labels: Int32Array;
  /** Σᵢ ‖xᵢ − c_{labelsᵢ}‖² for the returned centres and labels. */
  inertia: number;
  /** Iterations run, 1 ≤ nIter ≤ maxIter. */
  nIter: number;
  /**
   * Whether a stop condition (labels unchanged, or centre shift ≤ the tolerance) held on the
   * last iteration run — also when that iteration was number maxIter. False only when the loop
   * ran out of iterations.
   */
  converged: boolean;
}

/** Options of `KMeans`; the defaults are scikit-learn 1.2's. */
export interface KMeansOptions {
  /** k, the number of clusters (an integer ≥ 1). */
  nClusters: number;
  /** "k-means++" (default), "random" (k distinct random rows), or explicit k × d initial centres. */
  init?: "k-means++" | "random" | Matrix;
  /** Number of seeded restarts; the run with the lowest inertia wins (default 10; always 1 with explicit centres). */
  nInit?: number;
  /** Per run, see {@link LloydOptions} (default 300). */
  maxIter?: number;
  /** Per run, see {@link LloydOptions} (default 1e-4). */
  tol?: number;
  /** Seed of the one Rng that all restarts draw from, in order (default 0). */
  seed?: number;
}
