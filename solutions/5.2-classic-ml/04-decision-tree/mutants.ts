/** Known-wrong variants of the 5.2.4 solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "decision-tree-entropy-natural-log",
    file: "tree.ts",
    task: 1,
    why: "entropy uses the natural logarithm (nats) instead of log₂ (bits): every entropy is ln 2 ≈ 0.69 times too small",
    edits: [{ find: "h -= p * Math.log2(p);", replace: "h -= p * Math.log(p);" }],
  },
  {
    name: "decision-tree-gini-counts-not-shares",
    file: "tree.ts",
    task: 1,
    why: "gini squares the raw counts instead of the class shares (1 − Σ cₖ², not 1 − Σ pₖ²), so it is negative for any node of more than one sample",
    edits: [
      {
        find: "    const p = counts[k] / total;\n    sumSq += p * p;",
        replace: "    sumSq += counts[k] * counts[k];",
      },
    ],
  },
  {
    name: "decision-tree-splits-between-equal-values",
    file: "tree.ts",
    task: 2,
    why: 'bestSplit scores a "threshold" after every sorted position, also between two equal values, as if the sort order of ties could separate them: the threshold then equals the value and the split it reports is not the split x ≤ t makes. Confined to bestSplit (keys === ws.keys only in the tree): in a tree the same slip sends every copy of a repeated maximum left, leaves the right child empty and never stops growing, which a spec can only report as a timeout',
    edits: [
      {
        find: "      if (!(upper > lower)) continue; // no threshold between equal values",
        replace: "      if (!(upper > lower) && keys === ws.keys) continue;",
      },
      {
        find: "    if (!(upper > lower)) continue;\n",
        replace: "    if (!(upper > lower) && keys === ws.keys) continue;\n",
      },
    ],
  },
  {
    name: "decision-tree-threshold-at-lower-value",
    file: "tree.ts",
    task: 2,
    why: "the threshold is the lower of the two neighbouring values instead of their midpoint: the training rows split the same way, but new points between the two values all go right",
    edits: [{ find: "  const t = lower / 2 + upper / 2;", replace: "  const t = lower;" }],
  },
  {
    name: "decision-tree-feature-ties-last-wins",
    file: "tree.ts",
    task: 3,
    why: "on an exact tie between features the node keeps the last feature examined (>= where > belongs), i.e. the highest index, not the lowest the README asks for: on Iris the root splits on petal width instead of petal length",
    edits: [
      {
        find: "if (result.proxy > bestProxy || (result.proxy === bestProxy && f < bestFeature)) {",
        replace: "if (result.proxy >= bestProxy) {",
      },
    ],
  },
  {
    name: "decision-tree-ignores-min-samples-leaf",
    file: "tree.ts",
    task: 3,
    why: "minSamplesLeaf is validated but never used: leaves of one sample are grown whatever the option says",
    edits: [
      {
        find: "  return { maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures: o.maxFeatures, seed };",
        replace:
          "  return { maxDepth, minSamplesSplit, minSamplesLeaf: 1, maxFeatures: o.maxFeatures, seed };",
      },
    ],
  },
  {
    name: "decision-tree-min-samples-split-off-by-one",
    file: "tree.ts",
    task: 3,
    why: "a node becomes a leaf when n ≤ minSamplesSplit instead of n < minSamplesSplit, so a node with exactly minSamplesSplit samples is never split",
    edits: [{ find: "nNode < o.minSamplesSplit ||", replace: "nNode <= o.minSamplesSplit ||" }],
  },
  {
    name: "decision-tree-predict-ties-largest-label",
    file: "tree.ts",
    task: 3,
    why: "predict takes the argmax of the leaf's class counts with >=, so a leaf with tied counts predicts the largest tied label instead of the smallest",
    edits: [
      {
        find: "if (store.value[base + k] > store.value[base + best]) best = k;",
        replace: "if (store.value[base + k] >= store.value[base + best]) best = k;",
      },
    ],
  },
  {
    name: "decision-tree-ignores-max-features",
    file: "tree.ts",
    task: 5,
    why: "maxFeatures is validated but every node still examines all features, so the seed changes nothing and a forest's trees are all alike",
    edits: [
      {
        find: "    const k = resolveMaxFeatures(o.maxFeatures, p);",
        replace: "    resolveMaxFeatures(o.maxFeatures, p);\n    const k = p;",
      },
    ],
  },
  {
    name: "decision-tree-feature-ties-first-drawn",
    file: "tree.ts",
    task: 5,
    why: "with a random feature subset, a tie between features goes to the one drawn first instead of the lowest index (with all features the draw order is 0, 1, … so plain trees look right)",
    edits: [
      {
        find: "if (result.proxy > bestProxy || (result.proxy === bestProxy && f < bestFeature)) {",
        replace: "if (result.proxy > bestProxy) {",
      },
    ],
  },
  {
    name: "decision-tree-features-with-replacement",
    file: "tree.ts",
    task: 5,
    why: "the partial Fisher–Yates shuffle draws the swap partner from all p features instead of from those not drawn yet, so a node can examine the same feature twice and never see another: the subset is drawn with replacement",
    edits: [
      { find: "          const j = rng.int(drawn, p);", replace: "          const j = rng.int(0, p);" },
    ],
  },
  {
    name: "decision-tree-rng-per-node",
    file: "tree.ts",
    task: 5,
    why: "every node makes a fresh Rng(seed) instead of continuing the tree's one generator, so all nodes draw the same features in the same order: the same seed still gives the same tree and other seeds other trees, but the subsets are far from independent",
    edits: [
      {
        find: "      for (let f = 0; f < p; f++) features[f] = f;",
        replace: "      const rng = new Rng(o.seed);\n      for (let f = 0; f < p; f++) features[f] = f;",
      },
    ],
  },
  {
    name: "decision-tree-importances-unweighted",
    file: "tree.ts",
    task: 6,
    why: "importances add each node's impurity decrease I(t) − (nL/nt)·I(L) − (nR/nt)·I(R) without weighting it by the node's sample count, so a split of 6 samples counts as much as a split of 150",
    edits: [
      {
        find: "s.nSamples[t] * s.impurity[t] - s.nSamples[l] * s.impurity[l] - s.nSamples[r] * s.impurity[r];",
        replace:
          "s.impurity[t] - (s.nSamples[l] / s.nSamples[t]) * s.impurity[l] - (s.nSamples[r] / s.nSamples[t]) * s.impurity[r];",
      },
    ],
  },
];
