/**
 * 5.2.4 Decision trees (CART) — reference solution.
 *
 * The tree is grown depth-first. Every node owns a contiguous segment `samples[start, end)`
 * of one index array; splitting a node reorders that segment so that its left child's
 * samples come first. For each candidate feature the segment is sorted by that feature and
 * swept once from left to right, so that every threshold is scored in O(1) (regression) or
 * O(classes) (classification) from running counts. No objects are allocated per sample.
 */

import type {
  ClassifierOptions,
  Criterion,
  MaxFeatures,
  RegressorOptions,
  SplitCandidate,
  TreeNodes,
  TreeOptions,
} from "@exercise/5.2-classic-ml/04-decision-tree/tree.given";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";

// ---------------------------------------------------------------------------------------------
// Task 1: impurity

function assertCounts(counts: ArrayLike<number>, what: string): number {
  if (counts.length === 0) throw new InvalidArgument(`${what}: counts is empty`);
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    if (!(c >= 0) || !Number.isFinite(c)) {
      throw new InvalidArgument(`${what}: counts[${k}] is ${c}; counts must be finite and ≥ 0`);
    }
    total += c;
  }
  if (total === 0) throw new InvalidArgument(`${what}: the counts sum to 0 (an empty node has no impurity)`);
  return total;
}

/** Gini impurity of a node with class counts `counts`: 1 − Σₖ pₖ², pₖ = countₖ / total. */
export function giniImpurity(counts: ArrayLike<number>): number {
  const total = assertCounts(counts, "giniImpurity");
  let sumSq = 0;
  for (let k = 0; k < counts.length; k++) {
    const p = counts[k] / total;
    sumSq += p * p;
  }
  return 1 - sumSq;
}

/** Entropy in bits of a node with class counts `counts`: −Σₖ pₖ log₂ pₖ (0·log 0 = 0). */
export function entropyImpurity(counts: ArrayLike<number>): number {
  const total = assertCounts(counts, "entropyImpurity");
  let h = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    if (c > 0) {
      const p = c / total;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

/** Squared-error impurity of a regression node: the variance (1/n) Σ (yᵢ − ȳ)². */
export function squaredErrorImpurity(values: ArrayLike<number>): number {
  assertVector(values, "squaredErrorImpurity: values");
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    ss += d * d;
  }
  return ss / n;
}

// ---------------------------------------------------------------------------------------------
// Sorting helper: sorts ids[lo, hi) by keys[lo, hi) (both permuted together), in place.
// Quicksort with a three-way partition (features such as class or sex have many equal values)
// and insertion sort for short ranges. No allocation.

function sortByKey(keys: Float64Array, ids: Int32Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    // Median of three as the pivot.
    const mid = (lo + hi) >>> 1;
    const a = keys[lo];
    const b = keys[mid];
    const c = keys[hi - 1];
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi - 1;
    while (i <= gt) {
      const k = keys[i];
      if (k < pivot) {
        swap(keys, ids, lt++, i++);
      } else if (k > pivot) {
        swap(keys, ids, i, gt--);
      } else {
        i++;
      }
    }
    // Recurse into the smaller side, loop on the larger one (bounded stack depth).
    if (lt - lo < hi - gt - 1) {
      sortByKey(keys, ids, lo, lt);
      lo = gt + 1;
    } else {
      sortByKey(keys, ids, gt + 1, hi);
      hi = lt;
    }
  }
  for (let i = lo + 1; i < hi; i++) {
    const k = keys[i];
    const id = ids[i];
    let j = i - 1;
    while (j >= lo && keys[j] > k) {
      keys[j + 1] = keys[j];
      ids[j + 1] = ids[j];
      j--;
    }
    keys[j + 1] = k;
    ids[j + 1] = id;
  }
}

function swap(keys: Float64Array, ids: Int32Array, i: number, j: number): void {
  const k = keys[i];
  keys[i] = keys[j];
  keys[j] = k;
  const id = ids[i];
  ids[i] = ids[j];
  ids[j] = id;
}

/** The threshold between two neighbouring distinct sorted values, computed like scikit-learn. */
function midpoint(lower: number, upper: number): number {
  const t = lower / 2 + upper / 2;
  // Rounding can land the midpoint on `upper` for adjacent floats; then `x <= t` would send
  // `upper` left too. Fall back to `lower`, which still separates them.
  return t === upper || !Number.isFinite(t) ? lower : t;
}

// ---------------------------------------------------------------------------------------------
// The split search, shared by `bestSplit` (task 2) and the trees.
//
// The "proxy" of a split is a number that orders splits exactly like their impurity decrease
// but is cheaper to compute (scikit-learn uses the same proxies):
//   gini:          Σₖ cLₖ²/nL + Σₖ cRₖ²/nR          (larger is better)
//   entropy:       −(nL·H(left) + nR·H(right))       (larger is better)
//   squared error: sumL²/nL + sumR²/nR               (larger is better)

/** Scratch space for one fit: allocated once, reused by every node and feature. */
class SplitWorkspace {
  readonly keys: Float64Array;
  readonly countsLeft: Float64Array;
  readonly countsRight: Float64Array;
  constructor(n: number, nClasses: number) {
    this.keys = new Float64Array(n);
    this.countsLeft = new Float64Array(Math.max(1, nClasses));
    this.countsRight = new Float64Array(Math.max(1, nClasses));
  }
}

interface SweepResult {
  found: boolean;
  proxy: number;
  threshold: number;
  nLeft: number;
}

/** Entropy numerator helper: n·H = n log₂ n − Σ c log₂ c (0 log 0 = 0). */
function nTimesEntropy(counts: Float64Array, n: number, nClasses: number): number {
  let s = 0;
  for (let k = 0; k < nClasses; k++) {
    const c = counts[k];
    if (c > 0) s -= c * Math.log2(c / n);
  }
  return s;
}

/**
 * Sweeps the segment [start, end) of `ids`, already sorted by `keys`, and returns the best
 * threshold (largest proxy; the first one on ties). `yClass` for classification, `yValue`
 * for regression.
 */
function sweep(
  criterion: Criterion,
  keys: Float64Array,
  ids: Int32Array,
  start: number,
  end: number,
  yClass: Int32Array | null,
  yValue: Float64Array | null,
  nClasses: number,
  minSamplesLeaf: number,
  ws: SplitWorkspace,
  out: SweepResult,
): void {
  const n = end - start;
  out.found = false;
  out.proxy = Number.NEGATIVE_INFINITY;
  if (criterion === "squared_error") {
    const y = yValue as Float64Array;
    let sumTotal = 0;
    for (let i = start; i < end; i++) sumTotal += y[ids[i]];
    let sumLeft = 0;
    for (let i = start; i < end - 1; i++) {
      sumLeft += y[ids[i]];
      const nLeft = i - start + 1;
      const nRight = n - nLeft;
      if (nRight < minSamplesLeaf) break;
      if (nLeft < minSamplesLeaf) continue;
      const lower = keys[i];
      const upper = keys[i + 1];
      if (!(upper > lower)) continue; // no threshold between equal values
      const sumRight = sumTotal - sumLeft;
      const proxy = (sumLeft * sumLeft) / nLeft + (sumRight * sumRight) / nRight;
      if (proxy > out.proxy) {
        out.found = true;
        out.proxy = proxy;
        out.threshold = midpoint(lower, upper);
        out.nLeft = nLeft;
      }
    }
    return;
  }
  const y = yClass as Int32Array;
  const left = ws.countsLeft;
  const right = ws.countsRight;
  left.fill(0, 0, nClasses);
  right.fill(0, 0, nClasses);
  for (let i = start; i < end; i++) {
    const c = y[ids[i]];
    right[c]++;
  }
  for (let i = start; i < end - 1; i++) {
    const c = y[ids[i]];
    left[c]++;
    right[c]--;
    const nLeft = i - start + 1;
    const nRight = n - nLeft;
    if (nRight < minSamplesLeaf) break;
    if (nLeft < minSamplesLeaf) continue;
    const lower = keys[i];
    const upper = keys[i + 1];
    if (!(upper > lower)) continue;
    let proxy: number;
    if (criterion === "gini") {
      let sl = 0;
      let sr = 0;
      for (let k = 0; k < nClasses; k++) {
        const a = left[k];
        const b = right[k];
        sl += a * a;
        sr += b * b;
      }
      proxy = sl / nLeft + sr / nRight;
    } else {
      proxy = -(nTimesEntropy(left, nLeft, nClasses) + nTimesEntropy(right, nRight, nClasses));
    }
    if (proxy > out.proxy) {
      out.found = true;
      out.proxy = proxy;
      out.threshold = midpoint(lower, upper);
      out.nLeft = nLeft;
    }
  }
}

/** Impurity of the samples ids[start, end). */
function segmentImpurity(
  criterion: Criterion,
  ids: Int32Array,
  start: number,
  end: number,
  yClass: Int32Array | null,
  yValue: Float64Array | null,
  nClasses: number,
  counts: Float64Array,
): number {
  const n = end - start;
  if (criterion === "squared_error") {
    const y = yValue as Float64Array;
    let mean = 0;
    for (let i = start; i < end; i++) mean += y[ids[i]];
    mean /= n;
    let ss = 0;
    for (let i = start; i < end; i++) {
      const d = y[ids[i]] - mean;
      ss += d * d;
    }
    return ss / n;
  }
  const y = yClass as Int32Array;
  counts.fill(0, 0, nClasses);
  for (let i = start; i < end; i++) {
    const c = y[ids[i]];
    counts[c]++;
  }
  if (criterion === "gini") {
    let s = 0;
    for (let k = 0; k < nClasses; k++) {
      const p = counts[k] / n;
      s += p * p;
    }
    return 1 - s;
  }
  return nTimesEntropy(counts, n, nClasses) / n;
}

// ---------------------------------------------------------------------------------------------
// Task 2: the best threshold of one feature

/**
 * The best threshold for one feature `x` and targets `y`: candidate thresholds are the
 * midpoints between neighbouring distinct sorted values of `x`; a candidate is allowed only
 * if both sides keep at least `minSamplesLeaf` samples. Returns the candidate with the
 * largest impurity decrease (the lowest threshold on ties), or `null` when there is none
 * (all values equal, or `minSamplesLeaf` rules every candidate out).
 *
 * For `"gini"`/`"entropy"`, `y` holds class indices 0..nClasses−1 (default nClasses: max + 1).
 */
export function bestSplit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  criterion: Criterion,
  options: { nClasses?: number; minSamplesLeaf?: number } = {},
): SplitCandidate | null {
  assertVector(x, "bestSplit: x");
  assertVector(y, "bestSplit: y", { length: x.length });
  assertCriterion(criterion, ["gini", "entropy", "squared_error"], "bestSplit");
  const minSamplesLeaf = options.minSamplesLeaf ?? 1;
  assertInteger(minSamplesLeaf, 1, "bestSplit: minSamplesLeaf");
  const n = x.length;
  const keys = Float64Array.from(x);
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  let yClass: Int32Array | null = null;
  let yValue: Float64Array | null = null;
  let nClasses = 0;
  if (criterion === "squared_error") {
    yValue = Float64Array.from(y);
  } else {
    yClass = new Int32Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const c = y[i];
      if (!Number.isInteger(c) || c < 0) {
        throw new InvalidArgument(`bestSplit: y[${i}] = ${c}; class indices must be integers ≥ 0`);
      }
      yClass[i] = c;
      if (c > max) max = c;
    }
    nClasses = options.nClasses ?? max + 1;
    if (!Number.isInteger(nClasses) || nClasses <= max) {
      throw new InvalidArgument(`bestSplit: nClasses = ${nClasses} but y contains class ${max}`);
    }
  }
  sortByKey(keys, ids, 0, n);
  const ws = new SplitWorkspace(n, nClasses);
  const result: SweepResult = { found: false, proxy: 0, threshold: 0, nLeft: 0 };
  sweep(criterion, keys, ids, 0, n, yClass, yValue, nClasses, minSamplesLeaf, ws, result);
  if (!result.found) return null;
  const parent = segmentImpurity(criterion, ids, 0, n, yClass, yValue, nClasses, ws.countsLeft);
  const nLeft = result.nLeft;
  const impurityLeft = segmentImpurity(criterion, ids, 0, nLeft, yClass, yValue, nClasses, ws.countsLeft);
  const impurityRight = segmentImpurity(criterion, ids, nLeft, n, yClass, yValue, nClasses, ws.countsLeft);
  return {
    threshold: result.threshold,
    gain: parent - (nLeft / n) * impurityLeft - ((n - nLeft) / n) * impurityRight,
    nLeft,
    nRight: n - nLeft,
    impurityLeft,
    impurityRight,
  };
}

// ---------------------------------------------------------------------------------------------
// Option checks

function assertInteger(v: unknown, min: number, what: string): asserts v is number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw new InvalidArgument(`${what} must be an integer ≥ ${min}, got ${String(v)}`);
  }
}

function assertCriterion(c: unknown, allowed: readonly Criterion[], what: string): void {
  if (!allowed.includes(c as Criterion)) {
    throw new InvalidArgument(`${what}: criterion must be one of ${allowed.join(", ")}, got ${String(c)}`);
  }
}

/** The number of features a node examines for `maxFeatures` and p features. */
export function resolveMaxFeatures(maxFeatures: MaxFeatures | undefined, nFeatures: number): number {
  if (maxFeatures === undefined || maxFeatures === null) return nFeatures;
  if (maxFeatures === "sqrt") return Math.max(1, Math.floor(Math.sqrt(nFeatures)));
  if (maxFeatures === "log2") return Math.max(1, Math.floor(Math.log2(nFeatures)));
  if (typeof maxFeatures === "number" && Number.isInteger(maxFeatures) && maxFeatures >= 1) {
    if (maxFeatures > nFeatures) {
      throw new InvalidArgument(`maxFeatures = ${maxFeatures} but X has only ${nFeatures} features`);
    }
    return maxFeatures;
  }
  if (typeof maxFeatures === "number" && maxFeatures > 0 && maxFeatures < 1) {
    return Math.max(1, Math.floor(maxFeatures * nFeatures));
  }
  throw new InvalidArgument(
    `maxFeatures must be "sqrt", "log2", an integer ≥ 1 or a fraction in (0, 1), got ${String(maxFeatures)}`,
  );
}

interface ResolvedOptions {
  maxDepth: number;
  minSamplesSplit: number;
  minSamplesLeaf: number;
  maxFeatures: MaxFeatures | undefined;
  seed: number;
}

function resolveOptions(o: TreeOptions, what: string): ResolvedOptions {
  const maxDepth = o.maxDepth ?? Number.POSITIVE_INFINITY;
  if (maxDepth !== Number.POSITIVE_INFINITY) assertInteger(maxDepth, 1, `${what}: maxDepth`);
  const minSamplesSplit = o.minSamplesSplit ?? 2;
  assertInteger(minSamplesSplit, 2, `${what}: minSamplesSplit`);
  const minSamplesLeaf = o.minSamplesLeaf ?? 1;
  assertInteger(minSamplesLeaf, 1, `${what}: minSamplesLeaf`);
  const seed = o.seed ?? 0;
  if (!Number.isInteger(seed)) throw new InvalidArgument(`${what}: seed must be an integer, got ${seed}`);
  return { maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures: o.maxFeatures, seed };
}

// ---------------------------------------------------------------------------------------------
// Tasks 3–6: the trees

/** Growable per-node storage (typed arrays doubled when full). */
class NodeStore {
  count = 0;
  feature = new Int32Array(16);
  threshold = new Float64Array(16);
  left = new Int32Array(16);
  right = new Int32Array(16);
  nSamples = new Int32Array(16);
  impurity = new Float64Array(16);
  /** `width` values per node: class counts (classifier) or the mean (regressor). */
  value: Float64Array;
  constructor(readonly width: number) {
    this.value = new Float64Array(16 * width);
  }

  add(nSamples: number, impurity: number): number {
    if (this.count === this.feature.length) this.grow();
    const id = this.count++;
    this.feature[id] = -1;
    this.threshold[id] = 0;
    this.left[id] = -1;
    this.right[id] = -1;
    this.nSamples[id] = nSamples;
    this.impurity[id] = impurity;
    return id;
  }

  private grow(): void {
    const cap = this.feature.length * 2;
    const bigger = <T extends Int32Array | Float64Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.feature = bigger(this.feature, cap);
    this.threshold = bigger(this.threshold, cap);
    this.left = bigger(this.left, cap);
    this.right = bigger(this.right, cap);
    this.nSamples = bigger(this.nSamples, cap);
    this.impurity = bigger(this.impurity, cap);
    this.value = bigger(this.value, cap * this.width);
  }

  view(): TreeNodes {
    const n = this.count;
    return {
      feature: this.feature.slice(0, n),
      threshold: this.threshold.slice(0, n),
      left: this.left.slice(0, n),
      right: this.right.slice(0, n),
      nSamples: this.nSamples.slice(0, n),
      impurity: this.impurity.slice(0, n),
    };
  }
}

/** A node waiting to be built: its samples are ids[start, end). */
interface Pending {
  start: number;
  end: number;
  depth: number;
  parent: number;
  isLeft: boolean;
}

/**
 * What the classifier and the regressor share: growing, `apply`, the node arrays and the
 * feature importances. Subclasses say how targets are encoded and what a leaf stores.
 */
export abstract class DecisionTree {
  protected readonly options: TreeOptions;
  protected store: NodeStore | null = null;
  protected nFeaturesSeen = 0;
  #importances: Float64Array | null = null;

  constructor(options: TreeOptions) {
    this.options = { ...options };
  }

  protected abstract get name(): string;

  /** The fitted node store, or NotFittedError. */
  protected fitted(): NodeStore {
    if (this.store === null) throw new NotFittedError(this.name);
    return this.store;
  }

  /**
   * Grows the tree on X with encoded targets. Exactly one of `yClass` (class indices,
   * `nClasses` classes) and `yValue` is given.
   */
  protected grow(
    X: Matrix,
    criterion: Criterion,
    yClass: Int32Array | null,
    yValue: Float64Array | null,
    nClasses: number,
  ): void {
    const o = resolveOptions(this.options, this.name);
    const n = X.rows;
    const p = X.cols;
    const k = resolveMaxFeatures(o.maxFeatures, p);
    const rng = new Rng(o.seed);
    const data = X.data;
    const width = yClass ? nClasses : 1;
    const store = new NodeStore(width);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = i;
    const ws = new SplitWorkspace(n, nClasses);
    const keys = ws.keys;
    const features = new Int32Array(p);
    const result: SweepResult = { found: false, proxy: 0, threshold: 0, nLeft: 0 };
    const counts = new Float64Array(Math.max(1, nClasses));

    const stack: Pending[] = [{ start: 0, end: n, depth: 0, parent: -1, isLeft: false }];
    while (stack.length > 0) {
      const { start, end, depth, parent, isLeft } = stack.pop() as Pending;
      const nNode = end - start;
      const impurity = segmentImpurity(criterion, ids, start, end, yClass, yValue, nClasses, counts);
      const id = store.add(nNode, impurity);
      if (parent >= 0) {
        if (isLeft) store.left[parent] = id;
        else store.right[parent] = id;
      }
      // Leaf value: class counts, or the mean target.
      if (yClass) {
        store.value.set(counts.subarray(0, nClasses), id * width);
      } else {
        let s = 0;
        for (let i = start; i < end; i++) s += (yValue as Float64Array)[ids[i]];
        store.value[id] = s / nNode;
      }

      const isLeaf =
        depth >= o.maxDepth ||
        nNode < o.minSamplesSplit ||
        nNode < 2 * o.minSamplesLeaf ||
        impurity <= Number.EPSILON;
      if (isLeaf) continue;

      // Candidate features: all, or a random subset (partial Fisher–Yates). A feature that is
      // constant in this node does not count towards the k examined, as in scikit-learn.
      for (let f = 0; f < p; f++) features[f] = f;
      let bestFeature = -1;
      let bestProxy = Number.NEGATIVE_INFINITY;
      let bestThreshold = 0;
      let examined = 0;
      for (let drawn = 0; drawn < p && examined < k; drawn++) {
        if (k < p) {
          const j = rng.int(drawn, p);
          const t = features[drawn];
          features[drawn] = features[j];
          features[j] = t;
        }
        const f = features[drawn];
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let i = start; i < end; i++) {
          const v = data[ids[i] * p + f];
          keys[i] = v;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        if (!(hi > lo)) continue; // constant in this node
        examined++;
        sortByKey(keys, ids, start, end);
        sweep(criterion, keys, ids, start, end, yClass, yValue, nClasses, o.minSamplesLeaf, ws, result);
        if (!result.found) continue;
        // Ties: the lower feature index wins (whatever order the features were drawn in).
        if (result.proxy > bestProxy || (result.proxy === bestProxy && f < bestFeature)) {
          bestProxy = result.proxy;
          bestFeature = f;
          bestThreshold = result.threshold;
        }
      }
      if (bestFeature < 0) continue; // no allowed split: a leaf

      // Partition ids[start, end): x <= threshold first.
      let i = start;
      let j = end - 1;
      while (i <= j) {
        if (data[ids[i] * p + bestFeature] <= bestThreshold) {
          i++;
        } else {
          const t = ids[i];
          ids[i] = ids[j];
          ids[j] = t;
          j--;
        }
      }
      store.feature[id] = bestFeature;
      store.threshold[id] = bestThreshold;
      // Right is pushed first so that the left child is built (and numbered) first.
      stack.push({ start: i, end, depth: depth + 1, parent: id, isLeft: false });
      stack.push({ start, end: i, depth: depth + 1, parent: id, isLeft: true });
    }
    this.store = store;
    this.nFeaturesSeen = p;
    this.#importances = null;
  }

  /** The index of the leaf each row of X ends in (pre-order node numbers). */
  apply(X: Matrix): Int32Array {
    const store = this.fitted();
    assertMatrix(X, `${this.name}.apply: X`, { cols: this.nFeaturesSeen });
    const out = new Int32Array(X.rows);
    const p = X.cols;
    for (let r = 0; r < X.rows; r++) {
      let node = 0;
      while (store.feature[node] >= 0) {
        const x = X.data[r * p + store.feature[node]];
        node = x <= store.threshold[node] ? store.left[node] : store.right[node];
      }
      out[r] = node;
    }
    return out;
  }

  /** The fitted tree's nodes in pre-order (copies). */
  get nodes(): TreeNodes {
    return this.fitted().view();
  }

  /** Number of nodes (internal nodes and leaves). */
  get nodeCount(): number {
    return this.fitted().count;
  }

  /** Number of leaves. */
  get nLeaves(): number {
    const s = this.fitted();
    let leaves = 0;
    for (let i = 0; i < s.count; i++) if (s.feature[i] < 0) leaves++;
    return leaves;
  }

  /** The depth of the deepest leaf (a single leaf has depth 0). */
  get depth(): number {
    const s = this.fitted();
    const depthOf = new Int32Array(s.count);
    let max = 0;
    // Pre-order: a parent always comes before its children.
    for (let i = 0; i < s.count; i++) {
      const d = depthOf[i];
      if (d > max) max = d;
      if (s.feature[i] >= 0) {
        depthOf[s.left[i]] = d + 1;
        depthOf[s.right[i]] = d + 1;
      }
    }
    return max;
  }

  /** Number of features seen in fit. */
  get nFeatures(): number {
    this.fitted();
    return this.nFeaturesSeen;
  }

  /**
   * Mean decrease in impurity per feature, normalised to sum to 1 (all zeros if the tree is a
   * single leaf): for every internal node t splitting on feature f,
   *   importance[f] += n_t·impurity(t) − n_left·impurity(left) − n_right·impurity(right).
   */
  get featureImportances(): Float64Array {
    const s = this.fitted();
    if (this.#importances === null) {
      const imp = new Float64Array(this.nFeaturesSeen);
      for (let t = 0; t < s.count; t++) {
        const f = s.feature[t];
        if (f < 0) continue;
        const l = s.left[t];
        const r = s.right[t];
        imp[f] +=
          s.nSamples[t] * s.impurity[t] - s.nSamples[l] * s.impurity[l] - s.nSamples[r] * s.impurity[r];
      }
      let total = 0;
      for (const v of imp) total += v;
      if (total > 0) for (let f = 0; f < imp.length; f++) imp[f] /= total;
      this.#importances = imp;
    }
    return this.#importances.slice();
  }
}

/** A CART classification tree (gini or entropy). */
export class DecisionTreeClassifier extends DecisionTree {
  #classes: Int32Array | null = null;

  constructor(options: ClassifierOptions = {}) {
    super(options);
  }

  protected get name(): string {
    return "DecisionTreeClassifier";
  }

  /** The distinct labels seen in fit, ascending; column k of predictProba is classes[k]. */
  get classes(): Int32Array {
    this.fitted();
    return (this.#classes as Int32Array).slice();
  }

  /**
   * Fits the tree. `y` holds one integer label per row of X (any integers; they are mapped to
   * class indices 0..K−1 in ascending order). Returns `this`.
   */
  fit(X: Matrix, y: ArrayLike<number>): this {
    const criterion = (this.options as ClassifierOptions).criterion ?? "gini";
    assertCriterion(criterion, ["gini", "entropy"], "DecisionTreeClassifier");
    assertMatrix(X, "DecisionTreeClassifier.fit: X");
    assertVector(y, "DecisionTreeClassifier.fit: y", { length: X.rows });
    for (let i = 0; i < y.length; i++) {
      if (!Number.isInteger(y[i])) {
        throw new InvalidArgument(`DecisionTreeClassifier.fit: y[${i}] = ${y[i]} is not an integer label`);
      }
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const index = new Map<number, number>();
    classes.forEach((c, k) => {
      index.set(c, k);
    });
    const yClass = new Int32Array(y.length);
    for (let i = 0; i < y.length; i++) yClass[i] = index.get(y[i]) as number;
    this.grow(X, criterion, yClass, null, classes.length);
    this.#classes = classes;
    return this;
  }

  /** Class probabilities, rows × K: the class shares of the training samples in each row's leaf. */
  predictProba(X: Matrix): Matrix {
    const store = this.fitted();
    const leaves = this.apply(X);
    const K = store.width;
    const out = new Float64Array(X.rows * K);
    for (let r = 0; r < X.rows; r++) {
      const leaf = leaves[r];
      const n = store.nSamples[leaf];
      for (let k = 0; k < K; k++) out[r * K + k] = store.value[leaf * K + k] / n;
    }
    return { data: out, rows: X.rows, cols: K };
  }

  /** The majority label of each row's leaf (the smallest label on a tie). */
  predict(X: Matrix): Int32Array {
    const store = this.fitted();
    const classes = this.#classes as Int32Array;
    const leaves = this.apply(X);
    const K = store.width;
    const out = new Int32Array(X.rows);
    for (let r = 0; r < X.rows; r++) {
      const base = leaves[r] * K;
      let best = 0;
      for (let k = 1; k < K; k++) if (store.value[base + k] > store.value[base + best]) best = k;
      out[r] = classes[best];
    }
    return out;
  }
}

/** A CART regression tree (squared error); a leaf predicts the mean target of its samples. */
export class DecisionTreeRegressor extends DecisionTree {
  constructor(options: RegressorOptions = {}) {
    super(options);
  }

  protected get name(): string {
    return "DecisionTreeRegressor";
  }

  /** Fits the tree to real-valued targets `y` (one per row of X). Returns `this`. */
  fit(X: Matrix, y: ArrayLike<number>): this {
    assertCriterion(
      (this.options as RegressorOptions).criterion ?? "squared_error",
      ["squared_error"],
      this.name,
    );
    assertMatrix(X, "DecisionTreeRegressor.fit: X");
    assertVector(y, "DecisionTreeRegressor.fit: y", { length: X.rows });
    this.grow(X, "squared_error", null, Float64Array.from(y), 0);
    return this;
  }

  /** The mean training target of each row's leaf. */
  predict(X: Matrix): Float64Array {
    const store = this.fitted();
    const leaves = this.apply(X);
    const out = new Float64Array(X.rows);
    for (let r = 0; r < X.rows; r++) out[r] = store.value[leaves[r]];
    return out;
  }
}
