/**
 * 5.2.6 Ensembles, tasks 3–5: gradient boosting — reference solution.
 *
 * Boosting builds an additive model F(x) = F₀ + ν·Σₘ hₘ(x) one small regression tree at a
 * time; tree m is fitted to the negative gradient of the loss at the current predictions
 * (the residuals y − F for squared loss, y − σ(F) for log loss) and ν (the learning rate)
 * shrinks every step.
 */

import type { BoostingOptions } from "@exercise/5.2-classic-ml/06-ensembles/ensembles.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix, selectRows } from "../../../lib/ml/matrix";
import { trainTestSplit } from "../../../lib/ml/split";
import { Rng } from "../../../lib/rng";
import { DecisionTreeRegressor } from "../04-decision-tree/tree";

/** The logistic function 1 / (1 + e^(−z)), computed without overflow for any z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * Mean binary log loss of raw scores (log-odds) `raw` for labels `y` ∈ {0, 1}:
 * (1/n) Σ [log(1 + e^F) − y·F], which equals −(1/n) Σ [y log p + (1 − y) log(1 − p)], p = σ(F),
 * but stays finite for any F.
 */
export function binaryLogLoss(y: ArrayLike<number>, raw: ArrayLike<number>): number {
  assertVector(y, "binaryLogLoss: y");
  assertVector(raw, "binaryLogLoss: raw", { length: y.length });
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const f = raw[i];
    s += softplus(f) - y[i] * f;
  }
  return s / y.length;
}

interface Resolved {
  nEstimators: number;
  learningRate: number;
  subsample: number;
  nIterNoChange: number | null;
  validationFraction: number;
  tol: number;
  seed: number;
}

function resolve(o: BoostingOptions, what: string): Resolved {
  const nEstimators = o.nEstimators ?? 100;
  if (!Number.isInteger(nEstimators) || nEstimators < 1) {
    throw new InvalidArgument(`${what}: nEstimators must be an integer ≥ 1, got ${nEstimators}`);
  }
  const learningRate = o.learningRate ?? 0.1;
  if (!(learningRate > 0 && learningRate <= 1)) {
    throw new InvalidArgument(`${what}: learningRate must be in (0, 1], got ${learningRate}`);
  }
  const subsample = o.subsample ?? 1;
  if (!(subsample > 0 && subsample <= 1)) {
    throw new InvalidArgument(`${what}: subsample must be in (0, 1], got ${subsample}`);
  }
  const nIterNoChange = o.nIterNoChange ?? null;
  if (nIterNoChange !== null && (!Number.isInteger(nIterNoChange) || nIterNoChange < 1)) {
    throw new InvalidArgument(`${what}: nIterNoChange must be an integer ≥ 1, got ${nIterNoChange}`);
  }
  const validationFraction = o.validationFraction ?? 0.1;
  if (!(validationFraction > 0 && validationFraction < 1)) {
    throw new InvalidArgument(`${what}: validationFraction must be in (0, 1), got ${validationFraction}`);
  }
  const tol = o.tol ?? 1e-4;
  if (!(tol >= 0) || !Number.isFinite(tol)) throw new InvalidArgument(`${what}: tol must be ≥ 0, got ${tol}`);
  const seed = o.seed ?? 0;
  if (!Number.isInteger(seed)) throw new InvalidArgument(`${what}: seed must be an integer, got ${seed}`);
  return { nEstimators, learningRate, subsample, nIterNoChange, validationFraction, tol, seed };
}

/** One fitted stage: a tree and the value each of its leaves adds (before the learning rate). */
interface Stage {
  tree: DecisionTreeRegressor;
  /** Indexed by the tree's node number (only leaves are used). */
  leafValue: Float64Array;
}

/**
 * What the boosting loop needs from a loss: the initial score, the negative gradient, the
 * value of a leaf, and the loss itself (for the loss histories and early stopping).
 */
interface Loss {
  init(y: Float64Array): number;
  negativeGradient(y: Float64Array, raw: Float64Array, out: Float64Array): void;
  /** The best constant to add in a leaf holding rows `rows` (residuals = negative gradient). */
  leafValue(rows: readonly number[], y: Float64Array, raw: Float64Array, residual: Float64Array): number;
  loss(y: Float64Array, raw: Float64Array): number;
}

/** Squared error ½(y − F)²: residuals y − F, leaf value = mean residual. */
const SQUARED_ERROR: Loss = {
  init: (y) => {
    let s = 0;
    for (const v of y) s += v;
    return s / y.length;
  },
  negativeGradient: (y, raw, out) => {
    for (let i = 0; i < y.length; i++) out[i] = y[i] - raw[i];
  },
  leafValue: (rows, _y, _raw, residual) => {
    let s = 0;
    for (const i of rows) s += residual[i];
    return s / rows.length;
  },
  loss: (y, raw) => {
    let s = 0;
    for (let i = 0; i < y.length; i++) s += (y[i] - raw[i]) ** 2;
    return s / y.length;
  },
};

/** Binary log loss: init = log-odds, residuals y − σ(F), leaf value = one Newton step. */
const LOG_LOSS: Loss = {
  init: (y) => {
    let pos = 0;
    for (const v of y) pos += v;
    const p = pos / y.length;
    return Math.log(p / (1 - p));
  },
  negativeGradient: (y, raw, out) => {
    for (let i = 0; i < y.length; i++) out[i] = y[i] - sigmoid(raw[i]);
  },
  // One Newton step: Σ residual / Σ p(1 − p), with p = σ(F) = y − residual.
  leafValue: (rows, _y, raw, residual) => {
    let num = 0;
    let den = 0;
    for (const i of rows) {
      num += residual[i];
      const p = sigmoid(raw[i]);
      den += p * (1 - p);
    }
    return Math.abs(den) < 1e-150 ? 0 : num / den;
  },
  loss: (y, raw) => binaryLogLoss(y, raw),
};

/** What fitBoosting returns. */
interface Fitted {
  init: number;
  stages: Stage[];
  trainLoss: Float64Array;
  validationLoss: Float64Array | null;
}

function fitBoosting(
  X: Matrix,
  y: Float64Array,
  loss: Loss,
  options: BoostingOptions,
  o: Resolved,
  stratify: Int32Array | null,
): Fitted {
  const rng = new Rng(o.seed);
  let Xtr = X;
  let ytr = y;
  let Xval: Matrix | null = null;
  let yval: Float64Array | null = null;
  if (o.nIterNoChange !== null) {
    const split = trainTestSplit(X.rows, {
      testFraction: o.validationFraction,
      seed: o.seed,
      ...(stratify ? { stratify } : {}),
    });
    Xtr = selectRows(X, split.train);
    ytr = Float64Array.from(split.train, (i) => y[i]);
    Xval = selectRows(X, split.test);
    yval = Float64Array.from(split.test, (i) => y[i]);
  }
  const n = Xtr.rows;
  const init = loss.init(ytr);
  const raw = new Float64Array(n).fill(init);
  const rawVal = yval ? new Float64Array(yval.length).fill(init) : null;
  const residual = new Float64Array(n);
  const stages: Stage[] = [];
  const trainLoss: number[] = [];
  const validationLoss: number[] = [];
  const nInBag = Math.max(1, Math.floor(o.subsample * n));
  let best = Number.POSITIVE_INFINITY; // early stopping: the best validation loss so far …
  let stale = 0; // … and the stages since it last improved by more than tol

  for (let m = 0; m < o.nEstimators; m++) {
    loss.negativeGradient(ytr, raw, residual);
    // Rows this stage is fitted on: all of them, or a random subset without replacement.
    const inBag =
      nInBag < n ? Array.from(rng.permutation(n).subarray(0, nInBag)).sort((a, b) => a - b) : null;
    const Xfit = inBag ? selectRows(Xtr, inBag) : Xtr;
    const rfit = inBag ? Float64Array.from(inBag, (i) => residual[i]) : residual;
    const tree = new DecisionTreeRegressor({
      maxDepth: options.maxDepth === undefined ? 3 : options.maxDepth,
      minSamplesSplit: options.minSamplesSplit,
      minSamplesLeaf: options.minSamplesLeaf,
      maxFeatures: options.maxFeatures ?? null,
      seed: rng.int(0, 2 ** 31),
    }).fit(Xfit, rfit);
    // Leaf values from the in-bag rows, grouped by the leaf they fall in.
    const leafOfFit = tree.apply(Xfit);
    const rowsOfLeaf = new Map<number, number[]>();
    leafOfFit.forEach((leaf, k) => {
      const i = inBag ? inBag[k] : k;
      const list = rowsOfLeaf.get(leaf);
      if (list) list.push(i);
      else rowsOfLeaf.set(leaf, [i]);
    });
    const leafValue = new Float64Array(tree.nodeCount);
    for (const [leaf, rows] of rowsOfLeaf) leafValue[leaf] = loss.leafValue(rows, ytr, raw, residual);
    // Update every training row (in bag or not).
    const leafOfRow = inBag ? tree.apply(Xtr) : leafOfFit;
    for (let i = 0; i < n; i++) raw[i] += o.learningRate * leafValue[leafOfRow[i]];
    stages.push({ tree, leafValue });
    trainLoss.push(loss.loss(ytr, raw));

    if (Xval && yval && rawVal) {
      const leaves = tree.apply(Xval);
      for (let i = 0; i < rawVal.length; i++) rawVal[i] += o.learningRate * leafValue[leaves[i]];
      const v = loss.loss(yval, rawVal);
      validationLoss.push(v);
      if (v < best - o.tol) {
        best = v;
        stale = 0;
      } else if (++stale === o.nIterNoChange) break;
    }
  }
  return {
    init,
    stages,
    trainLoss: Float64Array.from(trainLoss),
    validationLoss: Xval ? Float64Array.from(validationLoss) : null,
  };
}

/** F(x) = init + ν Σ leafValueₘ(x) for every row of X. */
function rawPredict(f: Fitted, X: Matrix, learningRate: number): Float64Array {
  const out = new Float64Array(X.rows).fill(f.init);
  for (const { tree, leafValue } of f.stages) {
    const leaves = tree.apply(X);
    for (let r = 0; r < X.rows; r++) out[r] += learningRate * leafValue[leaves[r]];
  }
  return out;
}

/** Gradient boosting for regression with squared loss. */
export class GradientBoostingRegressor {
  readonly options: BoostingOptions;
  #fit: Fitted | null = null;
  #nFeatures = 0;
  #learningRate = 0.1;

  constructor(options: BoostingOptions = {}) {
    this.options = { ...options };
  }

  fit(X: Matrix, y: ArrayLike<number>): this {
    const o = resolve(this.options, "GradientBoostingRegressor");
    assertMatrix(X, "GradientBoostingRegressor.fit: X");
    assertVector(y, "GradientBoostingRegressor.fit: y", { length: X.rows });
    this.#fit = fitBoosting(X, Float64Array.from(y), SQUARED_ERROR, this.options, o, null);
    this.#nFeatures = X.cols;
    this.#learningRate = o.learningRate;
    return this;
  }

  #fitted(): Fitted {
    if (this.#fit === null) throw new NotFittedError("GradientBoostingRegressor");
    return this.#fit;
  }

  /** F₀: the mean of the training targets. */
  get init(): number {
    return this.#fitted().init;
  }

  /** Number of trees actually fitted (smaller than nEstimators after early stopping). */
  get nEstimatorsFitted(): number {
    return this.#fitted().stages.length;
  }

  /** Training loss (mean squared error) after each stage. */
  get trainLoss(): Float64Array {
    return this.#fitted().trainLoss.slice();
  }

  /** Validation loss after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    return this.#fitted().validationLoss?.slice() ?? new Float64Array(0);
  }

  predict(X: Matrix): Float64Array {
    const f = this.#fitted();
    assertMatrix(X, "GradientBoostingRegressor.predict: X", { cols: this.#nFeatures });
    return rawPredict(f, X, this.#learningRate);
  }
}

/** Gradient boosting for binary classification with log loss; F is the log-odds of the second class. */
export class GradientBoostingClassifier {
  readonly options: BoostingOptions;
  #fit: Fitted | null = null;
  #classes: Int32Array = new Int32Array(0);
  #nFeatures = 0;
  #learningRate = 0.1;

  constructor(options: BoostingOptions = {}) {
    this.options = { ...options };
  }

  /** Fits on integer labels with exactly two distinct values (the larger one is "positive"). */
  fit(X: Matrix, y: ArrayLike<number>): this {
    const o = resolve(this.options, "GradientBoostingClassifier");
    assertMatrix(X, "GradientBoostingClassifier.fit: X");
    assertVector(y, "GradientBoostingClassifier.fit: y", { length: X.rows });
    for (let i = 0; i < y.length; i++) {
      if (!Number.isInteger(y[i])) {
        throw new InvalidArgument(
          `GradientBoostingClassifier.fit: y[${i}] = ${y[i]} is not an integer label`,
        );
      }
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    if (classes.length !== 2) {
      throw new InvalidArgument(
        `GradientBoostingClassifier is binary: y must hold exactly 2 classes, got ${classes.length} (${Array.from(classes).join(", ")})`,
      );
    }
    const y01 = Float64Array.from(y, (v) => (v === classes[1] ? 1 : 0));
    this.#fit = fitBoosting(X, y01, LOG_LOSS, this.options, o, Int32Array.from(y01));
    this.#classes = classes;
    this.#nFeatures = X.cols;
    this.#learningRate = o.learningRate;
    return this;
  }

  #fitted(): Fitted {
    if (this.#fit === null) throw new NotFittedError("GradientBoostingClassifier");
    return this.#fit;
  }

  get classes(): Int32Array {
    this.#fitted();
    return this.#classes.slice();
  }

  /** F₀ = log(p / (1 − p)), p = share of the positive class in the training rows. */
  get init(): number {
    return this.#fitted().init;
  }

  get nEstimatorsFitted(): number {
    return this.#fitted().stages.length;
  }

  /** Training log loss after each stage. */
  get trainLoss(): Float64Array {
    return this.#fitted().trainLoss.slice();
  }

  /** Validation log loss after each stage (only with early stopping; else empty). */
  get validationLoss(): Float64Array {
    return this.#fitted().validationLoss?.slice() ?? new Float64Array(0);
  }

  /** The raw score F(x) (log-odds of classes[1]) per row. */
  decisionFunction(X: Matrix): Float64Array {
    const f = this.#fitted();
    assertMatrix(X, "GradientBoostingClassifier.decisionFunction: X", { cols: this.#nFeatures });
    return rawPredict(f, X, this.#learningRate);
  }

  /** rows × 2: [1 − σ(F), σ(F)]. */
  predictProba(X: Matrix): Matrix {
    const raw = this.decisionFunction(X);
    const out = new Float64Array(X.rows * 2);
    for (let r = 0; r < X.rows; r++) {
      const p = sigmoid(raw[r]);
      out[2 * r] = 1 - p;
      out[2 * r + 1] = p;
    }
    return { data: out, rows: X.rows, cols: 2 };
  }

  /** classes[1] where σ(F) > 0.5, else classes[0]. */
  predict(X: Matrix): Int32Array {
    const raw = this.decisionFunction(X);
    return Int32Array.from(raw, (f) => (f > 0 ? this.#classes[1] : this.#classes[0]));
  }
}
