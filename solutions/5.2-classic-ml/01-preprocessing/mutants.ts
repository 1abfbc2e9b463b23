/** Known-wrong variants of the 5.2-classic-ml/01-preprocessing solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "preprocessing-fit-on-train-leaks",
    file: "pipeline.ts",
    task: 6,
    why: "fitOnTrain fits the transformer on all rows (train and test) before splitting — the classic leakage: the test rows shape the statistics used to judge them.",
    edits: [{ find: "  transformer.fit(train);\n", replace: "  transformer.fit(X);\n" }],
  },
  {
    name: "preprocessing-imputer-mean-counts-nan-as-zero",
    file: "imputer.ts",
    task: 3,
    why: "fit counts a missing value as 0 instead of leaving it out, so the mean is divided by the number of rows rather than the number of observed values and is biased towards 0.",
    edits: [
      {
        find: "        if (!Number.isNaN(v)) observed[n++] = v;\n",
        replace: "        observed[n++] = Number.isNaN(v) ? 0 : v;\n",
      },
    ],
  },
  {
    name: "preprocessing-label-encoder-string-sort",
    file: "encoders.ts",
    task: 5,
    why: "LabelEncoder sorts its classes with a bare Array#sort, which compares numbers as strings: [5, 20, 100] becomes [100, 20, 5].",
    edits: [
      {
        find: `    this.classes = sortedUnique(y, "LabelEncoder.fit: y");\n`,
        replace: `    this.classes = sortedUnique(y, "LabelEncoder.fit: y").sort();\n`,
      },
    ],
  },
  {
    name: "preprocessing-minmax-constant-column-nan",
    file: "scalers.ts",
    task: 1,
    why: "MinMaxScaler divides by max − min without guarding against a constant column, so such a column becomes NaN (0 / 0).",
    edits: [
      {
        find: "      const s = (high - low) / (range === 0 ? 1 : range);\n",
        replace: "      const s = (high - low) / range;\n",
      },
    ],
  },
  {
    name: "preprocessing-minmax-inverse-raw-range",
    file: "scalers.ts",
    task: 1,
    why: "inverseTransform computes min + (x' − low)·(max − min)/(high − low) with the raw range, forgetting that transform treated a zero range as 1: a constant column's new values all map back to its minimum.",
    edits: [
      {
        find: `    const [scale, offset] = this.#affine();
    assertMatrix(X, "MinMaxScaler.inverseTransform: X", { cols: scale.length });
`,
        replace: `    const [min, max] = this.#fitted();
    const [low, high] = this.featureRange;
    assertMatrix(X, "MinMaxScaler.inverseTransform: X", { cols: min.length });
`,
      },
      {
        find: "        out[i * cols + j] = (data[i * cols + j] - offset[j]) / scale[j];\n",
        replace:
          "        out[i * cols + j] = min[j] + ((data[i * cols + j] - low) * (max[j] - min[j])) / (high - low);\n",
      },
    ],
  },
  {
    name: "preprocessing-onehot-first-seen-order",
    file: "encoders.ts",
    task: 4,
    why: "OneHotEncoder keeps the categories in the order they first appear instead of sorting them, so the columns do not match scikit-learn's (nor another fit's) layout.",
    edits: [
      {
        find: `      categories.push(
        sortedUnique(
          X.map((r) => r[j]),
          \`OneHotEncoder.fit: column \${j}\`,
        ),
      );
`,
        replace: "      categories.push([...new Set(X.map((r) => r[j]))]);\n",
      },
    ],
  },
  {
    name: "preprocessing-pipeline-fits-steps-on-raw-input",
    file: "pipeline.ts",
    task: 6,
    why: "Pipeline.fit fits every step on the raw input X instead of on the output of the previous steps (a scaler after an imputer then sees the NaN the imputer was meant to fill).",
    edits: [{ find: "      step.fit(current);\n", replace: "      step.fit(X);\n" }],
  },
  {
    name: "preprocessing-standard-scaler-naive-variance",
    file: "scalers.ts",
    task: 2,
    why: "StandardScaler computes the variance in one pass as Σx²/n − mean², which cancels catastrophically when the values are large compared with their spread.",
    edits: [
      {
        find: `        const d = data[i * cols + j] - mean[j];
        variance[j] += d * d;
`,
        replace: "        variance[j] += data[i * cols + j] ** 2;\n",
      },
      {
        find: "      variance[j] /= rows;\n",
        replace: "      variance[j] = Math.max(0, variance[j] / rows - mean[j] ** 2);\n",
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-refits-in-transform",
    file: "scalers.ts",
    task: 2,
    why: "StandardScaler.transform standardises the data it is given with that data's own mean and standard deviation (a fresh fit) instead of the training statistics — test data then always looks like it has mean 0 and std 1.",
    edits: [
      {
        find: `    const [mean, scale] = this.#fitted();
    assertMatrix(X, "StandardScaler.transform: X", { cols: mean.length });
`,
        replace: `    this.#fitted(); // NotFittedError before fit
    const [mean, scale] = new StandardScaler({ withMean: this.withMean, withStd: this.withStd }).fit(X).#fitted();
    assertMatrix(X, "StandardScaler.transform: X", { cols: mean.length });
`,
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-sample-std",
    file: "scalers.ts",
    task: 2,
    why: "StandardScaler divides the squared deviations by n − 1 (the sample variance, as pandas' .std()) instead of n (scikit-learn's population variance).",
    edits: [{ find: "      variance[j] /= rows;\n", replace: "      variance[j] /= rows - 1;\n" }],
  },
  {
    name: "preprocessing-standard-scaler-inverse-ignores-with-mean",
    file: "scalers.ts",
    task: 2,
    why: "inverseTransform always adds the training mean back, even with withMean: false, where transform never subtracted it: the round trip shifts every column by its mean.",
    edits: [
      {
        find: `    const [mean, scale] = this.#fitted();
    assertMatrix(X, "StandardScaler.inverseTransform: X", { cols: mean.length });
`,
        replace: `    const [, scale] = this.#fitted();
    const mean = this.mean ?? scale;
    assertMatrix(X, "StandardScaler.inverseTransform: X", { cols: mean.length });
`,
      },
    ],
  },
  {
    name: "preprocessing-standard-scaler-inverse-multiplies-by-std",
    file: "scalers.ts",
    task: 2,
    why: "inverseTransform multiplies by the standard deviation √variance instead of the scale transform divided by: wrong for a constant column (scale 1, std 0) and with withStd: false (scale 1 everywhere).",
    edits: [
      {
        find: "        out[i * cols + j] = data[i * cols + j] * scale[j] + mean[j];\n",
        replace:
          "        out[i * cols + j] = data[i * cols + j] * Math.sqrt(this.variance?.[j] ?? 1) + mean[j];\n",
      },
    ],
  },
  {
    name: "preprocessing-imputer-median-sum-overflows",
    file: "imputer.ts",
    task: 3,
    why: "the median of an even count is computed as (a + b) / 2, which overflows to Infinity for two large values of one sign (e.g. 1.5e308 and 1.7e308) although their median is finite.",
    edits: [
      {
        find: "  return a < 0 === b < 0 ? a + (b - a) / 2 : (a + b) / 2;\n",
        replace: "  return (a + b) / 2;\n",
      },
    ],
  },
  {
    name: "preprocessing-imputer-median-difference-overflows",
    file: "imputer.ts",
    task: 3,
    why: "the median of an even count is always computed as a + (b − a) / 2, whose difference b − a overflows to Infinity for large values of opposite signs (−1.7e308 and 1.7e308, median 0).",
    edits: [
      {
        find: "  return a < 0 === b < 0 ? a + (b - a) / 2 : (a + b) / 2;\n",
        replace: "  return a + (b - a) / 2;\n",
      },
    ],
  },
];
