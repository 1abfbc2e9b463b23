/** Known-wrong variants of the 5.2-classic-ml/07-titanic-eda solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "titanic-eda-embarked-missing-all-zero",
    file: "eda.ts",
    task: 4,
    why: 'encodeFeatures leaves a missing Embarked as all zeros instead of counting it as "S".',
    edits: [
      {
        find: `  if (rows.length !== ages.length) {
    throw new ShapeError(\`encodeFeatures: \${rows.length} rows but \${ages.length} ages\`);
  }
  if (rows.length === 0) throw new InvalidArgument("encodeFeatures: no rows");
  const cols = FEATURES.length;
  const data = new Float64Array(rows.length * cols);
`,
        replace: `  const X = reference(rows, ages);
`,
      },
      {
        find: `    const age = ages[i] as number;
    if (!Number.isFinite(age))
      throw new InvalidArgument(\`encodeFeatures: ages[\${i}] is \${age}; impute first\`);
    if (p.Fare === null || !Number.isFinite(p.Fare)) {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Fare \${p.Fare}\`);
    }
    if (p.Sex !== "female" && p.Sex !== "male") {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Sex "\${p.Sex}"\`);
    }
    const port = p.Embarked ?? "S";
    if (port !== "C" && port !== "Q" && port !== "S") {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Embarked "\${port}"\`);
    }
    const o = i * cols;
    data[o] = p.Survived;
    data[o + 1] = p.Pclass;
    data[o + 2] = p.Sex === "female" ? 1 : 0;
    data[o + 3] = age;
    data[o + 4] = p.SibSp;
    data[o + 5] = p.Parch;
    data[o + 6] = p.Fare;
    data[o + 7] = port === "C" ? 1 : 0;
    data[o + 8] = port === "Q" ? 1 : 0;
    data[o + 9] = port === "S" ? 1 : 0;
`,
        replace: `    if (p.Embarked === null) X.data[i * X.cols + 9] = 0;
`,
      },
      {
        find: `  return { data, rows: rows.length, cols };
`,
        replace: `  return X;
`,
      },
    ],
  },
  {
    name: "titanic-eda-group-median-ignores-group",
    file: "eda.ts",
    task: 0,
    why: '"group-median" fills every missing age with the overall training median (groups ignored).',
    edits: [
      {
        find: `  if (strategy !== "mean" && strategy !== "median" && strategy !== "group-median") {
    throw new InvalidArgument(\`imputeAge: unknown strategy "\${String(strategy)}"\`);
  }
`,
        replace: ``,
      },
      {
        find: `  const apply = (rows: readonly Passenger[]) =>
    Float64Array.from(rows, (p) =>
      p.Age === null || Number.isNaN(p.Age) ? (groups.get(ageGroupKey(p)) ?? fill) : p.Age,
    );
`,
        replace: `  const apply = (rows: readonly Passenger[]) => Float64Array.from(rows, (p) => p.Age ?? fill);
`,
      },
    ],
  },
  {
    name: "titanic-eda-impute-mean-with-test-rows",
    file: "eda.ts",
    task: 0,
    why: "imputeAge learns its mean/median from train AND test rows together (test-set leakage).",
    edits: [
      {
        find: `  if (strategy !== "mean" && strategy !== "median" && strategy !== "group-median") {
    throw new InvalidArgument(\`imputeAge: unknown strategy "\${String(strategy)}"\`);
  }
`,
        replace: ``,
      },
      {
        find: `  const ages = train.map((p) => p.Age);
`,
        replace: `  const all = [...train, ...test];
  const ages = all.map((p) => p.Age);
`,
      },
      {
        find: `    strategy === "group-median" ? groupMedians(ages, train.map(ageGroupKey)) : new Map<string, number>();
`,
        replace: `    strategy === "group-median" ? groupMedians(ages, all.map(ageGroupKey)) : new Map<string, number>();
`,
      },
      {
        find: `    Float64Array.from(rows, (p) =>
      p.Age === null || Number.isNaN(p.Age) ? (groups.get(ageGroupKey(p)) ?? fill) : p.Age,
    );
`,
        replace: `    Float64Array.from(rows, (p) => (p.Age === null ? (groups.get(ageGroupKey(p)) ?? fill) : p.Age));
`,
      },
    ],
  },
  {
    name: "titanic-eda-mean-missing-as-zero",
    file: "eda.ts",
    task: 2,
    why: "nanMean counts a missing value as 0 (divides by every row, not by the present ones).",
    edits: [
      {
        find: `  const xs = presentValues(values, "nanMean");
  if (xs.length === 0) throw new InvalidArgument("nanMean: no value is present");
`,
        replace: `  if (values.length === 0) throw new InvalidArgument("nanMean: no value is present");
`,
      },
      {
        find: `  for (const x of xs) sum += x;
  return sum / xs.length;
`,
        replace: `  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new InvalidArgument(\`nanMean: values[\${i}] is \${v}\`);
    sum += v;
  }
  return sum / values.length;
`,
      },
    ],
  },
  {
    name: "titanic-eda-median-upper-middle",
    file: "eda.ts",
    task: 0,
    why: "nanMedian takes the upper middle value for an even count instead of averaging the two.",
    edits: [
      {
        find: `  const xs = presentValues(values, "nanMedian").slice().sort();
  const n = xs.length;
  if (n === 0) throw new InvalidArgument("nanMedian: no value is present");
  const mid = n >> 1;
  return n % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
`,
        replace: `  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new InvalidArgument(\`nanMedian: values[\${i}] is \${v}\`);
    xs.push(v);
  }
  if (xs.length === 0) throw new InvalidArgument("nanMedian: no value is present");
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1] as number;
`,
      },
    ],
  },
  {
    name: "titanic-eda-missing-only-null",
    file: "eda.ts",
    task: 0,
    why: "isMissing only recognises null and undefined; NaN and blank strings count as values.",
    edits: [
      {
        find: `  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") return value.trim() === "";
  return false;
`,
        replace: `  return value === null || value === undefined;
`,
      },
    ],
  },
  {
    name: "titanic-eda-pearson-not-centred",
    file: "eda.ts",
    task: 0,
    why: "pearson forgets to subtract the means: Σxy / √(Σx² Σy²) (the cosine similarity).",
    edits: [
      {
        find: `  checkFinite(x, "x");
  checkFinite(y, "y");
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
`,
        replace: ``,
      },
      {
        find: `  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
`,
        replace: `  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (!Number.isFinite(a) || !Number.isFinite(b))
      throw new InvalidArgument(\`pearson: pair \${i} is not finite\`);
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
`,
      },
      {
        find: `  if (sxx === 0 || syy === 0) throw new InvalidArgument("pearson: x or y is constant; r is undefined");
`,
        replace: `  if (sxx === 0 || syy === 0) throw new InvalidArgument("pearson: x or y is zero");
`,
      },
    ],
  },
  {
    name: "titanic-eda-rate-over-all-passengers",
    file: "eda.ts",
    task: 0,
    why: "survivalRates divides a group's survivors by ALL passengers instead of the group's size.",
    edits: [
      {
        find: `  if (survived.length !== groups.length) {
    throw new ShapeError(\`survivalRates: \${survived.length} outcomes but \${groups.length} groups\`);
  }
  if (groups.length === 0) throw new InvalidArgument("survivalRates: no passengers");
  const table = new Map<string, { passengers: number; survivors: number }>();
  for (let i = 0; i < groups.length; i++) {
    const s = survived[i];
    if (s !== 0 && s !== 1) throw new InvalidArgument(\`survivalRates: survived[\${i}] is \${s}, not 0 or 1\`);
    const g = groups[i] as string;
    const cell = table.get(g) ?? { passengers: 0, survivors: 0 };
    cell.passengers++;
    cell.survivors += s;
    table.set(g, cell);
  }
  return [...table.keys()].sort().map((group) => {
    const { passengers, survivors } = table.get(group) as { passengers: number; survivors: number };
    return { group, passengers, survivors, rate: survivors / passengers };
  });
`,
        replace: `  return reference(survived, groups).map((r) => ({ ...r, rate: r.survivors / groups.length }));
`,
      },
    ],
  },
  {
    name: "titanic-eda-report-omits-fare-chart",
    file: "report.ts",
    task: 0,
    why: "writeEdaReport forgets the fare histogram (neither written nor embedded).",
    edits: [
      {
        find: `  const written = await Promise.all(CHART_NAMES.map((name) => writeChart(specs[name], path.join(dir, name))));
  const charts = Object.fromEntries(CHART_NAMES.map((name, i) => [name, written[i]])) as Record<
    ChartName,
    WrittenChart
  >;
  const markdown = reportMarkdown(results);
`,
        replace: `  const names: ChartName[] = ["correlation-heatmap", "age-by-survival", "survival-rates"];
  const charts: Partial<Record<ChartName, WrittenChart>> = {};
  for (const name of names) charts[name] = await writeChart(specs[name], path.join(dir, name));
  const markdown = reportMarkdown(results).replace(/!\\[[^\\]]*\\]\\(fare-histogram\\.png\\)/, "");
`,
      },
      {
        find: `  return { report, markdown, charts, results };
`,
        replace: `  return { report, markdown, charts: charts as Record<ChartName, WrittenChart>, results };
`,
      },
    ],
  },
  {
    name: "titanic-eda-sex-male-is-one",
    file: "eda.ts",
    task: 4,
    why: "encodeFeatures encodes Sex like an alphabetical label encoder (female = 0, male = 1) instead of the README's female = 1: every correlation with Sex flips its sign.",
    edits: [
      {
        find: `  if (rows.length !== ages.length) {
    throw new ShapeError(\`encodeFeatures: \${rows.length} rows but \${ages.length} ages\`);
  }
  if (rows.length === 0) throw new InvalidArgument("encodeFeatures: no rows");
  const cols = FEATURES.length;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((p, i) => {
    const age = ages[i] as number;
    if (!Number.isFinite(age))
      throw new InvalidArgument(\`encodeFeatures: ages[\${i}] is \${age}; impute first\`);
    if (p.Fare === null || !Number.isFinite(p.Fare)) {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Fare \${p.Fare}\`);
    }
    if (p.Sex !== "female" && p.Sex !== "male") {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Sex "\${p.Sex}"\`);
    }
    const port = p.Embarked ?? "S";
    if (port !== "C" && port !== "Q" && port !== "S") {
      throw new InvalidArgument(\`encodeFeatures: row \${i} has Embarked "\${port}"\`);
    }
    const o = i * cols;
    data[o] = p.Survived;
    data[o + 1] = p.Pclass;
    data[o + 2] = p.Sex === "female" ? 1 : 0;
    data[o + 3] = age;
    data[o + 4] = p.SibSp;
    data[o + 5] = p.Parch;
    data[o + 6] = p.Fare;
    data[o + 7] = port === "C" ? 1 : 0;
    data[o + 8] = port === "Q" ? 1 : 0;
    data[o + 9] = port === "S" ? 1 : 0;
  });
  return { data, rows: rows.length, cols };
`,
        replace: `  const X = reference(rows, ages);
  for (let i = 0; i < X.rows; i++) X.data[i * X.cols + 2] = rows[i]?.Sex === "male" ? 1 : 0;
  return X;
`,
      },
    ],
  },
];
