/**
 * 5.2.6 Ensembles, tasks 1–2: random forests — reference solution.
 *
 * A forest is many decision trees from exercise 5.2.4, each grown on a bootstrap sample of the
 * rows and looking at a random subset of the features at every node; their predictions are
 * averaged. The rows a tree did not see (its out-of-bag rows) give a free validation score.
 */
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix, selectRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { DecisionTreeClassifier, DecisionTreeRegressor } from "../04-decision-tree/tree";
import type { MaxFeatures } from "@exercise/5.2-classic-ml/04-decision-tree/tree.given";

/** Options of both forests (scikit-learn's names in camelCase). */
export interface ForestOptions {
  /** Number of trees; default 100. */
  nEstimators?: number;
  /** Passed to every tree. Default: unlimited depth. */
  maxDepth?: number | null;
  /** Passed to every tree; default 2. */
  minSamplesSplit?: number;
  /** Passed to every tree; default 1. */
  minSamplesLeaf?: number;
  /** Features examined per node. Default `"sqrt"` for the classifier, all (`null`) for the regressor. */
  maxFeatures?: MaxFeatures;
  /** Grow each tree on a bootstrap sample (default true); false: every tree sees all rows. */
  bootstrap?: boolean;
  /** Compute the out-of-bag score in fit (needs `bootstrap`); default false. */
  oobScore?: boolean;
  /** Seed of the bootstrap samples and of the trees' feature sampling; default 0. */
  seed?: number;
}

/**
 * A bootstrap sample: `n` row indices drawn uniformly from 0..n−1 with replacement, using
 * `rng.int(0, n)` once per draw, in order.
 */
export function bootstrapIndices(n: number, rng: Rng): Uint32Array {
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgument(`bootstrapIndices: n must be an integer ≥ 1, got ${n}`);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, n);
  return out;
}

/** `mask[i] = 1` when row i does not occur in `indices` (it is out of bag), else 0. */
export function outOfBagMask(n: number, indices: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(n).fill(1);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new InvalidArgument(`outOfBagMask: index ${i} is out of range [0, ${n})`);
    }
    mask[i] = 0;
  }
  return mask;
}

interface Resolved {
  nEstimators: number;
  bootstrap: boolean;
  oobScore: boolean;
  seed: number;
}

function resolve(o: ForestOptions, what: string): Resolved {
  const nEstimators = o.nEstimators ?? 100;
  if (!Number.isInteger(nEstimators) || nEstimators < 1) {
    throw new InvalidArgument(`${what}: nEstimators must be an integer ≥ 1, got ${nEstimators}`);
  }
  const bootstrap = o.bootstrap ?? true;
  const oobScore = o.oobScore ?? false;
  if (oobScore && !bootstrap) {
    throw new InvalidArgument(`${what}: oobScore needs bootstrap (without it no row is ever out of bag)`);
  }
  const seed = o.seed ?? 0;
  if (!Number.isInteger(seed)) throw new InvalidArgument(`${what}: seed must be an integer, got ${seed}`);
  return { nEstimators, bootstrap, oobScore, seed };
}

/** Rows that were out of bag at least once, or an error if there are none. */
function countedRows(votes: Int32Array, what: string): number {
  let counted = 0;
  for (const v of votes) if (v > 0) counted++;
  if (counted === 0) {
    throw new InvalidArgument(`${what}: no row was ever out of bag; use more trees to get an OOB score`);
  }
  return counted;
}

/** A random forest of classification trees; predictProba averages the trees' probabilities. */
export class RandomForestClassifier {
  readonly options: ForestOptions;
  #trees: DecisionTreeClassifier[] | null = null;
  #samples: Uint32Array[] = [];
  #classes: Int32Array | null = null;
  #nFeatures = 0;
  #oobScore: number | null = null;
  #oobProba: Matrix | null = null;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

  fit(X: Matrix, y: ArrayLike<number>): this {
    const o = resolve(this.options, "RandomForestClassifier");
    assertMatrix(X, "RandomForestClassifier.fit: X");
    assertVector(y, "RandomForestClassifier.fit: y", { length: X.rows });
    for (let i = 0; i < y.length; i++) {
      if (!Number.isInteger(y[i])) {
        throw new InvalidArgument(`RandomForestClassifier.fit: y[${i}] = ${y[i]} is not an integer label`);
      }
    }
    const n = X.rows;
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const K = classes.length;
    const column = new Map<number, number>();
    classes.forEach((c, k) => {
      column.set(c, k);
    });
    const rng = new Rng(o.seed);
    const trees: DecisionTreeClassifier[] = [];
    const samples: Uint32Array[] = [];
    const oobSum = o.oobScore ? new Float64Array(n * K) : null;
    const oobVotes = o.oobScore ? new Int32Array(n) : null;
    const yb = new Int32Array(n);
    for (let t = 0; t < o.nEstimators; t++) {
      const idx = o.bootstrap ? bootstrapIndices(n, rng) : null;
      const tree = new DecisionTreeClassifier({
        maxDepth: this.options.maxDepth,
        minSamplesSplit: this.options.minSamplesSplit,
        minSamplesLeaf: this.options.minSamplesLeaf,
        maxFeatures: this.options.maxFeatures === undefined ? "sqrt" : this.options.maxFeatures,
        seed: rng.int(0, 2 ** 31),
      });
      if (idx) {
        for (let k = 0; k < n; k++) yb[k] = y[idx[k] as number] as number;
        tree.fit(selectRows(X, idx), yb);
      } else {
        tree.fit(X, y);
      }
      trees.push(tree);
      samples.push(idx ?? Uint32Array.from({ length: n }, (_, i) => i));
      if (idx && oobSum && oobVotes) {
        const mask = outOfBagMask(n, idx);
        const rows: number[] = [];
        for (let i = 0; i < n; i++) if (mask[i]) rows.push(i);
        if (rows.length === 0) continue;
        const proba = tree.predictProba(selectRows(X, rows));
        const treeClasses = tree.classes;
        rows.forEach((i, r) => {
          oobVotes[i] = (oobVotes[i] as number) + 1;
          for (let c = 0; c < treeClasses.length; c++) {
            const k = column.get(treeClasses[c] as number) as number;
            oobSum[i * K + k] = (oobSum[i * K + k] as number) + (proba.data[r * proba.cols + c] as number);
          }
        });
      }
    }
    this.#trees = trees;
    this.#samples = samples;
    this.#classes = classes;
    this.#nFeatures = X.cols;
    this.#oobScore = null;
    this.#oobProba = null;
    if (oobSum && oobVotes) {
      const counted = countedRows(oobVotes, "RandomForestClassifier");
      let correct = 0;
      for (let i = 0; i < n; i++) {
        const v = oobVotes[i] as number;
        if (v === 0) {
          for (let k = 0; k < K; k++) oobSum[i * K + k] = Number.NaN;
          continue;
        }
        let best = 0;
        for (let k = 0; k < K; k++) {
          oobSum[i * K + k] = (oobSum[i * K + k] as number) / v;
          if ((oobSum[i * K + k] as number) > (oobSum[i * K + best] as number)) best = k;
        }
        if (classes[best] === y[i]) correct++;
      }
      this.#oobScore = correct / counted;
      this.#oobProba = { data: oobSum, rows: n, cols: K };
    }
    return this;
  }

  #fitted(): DecisionTreeClassifier[] {
    if (this.#trees === null) throw new NotFittedError("RandomForestClassifier");
    return this.#trees;
  }

  /** The fitted trees. */
  get estimators(): readonly DecisionTreeClassifier[] {
    return [...this.#fitted()];
  }

  /** The row indices each tree was fitted on (its bootstrap sample; 0..n−1 without bootstrap). */
  get estimatorSamples(): readonly Uint32Array[] {
    this.#fitted();
    return this.#samples.map((s) => s.slice());
  }

  /** The distinct labels seen in fit, ascending (the columns of predictProba). */
  get classes(): Int32Array {
    this.#fitted();
    return (this.#classes as Int32Array).slice();
  }

  /** Mean of the trees' class probabilities, rows × K. */
  predictProba(X: Matrix): Matrix {
    const trees = this.#fitted();
    assertMatrix(X, "RandomForestClassifier.predictProba: X", { cols: this.#nFeatures });
    const classes = this.#classes as Int32Array;
    const K = classes.length;
    const out = new Float64Array(X.rows * K);
    for (const tree of trees) {
      const proba = tree.predictProba(X);
      const treeClasses = tree.classes;
      // A bootstrap sample can miss a class: map the tree's columns onto the forest's.
      const map = Array.from(treeClasses, (c) => classes.indexOf(c));
      for (let r = 0; r < X.rows; r++) {
        for (let c = 0; c < treeClasses.length; c++) {
          const k = map[c] as number;
          out[r * K + k] = (out[r * K + k] as number) + (proba.data[r * proba.cols + c] as number);
        }
      }
    }
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / trees.length;
    return { data: out, rows: X.rows, cols: K };
  }

  /** The class with the highest mean probability (the smallest label on a tie). */
  predict(X: Matrix): Int32Array {
    const proba = this.predictProba(X);
    const classes = this.#classes as Int32Array;
    const K = proba.cols;
    const out = new Int32Array(X.rows);
    for (let r = 0; r < X.rows; r++) {
      let best = 0;
      for (let k = 1; k < K; k++)
        if ((proba.data[r * K + k] as number) > (proba.data[r * K + best] as number)) best = k;
      out[r] = classes[best] as number;
    }
    return out;
  }

  /** Accuracy of the out-of-bag predictions, over the rows that were out of bag at least once. */
  get oobScore(): number {
    this.#fitted();
    if (this.#oobScore === null)
      throw new InvalidArgument("RandomForestClassifier: fit with { oobScore: true } first");
    return this.#oobScore;
  }

  /** Out-of-bag class probabilities, n × K (NaN for a row that was never out of bag). */
  get oobDecisionFunction(): Matrix {
    this.#fitted();
    if (this.#oobProba === null)
      throw new InvalidArgument("RandomForestClassifier: fit with { oobScore: true } first");
    return { ...this.#oobProba, data: this.#oobProba.data.slice() };
  }

  /** Mean of the trees' feature importances (each normalised), normalised to sum to 1. */
  get featureImportances(): Float64Array {
    return meanImportances(this.#fitted(), this.#nFeatures);
  }
}

function meanImportances(trees: readonly { featureImportances: Float64Array }[], p: number): Float64Array {
  const out = new Float64Array(p);
  for (const t of trees) {
    const imp = t.featureImportances;
    for (let f = 0; f < p; f++) out[f] = (out[f] as number) + (imp[f] as number);
  }
  let total = 0;
  for (const v of out) total += v;
  if (total > 0) for (let f = 0; f < p; f++) out[f] = (out[f] as number) / total;
  return out;
}

/** A random forest of regression trees; predict averages the trees' predictions. */
export class RandomForestRegressor {
  readonly options: ForestOptions;
  #trees: DecisionTreeRegressor[] | null = null;
  #samples: Uint32Array[] = [];
  #nFeatures = 0;
  #oobScore: number | null = null;
  #oobPrediction: Float64Array | null = null;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

  fit(X: Matrix, y: ArrayLike<number>): this {
    const o = resolve(this.options, "RandomForestRegressor");
    assertMatrix(X, "RandomForestRegressor.fit: X");
    assertVector(y, "RandomForestRegressor.fit: y", { length: X.rows });
    const n = X.rows;
    const rng = new Rng(o.seed);
    const trees: DecisionTreeRegressor[] = [];
    const samples: Uint32Array[] = [];
    const oobSum = o.oobScore ? new Float64Array(n) : null;
    const oobVotes = o.oobScore ? new Int32Array(n) : null;
    const yb = new Float64Array(n);
    for (let t = 0; t < o.nEstimators; t++) {
      const idx = o.bootstrap ? bootstrapIndices(n, rng) : null;
      const tree = new DecisionTreeRegressor({
        maxDepth: this.options.maxDepth,
        minSamplesSplit: this.options.minSamplesSplit,
        minSamplesLeaf: this.options.minSamplesLeaf,
        maxFeatures: this.options.maxFeatures ?? null,
        seed: rng.int(0, 2 ** 31),
      });
      if (idx) {
        for (let k = 0; k < n; k++) yb[k] = y[idx[k] as number] as number;
        tree.fit(selectRows(X, idx), yb);
      } else {
        tree.fit(X, y);
      }
      trees.push(tree);
      samples.push(idx ?? Uint32Array.from({ length: n }, (_, i) => i));
      if (idx && oobSum && oobVotes) {
        const mask = outOfBagMask(n, idx);
        const rows: number[] = [];
        for (let i = 0; i < n; i++) if (mask[i]) rows.push(i);
        if (rows.length === 0) continue;
        const pred = tree.predict(selectRows(X, rows));
        rows.forEach((i, r) => {
          oobVotes[i] = (oobVotes[i] as number) + 1;
          oobSum[i] = (oobSum[i] as number) + (pred[r] as number);
        });
      }
    }
    this.#trees = trees;
    this.#samples = samples;
    this.#nFeatures = X.cols;
    this.#oobScore = null;
    this.#oobPrediction = null;
    if (oobSum && oobVotes) {
      const counted = countedRows(oobVotes, "RandomForestRegressor");
      let mean = 0;
      for (let i = 0; i < n; i++) if ((oobVotes[i] as number) > 0) mean += y[i] as number;
      mean /= counted;
      let ssRes = 0;
      let ssTot = 0;
      for (let i = 0; i < n; i++) {
        const v = oobVotes[i] as number;
        if (v === 0) {
          oobSum[i] = Number.NaN;
          continue;
        }
        oobSum[i] = (oobSum[i] as number) / v;
        ssRes += ((y[i] as number) - (oobSum[i] as number)) ** 2;
        ssTot += ((y[i] as number) - mean) ** 2;
      }
      this.#oobScore = ssTot > 0 ? 1 - ssRes / ssTot : ssRes === 0 ? 1 : 0;
      this.#oobPrediction = oobSum;
    }
    return this;
  }

  #fitted(): DecisionTreeRegressor[] {
    if (this.#trees === null) throw new NotFittedError("RandomForestRegressor");
    return this.#trees;
  }

  get estimators(): readonly DecisionTreeRegressor[] {
    return [...this.#fitted()];
  }

  /** The row indices each tree was fitted on (its bootstrap sample; 0..n−1 without bootstrap). */
  get estimatorSamples(): readonly Uint32Array[] {
    this.#fitted();
    return this.#samples.map((s) => s.slice());
  }

  /** Mean of the trees' predictions. */
  predict(X: Matrix): Float64Array {
    const trees = this.#fitted();
    assertMatrix(X, "RandomForestRegressor.predict: X", { cols: this.#nFeatures });
    const out = new Float64Array(X.rows);
    for (const tree of trees) {
      const pred = tree.predict(X);
      for (let r = 0; r < X.rows; r++) out[r] = (out[r] as number) + (pred[r] as number);
    }
    for (let r = 0; r < X.rows; r++) out[r] = (out[r] as number) / trees.length;
    return out;
  }

  /** R² of the out-of-bag predictions, over the rows that were out of bag at least once. */
  get oobScore(): number {
    this.#fitted();
    if (this.#oobScore === null)
      throw new InvalidArgument("RandomForestRegressor: fit with { oobScore: true } first");
    return this.#oobScore;
  }

  /** Out-of-bag prediction per training row (NaN for a row that was never out of bag). */
  get oobPrediction(): Float64Array {
    this.#fitted();
    if (this.#oobPrediction === null) {
      throw new InvalidArgument("RandomForestRegressor: fit with { oobScore: true } first");
    }
    return this.#oobPrediction.slice();
  }

  get featureImportances(): Float64Array {
    return meanImportances(this.#fitted(), this.#nFeatures);
  }
}
