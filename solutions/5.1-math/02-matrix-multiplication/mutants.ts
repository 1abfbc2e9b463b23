/** Known-wrong variants of the 5.1-math/02-matrix-multiplication solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "matrix-multiplication-naive-transposes-b",
    file: "matmul.ts",
    task: 1,
    why: "the naive loop reads b[j][t] instead of b[t][j], so it computes A·Bᵀ: right for a symmetric B (and for the identity), wrong in general, and it reads past the end of B for non-square shapes.",
    edits: [{ find: "sum += a[i][t] * b[t][j];", replace: "sum += a[i][t] * b[j][t];" }],
  },
  {
    name: "matrix-multiplication-naive-skips-zeros",
    file: "matmul.ts",
    task: 1,
    why: 'the naive loop skips the zeros of A ("0 times anything adds nothing"), but IEEE says 0·∞ = NaN and 0·NaN = NaN: with ±∞ or NaN in B, [[1, 0]]·[[1], [∞]] comes out 1 instead of NaN.',
    edits: [
      {
        find: "for (let t = 0; t < k; t++) sum += a[i][t] * b[t][j];",
        replace: "for (let t = 0; t < k; t++) if (a[i][t] !== 0) sum += a[i][t] * b[t][j];",
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-no-shape-check",
    file: "matmul.ts",
    task: 2,
    why: "the typed-array version never checks a.cols === b.rows: a mismatched product reads past the end of B (undefined → NaN) or silently ignores part of it, instead of throwing ShapeError.",
    edits: [
      {
        find: "export function matmulFast(a: Matrix, b: Matrix): Matrix {\n  checkInner(a.rows, a.cols, b.rows, b.cols);\n",
        replace: "export function matmulFast(a: Matrix, b: Matrix): Matrix {\n",
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-square-loop-bounds",
    file: "matmul.ts",
    task: 2,
    why: "the typed-array loop was written for square matrices: every dimension is taken as a.rows. Square products pass; every non-square one is wrong.",
    edits: [
      { find: "  const k = a.cols;\n  const p = b.cols;\n", replace: "  const k = m;\n  const p = m;\n" },
    ],
  },
  {
    name: "matrix-multiplication-fast-stale-accumulator",
    file: "matmul.ts",
    task: 2,
    why: "the 16 tile accumulators are declared once per block of rows instead of once per tile, so every 4×4 tile after the first starts from the previous tile's sums. A product with at most 4 columns is still right.",
    edits: [
      {
        find: `    // biome-ignore format: the 4×4 tile reads best as a grid
    for (let j = 0; j < p4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
`,
        replace: `    let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
    let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    for (let j = 0; j < p4; j += 4) {
`,
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-skips-zero-columns",
    file: "matmul.ts",
    task: 2,
    why: "the 4×4 tile skips a step k when the four values of A are all 0 (a sparse shortcut), but 0·∞ and 0·NaN are NaN: with a non-finite value in that row of B, the tile returns B's finite neighbours instead of NaN.",
    edits: [
      {
        find: "        const x3 = A[a3 + t];\n",
        replace:
          "        const x3 = A[a3 + t];\n        if (x0 === 0 && x1 === 0 && x2 === 0 && x3 === 0) continue;\n",
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-edge-skips-zeros",
    file: "matmul.ts",
    task: 2,
    why: "the loop for the leftover rows and columns skips the zeros of A, but 0·∞ = NaN: the edge strips of I·B lose the NaN that ±∞ or NaN in B must put there.",
    edits: [
      {
        find: "sum += A[ai + t] * B[bt];",
        replace: "if (A[ai + t] !== 0) sum += A[ai + t] * B[bt];",
      },
    ],
  },
  {
    name: "matrix-multiplication-tf-leaks-tensors",
    file: "matmul.ts",
    task: 3,
    why: "the two input tensors are created outside tf.tidy and never disposed, so every call leaks two tensors. The numbers are right; the memory is not.",
    edits: [
      {
        find: `  const product = tf.tidy(() =>
    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])),
  );
`,
        replace: `  const product = tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols]));
`,
      },
    ],
  },
  {
    name: "matrix-multiplication-tf-returns-transpose",
    file: "matmul.ts",
    task: 3,
    why: 'the learner thought TensorFlow.js stores matrices column-major and "fixed" it by transposing the product, returning Cᵀ (p×m) instead of C (m×p).',
    edits: [
      {
        find: "    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])),\n",
        replace:
          "    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])).transpose(),\n",
      },
      {
        find: "return { rows: a.rows, cols: b.cols, data };",
        replace: "return { rows: b.cols, cols: a.rows, data };",
      },
    ],
  },
  {
    name: "matrix-multiplication-gflops-counts-multiply-adds",
    file: "matmul.ts",
    task: 4,
    why: "gflops counts m·k·p operations, one per multiply-add, instead of 2·m·k·p (a multiply and an add), so every figure is half the true speed.",
    edits: [
      {
        find: "return (2 * m * k * p) / (milliseconds * 1e6);",
        replace: "return (m * k * p) / (milliseconds * 1e6);",
      },
    ],
  },
  {
    name: "matrix-multiplication-gflops-assumes-square",
    file: "matmul.ts",
    task: 4,
    why: "gflops uses the square-matrix count 2n³ with n = m, so every non-square shape (a long inner dimension, a matrix times a vector) is counted wrong.",
    edits: [
      {
        find: "return (2 * m * k * p) / (milliseconds * 1e6);",
        replace: "return (2 * m ** 3) / (milliseconds * 1e6);",
      },
    ],
  },
];
