/**
 * Mutant: every restart creates its own new Rng(seed), so all nInit restarts start from the
 * same centres and produce the same result: ten restarts are one restart done ten times.
 */
import {
  KMeans as Base,
  type KMeansResult,
  kMeansPlusPlus,
  lloyd,
} from "@solution/5.2-classic-ml/05-k-means/kmeans";
import { InvalidArgument } from "../../../../../lib/errors";
import { assertMatrix, type Matrix, selectRows } from "../../../../../lib/ml/matrix";
import { Rng } from "../../../../../lib/rng";

export * from "@solution/5.2-classic-ml/05-k-means/kmeans";

export class KMeans extends Base {
  override fit(X: Matrix): this {
    assertMatrix(X, "KMeans.fit: X");
    const k = this.nClusters;
    if (k > X.rows) throw new InvalidArgument(`KMeans.fit: ${k} clusters for ${X.rows} rows`);
    let rng = new Rng(this.seed);
    let chosen: KMeansResult | null = null;
    for (let run = 0; run < this.nInit; run++) {
      rng = new Rng(this.seed); // the mistake: the same seed for every restart
      let start: Matrix;
      if (typeof this.init !== "string") start = this.init;
      else if (this.init === "random") start = selectRows(X, rng.permutation(X.rows).subarray(0, k));
      else start = selectRows(X, kMeansPlusPlus(X, k, rng));
      const result = lloyd(X, start, { maxIter: this.maxIter, tol: this.tol });
      if (chosen === null || result.inertia < chosen.inertia) chosen = result;
    }
    const best = chosen as KMeansResult;
    this.clusterCenters = best.centres;
    this.labels = best.labels;
    this.inertia = best.inertia;
    this.nIter = best.nIter;
    return this;
  }
}
