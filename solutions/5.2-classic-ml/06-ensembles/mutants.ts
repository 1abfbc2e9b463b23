/** Known-wrong variants of the 5.2-classic-ml/06-ensembles solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "ensembles-boosting-ignores-learning-rate",
    file: "boosting.ts",
    task: 0,
    why: "the regressor validates learningRate but never multiplies the trees by it (every step is a full step).",
    edits: [
      {
        find: `  protected readonly stopRule: StopRule = earlyStopReached;
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
    this.#fit = fitBoosting(X, Float64Array.from(y), this.loss, this.options, o, null, this.stopRule);
    this.#nFeatures = X.cols;
    this.#learningRate = o.learningRate;
    return this;
`,
        replace: `  protected readonly stopRule: StopRule = earlyStopReached;
  readonly #rate: number | undefined;
  #nFeatures = 0;
  #learningRate = 0.1;

  constructor(options: BoostingOptions = {}) {
    super({ ...options, learningRate: 1 });
    this.#rate = options.learningRate;
  }

  fit(X: Matrix, y: ArrayLike<number>): this {
    const r = this.#rate ?? 0.1;
    if (!(r > 0 && r <= 1)) throw new InvalidArgument(\`learningRate must be in (0, 1], got \${r}\`);
    return super.fit(X, y);
`,
      },
    ],
  },
  {
    name: "ensembles-boosting-init-zero",
    file: "boosting.ts",
    task: 0,
    why: "the classifier starts from F₀ = 0 (probability ½) instead of the log-odds of the positive class.",
    edits: [
      {
        find: `  protected readonly loss: Loss = LOG_LOSS;
`,
        replace: `  protected readonly loss: Loss = { ...LOG_LOSS, init: () => 0 };
`,
      },
    ],
  },
  {
    name: "ensembles-boosting-mean-residual-leaves",
    file: "boosting.ts",
    task: 0,
    why: "the classifier keeps the tree's mean residual as the leaf value instead of the Newton step Σr / Σp(1−p).",
    edits: [
      {
        find: `  protected readonly loss: Loss = LOG_LOSS;
`,
        replace: `  protected readonly loss: Loss = {
    ...LOG_LOSS,
    leafValue: (rows, _y, _raw, residual) =>
      rows.reduce((s, i) => s + (residual[i] as number), 0) / rows.length,
  };
`,
      },
    ],
  },
  {
    name: "ensembles-bootstrap-without-replacement",
    file: "forest.ts",
    task: 0,
    why: 'the "bootstrap" sample is a shuffle of the rows — drawn without replacement, so nothing is ever out of bag.',
    edits: [
      {
        find: `  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgument(\`bootstrapIndices: n must be an integer ≥ 1, got \${n}\`);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, n);
  return out;
`,
        replace: `  return rng.permutation(n);
`,
      },
    ],
  },
  {
    name: "ensembles-early-stopping-vs-previous-loss",
    file: "boosting.ts",
    task: 0,
    why: "early stopping counts a stage as stale when it does not improve on the PREVIOUS validation loss, instead of on the best one so far (a zig-zag never stops; a slow drift upwards after a lucky minimum is not noticed).",
    edits: [
      {
        find: `
/** Options of both boosters (scikit-learn's names in camelCase). */
`,
        replace: `
const vsPrevious: StopRule = (losses, nIterNoChange, tol) => {
  let stale = 0;
  for (let m = 1; m < losses.length; m++) {
    if ((losses[m] as number) < (losses[m - 1] as number) - tol) stale = 0;
    else stale++;
  }
  return stale >= nIterNoChange;
};

/** Options of both boosters (scikit-learn's names in camelCase). */
`,
      },
      {
        find: `  protected readonly loss: Loss = SQUARED_ERROR;
  /** The early-stopping rule. */
  protected readonly stopRule: StopRule = earlyStopReached;
  #fit: Fitted | null = null;
`,
        replace: `  protected readonly loss: Loss = SQUARED_ERROR;
  /** The early-stopping rule. */
  protected readonly stopRule: StopRule = vsPrevious;
  #fit: Fitted | null = null;
`,
      },
      {
        find: `  protected readonly loss: Loss = LOG_LOSS;
  /** The early-stopping rule. */
  protected readonly stopRule: StopRule = earlyStopReached;
  #fit: Fitted | null = null;
`,
        replace: `  protected readonly loss: Loss = LOG_LOSS;
  /** The early-stopping rule. */
  protected readonly stopRule: StopRule = vsPrevious;
  #fit: Fitted | null = null;
`,
      },
    ],
  },
  {
    name: "ensembles-forest-columns-by-position",
    file: "forest.ts",
    task: 0,
    why: "predictProba adds column c of every tree to column c of the forest, assuming every tree saw every class; a tree whose bootstrap sample missed a class shifts the columns.",
    edits: [
      {
        find: `    const trees = this.#fitted();
    assertMatrix(X, "RandomForestClassifier.predictProba: X", { cols: this.#nFeatures });
    const classes = this.#classes as Int32Array;
    const K = classes.length;
`,
        replace: `    const K = this.classes.length;
    const trees = this.estimators;
`,
      },
      {
        find: `      const proba = tree.predictProba(X);
      const treeClasses = tree.classes;
      // A bootstrap sample can miss a class: map the tree's columns onto the forest's.
      const map = Array.from(treeClasses, (c) => classes.indexOf(c));
      for (let r = 0; r < X.rows; r++) {
        for (let c = 0; c < treeClasses.length; c++) {
          const k = map[c] as number;
          out[r * K + k] = (out[r * K + k] as number) + (proba.data[r * proba.cols + c] as number);
        }
      }
`,
        replace: `      const p = tree.predictProba(X);
      for (let r = 0; r < X.rows; r++)
        for (let c = 0; c < p.cols; c++)
          out[r * K + c] = (out[r * K + c] as number) + (p.data[r * p.cols + c] as number) / trees.length;
`,
      },
      {
        find: `    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / trees.length;
`,
        replace: ``,
      },
    ],
  },
  {
    name: "ensembles-forest-drops-tree-options",
    file: "forest.ts",
    task: 0,
    why: "the forests never pass maxDepth and minSamplesLeaf on to their trees (every tree grows to full depth).",
    edits: [
      {
        find: `  #oobProba: Matrix | null = null;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

`,
        replace: `  #oobProba: Matrix | null = null;

  constructor(options: ForestOptions = {}) {
    const { maxDepth: _d, minSamplesLeaf: _l, ...rest } = options;
    super(rest);
  }

`,
      },
      {
        find: `  #oobPrediction: Float64Array | null = null;

  constructor(options: ForestOptions = {}) {
    this.options = { ...options };
  }

`,
        replace: `  #oobPrediction: Float64Array | null = null;

  constructor(options: ForestOptions = {}) {
    const { maxDepth: _d, minSamplesLeaf: _l, ...rest } = options;
    super(rest);
  }

`,
      },
    ],
  },
  {
    name: "ensembles-forest-hard-voting",
    file: "forest.ts",
    task: 0,
    why: "predictProba counts the trees' votes (hard voting) instead of averaging their probabilities.",
    edits: [
      {
        find: `    const trees = this.#fitted();
    assertMatrix(X, "RandomForestClassifier.predictProba: X", { cols: this.#nFeatures });
    const classes = this.#classes as Int32Array;
    const K = classes.length;
    const out = new Float64Array(X.rows * K);
`,
        replace: `    const classes = Array.from(this.classes);
    const trees = this.estimators;
    const out = new Float64Array(X.rows * classes.length);
`,
      },
      {
        find: `      const proba = tree.predictProba(X);
      const treeClasses = tree.classes;
      // A bootstrap sample can miss a class: map the tree's columns onto the forest's.
      const map = Array.from(treeClasses, (c) => classes.indexOf(c));
      for (let r = 0; r < X.rows; r++) {
        for (let c = 0; c < treeClasses.length; c++) {
          const k = map[c] as number;
          out[r * K + k] = (out[r * K + k] as number) + (proba.data[r * proba.cols + c] as number);
        }
      }
`,
        replace: `      tree.predict(X).forEach((label, r) => {
        const k = classes.indexOf(label);
        out[r * classes.length + k] = (out[r * classes.length + k] as number) + 1 / trees.length;
      });
`,
      },
      {
        find: `    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / trees.length;
    return { data: out, rows: X.rows, cols: K };
`,
        replace: `    return { data: out, rows: X.rows, cols: classes.length };
`,
      },
    ],
  },
  {
    name: "ensembles-log-loss-naive",
    file: "boosting.ts",
    task: 0,
    why: "binaryLogLoss computes −[y log σ(F) + (1 − y) log(1 − σ(F))] directly, which is Infinity for confident scores.",
    edits: [
      {
        find: `    const f = raw[i] as number;
    s += softplus(f) - (y[i] as number) * f;
`,
        replace: `    const p = sigmoid(raw[i] as number);
    const t = y[i] as number;
    s -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
`,
      },
    ],
  },
  {
    name: "ensembles-oob-uses-all-trees",
    file: "forest.ts",
    task: 0,
    why: 'the "out-of-bag" score lets every tree vote, including those that trained on the row (it is the training accuracy).',
    edits: [
      {
        find: `  #trees: DecisionTreeClassifier[] | null = null;
  #samples: Uint32Array[] = [];
`,
        replace: `  #y: ArrayLike<number> = [];ay[] = [];
`,
      },
      {
        find: `    const o = resolve(this.options, "RandomForestClassifier");
    assertMatrix(X, "RandomForestClassifier.fit: X");
    assertVector(y, "RandomForestClassifier.fit: y", { length: X.rows });
    for (let i = 0; i < y.length; i++) {
      if (!Number.isInteger(y[i])) {
        throw new InvalidArgument(\`RandomForestClassifier.fit: y[\${i}] = \${y[i]} is not an integer label\`);
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
`,
        replace: `    super.fit(X, y);
    this.#X = X;
    this.#y = y;
`,
      },
      {
        find: `    this.#fitted();
    if (this.#oobScore === null)
      throw new InvalidArgument("RandomForestClassifier: fit with { oobScore: true } first");
    return this.#oobScore;
`,
        replace: `    super.oobScore; // same errors as the solution when oobScore was not requested
    const pred = this.predict(this.#X as Matrix);
    let correct = 0;
    pred.forEach((p, i) => {
      if (p === this.#y[i]) correct++;
    });
    return correct / pred.length;
`,
      },
      {
        find: `    this.#fitted();
    if (this.#oobProba === null)
      throw new InvalidArgument("RandomForestClassifier: fit with { oobScore: true } first");
    return { ...this.#oobProba, data: this.#oobProba.data.slice() };
`,
        replace: `    super.oobDecisionFunction;
    return this.predictProba(this.#X as Matrix);
`,
      },
    ],
  },
];
