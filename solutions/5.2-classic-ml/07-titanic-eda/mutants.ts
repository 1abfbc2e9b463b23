/** Known-wrong variants of the 5.2-classic-ml/07-titanic-eda solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  // ── Task 1 ──
  {
    name: "titanic-eda-missing-only-null",
    file: "eda.ts",
    task: 1,
    why: "isMissing only recognises null and undefined, so NaN and blank strings count as values — real files use all of them for 'unknown'.",
    edits: [
      {
        find: `  if (typeof value === "number") return Number.isNaN(value);\n  if (typeof value === "string") return value.trim() === "";\n`,
        replace: "",
      },
    ],
  },
  // ── Task 2 ──
  {
    name: "titanic-eda-mean-missing-as-zero",
    file: "eda.ts",
    task: 2,
    why: "nanMean sums the present values but divides by every row, i.e. counts a missing age as 0 (mean age 23.8 instead of 29.7).",
    edits: [{ find: "  return sum / xs.length;\n", replace: "  return sum / values.length;\n" }],
  },
  {
    name: "titanic-eda-median-upper-middle",
    file: "eda.ts",
    task: 2,
    why: "nanMedian takes the upper middle value for an even count instead of the mean of the two middle values.",
    edits: [
      {
        find: "  return n % 2 === 1 ? xs[mid] : xs[mid - 1] / 2 + xs[mid] / 2;\n",
        replace: "  return xs[mid];\n",
      },
    ],
  },
  {
    name: "titanic-eda-median-sum-overflows",
    file: "eda.ts",
    task: 2,
    why: "nanMedian averages the two middle values as (a + b) / 2, which overflows to Infinity for two values near Number.MAX_VALUE; the README asks to halve before adding.",
    edits: [
      {
        find: "xs[mid - 1] / 2 + xs[mid] / 2;",
        replace: "(xs[mid - 1] + xs[mid]) / 2;",
      },
    ],
  },
  {
    name: "titanic-eda-median-midpoint-overflows",
    file: "eda.ts",
    task: 2,
    why: "nanMedian uses the 'safe' midpoint a + (b − a) / 2, but b − a overflows when the middle values have opposite signs near ±Number.MAX_VALUE (the median of [−MAX, MAX] becomes Infinity, not 0).",
    edits: [
      {
        find: "xs[mid - 1] / 2 + xs[mid] / 2;",
        replace: "xs[mid - 1] + (xs[mid] - xs[mid - 1]) / 2;",
      },
    ],
  },
  {
    name: "titanic-eda-group-median-ignores-group",
    file: "eda.ts",
    task: 2,
    why: '"group-median" fills every missing age with the overall training median: the groups are computed but never used.',
    edits: [{ find: "(groups.get(ageGroupKey(p)) ?? fill)", replace: "fill" }],
  },
  {
    name: "titanic-eda-impute-mean-with-test-rows",
    file: "eda.ts",
    task: 2,
    why: "imputeAge learns its mean, median and group medians from the training AND test rows together: the test set leaks into the statistics used to fill it.",
    edits: [
      {
        find: "  const ages = train.map((p) => p.Age);\n",
        replace: "  const ages = [...train, ...test].map((p) => p.Age);\n",
      },
      {
        find: "groupMedians(ages, train.map(ageGroupKey))",
        replace: "groupMedians(ages, [...train, ...test].map(ageGroupKey))",
      },
    ],
  },
  // ── Task 3 ──
  {
    name: "titanic-eda-rate-over-all-passengers",
    file: "eda.ts",
    task: 3,
    why: "survivalRates divides a group's survivors by ALL passengers instead of the group's size.",
    edits: [
      { find: "      rate: survivors / passengers,\n", replace: "      rate: survivors / groups.length,\n" },
    ],
  },
  // ── Task 4 ──
  {
    name: "titanic-eda-sex-male-is-one",
    file: "eda.ts",
    task: 4,
    why: "encodeFeatures encodes Sex like an alphabetical label encoder (female = 0, male = 1) instead of the README's female = 1: every correlation with Sex flips its sign.",
    edits: [
      { find: `        p.Sex === "female" ? 1 : 0,\n`, replace: `        p.Sex === "male" ? 1 : 0,\n` },
    ],
  },
  {
    name: "titanic-eda-embarked-missing-all-zero",
    file: "eda.ts",
    task: 4,
    why: 'encodeFeatures one-hot encodes the raw Embarked, so a missing port is all zeros instead of counting as "S".',
    edits: [{ find: `        port === "S" ? 1 : 0,\n`, replace: `        p.Embarked === "S" ? 1 : 0,\n` }],
  },
  {
    name: "titanic-eda-pearson-not-centred",
    file: "eda.ts",
    task: 4,
    why: "pearson forgets to subtract the means: Σxy / √(Σx² Σy²) is the cosine similarity, which changes when x is shifted.",
    edits: [
      { find: "    const dx = x[i] - mx;\n", replace: "    const dx = x[i];\n" },
      { find: "    const dy = y[i] - my;\n", replace: "    const dy = y[i];\n" },
    ],
  },
  {
    name: "titanic-eda-pearson-checks-only-x",
    file: "eda.ts",
    task: 4,
    why: "pearson checks x for NaN/±Infinity but not y, so a NaN in the second operand comes back as r = NaN instead of an InvalidArgument.",
    edits: [{ find: `  checkFinite(y, "y");\n`, replace: "" }],
  },
  {
    name: "titanic-eda-pearson-not-clamped",
    file: "eda.ts",
    task: 4,
    why: "pearson returns the quotient as it is: on a perfect line rounding gives 1.0000000000000002, outside the [−1, 1] that the README promises.",
    edits: [
      {
        find: "  return clamp(sxy / Math.sqrt(sxx * syy));\n",
        replace: "  return sxy / Math.sqrt(sxx * syy);\n",
      },
    ],
  },
  {
    name: "titanic-eda-clamp-only-above",
    file: "eda.ts",
    task: 4,
    why: "the clamp caps r at 1 but forgets the lower bound, so a perfect decreasing line gives −1.0000000000000002.",
    edits: [
      {
        find: "const clamp = (r: number) => Math.max(-1, Math.min(1, r));",
        replace: "const clamp = (r: number) => Math.min(1, r);",
      },
    ],
  },
  {
    name: "titanic-eda-correlation-matrix-not-clamped",
    file: "eda.ts",
    task: 4,
    why: "correlationMatrix clamps nothing: two collinear columns get r = 1.0000000000000002 off the diagonal, outside [−1, 1].",
    edits: [
      {
        find: "      const r = clamp(s / (norms[a] * norms[b]));\n",
        replace: "      const r = s / (norms[a] * norms[b]);\n",
      },
    ],
  },
  {
    name: "titanic-eda-rank-ties-reversed",
    file: "eda.ts",
    task: 4,
    why: "rankCorrelations sorts by |r| ascending and reverses the result: the order by |r| is right, but features with equal |r| come out in reverse FEATURES order.",
    edits: [
      {
        find: "    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r));\n",
        replace: "    .sort((a, b) => Math.abs(a.r) - Math.abs(b.r))\n    .reverse();\n",
      },
    ],
  },
  {
    name: "titanic-eda-rank-ties-by-name",
    file: "eda.ts",
    task: 4,
    why: "rankCorrelations breaks ties between equal |r| alphabetically by feature name instead of keeping FEATURES order.",
    edits: [
      {
        find: "    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r));\n",
        replace:
          "    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r) || a.feature.localeCompare(b.feature));\n",
      },
    ],
  },
  {
    name: "titanic-eda-rank-by-signed-r",
    file: "eda.ts",
    task: 4,
    why: "rankCorrelations sorts by r instead of |r|, so a strong negative correlation (Pclass, −0.34) ranks last instead of among the strongest.",
    edits: [
      {
        find: "    .sort((a, b) => Math.abs(b.r) - Math.abs(a.r));\n",
        replace: "    .sort((a, b) => b.r - a.r);\n",
      },
    ],
  },
  // ── Task 5 ──
  {
    name: "titanic-eda-report-omits-fare-chart",
    file: "report.ts",
    task: 5,
    why: "writeEdaReport forgets to write the fare histogram, so report.md links to fare-histogram.png, which does not exist.",
    edits: [
      {
        find: "    CHART_NAMES.map(async (name) =>",
        replace: `    CHART_NAMES.filter((name) => name !== "fare-histogram").map(async (name) =>`,
      },
    ],
  },
];
