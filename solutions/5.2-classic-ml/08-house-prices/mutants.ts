/** Known-wrong variants of the 5.2-classic-ml/08-house-prices solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "house-prices-cv-model-fit-once",
    file: "house-prices.ts",
    task: 5,
    why: "crossValidate fits one model on all rows and then scores it on each fold's test rows — every fold has already seen its test houses, so the R² values are inflated.",
    edits: [
      {
        find: `  assertRows(rows, "crossValidate");
`,
        replace: ``,
      },
      {
        find: `  const foldR2 = new Float64Array(folds.length);
  for (const [f, { train, test }] of folds.entries()) {
    const trainRows = Array.from(train, (i) => rows[i] as HousePricesRow);
`,
        replace: `  const model = new HousePriceModel(spec).fit(rows);
  const foldR2 = Float64Array.from(folds, ({ test }) => {
`,
      },
      {
        find: `    const model = new HousePriceModel(spec).fit(trainRows);
    foldR2[f] = r2Score(logPrices(testRows), model.predictLog(testRows));
  }
`,
        replace: `    return r2Score(logPrices(testRows), model.predictLog(testRows));
  });
`,
      },
    ],
  },
  {
    name: "house-prices-evaluates-on-train-split",
    file: "house-prices.ts",
    task: 4,
    why: 'evaluateHoldout fits on the training rows but also measures on them, so the reported "hold-out" figures are training-set figures (optimistic).',
    edits: [
      {
        find: `  const { spec = FEATURES, testFraction = 0.2, seed = 42 } = options;
  if (rows.length < 10)
    throw new InvalidArgument(\`evaluateHoldout needs at least 10 rows, got \${rows.length}\`);
  const { train, test } = trainTestSplit(rows.length, { testFraction, seed });
  const trainRows = Array.from(train, (i) => rows[i] as HousePricesRow);
  const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
  const model = new HousePriceModel(spec).fit(trainRows);
  const predLog = model.predictLog(testRows);
  const trueLog = logPrices(testRows);
  const predPrice = toPrices(predLog);
  const truePrice = Float64Array.from(testRows, (r) => r.SalePrice);
`,
        replace: `  const report = reference(rows, options);
  const trainRows = Array.from(report.train, (i) => rows[i] as HousePricesRow);
  const predLog = report.model.predictLog(trainRows);
  const trueLog = logPrices(trainRows);
  const truePrice = Float64Array.from(trainRows, (r) => r.SalePrice);
`,
      },
      {
        find: `    train,
    test,
    model,
`,
        replace: `    ...report,
`,
      },
      {
        find: `    maePrice: meanAbsoluteError(truePrice, predPrice),
    rmsePrice: rootMeanSquaredError(truePrice, predPrice),
`,
        replace: `    maePrice: meanAbsoluteError(truePrice, toPrices(predLog)),
    rmsePrice: rootMeanSquaredError(truePrice, toPrices(predLog)),
`,
      },
    ],
  },
  {
    name: "house-prices-log10-target",
    file: "house-prices.ts",
    task: 1,
    why: "the target is log10(SalePrice) instead of the natural log ln(SalePrice).",
    edits: [
      {
        find: `  assertRows(rows, "logPrices");
  return Float64Array.from(rows, (r, i) => {
    const price = r.SalePrice;
    if (!(typeof price === "number" && Number.isFinite(price) && price > 0)) {
      throw new InvalidArgument(\`logPrices: row \${i} has SalePrice \${String(price)}; a price must be > 0\`);
    }
    return Math.log(price);
  });
`,
        replace: `  return reference(rows).map((v) => v / Math.LN10);
`,
      },
    ],
  },
  {
    name: "house-prices-log1p-ignored",
    file: "house-prices.ts",
    task: 2,
    why: "numericFeatures ignores the log1p list and returns the raw (skewed) values.",
    edits: [
      {
        find: `  assertRows(rows, "numericFeatures");
  if (columns.length === 0) throw new InvalidArgument("numericFeatures: no columns");
  for (const c of log1pColumns) {
    if (!columns.includes(c))
      throw new InvalidArgument(\`numericFeatures: log1p column \${c} is not among the columns\`);
  }
  const logged = columns.map((c) => log1pColumns.includes(c));
  const out = matrix(rows.length, columns.length);
  for (const [i, row] of rows.entries()) {
    for (const [j, c] of columns.entries()) {
      const v: unknown = row[c];
      let x: number;
      if (v === null || v === undefined) x = Number.NaN;
      else if (typeof v === "number" && Number.isFinite(v)) x = v;
      else throw new InvalidArgument(\`numericFeatures: row \${i}, column \${c} is not a number (\${String(v)})\`);
      if (logged[j] && !Number.isNaN(x)) {
        if (x < 0) throw new InvalidArgument(\`numericFeatures: log1p of negative \${c} = \${x} in row \${i}\`);
        x = Math.log1p(x);
      }
      out.data[i * columns.length + j] = x;
    }
  }
  return out;
`,
        replace: `  reference(rows, columns, log1pColumns); // validation
  return reference(rows, columns, []);
`,
      },
    ],
  },
  {
    name: "house-prices-preprocessing-fit-on-all-rows",
    file: "house-prices.ts",
    task: 4,
    why: "evaluateHoldout fits the imputer and the scaler on all 1460 houses (train and test) and only the regression on the training rows — leakage: the hold-out houses shape the medians and means used to judge them.",
    edits: [
      {
        find: `  if (rows.length < 10)
    throw new InvalidArgument(\`evaluateHoldout needs at least 10 rows, got \${rows.length}\`);
`,
        replace: ``,
      },
      {
        find: `  const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
  const model = new HousePriceModel(spec).fit(trainRows);
  const predLog = model.predictLog(testRows);
`,
        replace: `  const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
  // Fit the usual model (for the encoder), then swap in preprocessing fitted on every row.
  const model = new HousePriceModel(spec).fit(trainRows);
  if (spec.numeric.length > 0) {
    model.imputer = new SimpleImputer({ strategy: "median" });
    model.scaler = new StandardScaler();
    model.scaler.fit(model.imputer.fitTransform(numericFeatures(rows, spec.numeric, spec.log1p)));
    const blocks: Matrix[] = [
      model.scaler.transform(model.imputer.transform(numericFeatures(trainRows, spec.numeric, spec.log1p))),
    ];
    if (model.encoder !== null)
      blocks.push(model.encoder.transform(categoricalFeatures(trainRows, spec.categorical)));
    model.regression = new LinearRegression({ alpha: spec.alpha }).fit(
      hstack(...blocks),
      logPrices(trainRows),
    );
  }
  const predLog = model.predictLog(testRows);
`,
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
        find: `  const { spec = FEATURES, testFraction = 0.2, seed = 42 } = options;
  if (rows.length < 10)
    throw new InvalidArgument(\`evaluateHoldout needs at least 10 rows, got \${rows.length}\`);
  const { train, test } = trainTestSplit(rows.length, { testFraction, seed });
  const trainRows = Array.from(train, (i) => rows[i] as HousePricesRow);
  const testRows = Array.from(test, (i) => rows[i] as HousePricesRow);
  const model = new HousePriceModel(spec).fit(trainRows);
  const predLog = model.predictLog(testRows);
`,
        replace: `  const report = reference(rows, options);
  const testRows = Array.from(report.test, (i) => rows[i] as HousePricesRow);
  const predLog = report.model.predictLog(testRows);
`,
      },
      {
        find: `  const predPrice = toPrices(predLog);
  const truePrice = Float64Array.from(testRows, (r) => r.SalePrice);
`,
        replace: ``,
      },
      {
        find: `    train,
    test,
    model,
    r2Log: r2Score(trueLog, predLog),
    rmseLog: rootMeanSquaredError(trueLog, predLog),
    maePrice: meanAbsoluteError(truePrice, predPrice),
    rmsePrice: rootMeanSquaredError(truePrice, predPrice),
`,
        replace: `    ...report,
    maePrice: meanAbsoluteError(trueLog, predLog),
    rmsePrice: rootMeanSquaredError(trueLog, predLog),
`,
      },
    ],
  },
];
