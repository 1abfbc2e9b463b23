/** Known-wrong variants of the 5.2-classic-ml/01-preprocessing solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "preprocessing-fit-on-train-leaks",
    file: "pipeline.ts",
    task: 0,
    why: "fitOnTrain fits the transformer on all rows (train and test) before splitting — the classic leakage: the test rows shape the statistics used to judge them.",
    edits: [
      {
        find: `  const train = selectRows(X, split.train);
  const test = selectRows(X, split.test);
  transformer.fit(train);
  return { train: transformer.transform(train), test: transformer.transform(test) };
`,
        replace: `  transformer.fit(X);
  return {
    train: transformer.transform(selectRows(X, split.train)),
    test: transformer.transform(selectRows(X, split.test)),
  };
`,
      },
    ],
  },
  {
    name: "preprocessing-imputer-mean-counts-nan-as-zero",
    file: "imputer.ts",
    task: 0,
    why: 'the "mean" strategy adds NaN as 0 and divides by the number of rows, not by the number of observed values, which biases the mean towards 0.',
    edits: [
      {
        find: `    if (!STRATEGIES.includes(this.strategy)) {
      throw new InvalidArgument(
        \`SimpleImputer: unknown strategy "\${this.strategy}"; use \${STRATEGIES.join(", ")}\`,
      );
    }
    if (!Number.isFinite(this.fillValue)) {
      throw new InvalidArgument(\`SimpleImputer: fillValue must be finite, got \${this.fillValue}\`);
    }
    assertMatrix(X, "SimpleImputer.fit: X", { allowNaN: true });
`,
        replace: `    super.fit(X);
    if (this.strategy !== "mean") return this;
`,
      },
      {
        find: `    const statistics = new Float64Array(cols);
    const observed = new Float64Array(rows);
`,
        replace: `    const statistics = this.statistics as Float64Array;
`,
      },
      {
        find: `      if (this.strategy === "constant") {
        statistics[j] = this.fillValue;
        continue;
      }
      let n = 0;
`,
        replace: `      let s = 0;
`,
      },
      {
        find: `        if (!Number.isNaN(v)) observed[n++] = v;
`,
        replace: `        s += Number.isNaN(v) ? 0 : v;
`,
      },
      {
        find: `      if (n === 0) {
        throw new InvalidArgument(
          \`SimpleImputer.fit: column \${j} has no observed value, so its \${this.strategy} is undefined\`,
        );
      }
      const values = observed.subarray(0, n);
      statistics[j] =
        this.strategy === "mean"
          ? mean(values)
          : this.strategy === "median"
            ? median(values)
            : mostFrequent(values);
`,
        replace: `      statistics[j] = s / rows;
`,
      },
      {
        find: `    this.statistics = statistics;
`,
        replace: ``,
      },
    ],
  },
  {
    name: "preprocessing-label-encoder-string-sort",
    file: "encoders.ts",
    task: 0,
    why: "LabelEncoder sorts its classes with a bare Array#sort, which compares numbers as strings: [5, 20, 100] becomes [100, 20, 5].",
    edits: [
      {
        find: `    if (!Array.isArray(y) || y.length === 0) throw new InvalidArgument("LabelEncoder.fit: y is empty");
    this.classes = sortedUnique(y, "LabelEncoder.fit: y");
`,
        replace: `    super.fit(y);
    (this.classes as Category[]).sort();
`,
      },
    ],
  },
  {
    name: "preprocessing-minmax-constant-column-nan",
    file: "scalers.ts",
    task: 0,
    why: "MinMaxScaler divides by max − min without guarding against a constant column, so such a column becomes NaN (0 / 0).",
    edits: [
      {
        find: `    const [scale, offset] = this.#affine();
    assertMatrix(X, "MinMaxScaler.transform: X", { cols: scale.length });
`,
        replace: `    if (this.dataMin === null || this.dataMax === null) return super.transform(X); // NotFittedError
    const min = this.dataMin;
    const max = this.dataMax;
    assertMatrix(X, "MinMaxScaler.transform: X", { cols: min.length });
    const [low, high] = this.featureRange;
`,
      },
      {
        find: `        out[i * cols + j] = (data[i * cols + j] as number) * (scale[j] as number) + (offset[j] as number);
`,
        replace: `        const unit =
          ((data[i * cols + j] as number) - (min[j] as number)) / ((max[j] as number) - (min[j] as number));
        out[i * cols + j] = low + unit * (high - low);
`,
      },
    ],
  },
  {
    name: "preprocessing-onehot-first-seen-order",
    file: "encoders.ts",
    task: 0,
    why: "OneHotEncoder keeps the categories in the order they first appear instead of sorting them, so the columns do not match scikit-learn's (nor another fit's) layout.",
    edits: [
      {
        find: `    if (this.handleUnknown !== "error" && this.handleUnknown !== "ignore") {
      throw new InvalidArgument(
        \`OneHotEncoder: handleUnknown must be "error" or "ignore", got "\${this.handleUnknown}"\`,
      );
    }
    if (this.drop !== "none" && this.drop !== "first") {
      throw new InvalidArgument(\`OneHotEncoder: drop must be "none" or "first", got "\${this.drop}"\`);
    }
    const cols = assertTable(X, "OneHotEncoder.fit: X");
    const categories: Category[][] = [];
    for (let j = 0; j < cols; j++) {
      categories.push(
        sortedUnique(
          X.map((r) => r[j]),
          \`OneHotEncoder.fit: column \${j}\`,
        ),
      );
    }
    this.categories = categories;
`,
        replace: `    super.fit(X); // validation
    const width = (X[0] as readonly Category[]).length;
    this.categories = Array.from({ length: width }, (_, j) => [...new Set(X.map((r) => r[j] as Category))]);
`,
      },
    ],
  },
  {
    name: "preprocessing-pipeline-fits-steps-on-raw-input",
    file: "pipeline.ts",
    task: 0,
    why: "Pipeline.fit fits every step on the raw input X instead of on the output of the previous steps (a scaler after an imputer then sees the NaN the imputer was meant to fill).",
    edits: [
      {
        find: `    let current = X;
    for (const step of this.steps) {
      step.fit(current);
      current = step.transform(current);
    }
`,
        replace: `    for (const step of this.steps) step.fit(X);
`,
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-naive-variance",
    file: "scalers.ts",
    task: 0,
    why: "StandardScaler computes the variance in one pass as Σx²/n − mean², which cancels catastrophically when the values are large compared with their spread.",
    edits: [
      {
        find: `    assertMatrix(X, "StandardScaler.fit: X");
`,
        replace: `    super.fit(X);
`,
      },
      {
        find: `    const mean = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) mean[j] = (mean[j] as number) + (data[i * cols + j] as number);
    }
    for (let j = 0; j < cols; j++) mean[j] = (mean[j] as number) / rows;
    const variance = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const d = (data[i * cols + j] as number) - (mean[j] as number);
        variance[j] = (variance[j] as number) + d * d;
      }
    }
    const scale = new Float64Array(cols);
`,
        replace: `    const mean = this.mean as Float64Array;
    const variance = this.variance as Float64Array;
    const scale = this.scale as Float64Array;
`,
      },
      {
        find: `      variance[j] = (variance[j] as number) / rows;
`,
        replace: `      let sumSq = 0;
      for (let i = 0; i < rows; i++) sumSq += (data[i * cols + j] as number) ** 2;
      variance[j] = Math.max(0, sumSq / rows - (mean[j] as number) ** 2);
`,
      },
      {
        find: `    this.mean = mean;
    this.variance = variance;
    this.scale = scale;
`,
        replace: ``,
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-refits-in-transform",
    file: "scalers.ts",
    task: 0,
    why: "StandardScaler.transform standardises the data it is given with that data's own mean and standard deviation (a fresh fitTransform) instead of the training statistics — test data then always looks like it has mean 0 and std 1.",
    edits: [
      {
        find: `    const [mean, scale] = this.#fitted();
    assertMatrix(X, "StandardScaler.transform: X", { cols: mean.length });
    const { rows, cols, data } = X;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        out[i * cols + j] = ((data[i * cols + j] as number) - (mean[j] as number)) / (scale[j] as number);
      }
    }
    return { data: out, rows, cols };
`,
        replace: `    if (this.mean === null) return super.transform(X); // throws NotFittedError
    return new Reference({ withMean: this.withMean, withStd: this.withStd }).fitTransform(X);
`,
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-sample-std",
    file: "scalers.ts",
    task: 0,
    why: "StandardScaler divides the squared deviations by n − 1 (the sample variance, as pandas' .std()) instead of n (scikit-learn's population variance).",
    edits: [
      {
        find: `    assertMatrix(X, "StandardScaler.fit: X");
    const { rows, cols, data } = X;
    const mean = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) mean[j] = (mean[j] as number) + (data[i * cols + j] as number);
    }
    for (let j = 0; j < cols; j++) mean[j] = (mean[j] as number) / rows;
    const variance = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const d = (data[i * cols + j] as number) - (mean[j] as number);
        variance[j] = (variance[j] as number) + d * d;
      }
    }
    const scale = new Float64Array(cols);
    for (let j = 0; j < cols; j++) {
      variance[j] = (variance[j] as number) / rows;
`,
        replace: `    super.fit(X);
    const n = X.rows;
    const variance = this.variance as Float64Array;
    const scale = this.scale as Float64Array;
    for (let j = 0; j < variance.length; j++) {
      variance[j] = n > 1 ? ((variance[j] as number) * n) / (n - 1) : 0;
`,
      },
      {
        find: `    this.mean = mean;
    this.variance = variance;
    this.scale = scale;
`,
        replace: ``,
      },
    ],
  },
];
