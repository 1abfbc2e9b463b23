/**
 * Splitting sample indices for evaluation: a hold-out split and k-fold cross-validation.
 *
 * Both work on indices `0..n-1`, not on the data itself, so the same split can be applied to
 * `X` (with `selectRows`) and to `y` (with `selectValues`). Both are deterministic for a
 * given seed (they use the course's seeded `Rng`, never `Math.random`).
 */
import { InvalidArgument, ShapeError } from "../errors";
import { Rng } from "../rng";

/** The indices of a split; each is sorted ascending, and together they are exactly `0..n-1`. */
export interface Split {
  train: Uint32Array;
  test: Uint32Array;
}

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions {
  /** The fraction of samples in the test set, in (0, 1). The test set gets `ceil(testFraction · n)` samples, as in scikit-learn. */
  testFraction: number;
  /** Seed of the shuffle. */
  seed: number;
  /**
   * Class labels (length `n`). When given, every class is split in (almost exactly) the
   * proportion `testFraction`, so train and test have the same class balance.
   */
  stratify?: ArrayLike<number>;
}

function assertN(n: number, min: number, what: string): void {
  if (!Number.isInteger(n) || n < min) {
    throw new InvalidArgument(`${what}: n must be an integer ≥ ${min}, got ${n}`);
  }
}

function sorted(values: number[]): Uint32Array {
  return Uint32Array.from(values).sort();
}

/** Indices 0..n-1 grouped by label, classes in ascending label order. */
function groupByLabel(labels: ArrayLike<number>, n: number, what: string): number[][] {
  if (labels.length !== n) {
    throw new ShapeError(`${what}: stratify has ${labels.length} labels but n = ${n}`);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const label = labels[i] as number;
    if (!Number.isFinite(label)) throw new InvalidArgument(`${what}: stratify[${i}] is ${label}`);
    const g = groups.get(label);
    if (g) g.push(i);
    else groups.set(label, [i]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/**
 * A random hold-out split of the indices `0..n-1`: `ceil(testFraction · n)` test indices,
 * the rest for training.
 *
 * With `stratify`, each class `c` of size `n_c` gets `floor(testFraction · n_c)` test
 * samples, and the few left to reach the total go to the classes with the largest
 * remainders (ties: smaller label first).
 *
 * @example
 * const { train, test } = trainTestSplit(X.rows, { testFraction: 0.2, seed: 42 });
 * const Xtrain = selectRows(X, train);
 *
 * @throws InvalidArgument when `n < 2`, `testFraction` is not in (0, 1), either side would be
 *   empty, or `seed` is not an integer.
 * @throws ShapeError when `stratify` does not have `n` labels.
 */
export function trainTestSplit(n: number, options: TrainTestSplitOptions): Split {
  assertN(n, 2, "trainTestSplit");
  const { testFraction, seed, stratify } = options;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new InvalidArgument(`trainTestSplit: testFraction must be in (0, 1), got ${testFraction}`);
  }
  const nTest = Math.ceil(testFraction * n);
  if (nTest >= n) {
    throw new InvalidArgument(
      `trainTestSplit: testFraction ${testFraction} of ${n} samples leaves no training samples`,
    );
  }
  const rng = new Rng(seed);
  if (stratify === undefined) {
    const perm = Array.from(rng.permutation(n));
    return { train: sorted(perm.slice(nTest)), test: sorted(perm.slice(0, nTest)) };
  }
  const groups = groupByLabel(stratify, n, "trainTestSplit");
  const exact = groups.map((g) => testFraction * g.length);
  const counts = exact.map(Math.floor);
  let missing = nTest - counts.reduce((s, c) => s + c, 0);
  const remainder = exact.map((e, c) => e - (counts[c] as number));
  const byRemainder = groups
    .map((_, c) => c)
    .sort((a, b) => (remainder[b] as number) - (remainder[a] as number) || a - b);
  for (const c of byRemainder) {
    if (missing === 0) break;
    if ((counts[c] as number) < (groups[c] as number[]).length) {
      counts[c] = (counts[c] as number) + 1;
      missing--;
    }
  }
  const train: number[] = [];
  const test: number[] = [];
  groups.forEach((g, c) => {
    rng.shuffle(g);
    const k = counts[c] as number;
    test.push(...g.slice(0, k));
    train.push(...g.slice(k));
  });
  return { train: sorted(train), test: sorted(test) };
}

/** Options of {@link kFold}. */
export interface KFoldOptions {
  /** Shuffle the indices before cutting them into folds (needs `seed`). Default: false — contiguous folds. */
  shuffle?: boolean;
  /** Seed of the shuffle; required when `shuffle` is true. */
  seed?: number;
  /**
   * Class labels (length `n`). When given, the folds are stratified: every fold gets (within
   * one sample) the same share of every class. Implies shuffling within classes when
   * `shuffle` is true.
   */
  stratify?: ArrayLike<number>;
}

/**
 * k-fold cross-validation: `k` splits whose test parts are disjoint and together cover
 * `0..n-1`; fold `f` trains on everything outside its test part.
 *
 * Without `stratify`, fold sizes follow scikit-learn's `KFold`: the first `n mod k` folds
 * get `floor(n/k) + 1` test samples, the others `floor(n/k)`; without `shuffle`, fold 0
 * tests on the first indices, fold 1 on the next ones, and so on. With `stratify`, the
 * samples are ordered by class and dealt out to the folds in turn.
 *
 * @example
 * for (const { train, test } of kFold(X.rows, 5, { shuffle: true, seed: 0 })) { … }
 *
 * @throws InvalidArgument when `k` is not an integer with `2 ≤ k ≤ n`, or `shuffle` is
 *   true without an integer `seed`.
 * @throws ShapeError when `stratify` does not have `n` labels.
 */
export function kFold(n: number, k: number, options: KFoldOptions = {}): Split[] {
  assertN(n, 2, "kFold");
  if (!Number.isInteger(k) || k < 2 || k > n) {
    throw new InvalidArgument(`kFold: k must be an integer with 2 ≤ k ≤ n = ${n}, got ${k}`);
  }
  const { shuffle = false, seed, stratify } = options;
  if (shuffle && seed === undefined) {
    throw new InvalidArgument("kFold: shuffle: true needs a seed");
  }
  const rng = shuffle ? new Rng(seed as number) : null;
  const foldOf = new Int32Array(n);
  if (stratify === undefined) {
    const order = rng ? rng.permutation(n) : Uint32Array.from({ length: n }, (_, i) => i);
    const base = Math.floor(n / k);
    const extra = n % k;
    let pos = 0;
    for (let f = 0; f < k; f++) {
      const size = base + (f < extra ? 1 : 0);
      for (let t = 0; t < size; t++) foldOf[order[pos++] as number] = f;
    }
  } else {
    const groups = groupByLabel(stratify, n, "kFold");
    let pos = 0;
    for (const g of groups) {
      if (rng) rng.shuffle(g);
      for (const i of g) foldOf[i] = pos++ % k;
    }
  }
  const folds: Split[] = [];
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (foldOf[i] === f ? test : train).push(i);
    folds.push({ train: Uint32Array.from(train), test: Uint32Array.from(test) });
  }
  return folds;
}

/** Options of {@link stratifiedKFold} and {@link repeatedStratifiedKFold}. */
export interface StratifiedKFoldOptions {
  /** Folds per repetition: an integer with 2 ≤ folds ≤ n. Default 5. */
  folds?: number;
  /** Seed of the shuffle (of repetition 0); an integer. Default 0. */
  seed?: number;
}

/** Options of {@link repeatedStratifiedKFold}. */
export interface RepeatedStratifiedKFoldOptions extends StratifiedKFoldOptions {
  /** Repetitions: an integer ≥ 1. Default 1. */
  repeats?: number;
}

/**
 * Stratified k-fold cross-validation on class labels, shuffled: exactly
 * `kFold(labels.length, folds, { shuffle: true, seed, stratify: labels })`. Every fold gets
 * (within one sample) the same share of every class.
 *
 * @throws InvalidArgument as {@link kFold}, or when `seed` is not an integer.
 */
export function stratifiedKFold(labels: ArrayLike<number>, options: StratifiedKFoldOptions = {}): Split[] {
  const { folds = 5, seed = 0 } = options;
  if (!Number.isInteger(seed))
    throw new InvalidArgument(`stratifiedKFold: seed must be an integer, got ${seed}`);
  return kFold(labels.length, folds, { shuffle: true, seed, stratify: labels });
}

/**
 * Repeated stratified k-fold cross-validation: `repeats` stratified k-folds of the same rows,
 * each reshuffled with its own seed — repetition r is
 * `stratifiedKFold(labels, { folds, seed: seed + r })`. Returns the `folds × repeats` splits
 * repetition by repetition (split `r·folds + f` is fold f of repetition r): within a repetition
 * the test parts are disjoint and cover every row once, so every row is tested `repeats` times.
 *
 * Report the mean and the spread of a score over all the splits, not one split's score: on a few
 * hundred rows one split's accuracy moves by several points with the seed.
 *
 * @example
 * for (const { train, test } of repeatedStratifiedKFold(y, { folds: 5, repeats: 5, seed: 0 })) { … }
 *
 * @throws InvalidArgument when `repeats` is not an integer ≥ 1, `seed` is not an integer, or as {@link kFold}.
 */
export function repeatedStratifiedKFold(
  labels: ArrayLike<number>,
  options: RepeatedStratifiedKFoldOptions = {},
): Split[] {
  const { folds = 5, repeats = 1, seed = 0 } = options;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InvalidArgument(`repeatedStratifiedKFold: repeats must be an integer ≥ 1, got ${repeats}`);
  }
  if (!Number.isInteger(seed)) {
    throw new InvalidArgument(`repeatedStratifiedKFold: seed must be an integer, got ${seed}`);
  }
  const splits: Split[] = [];
  for (let r = 0; r < repeats; r++) splits.push(...stratifiedKFold(labels, { folds, seed: seed + r }));
  return splits;
}
