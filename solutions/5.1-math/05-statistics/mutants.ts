/** Known-wrong variants of the 5.1-math/05-statistics solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "statistics-median-even-takes-upper",
    file: "descriptive.ts",
    task: 1,
    why: "for an even number of values the median returns the upper of the two middle values instead of their mean.",
    edits: [{ find: "  return Number.isFinite(sum) ? sum / 2 : lo / 2 + hi / 2;", replace: "  return hi;" }],
  },
  {
    name: "statistics-median-sorts-in-place",
    file: "descriptive.ts",
    task: 1,
    why: "the median sorts its input in place instead of a copy. The answer is right, but the caller's array comes back reordered.",
    edits: [
      {
        find: "  const sorted = Float64Array.from(values).sort();",
        replace:
          "  const sorted = Array.prototype.sort.call(values, (a: number, b: number) => a - b) as ArrayLike<number>;",
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
        find: "  const sorted = Float64Array.from(values).sort();",
        replace: "  const sorted = Array.from(values).sort();",
      },
    ],
  },
  {
    name: "statistics-median-mean-overflows",
    file: "descriptive.ts",
    task: 1,
    why: "the median of an even count returns (lo + hi) / 2 as it stands: for two middle values near Number.MAX_VALUE the sum overflows to Infinity before it is halved, so median([MAX, MAX]) is Infinity instead of MAX.",
    edits: [
      { find: "  return Number.isFinite(sum) ? sum / 2 : lo / 2 + hi / 2;", replace: "  return sum / 2;" },
    ],
  },
  {
    name: "statistics-median-midpoint-by-difference",
    file: "descriptive.ts",
    task: 1,
    why: "the median of an even count returns lo + (hi − lo) / 2, the usual overflow fix for indices, which fixes two huge values of the same sign but overflows in hi − lo for values of opposite signs: median([−MAX, MAX]) is Infinity instead of 0.",
    edits: [
      {
        find: "  return Number.isFinite(sum) ? sum / 2 : lo / 2 + hi / 2;",
        replace: "  return lo + (hi - lo) / 2;",
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
        find: '  const d = divisor(values.length, options, "variance");',
        replace: "  const d = values.length;",
      },
    ],
  },
  {
    name: "statistics-running-sum-of-squares",
    file: "descriptive.ts",
    task: 3,
    why: "RunningStats keeps running sums Σx and Σx² and derives M₂ = Σx² − n·x̄². Algebraically right, numerically wrong: with values near 1e6 the two terms agree in their first ~12 digits and the subtraction cancels them.",
    edits: [
      { find: "  #m2 = 0;\n", replace: "  #m2 = 0;\n  #sum = 0;\n  #sumSq = 0;\n" },
      {
        find: `    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    this.#m2 += delta * (x - this.#mean);`,
        replace: `    this.#sum += x;
    this.#sumSq += x * x;
    this.#mean = this.#sum / this.#n;
    this.#m2 = this.#sumSq - this.#n * this.#mean ** 2;`,
      },
    ],
  },
  {
    name: "statistics-box-muller-forgets-two",
    file: "random.ts",
    task: 4,
    why: "Box–Muller with r = √(−ln u₁) instead of √(−2 ln u₁). The shape is still a bell, but its standard deviation is 1/√2 of what was asked.",
    edits: [
      {
        find: "    const r = Math.sqrt(-2 * Math.log(u1));",
        replace: "    const r = Math.sqrt(-Math.log(u1));",
      },
    ],
  },
  {
    name: "statistics-box-muller-uniforms-swapped",
    file: "random.ts",
    task: 4,
    why: "Box–Muller draws u₂ (the angle) before u₁ (the radius). Statistically just as normal, but not the documented draw order, so the same source gives other values than everyone else's (the README fixes the order so that results can be reproduced across implementations).",
    edits: [
      {
        find: `    const u1 = 1 - rng(); // in (0, 1]: ln u1 is finite, and rng() = 0 gives r = 0
    const u2 = rng();`,
        replace: `    const u2 = rng();
    const u1 = 1 - rng();`,
      },
    ],
  },
  {
    name: "statistics-box-muller-sine-first",
    file: "random.ts",
    task: 4,
    why: "Box–Muller returns z₁ = r·sin(2πu₂) first and z₀ = r·cos(2πu₂) second. Both are standard normals, so no statistic notices, but the documented order (cosine first, as for odd n) is broken.",
    edits: [
      {
        find: `    out[i] = mean + std * r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(theta);`,
        replace: `    out[i] = mean + std * r * Math.sin(theta);
    if (i + 1 < n) out[i + 1] = mean + std * r * Math.cos(theta);`,
      },
    ],
  },
  {
    name: "statistics-normal-caches-spare",
    file: "random.ts",
    task: 4,
    why: "normal keeps the unused sine of an odd call in a module variable and returns it first in the next call (as some libraries' gauss() do). The values are still normal, but a call no longer depends on its source alone: normal(rng, 0, 1, 1) twice gives cos, then the cached sin, and draws nothing the second time.",
    edits: [
      {
        find: "export function normal(",
        replace:
          "let spare: number | undefined; // the sine of an odd call's last pair\nexport function normal(",
      },
      {
        find: "  for (let i = 0; i < n; i += 2) {",
        replace: `  let start = 0;
  if (spare !== undefined && n > 0) {
    out[0] = mean + std * spare;
    spare = undefined;
    start = 1;
  }
  for (let i = start; i < n; i += 2) {`,
      },
      {
        find: "    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(theta);",
        replace: `    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(theta);
    else spare = r * Math.sin(theta);`,
      },
    ],
  },
  {
    name: "statistics-box-muller-u1-unflipped",
    file: "random.ts",
    task: 4,
    why: "Box–Muller takes u₁ = rng() instead of 1 − rng(). The distribution is the same, but rng() may return exactly 0, and then ln 0 = −∞ gives r = ∞ and an infinite or NaN sample; 1 − rng() lies in (0, 1].",
    edits: [
      {
        find: "    const u1 = 1 - rng(); // in (0, 1]: ln u1 is finite, and rng() = 0 gives r = 0",
        replace: "    const u1 = rng();",
      },
    ],
  },
  {
    name: "statistics-uniform-from-high",
    file: "random.ts",
    task: 4,
    why: "uniform computes high − (high − low)·u instead of low + (high − low)·u: a uniform sample all the same, but on (low, high] instead of [low, high), and not the documented mapping of each draw.",
    edits: [{ find: "out[i] = low + width * rng();", replace: "out[i] = high - width * rng();" }],
  },
  {
    name: "statistics-rng-float-multiply",
    file: "random.ts",
    task: 4,
    why: "mulberry32 with a plain * instead of Math.imul in its first scramble: the product of two 32-bit numbers exceeds 2⁵³ and loses its low bits, so the generator is no longer mulberry32 (it still looks random and is still deterministic).",
    edits: [
      { find: "    t = Math.imul(t ^ (t >>> 15), t | 1);", replace: "    t = (t ^ (t >>> 15)) * (t | 1);" },
    ],
  },
  {
    name: "statistics-rng-divides-by-2-32-minus-1",
    file: "random.ts",
    task: 4,
    why: "createRng divides the 32-bit output by 2³² − 1 instead of 2³², so 0xFFFFFFFF maps to exactly 1, outside [0, 1), and every other value is off in its last bits from mulberry32.",
    edits: [
      {
        find: "    return ((t ^ (t >>> 14)) >>> 0) / 4294967296; // 2³²: the result is < 1",
        replace: "    return ((t ^ (t >>> 14)) >>> 0) / 4294967295;",
      },
    ],
  },
  {
    name: "statistics-histogram-drops-max",
    file: "histogram.ts",
    task: 5,
    why: "every bin is half-open, the last one too ([low, high) instead of [.., high]), so a value equal to the upper end of the range — the maximum, by default — is not counted.",
    edits: [
      { find: "    if (x < low || x > high) continue;", replace: "    if (x < low || x >= high) continue;" },
    ],
  },
  {
    name: "statistics-histogram-corrects-upward-only",
    file: "histogram.ts",
    task: 5,
    why: "the histogram corrects the floor((x − low)/width) index only upwards (for an edge value that rounds one bin low), not downwards: a value just below an interior edge whose quotient rounds up to the next integer is counted one bin too high.",
    edits: [{ find: "    while (bin > 0 && x < edges[bin]) bin--;\n", replace: "" }],
  },
];
