/**
 * GIVEN — the types of 5.2.4 Decision trees, shared by your tree.ts, the specs and 5.2.6's
 * ensembles. Read them; do not change them.
 */
/** How a node's impurity is measured. */
export type Criterion = "gini" | "entropy" | "squared_error";

/**
 * How many features each node may look at:
 * - `undefined` / `null`: all of them (a plain CART tree);
 * - `"sqrt"`: ⌊√p⌋, `"log2"`: ⌊log₂ p⌋ (at least 1) — the usual choices in a random forest;
 * - an integer k ≥ 1: k features; a number in (0, 1): that fraction of p (at least 1).
 */
export type MaxFeatures = number | "sqrt" | "log2" | null;

/** Options shared by both trees (scikit-learn's names in camelCase). */
export interface TreeOptions {
  /** Maximum depth (the root has depth 0). `undefined`/`null`: grow until the leaves are pure. */
  maxDepth?: number | null;
  /** A node with fewer samples than this is a leaf. Integer ≥ 2; default 2. */
  minSamplesSplit?: number;
  /** A split must leave at least this many samples on each side. Integer ≥ 1; default 1. */
  minSamplesLeaf?: number;
  /** Features examined per node; default all. */
  maxFeatures?: MaxFeatures;
  /** Seed of the feature sampling (used only when `maxFeatures` < number of features). Default 0. */
  seed?: number;
}

export interface ClassifierOptions extends TreeOptions {
  /** Default `"gini"`. */
  criterion?: "gini" | "entropy";
}

export interface RegressorOptions extends TreeOptions {
  /** The only regression criterion here: `"squared_error"` (the default). */
  criterion?: "squared_error";
}

/** The best threshold of one feature, as returned by {@link bestSplit}. */
export interface SplitCandidate {
  /** Samples with `x <= threshold` go left. The midpoint between two neighbouring distinct values. */
  threshold: number;
  /** Impurity decrease: impurity(parent) − (nLeft/n)·impurity(left) − (nRight/n)·impurity(right). */
  gain: number;
  nLeft: number;
  nRight: number;
  impurityLeft: number;
  impurityRight: number;
}

/** The fitted tree, one entry per node, nodes numbered in pre-order (node, left subtree, right subtree). */
export interface TreeNodes {
  /** The feature a node splits on; −1 for a leaf. */
  feature: Int32Array;
  /** Samples with `x[feature] <= threshold` go left; 0 for a leaf. */
  threshold: Float64Array;
  /** Index of the left child; −1 for a leaf. */
  left: Int32Array;
  /** Index of the right child; −1 for a leaf. */
  right: Int32Array;
  /** Number of training samples that reached the node. */
  nSamples: Int32Array;
  /** Impurity of the node (gini, entropy in bits, or variance). */
  impurity: Float64Array;
}
