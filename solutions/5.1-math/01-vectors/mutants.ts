/** Known-wrong variants of the 5.1-math/01-vectors solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "vectors-add-accepts-nan",
    file: "vectors.ts",
    task: 1,
    why: "add checks the lengths but lets NaN and ±Infinity flow through into the result.",
    edits: [
      {
        find: `export function add(a: VectorLike, b: VectorLike): Float64Array {
  checkSameLength("add", a, b);
  checkFinite("add", "a", a);
  checkFinite("add", "b", b);
`,
        replace: `export function add(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  if (a.length !== b.length) throw new ShapeError(\`add: vector lengths differ (\${a.length} vs \${b.length})\`);
`,
      },
    ],
  },
  {
    name: "vectors-cosine-naive-formula",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity computes a·b / (‖a‖‖b‖) literally, so a·b overflows for huge components.",
    edits: [
      {
        find: `export function cosineSimilarity(a: VectorLike, b: VectorLike): number {
  checkSameLength("cosineSimilarity", a, b);
  const na = norm(a); // also rejects NaN and ±Infinity
`,
        replace: `export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(\`cosineSimilarity: \${a.length} vs \${b.length}\`);
  const na = norm(a);
`,
      },
      {
        find: `  if (na === 0 || nb === 0) {
    throw new InvalidArgument(
      \`cosineSimilarity: the angle to a zero (or empty) vector is undefined (‖a‖ = \${na}, ‖b‖ = \${nb})\`,
    );
  }
  let cos = 0;
  for (let i = 0; i < a.length; i++) cos += ((a[i] as number) / na) * ((b[i] as number) / nb);
  return Math.min(1, Math.max(-1, cos));
`,
        replace: `  if (na === 0 || nb === 0) throw new InvalidArgument("cosineSimilarity: zero vector");
  return Math.min(1, Math.max(-1, dot(a, b) / (na * nb)));
`,
      },
    ],
  },
  {
    name: "vectors-cosine-unclamped",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity forgets to clamp, so rounding returns values like 1.0000000000000002.",
    edits: [
      {
        find: `export function cosineSimilarity(a: VectorLike, b: VectorLike): number {
  checkSameLength("cosineSimilarity", a, b);
  const na = norm(a); // also rejects NaN and ±Infinity
`,
        replace: `export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(\`cosineSimilarity: \${a.length} vs \${b.length}\`);
  const na = norm(a);
`,
      },
      {
        find: `  if (na === 0 || nb === 0) {
    throw new InvalidArgument(
      \`cosineSimilarity: the angle to a zero (or empty) vector is undefined (‖a‖ = \${na}, ‖b‖ = \${nb})\`,
    );
  }
`,
        replace: `  if (na === 0 || nb === 0) throw new InvalidArgument("cosineSimilarity: zero vector");
`,
      },
      {
        find: `  return Math.min(1, Math.max(-1, cos));
`,
        replace: `  return cos;
`,
      },
    ],
  },
  {
    name: "vectors-cosine-zero-returns-zero",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity returns 0 for a zero vector (as some libraries do) instead of throwing InvalidArgument.",
    edits: [
      {
        find: `export function cosineSimilarity(a: VectorLike, b: VectorLike): number {
  checkSameLength("cosineSimilarity", a, b);
  const na = norm(a); // also rejects NaN and ±Infinity
`,
        replace: `export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(\`cosineSimilarity: \${a.length} vs \${b.length}\`);
  const na = norm(a);
`,
      },
      {
        find: `  if (na === 0 || nb === 0) {
    throw new InvalidArgument(
      \`cosineSimilarity: the angle to a zero (or empty) vector is undefined (‖a‖ = \${na}, ‖b‖ = \${nb})\`,
    );
  }
`,
        replace: `  if (na === 0 || nb === 0) return 0;
`,
      },
    ],
  },
  {
    name: "vectors-dot-ignores-length",
    file: "vectors.ts",
    task: 2,
    why: "dot loops over the shorter vector instead of throwing ShapeError when the lengths differ.",
    edits: [
      {
        find: `export function dot(a: VectorLike, b: VectorLike): number {
  checkSameLength("dot", a, b);
  checkFinite("dot", "a", a);
  checkFinite("dot", "b", b);
`,
        replace: `export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
`,
      },
      {
        find: `  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
`,
        replace: `  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) throw new InvalidArgument("dot: NaN");
    sum += x * y;
  }
`,
      },
    ],
  },
  {
    name: "vectors-norm-hypot-spread",
    file: "vectors.ts",
    task: 3,
    why: "norm is Math.hypot(...v) — right for short vectors, but a million arguments overflow the call stack.",
    edits: [
      {
        find: `export function norm(v: VectorLike): number {
  checkFinite("norm", "v", v);
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const x = Math.abs(v[i] as number);
    if (x > m) m = x;
  }
  if (m === 0) return 0; // the empty vector and the zero vector
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x = (v[i] as number) / m;
    sum += x * x;
  }
  return m * Math.sqrt(sum);
`,
        replace: `export function norm(v: ArrayLike<number>): number {
  const values = Array.from(v);
  if (values.some((x) => !Number.isFinite(x))) throw new InvalidArgument("norm: non-finite component");
  return Math.hypot(...values);
`,
      },
    ],
  },
  {
    name: "vectors-norm-overflows",
    file: "vectors.ts",
    task: 3,
    why: "norm uses the textbook √(Σ vᵢ²) directly, so huge components overflow and tiny ones underflow.",
    edits: [
      {
        find: `export function norm(v: VectorLike): number {
  checkFinite("norm", "v", v);
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const x = Math.abs(v[i] as number);
    if (x > m) m = x;
  }
  if (m === 0) return 0; // the empty vector and the zero vector
`,
        replace: `export function norm(v: ArrayLike<number>): number {
`,
      },
      {
        find: `    const x = (v[i] as number) / m;
`,
        replace: `    const x = v[i] as number;
    if (!Number.isFinite(x)) throw new InvalidArgument(\`norm: v[\${i}] is \${x}\`);
`,
      },
      {
        find: `  return m * Math.sqrt(sum);
`,
        replace: `  return Math.sqrt(sum);
`,
      },
    ],
  },
  {
    name: "vectors-scale-in-place",
    file: "vectors.ts",
    task: 1,
    why: "scale multiplies the input in place and returns it, instead of returning a new Float64Array.",
    edits: [
      {
        find: `export function scale(v: VectorLike, k: number): Float64Array {
  if (!Number.isFinite(k)) throw new InvalidArgument(\`scale: the factor k is \${k}, expected a finite number\`);
  checkFinite("scale", "v", v);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = (v[i] as number) * k;
`,
        replace: `export function scale(v: ArrayLike<number>, k: number): Float64Array {
  if (!Number.isFinite(k)) throw new InvalidArgument(\`scale: k is \${k}\`);
  const out = v instanceof Float64Array ? v : Float64Array.from(v);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i] as number)) throw new InvalidArgument(\`scale: v[\${i}] is \${out[i]}\`);
    out[i] = (out[i] as number) * k;
  }
`,
      },
    ],
  },
  {
    name: "vectors-subtract-reversed",
    file: "vectors.ts",
    task: 1,
    why: "subtract computes b − a instead of a − b.",
    edits: [
      {
        find: `export function subtract(a: VectorLike, b: VectorLike): Float64Array {
  checkSameLength("subtract", a, b);
  checkFinite("subtract", "a", a);
  checkFinite("subtract", "b", b);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) - (b[i] as number);
  return out;
`,
        replace: `export function subtract(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  return add(b, scale(a, -1));
`,
      },
    ],
  },
];
