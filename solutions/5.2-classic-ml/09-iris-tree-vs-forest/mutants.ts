/** Known-wrong variants of the 5.2-classic-ml/09-iris-tree-vs-forest solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  // ── Task 1 ──
  {
    name: "iris-tree-vs-forest-sample-std",
    file: "compare.ts",
    task: 1,
    why: "meanStd divides by n − 1 (the sample standard deviation) instead of n, the population std the README asks for.",
    edits: [
      {
        find: "  return { mean, std: Math.sqrt(ss / n) };\n",
        replace: "  return { mean, std: Math.sqrt(ss / (n - 1)) };\n",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-cv-misses-leakage",
    file: "compare.ts",
    task: 1,
    why: "crossValidate checks that the test parts partition the rows, but not that a fold never trains on one of its own test rows (leakage goes unnoticed).",
    edits: [
      {
        find: `    if (leak !== undefined) {
      throw new InvalidArgument(\`crossValidate: fold \${f} trains on row \${leak}, which it also tests\`);
    }
`,
        replace: "",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-cv-reuses-one-model",
    file: "compare.ts",
    task: 1,
    why: "crossValidate calls makeModel() once and refits that same model on every fold instead of a fresh model per fold.",
    edits: [
      {
        find: "  folds.forEach((fold, f) => {\n    const model = makeModel();\n",
        replace: "  const model = makeModel();\n  folds.forEach((fold, f) => {\n",
      },
    ],
  },
  // ── Task 2 ──
  {
    name: "iris-tree-vs-forest-confusion-transposed",
    file: "compare.ts",
    task: 2,
    why: "the confusion matrix counts C[prediction][truth]: predictions in the rows and the truth in the columns, the transpose of scikit-learn's convention.",
    edits: [{ find: "    cm[i][j]++;\n", replace: "    cm[j][i]++;\n" }],
  },
  {
    name: "iris-tree-vs-forest-table-left-aligned",
    file: "compare.ts",
    task: 2,
    why: "formatConfusionMatrix left-aligns the counts (padEnd) instead of right-aligning them.",
    edits: [{ find: "c.padStart(widths[j])", replace: "c.padEnd(widths[j])" }],
  },
  // ── Task 3 ──
  {
    name: "iris-tree-vs-forest-heatmap-axes-swapped",
    file: "compare.ts",
    task: 3,
    why: "the heatmap draws the transposed matrix (predictions on the y axis, truth on the x axis) under the same axis titles.",
    edits: [
      {
        find: "  return heatmap(values, {\n",
        replace: "  return heatmap(values.map((row, i) => row.map((_, j) => values[j][i])), {\n",
      },
    ],
  },
  // ── Task 4 ──
  {
    name: "iris-tree-vs-forest-report-wrong-winner",
    file: "compare.ts",
    task: 4,
    why: "comparisonReport gets the sign of the difference wrong and names the loser as the winner.",
    edits: [
      {
        find: "  const [winner, margin] = diff > 0 ? [a.name, diff] : [b.name, -diff];\n",
        replace: "  const [winner, margin] = diff < 0 ? [a.name, -diff] : [b.name, diff];\n",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-report-winner-std",
    file: "compare.ts",
    task: 4,
    why: "comparisonReport compares the margin with the winner's standard deviation instead of the larger of the two, so a win over a model whose folds spread widely is called convincing.",
    edits: [
      {
        find: "  const spread = Math.max(a.cv.std, b.cv.std);\n",
        replace: "  const spread = diff > 0 ? a.cv.std : b.cv.std;\n",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-report-equal-margin-not-convincing",
    file: "compare.ts",
    task: 4,
    why: 'comparisonReport calls a margin exactly equal to the larger std "smaller … not convincing"; the README says only a smaller margin gets that sentence.',
    edits: [{ find: "    margin < spread\n", replace: "    margin <= spread\n" }],
  },
  {
    name: "iris-tree-vs-forest-report-exact-tie",
    file: "compare.ts",
    task: 4,
    why: 'comparisonReport treats only bit-identical means as a tie, so means that differ by rounding (0.1 + 0.2 vs 0.3) give "wins by 0.0 percentage points" instead of the tie within 1e-12.',
    edits: [{ find: "  if (Math.abs(diff) < 1e-12) {\n", replace: "  if (diff === 0) {\n" }],
  },
  {
    name: "iris-tree-vs-forest-report-tie-by-rounding",
    file: "compare.ts",
    task: 4,
    why: "comparisonReport calls it a tie when both means print the same with three decimals, although the README's tie is |difference| < 1e-12: 0.9 and 0.900000001 are not a tie.",
    edits: [
      {
        find: "  if (Math.abs(diff) < 1e-12) {\n",
        replace: "  if (a.cv.mean.toFixed(3) === b.cv.mean.toFixed(3)) {\n",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-same-folds-every-repeat",
    file: "compare.ts",
    task: 4,
    why: 'every repetition cuts its folds with the same seed, so "5 × 5-fold" is the same 5 folds five times.',
    edits: [
      {
        find: "kFold(X.rows, k, { shuffle: true, seed: seed + r, stratify: y });",
        replace: "kFold(X.rows, k, { shuffle: true, seed, stratify: y });",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-forest-seed-fixed",
    file: "compare.ts",
    task: 4,
    why: "the folds change with every repetition but every forest is seeded with the base seed: the README's seed + r per repetition holds for the folds only, so the forests' own randomness is never repeated.",
    edits: [
      {
        find: "      () => new RandomForestClassifier({ nEstimators, seed: seed + r }),\n",
        replace: "      () => new RandomForestClassifier({ nEstimators, seed }),\n",
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-forest-seed-ignores-base",
    file: "compare.ts",
    task: 4,
    why: "repetition r seeds its forest with r instead of seed + r: identical for the default seed 0, but any other seed gives the forests of seeds 0, 1, 2… on folds of seed + r.",
    edits: [
      {
        find: "      () => new RandomForestClassifier({ nEstimators, seed: seed + r }),\n",
        replace: "      () => new RandomForestClassifier({ nEstimators, seed: r }),\n",
      },
    ],
  },
  {
    name: "compare-flatters-default-forest",
    file: "compare.ts",
    task: 4,
    why: "compareTreeAndForest adds 2 points to every fold accuracy of the forest in the scored setting (100 trees) and is exact with other options (the ones the replay checks use), so its mean, std and report stay consistent. The scored accuracies are now the spec's own replay of the 25 folds, which the fold accuracies must match.",
    edits: [
      {
        find: "    forestScores.push(...forest.foldAccuracies);\n",
        replace:
          "    forestScores.push(...forest.foldAccuracies.map((a) => (nEstimators === 100 ? Math.min(1, a + 0.02) : a)));\n",
      },
    ],
  },
];
