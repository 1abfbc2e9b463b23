/** Known-wrong variants of the 5.1-math/01-vectors solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "vectors-add-accepts-nan",
    file: "vectors.ts",
    task: 1,
    why: "add checks the lengths but not the values, so NaN and ±Infinity flow silently into the result instead of raising InvalidArgument.",
    edits: [{ find: `  checkFinite("add", "a", a);\n  checkFinite("add", "b", b);\n`, replace: "" }],
  },
  {
    name: "vectors-subtract-reversed",
    file: "vectors.ts",
    task: 1,
    why: "subtract computes b − a instead of a − b.",
    edits: [{ find: "out[i] = a[i] - b[i];", replace: "out[i] = b[i] - a[i];" }],
  },
  {
    name: "vectors-scale-in-place",
    file: "vectors.ts",
    task: 1,
    why: "scale multiplies a Float64Array input in place and returns it, instead of returning a new array: the caller's vector changes.",
    edits: [
      {
        find: "  const out = new Float64Array(v.length);\n",
        replace: "  const out = v instanceof Float64Array ? v : Float64Array.from(v);\n",
      },
    ],
  },
  {
    name: "vectors-scale-empty-skips-k",
    file: "vectors.ts",
    task: 1,
    why: "scale checks k only when there are components to multiply (as if k were one of them), so scale([], NaN) returns [] instead of throwing InvalidArgument: a bad factor is a bug whatever the vector's length.",
    edits: [
      {
        find: "  if (!Number.isFinite(k)) throw",
        replace: "  if (v.length > 0 && !Number.isFinite(k)) throw",
      },
    ],
  },
  {
    name: "vectors-dot-ignores-length",
    file: "vectors.ts",
    task: 2,
    why: "dot loops over the shorter vector instead of throwing ShapeError when the lengths differ.",
    edits: [
      { find: `  checkSameLength("dot", a, b);\n`, replace: "" },
      {
        find: "for (let i = 0; i < a.length; i++) sum +=",
        replace: "for (let i = 0; i < Math.min(a.length, b.length); i++) sum +=",
      },
    ],
  },
  {
    name: "vectors-norm-overflows",
    file: "vectors.ts",
    task: 3,
    why: "norm uses the textbook √(Σ vᵢ²) without dividing by max|vᵢ| first, so (1e200)² overflows to Infinity and (1e-200)² underflows to 0.",
    edits: [
      { find: "    const x = v[i] / m;\n", replace: "    const x = v[i];\n" },
      { find: "  return m * Math.sqrt(sum);\n", replace: "  return Math.sqrt(sum);\n" },
    ],
  },
  {
    name: "vectors-norm-hypot-spread",
    file: "vectors.ts",
    task: 3,
    why: "norm is Math.hypot(...v): right and overflow-safe for short vectors, but spreading a million arguments overflows the call stack.",
    edits: [
      {
        find: `  checkFinite("norm", "v", v);\n`,
        replace: `  checkFinite("norm", "v", v);\n  return Math.hypot(...Array.from(v));\n`,
      },
    ],
  },
  {
    name: "vectors-cosine-naive-formula",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity computes a·b / (‖a‖‖b‖) literally instead of normalising first, so a·b (and ‖a‖‖b‖) overflow for huge components and underflow for tiny ones.",
    edits: [
      {
        find: "  let cos = 0;\n  for (let i = 0; i < a.length; i++) cos += (a[i] / na) * (b[i] / nb);\n",
        replace: "  const cos = dot(a, b) / (na * nb);\n",
      },
    ],
  },
  {
    name: "vectors-cosine-reciprocal-norm",
    file: "vectors.ts",
    task: 3,
    why: 'cosineSimilarity multiplies by 1/‖a‖ and 1/‖b‖ ("multiplying is faster than dividing"), but the reciprocal of a subnormal norm such as 1e-310 overflows to Infinity, so cos([1e-310, 0], [1e-310, 1e-310]) is NaN instead of 0.7071.',
    edits: [
      {
        find: "cos += (a[i] / na) * (b[i] / nb);",
        replace: "cos += a[i] * (1 / na) * (b[i] * (1 / nb));",
      },
    ],
  },
  {
    name: "vectors-cosine-unclamped",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity forgets to clamp, so rounding returns values like 1.0000000000000002 (and Math.acos of that is NaN).",
    edits: [{ find: "  return Math.min(1, Math.max(-1, cos));\n", replace: "  return cos;\n" }],
  },
  {
    name: "vectors-cosine-clamps-top-only",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity clamps only the upper end (thinking of cos(v, v) = 1.0000000000000002), so cos(v, −v) can come out as −1.0000000000000002, below the documented range [−1, 1].",
    edits: [{ find: "  return Math.min(1, Math.max(-1, cos));\n", replace: "  return Math.min(1, cos);\n" }],
  },
  {
    name: "vectors-cosine-zero-returns-zero",
    file: "vectors.ts",
    task: 3,
    why: "cosineSimilarity returns 0 for a zero vector (as some libraries do) instead of throwing InvalidArgument: the angle to a zero vector is undefined.",
    edits: [
      {
        find: "  if (na === 0 || nb === 0) {\n",
        replace: "  if (na === 0 || nb === 0) {\n    return 0;\n",
      },
    ],
  },
];
