/** Known-wrong variants of the 5.2-classic-ml/05-k-means solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "k-means-assign-ties-last",
    file: "kmeans.ts",
    task: 1,
    why: "the assignment uses `<=` when comparing distances, so a point exactly between two centres goes to the HIGHER centre index (the last one seen) instead of the lowest.",
    edits: [
      {
        find: `  assertMatrix(centres, "assignClusters: centres", { cols: X.cols });
`,
        replace: `  assertMatrix(centres, "assignClusters: centres", { cols: X.cols });
  const d = X.cols;
`,
      },
      {
        find: `  assignInto(X, centres, labels, distances);
`,
        replace: `  for (let i = 0; i < X.rows; i++) {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let c = 0; c < centres.rows; c++) {
      let s = 0;
      for (let j = 0; j < d; j++)
        s += ((X.data[i * d + j] as number) - (centres.data[c * d + j] as number)) ** 2;
      if (s <= bestD) {
        bestD = s;
        best = c;
      }
    }
    labels[i] = best;
    distances[i] = bestD;
  }
`,
      },
    ],
  },
  {
    name: "k-means-empty-cluster-keeps-centre",
    file: "kmeans.ts",
    task: 2,
    why: "an empty cluster keeps its old centre (instead of being re-seeded with the point farthest from its centre), so a badly placed centre stays useless for the whole run.",
    edits: [
      {
        find: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new InvalidArgument(\`lloyd: maxIter must be an integer ≥ 1, got \${maxIter}\`);
  }
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol must be ≥ 0, got \${tol}\`);
`,
        replace: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) throw new InvalidArgument(\`lloyd: maxIter \${maxIter}\`);
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol \${tol}\`);
`,
      },
      {
        find: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for only \${X.rows} rows\`);
`,
        replace: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for \${X.rows} rows\`);
`,
      },
      {
        find: `  const tolAbs = absoluteTolerance(X, tol);

  let centres = initialCentres.data.slice();
  let next = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const labelsOld = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
`,
        replace: `  let meanVariance = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += (data[i * d + j] as number) / n;
    for (let i = 0; i < n; i++) meanVariance += ((data[i * d + j] as number) - m) ** 2 / n / d;
  }
  const tolAbs = tol * meanVariance;
  const centres = initialCentres.data.slice();
  let labels: Int32Array = new Int32Array(n).fill(-1);
`,
      },
      {
        find: `  for (; iter < maxIter; iter++) {
    assignInto(X, { data: centres, rows: k, cols: d }, labels, dist);
    // Update step: sums and counts per cluster.
    next.fill(0);
    counts.fill(0);
`,
        replace: `  while (iter < maxIter) {
    iter++;
    const C = { data: centres, rows: k, cols: d };
    const { labels: now } = assignClusters(X, C);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
`,
      },
      {
        find: `      const c = labels[i] as number;
`,
        replace: `      const c = now[i] as number;
`,
      },
      {
        find: `      for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) + (data[i * d + j] as number);
`,
        replace: `      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (data[i * d + j] as number);
`,
      },
      {
        find: `    relocateEmptyClusters(X, labels, dist, next, counts);
    for (let c = 0; c < k; c++) {
      const m = counts[c] as number;
      if (m > 0) for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) / m;
    }
    let shift = 0;
    for (let t = 0; t < k * d; t++) shift += ((next[t] as number) - (centres[t] as number)) ** 2;
    [centres, next] = [next, centres];
    let same = true;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== labelsOld[i]) {
        same = false;
        break;
      }
    }
`,
        replace: `    const empty: number[] = [];
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
    for (const c of empty) {
      // The mistake: the empty cluster keeps its previous centre.
      for (let j = 0; j < d; j++) sums[c * d + j] = centres[c * d + j] as number;
      counts[c] = 1;
    }
    for (let t = 0; t < k * d; t++) sums[t] = (sums[t] as number) / (counts[Math.floor(t / d)] as number);
    let shift = 0;
    for (let t = 0; t < k * d; t++) shift += ((sums[t] as number) - (centres[t] as number)) ** 2;
    for (let t = 0; t < k * d; t++) centres[t] = sums[t] as number;
    const same = now.every((v, i) => v === labels[i]);
    labels = now;
`,
      },
      {
        find: `      strict = true;
      iter++;
`,
        replace: `      strict = true;
`,
      },
      {
        find: `    if (shift <= tolAbs) {
      iter++;
      break;
    }
    labelsOld.set(labels);
`,
        replace: `    if (shift <= tolAbs) break;
`,
      },
      {
        find: `  if (!strict) assignInto(X, C, labels, dist);
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: Math.min(iter, maxIter) };
`,
        replace: `  if (!strict) labels = assignClusters(X, C).labels;
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: iter };
`,
      },
    ],
  },
  {
    name: "k-means-inertia-not-squared",
    file: "kmeans.ts",
    task: 1,
    why: "inertia sums the euclidean distances ‖xᵢ − c‖ instead of their squares.",
    edits: [
      {
        find: `  if (labels.length !== X.rows) {
    throw new ShapeError(\`inertia: X has \${X.rows} rows but there are \${labels.length} labels\`);
  }
`,
        replace: `  if (labels.length !== X.rows) throw new ShapeError("inertia: one label per row");
`,
      },
      {
        find: `    if (!(Number.isInteger(c) && c >= 0 && c < centres.rows)) {
      throw new InvalidArgument(\`inertia: labels[\${i}] = \${c} is not a centre index in [0, \${centres.rows})\`);
    }
    total += squaredDistance(X.data, i * X.cols, centres.data, c * X.cols, X.cols);
`,
        replace: `    if (!(Number.isInteger(c) && c >= 0 && c < centres.rows))
      throw new InvalidArgument(\`inertia: label \${c}\`);
    let s = 0;
    for (let j = 0; j < X.cols; j++)
      s += ((X.data[i * X.cols + j] as number) - (centres.data[c * X.cols + j] as number)) ** 2;
    total += Math.sqrt(s);
`,
      },
    ],
  },
  {
    name: "k-means-lloyd-mutates-init",
    file: "kmeans.ts",
    task: 2,
    why: "the centres are updated in the caller's initialCentres array (no copy), so the initial centres the caller passed in are overwritten with the final ones.",
    edits: [
      {
        find: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new InvalidArgument(\`lloyd: maxIter must be an integer ≥ 1, got \${maxIter}\`);
  }
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol must be ≥ 0, got \${tol}\`);
`,
        replace: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) throw new InvalidArgument(\`lloyd: maxIter \${maxIter}\`);
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol \${tol}\`);
`,
      },
      {
        find: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for only \${X.rows} rows\`);
`,
        replace: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for \${X.rows} rows\`);
`,
      },
      {
        find: `  const tolAbs = absoluteTolerance(X, tol);

  let centres = initialCentres.data.slice();
  let next = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const labelsOld = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
`,
        replace: `  let meanVariance = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += (data[i * d + j] as number) / n;
    for (let i = 0; i < n; i++) meanVariance += ((data[i * d + j] as number) - m) ** 2 / n / d;
  }
  const tolAbs = tol * meanVariance;
  const centres = initialCentres.data;
  let labels: Int32Array = new Int32Array(n).fill(-1);
`,
      },
      {
        find: `  for (; iter < maxIter; iter++) {
    assignInto(X, { data: centres, rows: k, cols: d }, labels, dist);
    // Update step: sums and counts per cluster.
    next.fill(0);
    counts.fill(0);
`,
        replace: `  while (iter < maxIter) {
    iter++;
    const C = { data: centres, rows: k, cols: d };
    const { labels: now, distances } = assignClusters(X, C);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
`,
      },
      {
        find: `      const c = labels[i] as number;
`,
        replace: `      const c = now[i] as number;
`,
      },
      {
        find: `      for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) + (data[i * d + j] as number);
`,
        replace: `      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (data[i * d + j] as number);
`,
      },
      {
        find: `    relocateEmptyClusters(X, labels, dist, next, counts);
    for (let c = 0; c < k; c++) {
      const m = counts[c] as number;
      if (m > 0) for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) / m;
    }
`,
        replace: `    const empty: number[] = [];
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
`,
      },
      {
        find: `    for (let t = 0; t < k * d; t++) shift += ((next[t] as number) - (centres[t] as number)) ** 2;
    [centres, next] = [next, centres];
    let same = true;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== labelsOld[i]) {
        same = false;
        break;
      }
    }
`,
        replace: `    for (let t = 0; t < k * d; t++) shift += ((sums[t] as number) - (centres[t] as number)) ** 2;
    for (let t = 0; t < k * d; t++) centres[t] = sums[t] as number;
    const same = now.every((v, i) => v === labels[i]);
    labels = now;
`,
      },
      {
        find: `      strict = true;
      iter++;
`,
        replace: `      strict = true;
`,
      },
      {
        find: `    if (shift <= tolAbs) {
      iter++;
      break;
    }
    labelsOld.set(labels);
`,
        replace: `    if (shift <= tolAbs) break;
`,
      },
      {
        find: `  if (!strict) assignInto(X, C, labels, dist);
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: Math.min(iter, maxIter) };
`,
        replace: `  if (!strict) labels = assignClusters(X, C).labels;
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: iter };
`,
      },
    ],
  },
  {
    name: "k-means-new-rng-per-restart",
    file: "kmeans.ts",
    task: 4,
    why: "every restart creates its own new Rng(seed), so all nInit restarts start from the same centres and produce the same result: ten restarts are one restart done ten times.",
    edits: [
      {
        find: `import { Rng } from "../../../lib/rng";
`,
        replace: `import { Rng } from "../../../lib/rng";
import { selectRows } from "../../../lib/ml/matrix";
`,
      },
      {
        find: `    if (k > X.rows) throw new InvalidArgument(\`KMeans.fit: nClusters = \${k} but X has only \${X.rows} rows\`);
    if (typeof this.init !== "string" && this.init.cols !== X.cols) {
      throw new ShapeError(\`KMeans.fit: init has \${this.init.cols} columns but X has \${X.cols}\`);
    }
    const rng = new Rng(this.seed);
    let best: KMeansResult | null = null;
    for (let run = 0; run < this.nInit; run++) {
`,
        replace: `    if (k > X.rows) throw new InvalidArgument(\`KMeans.fit: \${k} clusters for \${X.rows} rows\`);
    let rng = new Rng(this.seed);
    let chosen: KMeansResult | null = null;
    for (let run = 0; run < this.nInit; run++) {
      rng = new Rng(this.seed); // the mistake: the same seed for every restart
`,
      },
      {
        find: `      else {
        const rows =
          this.init === "k-means++" ? kMeansPlusPlus(X, k, rng) : rng.permutation(X.rows).subarray(0, k);
        const data = new Float64Array(k * X.cols);
        rows.forEach((r, c) => {
          data.set(X.data.subarray(r * X.cols, (r + 1) * X.cols), c * X.cols);
        });
        start = { data, rows: k, cols: X.cols };
      }
`,
        replace: `      else if (this.init === "random") start = selectRows(X, rng.permutation(X.rows).subarray(0, k));
      else start = selectRows(X, kMeansPlusPlus(X, k, rng));
`,
      },
      {
        find: `      if (best === null || result.inertia < best.inertia) best = result;
`,
        replace: `      if (chosen === null || result.inertia < chosen.inertia) chosen = result;
`,
      },
      {
        find: `    const result = best as KMeansResult;
    this.clusterCenters = result.centres;
    this.labels = result.labels;
    this.inertia = result.inertia;
    this.nIter = result.nIter;
`,
        replace: `    const best = chosen as KMeansResult;
    this.clusterCenters = best.centres;
    this.labels = best.labels;
    this.inertia = best.inertia;
    this.nIter = best.nIter;
`,
      },
    ],
  },
  {
    name: "k-means-no-final-reassign",
    file: "kmeans.ts",
    task: 2,
    why: "when the loop stops on the tolerance or on maxIter, the labels are left as they were computed from the PREVIOUS centres, not re-assigned to the final ones: labels and centres disagree, and the inertia is higher than necessary.",
    edits: [
      {
        find: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new InvalidArgument(\`lloyd: maxIter must be an integer ≥ 1, got \${maxIter}\`);
  }
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol must be ≥ 0, got \${tol}\`);
`,
        replace: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) throw new InvalidArgument(\`lloyd: maxIter \${maxIter}\`);
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol \${tol}\`);
`,
      },
      {
        find: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for only \${X.rows} rows\`);
`,
        replace: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for \${X.rows} rows\`);
`,
      },
      {
        find: `  const tolAbs = absoluteTolerance(X, tol);

  let centres = initialCentres.data.slice();
  let next = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const labelsOld = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
`,
        replace: `  let meanVariance = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += (data[i * d + j] as number) / n;
    for (let i = 0; i < n; i++) meanVariance += ((data[i * d + j] as number) - m) ** 2 / n / d;
  }
  const tolAbs = tol * meanVariance;
  const centres = initialCentres.data.slice();
  let labels: Int32Array = new Int32Array(n).fill(-1);
`,
      },
      {
        find: `  for (; iter < maxIter; iter++) {
    assignInto(X, { data: centres, rows: k, cols: d }, labels, dist);
    // Update step: sums and counts per cluster.
    next.fill(0);
    counts.fill(0);
`,
        replace: `  while (iter < maxIter) {
    iter++;
    const C = { data: centres, rows: k, cols: d };
    const { labels: now, distances } = assignClusters(X, C);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
`,
      },
      {
        find: `      const c = labels[i] as number;
`,
        replace: `      const c = now[i] as number;
`,
      },
      {
        find: `      for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) + (data[i * d + j] as number);
`,
        replace: `      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (data[i * d + j] as number);
`,
      },
      {
        find: `    relocateEmptyClusters(X, labels, dist, next, counts);
    for (let c = 0; c < k; c++) {
      const m = counts[c] as number;
      if (m > 0) for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) / m;
    }
`,
        replace: `    const empty: number[] = [];
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
`,
      },
      {
        find: `    for (let t = 0; t < k * d; t++) shift += ((next[t] as number) - (centres[t] as number)) ** 2;
    [centres, next] = [next, centres];
    let same = true;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== labelsOld[i]) {
        same = false;
        break;
      }
    }
`,
        replace: `    for (let t = 0; t < k * d; t++) shift += ((sums[t] as number) - (centres[t] as number)) ** 2;
    for (let t = 0; t < k * d; t++) centres[t] = sums[t] as number;
    const same = now.every((v, i) => v === labels[i]);
    labels = now;
`,
      },
      {
        find: `      strict = true;
      iter++;
`,
        replace: `      strict = true;
`,
      },
      {
        find: `    if (shift <= tolAbs) {
      iter++;
      break;
    }
    labelsOld.set(labels);
`,
        replace: `    if (shift <= tolAbs) break;
`,
      },
      {
        find: `  if (!strict) assignInto(X, C, labels, dist);
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: Math.min(iter, maxIter) };
`,
        replace: `  void strict; // the mistake: no final re-assignment
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: iter };
`,
      },
    ],
  },
  {
    name: "k-means-plusplus-distance-to-last",
    file: "kmeans.ts",
    task: 3,
    why: "k-means++ weights each row by its squared distance to the LAST chosen centre only, instead of to the nearest of all chosen centres, so a duplicate of an earlier centre can win.",
    edits: [
      {
        find: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) {
    throw new InvalidArgument(\`kMeansPlusPlus: k must be an integer in [1, \${X.rows}], got \${k}\`);
  }
  const { rows: n, cols: d, data } = X;
  const chosen = new Int32Array(k);
`,
        replace: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) throw new InvalidArgument(\`kMeansPlusPlus: k = \${k}\`);
  const { rows: n, cols: d, data } = X;
  const sq = (a: number, b: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += ((data[a * d + j] as number) - (data[b * d + j] as number)) ** 2;
    return s;
  };
  const chosen = new Int32Array(k);
`,
      },
      {
        find: `  const d2 = new Float64Array(n);
  const first = rng.int(0, n);
  chosen[0] = first;
  taken[first] = 1;
  for (let i = 0; i < n; i++) d2[i] = squaredDistance(data, i * d, data, first * d, d);
`,
        replace: `  const w = new Float64Array(n);
  chosen[0] = rng.int(0, n);
  taken[chosen[0] as number] = 1;
  for (let i = 0; i < n; i++) {
    const dNew = sq(i, chosen[0] as number);
    w[i] = dNew;
  }
`,
      },
      {
        find: `    for (let i = 0; i < n; i++) total += d2[i] as number;
`,
        replace: `    for (let i = 0; i < n; i++) total += taken[i] ? 0 : (w[i] as number);
`,
      },
      {
        find: `      let cumulative = 0;
      for (let i = 0; i < n; i++) {
        cumulative += d2[i] as number;
        if (cumulative > r) {
          pick = i;
          break;
        }
      }
      if (pick === -1) {
        // Rounding left r at (or beyond) the total: take the last row with a positive weight.
        for (let i = n - 1; i >= 0 && pick === -1; i--) if ((d2[i] as number) > 0) pick = i;
      }
    } else {
      // Fewer distinct points than k: any row not chosen yet, uniformly.
      let t = rng.int(0, n - c);
      for (let i = 0; i < n; i++) {
`,
        replace: `      let acc = 0;
      for (let i = 0; i < n && pick === -1; i++) {
`,
      },
      {
        find: `        if (t-- === 0) {
          pick = i;
          break;
        }
`,
        replace: `        acc += w[i] as number;
        if (acc > r) pick = i;
`,
      },
      {
        find: `    }
    chosen[c] = pick;
`,
        replace: `    }
    if (pick === -1) for (let i = n - 1; i >= 0 && pick === -1; i--) if (!taken[i]) pick = i;
    chosen[c] = pick;
`,
      },
      {
        find: `      const dist = squaredDistance(data, i * d, data, pick * d, d);
      if (dist < (d2[i] as number)) d2[i] = dist;
`,
        replace: `      const dNew = sq(i, pick);
      w[i] = dNew;
`,
      },
    ],
  },
  {
    name: "k-means-plusplus-not-squared",
    file: "kmeans.ts",
    task: 3,
    why: "k-means++ samples proportionally to the distance D instead of the squared distance D², so far points are favoured much less than they should be.",
    edits: [
      {
        find: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) {
    throw new InvalidArgument(\`kMeansPlusPlus: k must be an integer in [1, \${X.rows}], got \${k}\`);
  }
  const { rows: n, cols: d, data } = X;
  const chosen = new Int32Array(k);
`,
        replace: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) throw new InvalidArgument(\`kMeansPlusPlus: k = \${k}\`);
  const { rows: n, cols: d, data } = X;
  const sq = (a: number, b: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += ((data[a * d + j] as number) - (data[b * d + j] as number)) ** 2;
    return s;
  };
  const chosen = new Int32Array(k);
`,
      },
      {
        find: `  const d2 = new Float64Array(n);
  const first = rng.int(0, n);
  chosen[0] = first;
  taken[first] = 1;
  for (let i = 0; i < n; i++) d2[i] = squaredDistance(data, i * d, data, first * d, d);
`,
        replace: `  const w = new Float64Array(n);
  chosen[0] = rng.int(0, n);
  taken[chosen[0] as number] = 1;
  for (let i = 0; i < n; i++) {
    const dNew = sq(i, chosen[0] as number);
    w[i] = Math.sqrt(dNew);
  }
`,
      },
      {
        find: `    for (let i = 0; i < n; i++) total += d2[i] as number;
`,
        replace: `    for (let i = 0; i < n; i++) total += taken[i] ? 0 : (w[i] as number);
`,
      },
      {
        find: `      let cumulative = 0;
      for (let i = 0; i < n; i++) {
        cumulative += d2[i] as number;
        if (cumulative > r) {
          pick = i;
          break;
        }
      }
      if (pick === -1) {
        // Rounding left r at (or beyond) the total: take the last row with a positive weight.
        for (let i = n - 1; i >= 0 && pick === -1; i--) if ((d2[i] as number) > 0) pick = i;
      }
    } else {
      // Fewer distinct points than k: any row not chosen yet, uniformly.
      let t = rng.int(0, n - c);
      for (let i = 0; i < n; i++) {
`,
        replace: `      let acc = 0;
      for (let i = 0; i < n && pick === -1; i++) {
`,
      },
      {
        find: `        if (t-- === 0) {
          pick = i;
          break;
        }
`,
        replace: `        acc += w[i] as number;
        if (acc > r) pick = i;
`,
      },
      {
        find: `    }
    chosen[c] = pick;
`,
        replace: `    }
    if (pick === -1) for (let i = n - 1; i >= 0 && pick === -1; i--) if (!taken[i]) pick = i;
    chosen[c] = pick;
`,
      },
      {
        find: `      const dist = squaredDistance(data, i * d, data, pick * d, d);
      if (dist < (d2[i] as number)) d2[i] = dist;
`,
        replace: `      const dNew = sq(i, pick);
      w[i] = Math.min(w[i] as number, Math.sqrt(dNew));
`,
      },
    ],
  },
  {
    name: "k-means-plusplus-uniform",
    file: "kmeans.ts",
    task: 3,
    why: '"k-means++" that picks every centre uniformly among the rows not chosen yet — plain random initialisation under the wrong name. Duplicates of a chosen point can be picked.',
    edits: [
      {
        find: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) {
    throw new InvalidArgument(\`kMeansPlusPlus: k must be an integer in [1, \${X.rows}], got \${k}\`);
  }
  const { rows: n, cols: d, data } = X;
  const chosen = new Int32Array(k);
`,
        replace: `  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) throw new InvalidArgument(\`kMeansPlusPlus: k = \${k}\`);
  const { rows: n, cols: d, data } = X;
  const sq = (a: number, b: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += ((data[a * d + j] as number) - (data[b * d + j] as number)) ** 2;
    return s;
  };
  const chosen = new Int32Array(k);
`,
      },
      {
        find: `  const d2 = new Float64Array(n);
  const first = rng.int(0, n);
  chosen[0] = first;
  taken[first] = 1;
  for (let i = 0; i < n; i++) d2[i] = squaredDistance(data, i * d, data, first * d, d);
`,
        replace: `  const w = new Float64Array(n);
  chosen[0] = rng.int(0, n);
  taken[chosen[0] as number] = 1;
  for (let i = 0; i < n; i++) {
    const dNew = sq(i, chosen[0] as number);
    w[i] = 1 + 0 * dNew;
  }
`,
      },
      {
        find: `    for (let i = 0; i < n; i++) total += d2[i] as number;
`,
        replace: `    for (let i = 0; i < n; i++) total += taken[i] ? 0 : (w[i] as number);
`,
      },
      {
        find: `      let cumulative = 0;
      for (let i = 0; i < n; i++) {
        cumulative += d2[i] as number;
        if (cumulative > r) {
          pick = i;
          break;
        }
      }
      if (pick === -1) {
        // Rounding left r at (or beyond) the total: take the last row with a positive weight.
        for (let i = n - 1; i >= 0 && pick === -1; i--) if ((d2[i] as number) > 0) pick = i;
      }
    } else {
      // Fewer distinct points than k: any row not chosen yet, uniformly.
      let t = rng.int(0, n - c);
      for (let i = 0; i < n; i++) {
`,
        replace: `      let acc = 0;
      for (let i = 0; i < n && pick === -1; i++) {
`,
      },
      {
        find: `        if (t-- === 0) {
          pick = i;
          break;
        }
`,
        replace: `        acc += w[i] as number;
        if (acc > r) pick = i;
`,
      },
      {
        find: `    }
    chosen[c] = pick;
`,
        replace: `    }
    if (pick === -1) for (let i = n - 1; i >= 0 && pick === -1; i--) if (!taken[i]) pick = i;
    chosen[c] = pick;
`,
      },
      {
        find: `      const dist = squaredDistance(data, i * d, data, pick * d, d);
      if (dist < (d2[i] as number)) d2[i] = dist;
`,
        replace: `      const dNew = sq(i, pick);
      w[i] = 1 + 0 * dNew;
`,
      },
    ],
  },
  {
    name: "k-means-purity-per-class",
    file: "evaluate.ts",
    task: 5,
    why: "purity takes, for each TRUE CLASS, its largest cluster (row maxima of the contingency table) instead of, for each cluster, its majority class (column maxima). Putting everything in one cluster then scores a perfect 1.",
    edits: [
      {
        find: `  for (let c = 0; c < clusters.length; c++) {
`,
        replace: `  for (let r = 0; r < classes.length; r++) {
`,
      },
      {
        find: `    for (let r = 0; r < classes.length; r++) best = Math.max(best, counts[r * clusters.length + c] as number);
`,
        replace: `    for (let c = 0; c < clusters.length; c++)
      best = Math.max(best, counts[r * clusters.length + c] as number);
`,
      },
    ],
  },
  {
    name: "k-means-restarts-keep-last",
    file: "kmeans.ts",
    task: 4,
    why: "the restarts run, but the estimator keeps the LAST run instead of the one with the lowest inertia, so more restarts do not help at all.",
    edits: [
      {
        find: `import { Rng } from "../../../lib/rng";
`,
        replace: `import { Rng } from "../../../lib/rng";
import { selectRows } from "../../../lib/ml/matrix";
`,
      },
      {
        find: `    if (k > X.rows) throw new InvalidArgument(\`KMeans.fit: nClusters = \${k} but X has only \${X.rows} rows\`);
    if (typeof this.init !== "string" && this.init.cols !== X.cols) {
      throw new ShapeError(\`KMeans.fit: init has \${this.init.cols} columns but X has \${X.cols}\`);
    }
`,
        replace: `    if (k > X.rows) throw new InvalidArgument(\`KMeans.fit: \${k} clusters for \${X.rows} rows\`);
`,
      },
      {
        find: `    let best: KMeansResult | null = null;
`,
        replace: `    let chosen: KMeansResult | null = null;
`,
      },
      {
        find: `      else {
        const rows =
          this.init === "k-means++" ? kMeansPlusPlus(X, k, rng) : rng.permutation(X.rows).subarray(0, k);
        const data = new Float64Array(k * X.cols);
        rows.forEach((r, c) => {
          data.set(X.data.subarray(r * X.cols, (r + 1) * X.cols), c * X.cols);
        });
        start = { data, rows: k, cols: X.cols };
      }
`,
        replace: `      else if (this.init === "random") start = selectRows(X, rng.permutation(X.rows).subarray(0, k));
      else start = selectRows(X, kMeansPlusPlus(X, k, rng));
`,
      },
      {
        find: `      if (best === null || result.inertia < best.inertia) best = result;
`,
        replace: `      chosen = result; // the mistake: no comparison of inertias
`,
      },
      {
        find: `    const result = best as KMeansResult;
    this.clusterCenters = result.centres;
    this.labels = result.labels;
    this.inertia = result.inertia;
    this.nIter = result.nIter;
`,
        replace: `    const best = chosen as KMeansResult;
    this.clusterCenters = best.centres;
    this.labels = best.labels;
    this.inertia = best.inertia;
    this.nIter = best.nIter;
`,
      },
    ],
  },
  {
    name: "k-means-tol-absolute",
    file: "kmeans.ts",
    task: 2,
    why: "tol is used as an absolute threshold on the centre shift instead of being scaled by the mean feature variance. The stopping point then depends on the units of the data: the same data in millimetres instead of metres runs longer, in kilometres stops too early.",
    edits: [
      {
        find: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new InvalidArgument(\`lloyd: maxIter must be an integer ≥ 1, got \${maxIter}\`);
  }
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol must be ≥ 0, got \${tol}\`);
`,
        replace: `  if (!(Number.isInteger(maxIter) && maxIter >= 1)) throw new InvalidArgument(\`lloyd: maxIter \${maxIter}\`);
  if (!(tol >= 0 && Number.isFinite(tol))) throw new InvalidArgument(\`lloyd: tol \${tol}\`);
`,
      },
      {
        find: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for only \${X.rows} rows\`);
`,
        replace: `  if (k > X.rows) throw new InvalidArgument(\`lloyd: \${k} centres for \${X.rows} rows\`);
`,
      },
      {
        find: `  const tolAbs = absoluteTolerance(X, tol);

  let centres = initialCentres.data.slice();
  let next = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const labelsOld = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
`,
        replace: `  let meanVariance = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += (data[i * d + j] as number) / n;
    for (let i = 0; i < n; i++) meanVariance += ((data[i * d + j] as number) - m) ** 2 / n / d;
  }
  const tolAbs = tol; // the mistake: not scaled by meanVariance
  void meanVariance;
  const centres = initialCentres.data.slice();
  let labels: Int32Array = new Int32Array(n).fill(-1);
`,
      },
      {
        find: `  for (; iter < maxIter; iter++) {
    assignInto(X, { data: centres, rows: k, cols: d }, labels, dist);
    // Update step: sums and counts per cluster.
    next.fill(0);
    counts.fill(0);
`,
        replace: `  while (iter < maxIter) {
    iter++;
    const C = { data: centres, rows: k, cols: d };
    const { labels: now, distances } = assignClusters(X, C);
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k);
`,
      },
      {
        find: `      const c = labels[i] as number;
`,
        replace: `      const c = now[i] as number;
`,
      },
      {
        find: `      for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) + (data[i * d + j] as number);
`,
        replace: `      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (data[i * d + j] as number);
`,
      },
      {
        find: `    relocateEmptyClusters(X, labels, dist, next, counts);
    for (let c = 0; c < k; c++) {
      const m = counts[c] as number;
      if (m > 0) for (let j = 0; j < d; j++) next[c * d + j] = (next[c * d + j] as number) / m;
    }
`,
        replace: `    const empty: number[] = [];
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
`,
      },
      {
        find: `    for (let t = 0; t < k * d; t++) shift += ((next[t] as number) - (centres[t] as number)) ** 2;
    [centres, next] = [next, centres];
    let same = true;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== labelsOld[i]) {
        same = false;
        break;
      }
    }
`,
        replace: `    for (let t = 0; t < k * d; t++) shift += ((sums[t] as number) - (centres[t] as number)) ** 2;
    for (let t = 0; t < k * d; t++) centres[t] = sums[t] as number;
    const same = now.every((v, i) => v === labels[i]);
    labels = now;
`,
      },
      {
        find: `      strict = true;
      iter++;
`,
        replace: `      strict = true;
`,
      },
      {
        find: `    if (shift <= tolAbs) {
      iter++;
      break;
    }
    labelsOld.set(labels);
`,
        replace: `    if (shift <= tolAbs) break;
`,
      },
      {
        find: `  if (!strict) assignInto(X, C, labels, dist);
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: Math.min(iter, maxIter) };
`,
        replace: `  if (!strict) labels = assignClusters(X, C).labels;
  return { centres: C, labels, inertia: inertia(X, C, labels), nIter: iter };
`,
      },
    ],
  },
];
