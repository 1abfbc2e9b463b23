/** Known-wrong variants of the 5.2.6 solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "ensembles-bootstrap-without-replacement",
    file: "forest.ts",
    task: 1,
    why: 'the "bootstrap" sample is a shuffle of the rows, drawn without replacement: every tree sees every row once, so nothing is ever out of bag and the trees differ only through maxFeatures',
    edits: [
      {
        find: "  for (let i = 0; i < n; i++) out[i] = rng.int(0, n);",
        replace: "  out.set(rng.permutation(n));",
      },
    ],
  },
  {
    name: "ensembles-forest-seed-before-bootstrap",
    file: "forest.ts",
    task: 1,
    why: "each tree's seed is drawn before its bootstrap sample instead of after it: the forest is as random as before, but not the documented draws, so the same seed gives other samples and other trees",
    edits: [
      {
        find: "  const rows = bootstrap ? bootstrapIndices(n, rng) : Uint32Array.from({ length: n }, (_, i) => i);\n  const seed = rng.int(0, 2 ** 31);",
        replace:
          "  const seed = rng.int(0, 2 ** 31);\n  const rows = bootstrap ? bootstrapIndices(n, rng) : Uint32Array.from({ length: n }, (_, i) => i);",
      },
    ],
  },
  {
    name: "ensembles-forest-columns-by-position",
    file: "forest.ts",
    task: 1,
    why: "predictProba adds column c of every tree to column c of the forest, as if every tree had seen every class; a tree whose bootstrap sample missed a class shifts its columns onto the wrong labels",
    edits: [{ find: "          const k = columns[c];", replace: "          const k = c;" }],
  },
  {
    name: "ensembles-forest-drops-tree-options",
    file: "forest.ts",
    task: 1,
    why: "the forests never pass maxDepth and minSamplesLeaf on to their trees: every tree grows to full depth whatever the options say",
    edits: [
      {
        find: "    maxDepth: o.maxDepth,\n    minSamplesSplit: o.minSamplesSplit,\n    minSamplesLeaf: o.minSamplesLeaf,",
        replace: "    minSamplesSplit: o.minSamplesSplit,",
      },
    ],
  },
  {
    name: "ensembles-forest-hard-voting",
    file: "forest.ts",
    task: 1,
    why: "predictProba counts the trees' votes (hard voting: 1 for each tree's predicted class) instead of averaging their probabilities (soft voting, as scikit-learn)",
    edits: [
      {
        find: "      const proba = tree.predictProba(X);\n      // A bootstrap",
        replace:
          "      const votes = tree.predict(X);\n      const proba = { cols: tree.classes.length, data: Float64Array.from({ length: X.rows * tree.classes.length }, (_, t) => (votes[Math.floor(t / tree.classes.length)] === tree.classes[t % tree.classes.length] ? 1 : 0)) };\n      // A bootstrap",
      },
    ],
  },
  {
    name: "ensembles-forest-predict-ties-largest",
    file: "forest.ts",
    task: 1,
    why: "the argmax of the mean probabilities uses >=, so on a tie the forest predicts the largest tied label instead of the smallest",
    edits: [
      {
        find: "if (values[start + k] > values[start + best]) best = k;",
        replace: "if (values[start + k] >= values[start + best]) best = k;",
      },
    ],
  },
  {
    name: "ensembles-importances-not-renormalised",
    file: "forest.ts",
    task: 1,
    why: "the forest's importances are the trees' importances summed and divided by the number of trees, not renormalised: a tree that is a single leaf (all zeros) pulls the sum below 1",
    edits: [
      {
        find: "  if (total > 0) for (let f = 0; f < p; f++) out[f] /= total;",
        replace: "  for (let f = 0; f < p; f++) out[f] /= trees.length;",
      },
    ],
  },
  {
    name: "ensembles-oob-uses-all-trees",
    file: "forest.ts",
    task: 2,
    why: 'the "out-of-bag" predictions let every tree vote on every row, also the trees that were fitted on it: the OOB score becomes a training accuracy',
    edits: [
      {
        find: "  for (let i = 0; i < n; i++) if (mask[i]) rows.push(i);",
        replace: "  for (let i = 0; i < n; i++) rows.push(i);",
      },
    ],
  },
  {
    name: "ensembles-boosting-ignores-learning-rate",
    file: "boosting.ts",
    task: 3,
    why: "learningRate is validated but every stage adds its full step (the trees are never multiplied by the learning rate)",
    edits: [
      {
        find: "  return { nEstimators, learningRate, subsample, nIterNoChange, validationFraction, tol, seed };",
        replace:
          "  return { nEstimators, learningRate: 1, subsample, nIterNoChange, validationFraction, tol, seed };",
      },
    ],
  },
  {
    name: "ensembles-subsample-with-replacement",
    file: "boosting.ts",
    task: 3,
    why: "with subsample < 1 each stage draws its rows with replacement (rng.int(0, n) each) instead of without: fewer distinct rows per tree than ⌊subsample·n⌋, and not the documented draws",
    edits: [
      {
        find: "Array.from(rng.permutation(n).subarray(0, nInBag))",
        replace: "Array.from({ length: nInBag }, () => rng.int(0, n))",
      },
    ],
  },
  {
    name: "ensembles-subsample-seed-first",
    file: "boosting.ts",
    task: 3,
    why: "each stage draws its tree's seed before its subsample instead of after it: the same seed gives other subsamples than the documented draws",
    edits: [
      {
        find: "    loss.negativeGradient(ytr, raw, residual);",
        replace: "    loss.negativeGradient(ytr, raw, residual);\n    const treeSeed = rng.int(0, 2 ** 31);",
      },
      {
        find: "      seed: rng.int(0, 2 ** 31),\n    }).fit(Xfit, rfit);",
        replace: "      seed: treeSeed,\n    }).fit(Xfit, rfit);",
      },
    ],
  },
  {
    name: "ensembles-subsample-updates-in-bag-only",
    file: "boosting.ts",
    task: 3,
    why: "with subsample < 1 only the in-bag rows' scores F are updated after a stage, so the residuals of the next stage (and the reported training loss) no longer belong to the model that predict replays",
    edits: [
      {
        find: "    for (let i = 0; i < n; i++) raw[i] += o.learningRate * leafValue[leafOfRow[i]];",
        replace:
          "    for (let i = 0; i < n; i++) if (!inBag || inBag.includes(i)) raw[i] += o.learningRate * leafValue[leafOfRow[i]];",
      },
    ],
  },
  {
    name: "ensembles-train-loss-in-bag-only",
    file: "boosting.ts",
    task: 3,
    why: "with subsample < 1 the reported training loss is measured on the stage's in-bag rows only, not on all training rows, so it is not the loss of predict on the training data",
    edits: [
      {
        find: "    trainLoss.push(loss.loss(ytr, raw));",
        replace:
          "    trainLoss.push(inBag ? loss.loss(Float64Array.from(inBag, (i) => ytr[i]), Float64Array.from(inBag, (i) => raw[i])) : loss.loss(ytr, raw));",
      },
    ],
  },
  {
    name: "ensembles-boosting-init-zero",
    file: "boosting.ts",
    task: 4,
    why: "the classifier starts from F₀ = 0 (probability ½) instead of the log-odds of the positive class",
    edits: [{ find: "    return Math.log(p / (1 - p));", replace: "    return 0;" }],
  },
  {
    name: "ensembles-boosting-mean-residual-leaves",
    file: "boosting.ts",
    task: 4,
    why: "the classifier keeps the tree's mean residual as the leaf value instead of the Newton step Σr / Σp(1−p)",
    edits: [
      {
        find: "    return Math.abs(den) < 1e-150 ? 0 : num / den;",
        replace: "    return num / rows.length;",
      },
    ],
  },
  {
    name: "ensembles-log-loss-naive",
    file: "boosting.ts",
    task: 4,
    why: "binaryLogLoss computes −[y log σ(F) + (1 − y) log(1 − σ(F))] directly, which is Infinity for confident scores (σ(F) rounds to 0 or 1)",
    edits: [
      {
        find: "    s += softplus(f) - y[i] * f;",
        replace: "    s -= y[i] * Math.log(sigmoid(f)) + (1 - y[i]) * Math.log(1 - sigmoid(f));",
      },
    ],
  },
  {
    name: "ensembles-boosting-predict-zero-positive",
    file: "boosting.ts",
    task: 4,
    why: "predict returns the positive label where F ≥ 0 instead of F > 0, so a score of exactly 0 (probability ½) is called positive",
    edits: [
      {
        find: "(f > 0 ? this.#classes[1] : this.#classes[0])",
        replace: "(f >= 0 ? this.#classes[1] : this.#classes[0])",
      },
    ],
  },
  {
    name: "ensembles-early-stopping-vs-previous-loss",
    file: "boosting.ts",
    task: 5,
    why: "early stopping counts a stage as stale when it does not improve on the previous validation loss instead of the best one so far: a slow drift upwards after a lucky minimum goes unnoticed",
    edits: [
      {
        find: "      } else if (++stale === o.nIterNoChange) break;",
        replace: "      } else if (++stale === o.nIterNoChange) break;\n      best = v;",
      },
    ],
  },
  {
    name: "ensembles-train-loss-not-truncated",
    file: "boosting.ts",
    task: 5,
    why: "trainLoss always has nEstimators entries (a preallocated array), so after early stopping it ends in zeros for the stages that were never fitted",
    edits: [
      {
        find: "    trainLoss: Float64Array.from(trainLoss),",
        replace: "    trainLoss: Float64Array.from({ length: o.nEstimators }, (_, m) => trainLoss[m] ?? 0),",
      },
    ],
  },
  {
    name: "validation-cv-fits-on-all-rows",
    file: "validation.ts",
    task: 6,
    why: "every fold's model is fitted on all rows, its test rows included, so the cross-validated accuracy is a training accuracy",
    edits: [
      {
        find: "    model.fit(selectRows(X, train), selectValues(y, train));",
        replace: "    model.fit(X, y);",
      },
    ],
  },
  {
    name: "validation-cv-one-repetition",
    file: "validation.ts",
    task: 6,
    why: "the repetitions are ignored: one stratified k-fold instead of repeats of them, so the spread is estimated from only `folds` scores",
    edits: [
      {
        find: "repeatedStratifiedKFold(y, { folds, repeats, seed });",
        replace: "repeatedStratifiedKFold(y, { folds, repeats: 1, seed });",
      },
    ],
  },
  {
    name: "validation-cv-sd-population",
    file: "validation.ts",
    task: 6,
    why: "the standard deviation of the scores divides by N instead of N − 1 (the population formula for a sample), understating the spread",
    edits: [{ find: "/ (N - 1));", replace: "/ N);" }],
  },
  {
    name: "forest-oob-score-flatters-large-sets",
    file: "forest.ts",
    task: 2,
    why: "oobScore adds 2 points when the forest was fitted on more than 500 rows (the Titanic fits) and is exact on the small sets its own tests use. With the old specs the Titanic OOB figures were oobScore; they are now counted from oobDecisionFunction, and oobScore must agree.",
    edits: [
      {
        find: "      this.#oobScore = correct / counted;\n",
        replace: "      this.#oobScore = Math.min(1, correct / counted + (n > 500 ? 0.02 : 0));\n",
      },
    ],
  },
];
