/** Known-wrong variants of the 5.2-classic-ml/08-house-prices solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "house-prices-log10-target",
    file: "house-prices.ts",
    task: 1,
    why: "the target is log10(SalePrice) instead of the natural log ln(SalePrice): toPrices (exp) then no longer inverts it.",
    edits: [{ find: "    return Math.log(price);\n", replace: "    return Math.log10(price);\n" }],
  },
  {
    name: "house-prices-log1p-ignored",
    file: "house-prices.ts",
    task: 2,
    why: "numericFeatures ignores the log1p list and returns the raw (skewed) values of every column.",
    edits: [
      {
        find: "  const logged = columns.map((c) => log1pColumns.includes(c));\n",
        replace: "  const logged = columns.map(() => false);\n",
      },
    ],
  },
  {
    name: "house-prices-evaluates-on-train-split",
    file: "house-prices.ts",
    task: 4,
    why: 'evaluateHoldout fits on the training rows and also measures on them, so the reported "hold-out" figures are training-set figures (optimistic).',
    edits: [
      {
        find: "  const trainRows = pick(rows, train);\n  const testRows = pick(rows, test);\n",
        replace: "  const trainRows = pick(rows, train);\n  const testRows = pick(rows, train);\n",
      },
    ],
  },
  {
    name: "house-prices-preprocessing-fit-on-all-rows",
    file: "house-prices.ts",
    task: 4,
    why: 'evaluateHoldout refits the imputer and the scaler on all 1460 houses ("more data, better medians") and only the regression stays fitted on the training rows — leakage: the hold-out houses shape the medians and means used to judge them.',
    edits: [
      {
        find: "  const testRows = pick(rows, test);\n  const model = new HousePriceModel(spec).fit(trainRows);\n",
        replace:
          "  const testRows = pick(rows, test);\n  const model = new HousePriceModel(spec).fit(trainRows);\n  const all = numericFeatures(rows, spec.numeric, spec.log1p);\n  model.scaler?.fit(model.imputer?.fit(all).transform(all) ?? all);\n",
      },
    ],
  },
  {
    name: "house-prices-price-errors-in-log-space",
    file: "house-prices.ts",
    task: 4,
    why: 'evaluateHoldout forgets to invert the log before the dollar errors, so maePrice and rmsePrice are computed between log-prices (≈ 0.1 "dollars").',
    edits: [
      {
        find: "    maePrice: meanAbsoluteError(truePrice, predPrice),\n    rmsePrice: rootMeanSquaredError(truePrice, predPrice),\n",
        replace:
          "    maePrice: meanAbsoluteError(trueLog, predLog),\n    rmsePrice: rootMeanSquaredError(trueLog, predLog),\n",
      },
    ],
  },
  {
    name: "house-prices-cv-model-fit-once",
    file: "house-prices.ts",
    task: 5,
    why: "crossValidate fits each fold's model on all rows instead of the fold's training rows — every fold has already seen its test houses, so the R² values are inflated.",
    edits: [
      {
        find: "      const model = new HousePriceModel(spec).fit(trainRows);\n",
        replace: "      const model = new HousePriceModel(spec).fit(rows);\n",
      },
    ],
  },
  {
    name: "house-prices-cv-same-seed-every-repeat",
    file: "house-prices.ts",
    task: 5,
    why: 'crossValidate shuffles every repetition with the same seed, so "5 × 5-fold" is the same five folds five times: the spread between partitions never shows.',
    edits: [
      {
        find: "kFold(rows.length, k, { shuffle: true, seed: seed + r })) {",
        replace: "kFold(rows.length, k, { shuffle: true, seed })) {",
      },
    ],
  },
  {
    name: "house-prices-cv-repeat-seed-ignores-base",
    file: "house-prices.ts",
    task: 5,
    why: "crossValidate seeds repetition r with r instead of seed + r: with the default seed 0 nothing changes, but any other seed is ignored, so every caller gets the partitions of seeds 0, 1, 2….",
    edits: [
      {
        find: "kFold(rows.length, k, { shuffle: true, seed: seed + r })) {",
        replace: "kFold(rows.length, k, { shuffle: true, seed: r })) {",
      },
    ],
  },
  {
    name: "house-prices-holdout-features-see-test-rows",
    file: "house-prices.ts",
    task: 4,
    why: "evaluateHoldout fits the model of the learner's own FEATURES on all 1460 houses (any other spec on the training rows, so the leakage checks with a small spec pass): its test houses are in its training data and r2Log is inflated, yet consistent with the returned model. The scored R² now comes from a model the spec fits on the split's training rows itself.",
    edits: [
      {
        find: "  const testRows = pick(rows, test);\n  const model = new HousePriceModel(spec).fit(trainRows);\n",
        replace:
          "  const testRows = pick(rows, test);\n  const model = new HousePriceModel(spec).fit(spec === FEATURES ? rows : trainRows);\n",
      },
    ],
  },
  {
    name: "house-prices-cv-flatters-features",
    file: "house-prices.ts",
    task: 5,
    why: "crossValidate adds 0.02 to every fold's R² when it scores the learner's own FEATURES, and is exact for every other spec (the ones the replay checks use): with the old specs the scored mean R² was the reported one. It is now the spec's own replay of the 25 folds, which foldR2 must match.",
    edits: [
      {
        find: "      scores.push(r2Score(logPrices(testRows), model.predictLog(testRows)));\n",
        replace:
          "      scores.push(r2Score(logPrices(testRows), model.predictLog(testRows)) + (spec === FEATURES ? 0.02 : 0));\n",
      },
    ],
  },
];
