/** Known-wrong variants of the 5.2.5 solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "k-means-assign-ties-last",
    file: "kmeans.ts",
    task: 1,
    why: "the assignment compares distances with <=, so a point exactly between two centres goes to the higher centre index (the last one seen) instead of the lowest",
    edits: [{ find: "      if (dist < bestD) {", replace: "      if (dist <= bestD) {" }],
  },
  {
    name: "k-means-inertia-not-squared",
    file: "kmeans.ts",
    task: 1,
    why: "inertia sums the euclidean distances ‖xᵢ − c‖ instead of their squares",
    edits: [
      {
        find: "    total += squaredDistance(X.data, i * X.cols, centres.data, c * X.cols, X.cols);",
        replace:
          "    total += Math.sqrt(squaredDistance(X.data, i * X.cols, centres.data, c * X.cols, X.cols));",
      },
    ],
  },
  {
    name: "k-means-empty-cluster-keeps-centre",
    file: "kmeans.ts",
    task: 2,
    why: "an empty cluster keeps its old centre instead of being re-seeded with the point farthest from its centre, so a badly placed centre stays useless for the whole run",
    edits: [
      {
        find: "    relocateEmptyClusters(X, labels, dist, next, counts);",
        replace:
          "    for (let c = 0; c < k; c++) if (counts[c] === 0) { counts[c] = 1; next.set(centres.subarray(c * d, c * d + d), c * d); }",
      },
    ],
  },
  {
    name: "k-means-lloyd-mutates-init",
    file: "kmeans.ts",
    task: 2,
    why: "the centres are updated in the caller's initialCentres array (no copy), so the initial centres passed in are overwritten",
    edits: [
      {
        find: "  let centres = initialCentres.data.slice();",
        replace: "  let centres = initialCentres.data;",
      },
    ],
  },
  {
    name: "k-means-no-final-reassign",
    file: "kmeans.ts",
    task: 2,
    why: "when the loop stops on the tolerance or on maxIter, the labels stay those computed from the previous centres instead of being re-assigned to the final ones: labels and centres disagree and the inertia is higher than necessary",
    edits: [{ find: "  if (!strict) assignInto(X, C, labels, dist);\n", replace: "" }],
  },
  {
    name: "k-means-tol-absolute",
    file: "kmeans.ts",
    task: 2,
    why: "tol is used as an absolute threshold on the centre shift instead of being scaled by the mean feature variance: the stopping point then depends on the units of the data",
    edits: [{ find: "  const tolAbs = absoluteTolerance(X, tol);", replace: "  const tolAbs = tol;" }],
  },
  {
    name: "k-means-tol-sample-variance",
    file: "kmeans.ts",
    task: 2,
    why: "the tolerance scales tol by the sample variance (÷ (n − 1)) instead of scikit-learn's population variance (÷ n): on small data sets the loop stops one iteration early",
    edits: [{ find: "    total += v / n;", replace: "    total += v / (n - 1);" }],
  },
  {
    name: "k-means-tol-strict-inequality",
    file: "kmeans.ts",
    task: 2,
    why: "the shift test uses < instead of ≤, so with tol 0 a shift of exactly 0 does not stop the loop, which runs one more iteration until the labels repeat",
    edits: [{ find: "    if (shift <= tolAbs) {", replace: "    if (shift < tolAbs) {" }],
  },
  {
    name: "k-means-tol-sum-of-variances",
    file: "kmeans.ts",
    task: 2,
    why: "the tolerance scales tol by the sum of the column variances instead of their mean, a tolerance d times too loose",
    edits: [{ find: "  return (tol * total) / d;", replace: "  return tol * total;" }],
  },
  {
    name: "k-means-converged-means-stopped-early",
    file: "kmeans.ts",
    task: 2,
    why: "converged is computed as nIter < maxIter, so a run whose labels stop changing exactly on iteration maxIter is reported as not converged",
    edits: [
      {
        find: "inertia: inertia(X, C, labels), nIter, converged };",
        replace: "inertia: inertia(X, C, labels), nIter, converged: nIter < maxIter };",
      },
    ],
  },
  {
    name: "k-means-converged-only-when-labels-stable",
    file: "kmeans.ts",
    task: 2,
    why: "converged is true only when the labels stopped changing, not when the loop stopped because the centre shift fell within the tolerance",
    edits: [
      {
        find: "inertia: inertia(X, C, labels), nIter, converged };",
        replace: "inertia: inertia(X, C, labels), nIter, converged: strict };",
      },
    ],
  },
  {
    name: "k-means-plusplus-distance-to-last",
    file: "kmeans.ts",
    task: 3,
    why: "k-means++ weights each row by its squared distance to the last chosen centre only, instead of the nearest of all chosen centres, so a row next to an earlier centre (or that centre itself) can be picked",
    edits: [{ find: "      if (dist < d2[i]) d2[i] = dist;", replace: "      d2[i] = dist;" }],
  },
  {
    name: "k-means-plusplus-not-squared",
    file: "kmeans.ts",
    task: 3,
    why: "k-means++ samples proportionally to the distance D instead of the squared distance D², so far points are favoured much less than they should be",
    edits: [
      {
        find: "    for (let i = 0; i < n; i++) total += d2[i];",
        replace: "    for (let i = 0; i < n; i++) total += Math.sqrt(d2[i]);",
      },
      { find: "        cumulative += d2[i];", replace: "        cumulative += Math.sqrt(d2[i]);" },
    ],
  },
  {
    name: "k-means-plusplus-uniform",
    file: "kmeans.ts",
    task: 3,
    why: '"k-means++" that picks every next centre uniformly among the rows not chosen yet: plain random initialisation under the wrong name, which can pick a duplicate of a chosen point',
    edits: [
      {
        find: "    for (let i = 0; i < n; i++) total += d2[i];",
        replace: "    for (let i = 0; i < n; i++) total += taken[i] ? 0 : 1;",
      },
      { find: "        cumulative += d2[i];", replace: "        cumulative += taken[i] ? 0 : 1;" },
    ],
  },
  {
    name: "k-means-plusplus-fallback-rejection",
    file: "kmeans.ts",
    task: 3,
    why: "when every D² is 0, the next row is found by drawing rng.int(0, n) until an unchosen row comes up instead of one rng.int(0, n − c) counted over the unchosen rows: still uniform, but not the documented draws, so the same seed gives other centres",
    edits: [
      {
        find: "      let t = rng.int(0, n - c);",
        replace:
          "      do pick = rng.int(0, n);\n      while (taken[pick]);\n      let t = -1; // the walk below then never picks",
      },
    ],
  },
  {
    name: "k-means-new-rng-per-restart",
    file: "kmeans.ts",
    task: 4,
    why: "every restart creates its own new Rng(seed), so all nInit restarts start from the same centres: ten restarts are one restart done ten times",
    edits: [
      {
        find: "      let start: Matrix;",
        replace: "      const rng = new Rng(this.seed);\n      let start: Matrix;",
      },
    ],
  },
  {
    name: "k-means-restart-seed-per-run",
    file: "kmeans.ts",
    task: 4,
    why: "restart r draws from its own new Rng(seed + r) instead of continuing the one generator: the restarts differ and the best of them is never worse than the first, but they are not the documented draws",
    edits: [
      {
        find: "      let start: Matrix;",
        replace: "      const rng = new Rng(this.seed + run);\n      let start: Matrix;",
      },
    ],
  },
  {
    name: "k-means-random-init-with-replacement",
    file: "kmeans.ts",
    task: 4,
    why: 'init "random" draws k rows with rng.int(0, n) each, with replacement, instead of the first k of rng.permutation(n): two centres can start on the same row (and the draws are not the documented ones)',
    edits: [
      {
        find: ": rng.permutation(X.rows).subarray(0, k);",
        replace: ": Array.from({ length: k }, () => rng.int(0, X.rows));",
      },
    ],
  },
  {
    name: "k-means-restarts-keep-last",
    file: "kmeans.ts",
    task: 4,
    why: "the restarts run, but the estimator keeps the last run instead of the one with the lowest inertia, so more restarts do not help",
    edits: [
      {
        find: "      if (best === null || result.inertia < best.inertia) best = result;",
        replace: "      best = result;",
      },
    ],
  },
  {
    name: "k-means-restarts-ties-last",
    file: "kmeans.ts",
    task: 4,
    why: "restarts are compared with <=, so among runs with the same lowest inertia the last one is kept instead of the first: the same clustering, but with its clusters numbered as that later run found them",
    edits: [
      {
        find: "result.inertia < best.inertia) best = result;",
        replace: "result.inertia <= best.inertia) best = result;",
      },
    ],
  },
  {
    name: "k-means-niter-summed-over-restarts",
    file: "kmeans.ts",
    task: 4,
    why: "KMeans.nIter adds up the iterations of all restarts instead of reporting the iterations of the run it kept (with one run, as with explicit centres, both agree)",
    edits: [
      {
        find: "    let best: KMeansResult | null = null;",
        replace: "    let best: KMeansResult | null = null;\n    let total = 0;",
      },
      {
        find: "      if (best === null ||",
        replace: "      total += result.nIter;\n      if (best === null ||",
      },
      { find: "    this.nIter = result.nIter;", replace: "    this.nIter = total;" },
    ],
  },
  {
    name: "k-means-purity-per-class",
    file: "evaluate.ts",
    task: 5,
    why: "purity takes, for each true class, its largest cluster (row maxima of the table) instead of, for each cluster, its majority class (column maxima): putting everything in one cluster then scores a perfect 1",
    edits: [
      {
        find: "  for (let c = 0; c < clusters.length; c++) {\n    let best = 0;\n    for (let r = 0; r < classes.length; r++)",
        replace:
          "  for (let r = 0; r < classes.length; r++) {\n    let best = 0;\n    for (let c = 0; c < clusters.length; c++)",
      },
    ],
  },
];
