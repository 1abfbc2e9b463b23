/**
 * 5.2.6 Ensembles, tasks 1–2: random forests — reference solution.
 *
 * A forest is many decision trees from exercise 5.2.4, each grown on a bootstrap sample of the
 * rows and looking at a random subset of the features at every node; their predictions are
 * averaged. The rows a tree did not see (its out-of-bag rows) give a free validation score.
 */
import type { ForestOptions } from "@exercise/5.2-classic-ml/06-ensembles/ensembles.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix, selectRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { DecisionTreeClassifier, DecisionTreeRegressor } from "../04-decision-tree/tree";

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
    const i = indices[k];
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

/** The options every tree of a forest gets. */
function treeOptions(o: ForestOptions, maxFeatures: ForestOptions["maxFeatures"], seed: number) {
  return {
    maxDepth: o.maxDepth,
    minSamplesSplit: o.minSamplesSplit,
    minSamplesLeaf: o.minSamplesLeaf,
    maxFeatures,
    seed,
  };
}

/**
 * One tree's rows and seed, in the documented order of draws: its bootstrap sample (when
 * bootstrapping; else all rows), then its seed.
 */
function drawTree(n: number, rng: Rng, bootstrap: boolean): { rows: Uint32Array; seed: number } {
  const rows = bootstrap ? bootstrapIndices(n, rng) : Uint32Array.from({ length: n }, (_, i) => i);
  const seed = rng.int(0, 2 ** 31);
  return { rows, seed };
}

/** The rows that are not in `sample` (out of bag). */
function outOfBagRows(n: number, sample: Uint32Array): number[] {
  const mask = outOfBagMask(n, sample);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (mask[i]) rows.push(i);
  return rows;
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

/** The mean of the trees' (normalised) importances, renormalised to sum to 1 over the forest. */
function meanImportances(trees: readonly { featureImportances: Float64Array }[], p: number): Float64Array {
  const out = new Float64Array(p);
  for (const t of trees) {
    const imp = t.featureImportances;
    for (let f = 0; f < p; f++) out[f] += imp[f];
  }
  let total = 0;
  for (const v of out) total += v;
  // Trees that are a single leaf add zeros: renormalise over the forest, not by the tree count.
  if (total > 0) for (let f = 0; f < p; f++) out[f] /= total;
  return out;
}

/** A random forest of classification trees; predictProba averages the trees' probabilities. */
export class RandomForestClassifier {
  readonly options: ForestOptions;
  #trees: DecisionTreeClassifier[] | null = null;
  #samples: Uint32Array[] = [];
  #classes: Int32Array = new Int32Array(0);
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
    const maxFeatures = this.options.maxFeatures === undefined ? "sqrt" : this.options.maxFeatures;
    const rng = new Rng(o.seed);
    const trees: DecisionTreeClassifier[] = [];
    const samples: Uint32Array[] = [];
    const oobSum = new Float64Array(n * K);
    const oobVotes = new Int32Array(n);
    for (let t = 0; t < o.nEstimators; t++) {
      const { rows, seed } = drawTree(n, rng, o.bootstrap);
      const tree = new DecisionTreeClassifier(treeOptions(this.options, maxFeatures, seed));
      tree.fit(
        selectRows(X, rows),
        Int32Array.from(rows, (i) => y[i]),
      );
      trees.push(tree);
      samples.push(rows);
      if (!o.oobScore) continue;
      const oob = outOfBagRows(n, rows);
      if (oob.length === 0) continue;
      const proba = tree.predictProba(selectRows(X, oob));
      const columns = Array.from(tree.classes, (c) => classes.indexOf(c));
      oob.forEach((i, r) => {
        oobVotes[i]++;
        columns.forEach((k, c) => {
          oobSum[i * K + k] += proba.data[r * proba.cols + c];
        });
      });
    }
    this.#trees = trees;
    this.#samples = samples;
    this.#classes = classes;
    this.#nFeatures = X.cols;
    this.#oobScore = null;
    this.#oobProba = null;
    if (o.oobScore) {
      const counted = countedRows(oobVotes, "RandomForestClassifier");
      let correct = 0;
      for (let i = 0; i < n; i++) {
        const v = oobVotes[i];
        for (let k = 0; k < K; k++) oobSum[i * K + k] = v === 0 ? Number.NaN : oobSum[i * K + k] / v;
        if (v > 0 && classes[argmax(oobSum, i * K, K)] === y[i]) correct++;
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
    return this.#classes.slice();
  }

  /** Mean of the trees' class probabilities, rows × K. */
  predictProba(X: Matrix): Matrix {
    const trees = this.#fitted();
    assertMatrix(X, "RandomForestClassifier.predictProba: X", { cols: this.#nFeatures });
    const K = this.#classes.length;
    const out = new Float64Array(X.rows * K);
    for (const tree of trees) {
      const proba = tree.predictProba(X);
      // A bootstrap sample can miss a class: map the tree's columns onto the forest's.
      const columns = Array.from(tree.classes, (c) => this.#classes.indexOf(c));
      for (let r = 0; r < X.rows; r++) {
        for (let c = 0; c < columns.length; c++) {
          const k = columns[c];
          out[r * K + k] += proba.data[r * proba.cols + c];
        }
      }
    }
    for (let i = 0; i < out.length; i++) out[i] /= trees.length;
    return { data: out, rows: X.rows, cols: K };
  }

  /** The class with the highest mean probability (the smallest label on a tie). */
  predict(X: Matrix): Int32Array {
    const proba = this.predictProba(X);
    const K = proba.cols;
    return Int32Array.from({ length: X.rows }, (_, r) => this.#classes[argmax(proba.data, r * K, K)]);
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

  /** Mean of the trees' feature importances (each normalised), renormalised to sum to 1. */
  get featureImportances(): Float64Array {
    return meanImportances(this.#fitted(), this.#nFeatures);
  }
}

/** The index of the largest of values[start], …, values[start + K − 1]; the first one on a tie. */
function argmax(values: Float64Array, start: number, K: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (values[start + k] > values[start + best]) best = k;
  return best;
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
    const oobSum = new Float64Array(n);
    const oobVotes = new Int32Array(n);
    for (let t = 0; t < o.nEstimators; t++) {
      const { rows, seed } = drawTree(n, rng, o.bootstrap);
      const tree = new DecisionTreeRegressor(
        treeOptions(this.options, this.options.maxFeatures ?? null, seed),
      );
      tree.fit(
        selectRows(X, rows),
        Float64Array.from(rows, (i) => y[i]),
      );
      trees.push(tree);
      samples.push(rows);
      if (!o.oobScore) continue;
      const oob = outOfBagRows(n, rows);
      if (oob.length === 0) continue;
      const pred = tree.predict(selectRows(X, oob));
      oob.forEach((i, r) => {
        oobVotes[i]++;
        oobSum[i] += pred[r];
      });
    }
    this.#trees = trees;
    this.#samples = samples;
    this.#nFeatures = X.cols;
    this.#oobScore = null;
    this.#oobPrediction = null;
    if (o.oobScore) {
      const counted = countedRows(oobVotes, "RandomForestRegressor");
      let mean = 0;
      for (let i = 0; i < n; i++) if (oobVotes[i] > 0) mean += y[i];
      mean /= counted;
      let ssRes = 0;
      let ssTot = 0;
      for (let i = 0; i < n; i++) {
        if (oobVotes[i] === 0) {
          oobSum[i] = Number.NaN;
          continue;
        }
        oobSum[i] /= oobVotes[i];
        ssRes += (y[i] - oobSum[i]) ** 2;
        ssTot += (y[i] - mean) ** 2;
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
      for (let r = 0; r < X.rows; r++) out[r] += pred[r];
    }
    for (let r = 0; r < X.rows; r++) out[r] /= trees.length;
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

  /** Mean of the trees' feature importances (each normalised), renormalised to sum to 1. */
  get featureImportances(): Float64Array {
    return meanImportances(this.#fitted(), this.#nFeatures);
  }
}
