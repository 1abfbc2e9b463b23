/** Known-wrong variants of the 5.2-classic-ml/09-iris-tree-vs-forest solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "iris-tree-vs-forest-confusion-transposed",
    file: "compare.ts",
    task: 2,
    why: "the confusion matrix puts predictions in the rows and the truth in the columns.",
    edits: [
      {
        find: `  assertVector(yTrue, "confusionMatrix: yTrue");
  assertVector(yPred, "confusionMatrix: yPred", { length: yTrue.length });
  assertVector(labels, "confusionMatrix: labels");
  const index = new Map<number, number>();
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] as number;
    if (index.has(label)) throw new InvalidArgument(\`confusionMatrix: label \${label} is listed twice\`);
    index.set(label, k);
  }
  const K = labels.length;
  const cm = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s] as number);
    const j = index.get(yPred[s] as number);
    if (i === undefined)
      throw new InvalidArgument(\`confusionMatrix: yTrue[\${s}] = \${yTrue[s]} is not in labels\`);
    if (j === undefined)
      throw new InvalidArgument(\`confusionMatrix: yPred[\${s}] = \${yPred[s]} is not in labels\`);
    (cm[i] as number[])[j] = ((cm[i] as number[])[j] as number) + 1;
  }
  return cm;
`,
        replace: `  return solution(yPred, yTrue, labels);
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-cv-misses-leakage",
    file: "compare.ts",
    task: 0,
    why: "crossValidate checks that the test parts partition the rows, but not that a fold never trains on its own test rows.",
    edits: [
      {
        find: `  if (folds.length < 2)
    throw new InvalidArgument(\`crossValidate: needs at least 2 folds, got \${folds.length}\`);
`,
        replace: `  if (folds.length < 2) throw new InvalidArgument("crossValidate: needs at least 2 folds");
`,
      },
      {
        find: `  const testedBy = new Int32Array(n).fill(-1);
  folds.forEach((fold, f) => {
`,
        replace: `  const tested = new Int32Array(n);
  for (const fold of folds) {
`,
      },
      {
        find: `      if (i >= n) throw new InvalidArgument(\`crossValidate: fold \${f} tests row \${i}, but X has \${n} rows\`);
      if (testedBy[i] !== -1) {
        throw new InvalidArgument(
          \`crossValidate: row \${i} is in the test part of folds \${testedBy[i]} and \${f}\`,
        );
      }
      testedBy[i] = f;
`,
        replace: `      if (i >= n || tested[i]) throw new InvalidArgument(\`crossValidate: bad test row \${i}\`);
      tested[i] = 1;
`,
      },
      {
        find: `    for (const i of fold.train) {
      if (testedBy[i] === f) {
        throw new InvalidArgument(\`crossValidate: fold \${f} trains on row \${i}, which it also tests\`);
      }
    }
  });
  const missing = testedBy.indexOf(-1);
  if (missing >= 0) throw new InvalidArgument(\`crossValidate: row \${missing} is in no fold's test part\`);

`,
        replace: `  }
  if (tested.includes(0)) throw new InvalidArgument("crossValidate: a row is never tested");
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-cv-reuses-one-model",
    file: "compare.ts",
    task: 0,
    why: "crossValidate calls makeModel() once and refits that same model on every fold.",
    edits: [
      {
        find: `  assertMatrix(X, "crossValidate: X");
  assertVector(y, "crossValidate: y", { length: X.rows });
  if (folds.length < 2)
    throw new InvalidArgument(\`crossValidate: needs at least 2 folds, got \${folds.length}\`);
  const n = X.rows;
  const testedBy = new Int32Array(n).fill(-1);
  folds.forEach((fold, f) => {
    for (const i of fold.test) {
      if (i >= n) throw new InvalidArgument(\`crossValidate: fold \${f} tests row \${i}, but X has \${n} rows\`);
      if (testedBy[i] !== -1) {
        throw new InvalidArgument(
          \`crossValidate: row \${i} is in the test part of folds \${testedBy[i]} and \${f}\`,
        );
      }
      testedBy[i] = f;
    }
    for (const i of fold.train) {
      if (testedBy[i] === f) {
        throw new InvalidArgument(\`crossValidate: fold \${f} trains on row \${i}, which it also tests\`);
      }
    }
  });
  const missing = testedBy.indexOf(-1);
  if (missing >= 0) throw new InvalidArgument(\`crossValidate: row \${missing} is in no fold's test part\`);

  const yTyped = Int32Array.from(y);
  const predictions = new Int32Array(n);
  const foldAccuracies = new Float64Array(folds.length);
  folds.forEach((fold, f) => {
    const model = makeModel();
    model.fit(selectRows(X, fold.train), selectValues(yTyped, fold.train));
    const pred = model.predict(selectRows(X, fold.test));
    fold.test.forEach((i, k) => {
      predictions[i] = pred[k] as number;
    });
    foldAccuracies[f] = accuracy(selectValues(yTyped, fold.test), pred);
  });
  return { foldAccuracies, ...meanStd(foldAccuracies), predictions };
`,
        replace: `  let model: Classifier | null = null;
  return solution(
    () => {
      model ??= makeModel();
      return model;
    },
    X,
    y,
    folds,
  );
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-heatmap-axes-swapped",
    file: "compare.ts",
    task: 0,
    why: "the heatmap draws the transposed matrix (predictions on the y axis, truth on the x axis) under the same axis titles.",
    edits: [
      {
        find: `  assertSquare(cm, names, "confusionMatrixChart");
  const normalize = options.normalize ?? false;
  return heatmap(normalize ? normalizeRows(cm) : cm, {
    rowLabels: names,
    colLabels: names,
    xLabel: "predicted",
    yLabel: "true",
    valueFormat: normalize ? ".2f" : "d",
    ...(normalize ? { domain: [0, 1] as const } : {}),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
`,
        replace: `  const transposed = cm.map((row, i) => row.map((_, j) => (cm[j] as readonly number[])[i] as number));
  return solution(transposed, names, options);
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-report-wrong-winner",
    file: "compare.ts",
    task: 0,
    why: "comparisonReport gets the sign of the difference wrong and names the loser as the winner.",
    edits: [
      {
        find: `  const line = (m: ModelResult) =>
    \`\${m.name}: mean accuracy \${m.cv.mean.toFixed(3)} ± \${m.cv.std.toFixed(3)} over \${m.cv.foldAccuracies.length} folds\`;
`,
        replace: `  const lines = solution(a, b).split("\\n");
`,
      },
      {
        find: `  const lines = [line(a), line(b)];
  if (Math.abs(diff) < 1e-12) {
    lines.push(\`Tie: both models reach a mean accuracy of \${a.cv.mean.toFixed(3)}.\`);
    lines.push("There is no difference to judge.");
    return lines.join("\\n");
`,
        replace: `  if (Math.abs(diff) >= 1e-12) {
    const [winner, loser] = diff > 0 ? [a.name, b.name] : [b.name, a.name];
    lines[2] = (lines[2] as string).replace(\`\${winner} wins\`, \`\${loser} wins\`);
`,
      },
      {
        find: `  const [winner, margin] = diff > 0 ? [a.name, diff] : [b.name, -diff];
  lines.push(\`\${winner} wins by \${(100 * margin).toFixed(1)} percentage points (\${margin.toFixed(3)}).\`);
  const spread = Math.max(a.cv.std, b.cv.std);
  lines.push(
    margin < spread
      ? "The difference is smaller than one standard deviation of the fold accuracies, so it is not convincing."
      : "The difference is larger than one standard deviation of the fold accuracies.",
  );
`,
        replace: ``,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-same-folds-every-repeat",
    file: "compare.ts",
    task: 0,
    why: 'every repetition uses the same seed, so "5 × 5-fold" is the same 5 folds five times.',
    edits: [
      {
        find: `  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InvalidArgument(\`compareTreeAndForest: repeats must be an integer ≥ 1, got \${repeats}\`);
  }
`,
        replace: `  if (!Number.isInteger(repeats) || repeats < 1)
    throw new InvalidArgument(\`repeats must be ≥ 1, got \${repeats}\`);
`,
      },
      {
        find: `  const K = labels.length;
  const zero = () => Array.from({ length: K }, () => new Array<number>(K).fill(0));
`,
        replace: `  const zero = () => labels.map(() => labels.map(() => 0));
`,
      },
      {
        find: `  const add = (total: number[][], part: number[][]) => {
    part.forEach((row, i) => {
      row.forEach((v, j) => {
        (total[i] as number[])[j] = ((total[i] as number[])[j] as number) + v;
      });
    });
  };
`,
        replace: ``,
      },
      {
        find: `    const folds = kFold(X.rows, k, { shuffle: true, seed: seed + r, stratify: y });
`,
        replace: `    const folds = kFold(X.rows, k, { shuffle: true, seed, stratify: y });
`,
      },
      {
        find: `    const forest = crossValidate(
      () => new RandomForestClassifier({ nEstimators, seed: seed + r }),
      X,
      y,
      folds,
    );
`,
        replace: `    const forest = crossValidate(() => new RandomForestClassifier({ nEstimators, seed }), X, y, folds);
`,
      },
      {
        find: `    add(treeConfusion, confusionMatrix(y, tree.predictions, labels));
    add(forestConfusion, confusionMatrix(y, forest.predictions, labels));
`,
        replace: `    confusionMatrix(y, tree.predictions, labels).forEach((row, i) => {
      row.forEach((v, j) => {
        (treeConfusion[i] as number[])[j] = ((treeConfusion[i] as number[])[j] as number) + v;
      });
    });
    confusionMatrix(y, forest.predictions, labels).forEach((row, i) => {
      row.forEach((v, j) => {
        (forestConfusion[i] as number[])[j] = ((forestConfusion[i] as number[])[j] as number) + v;
      });
    });
`,
      },
      {
        find: `  const summary = (scores: number[]): FoldScores => ({
    foldAccuracies: Float64Array.from(scores),
    ...meanStd(scores),
  });
`,
        replace: `  const summary = (s: number[]): FoldScores => ({ foldAccuracies: Float64Array.from(s), ...meanStd(s) });
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-sample-std",
    file: "compare.ts",
    task: 0,
    why: "meanStd divides by n − 1 (the sample standard deviation) instead of n.",
    edits: [
      {
        find: `  return { mean, std: Math.sqrt(ss / n) };
`,
        replace: `  return { mean, std: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
`,
      },
    ],
  },
  {
    name: "iris-tree-vs-forest-table-left-aligned",
    file: "compare.ts",
    task: 0,
    why: "formatConfusionMatrix left-aligns the counts (padEnd) instead of right-aligning them.",
    edits: [
      {
        find: `  assertSquare(cm, names, "formatConfusionMatrix");
`,
        replace: ``,
      },
      {
        find: `    [head.padEnd(first), ...cells.map((c, j) => c.padStart(widths[j] as number))].join("  ").trimEnd();
`,
        replace: `    [head.padEnd(first), ...cells.map((c, j) => c.padEnd(widths[j] as number))].join("  ").trimEnd();
`,
      },
    ],
  },
];
