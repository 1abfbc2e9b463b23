/** Known-wrong variants of the 5.1-math/05-statistics solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "statistics-box-muller-forgets-two",
    file: "random.ts",
    task: 0,
    why: "Box–Muller with r = √(−ln u₁) instead of √(−2 ln u₁), using only the cosine value of each pair. The shape is still a bell, but its standard deviation is 1/√2 of what was asked.",
    edits: [
      {
        find: `  checkCount(n, "normal");
`,
        replace: `  if (!(Number.isInteger(n) && n >= 0))
    throw new InvalidArgument(\`normal: n must be an integer ≥ 0, got \${n}\`);
`,
      },
      {
        find: `  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - rng(); // (0, 1]: ln u1 is finite
`,
        replace: `  for (let i = 0; i < n; i++) {
    const u1 = 1 - rng();
`,
      },
      {
        find: `    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    out[i] = mean + std * r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(theta);
`,
        replace: `    out[i] = mean + std * Math.sqrt(-Math.log(u1)) * Math.cos(2 * Math.PI * u2);
`,
      },
    ],
  },
  {
    name: "statistics-histogram-drops-max",
    file: "histogram.ts",
    task: 0,
    why: "every bin is half-open, the last one too ([low, high) instead of [.., high]), so a value equal to the upper end of the range — the maximum, by default — is not counted.",
    edits: [
      {
        find: `    if (x < low || x > high) continue;
    let bin = x === high ? bins - 1 : Math.min(bins - 1, Math.max(0, Math.floor((x - low) * scale)));
`,
        replace: `    if (x < low || x >= high) continue; // every bin half-open, the last one too: the maximum is lost
    let bin = Math.min(bins - 1, Math.max(0, Math.floor((x - low) * scale)));
`,
      },
    ],
  },
  {
    name: "statistics-median-even-takes-upper",
    file: "descriptive.ts",
    task: 1,
    why: "for an even number of values the median returns the upper of the two middle values instead of their mean.",
    edits: [
      {
        find: `  checkValues(values, "median");
  // Float64Array#sort compares numerically; Array#sort without a comparator compares strings.
`,
        replace: `  mean(values); // validates: empty or non-finite → InvalidArgument
`,
      },
      {
        find: `  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  const lo = sorted[mid - 1] as number;
  const hi = sorted[mid] as number;
  // lo + (hi − lo)/2 cannot overflow where (lo + hi)/2 could (e.g. two values near 1e308).
  return lo + (hi - lo) / 2;
`,
        replace: `  return sorted[sorted.length >> 1] as number;
`,
      },
    ],
  },
  {
    name: "statistics-median-sorts-in-place",
    file: "descriptive.ts",
    task: 1,
    why: "the median sorts its input in place instead of a copy. The answer is right, but the caller's array comes back reordered.",
    edits: [
      {
        find: `  checkValues(values, "median");
  // Float64Array#sort compares numerically; Array#sort without a comparator compares strings.
  const sorted = Float64Array.from(values).sort();
`,
        replace: `  mean(values); // validates: empty or non-finite → InvalidArgument
  const sorted = values as number[];
  Array.prototype.sort.call(sorted, (a: number, b: number) => a - b);
`,
      },
      {
        find: `  const lo = sorted[mid - 1] as number;
  const hi = sorted[mid] as number;
  // lo + (hi − lo)/2 cannot overflow where (lo + hi)/2 could (e.g. two values near 1e308).
  return lo + (hi - lo) / 2;
`,
        replace: `  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
`,
      },
    ],
  },
  {
    name: "statistics-median-string-sort",
    file: "descriptive.ts",
    task: 1,
    why: 'the median copies into a plain array and calls `.sort()` without a comparator, which sorts numbers as strings ("10" < "100" < "2" < "9").',
    edits: [
      {
        find: `  checkValues(values, "median");
  // Float64Array#sort compares numerically; Array#sort without a comparator compares strings.
  const sorted = Float64Array.from(values).sort();
`,
        replace: `  mean(values); // validates: empty or non-finite → InvalidArgument
  const sorted = Array.from(values).sort();
`,
      },
      {
        find: `  const lo = sorted[mid - 1] as number;
  const hi = sorted[mid] as number;
  // lo + (hi − lo)/2 cannot overflow where (lo + hi)/2 could (e.g. two values near 1e308).
  return lo + (hi - lo) / 2;
`,
        replace: `  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
`,
      },
    ],
  },
  {
    name: "statistics-running-sum-of-squares",
    file: "descriptive.ts",
    task: 3,
    why: "RunningStats keeps running sums Σx and Σx² and returns Σx²/n − x̄². Algebraically right, numerically wrong: with values near 1e6 the two terms agree in their first ~12 digits and the subtraction cancels them.",
    edits: [
      {
        find: `  #mean = 0;
  /** M₂ = Σ (xᵢ − x̄ₙ)², the sum of squared deviations from the current mean. */
  #m2 = 0;
`,
        replace: `  #sum = 0;
  #sumSq = 0;
`,
      },
      {
        find: `    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    this.#m2 += delta * (x - this.#mean);
`,
        replace: `    this.#sum += x;
    this.#sumSq += x * x;
`,
      },
      {
        find: `    return this.#mean;
`,
        replace: `    return this.#sum / this.#n;
`,
      },
      {
        find: `    return this.#m2 / divisor(this.#n, options, "RunningStats.variance");
`,
        replace: `    const ddof = options?.ddof ?? 0;
    if (!(Number.isInteger(ddof) && ddof >= 0) || this.#n - ddof <= 0) {
      throw new InvalidArgument(\`RunningStats.variance: bad ddof \${ddof} for \${this.#n} value(s)\`);
    }
    const m = this.#sum / this.#n;
    return (this.#sumSq - this.#n * m * m) / (this.#n - ddof);
`,
      },
    ],
  },
  {
    name: "statistics-sample-variance-divides-by-n",
    file: "descriptive.ts",
    task: 2,
    why: 'variance ignores `ddof` and always divides by n, so the "sample" variance is the population one (biased low by a factor (n − 1)/n), and a single value gives 0 instead of throwing.',
    edits: [
      {
        find: `export function variance(values: ArrayLike<number>, options?: VarianceOptions): number {
  checkValues(values, "variance");
  const d = divisor(values.length, options, "variance");
  const m = mean(values);
`,
        replace: `export function variance(values: ArrayLike<number>, _options?: VarianceOptions): number {
  const m = mean(values); // validates: empty or non-finite → InvalidArgument
`,
      },
      {
        find: `  for (let i = 0; i < values.length; i++) {
    const dev = (values[i] as number) - m;
    sumSq += dev * dev;
  }
  return sumSq / d;
`,
        replace: `  for (let i = 0; i < values.length; i++) sumSq += ((values[i] as number) - m) ** 2;
  return sumSq / values.length;
`,
      },
    ],
  },
];
