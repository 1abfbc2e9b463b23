/** Known-wrong variants of the 5.1-math/02-matrix-multiplication solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "matrix-multiplication-fast-no-shape-check",
    file: "matmul.ts",
    task: 2,
    why: "the typed-array version never checks a.cols === b.rows. A mismatched product reads past the end of B (undefined → NaN) or silently ignores part of it, instead of throwing.",
    edits: [
      {
        find: `export function matmulFast(a: Matrix, b: Matrix): Matrix {
  checkInner(a.rows, a.cols, b.rows, b.cols);
`,
        replace: `export function matmulFast(a: Matrix, b: Matrix): Matrix {
`,
      },
      {
        find: `  const A = a.data;
  const B = b.data;
`,
        replace: ``,
      },
      {
        find: `  const m4 = m - (m % 4);
  const p4 = p - (p % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * k;
    const a1 = a0 + k;
    const a2 = a1 + k;
    const a3 = a2 + k;
    // biome-ignore format: the 4×4 tile reads best as a grid
    for (let j = 0; j < p4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let t = 0, bt = j; t < k; t++, bt += p) {
        const b0 = B[bt] as number;
        const b1 = B[bt + 1] as number;
        const b2 = B[bt + 2] as number;
        const b3 = B[bt + 3] as number;
        const x0 = A[a0 + t] as number;
        const x1 = A[a1 + t] as number;
        const x2 = A[a2 + t] as number;
        const x3 = A[a3 + t] as number;
        c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
        c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
        c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
        c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
      }
      let o = i * p + j;
      C[o] = c00; C[o + 1] = c01; C[o + 2] = c02; C[o + 3] = c03;
      o += p;
      C[o] = c10; C[o + 1] = c11; C[o + 2] = c12; C[o + 3] = c13;
      o += p;
      C[o] = c20; C[o + 1] = c21; C[o + 2] = c22; C[o + 3] = c23;
      o += p;
      C[o] = c30; C[o + 1] = c31; C[o + 2] = c32; C[o + 3] = c33;
`,
        replace: `  for (let i = 0; i < m; i++) {
    for (let t = 0; t < k; t++) {
      const x = a.data[i * k + t] as number;
      for (let j = 0; j < p; j++) C[i * p + j] = (C[i * p + j] as number) + x * (b.data[t * p + j] as number);
`,
      },
      {
        find: `  edge(A, B, C, k, p, 0, m4, p4, p); // right strip of the tiled rows
  edge(A, B, C, k, p, m4, m, 0, p); // bottom rows
`,
        replace: ``,
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-square-loop-bounds",
    file: "matmul.ts",
    task: 2,
    why: "the typed-array loop was written for square matrices — every loop runs to a.rows (and B's row stride is taken as a.cols). Square inputs pass; any non-square product is wrong.",
    edits: [
      {
        find: `  checkInner(a.rows, a.cols, b.rows, b.cols);
  const m = a.rows;
  const k = a.cols;
  const p = b.cols;
  const A = a.data;
  const B = b.data;
  const C = new Float32Array(m * p);
  const m4 = m - (m % 4);
  const p4 = p - (p % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * k;
    const a1 = a0 + k;
    const a2 = a1 + k;
    const a3 = a2 + k;
    // biome-ignore format: the 4×4 tile reads best as a grid
    for (let j = 0; j < p4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let t = 0, bt = j; t < k; t++, bt += p) {
        const b0 = B[bt] as number;
        const b1 = B[bt + 1] as number;
        const b2 = B[bt + 2] as number;
        const b3 = B[bt + 3] as number;
        const x0 = A[a0 + t] as number;
        const x1 = A[a1 + t] as number;
        const x2 = A[a2 + t] as number;
        const x3 = A[a3 + t] as number;
        c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
        c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
        c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
        c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
      }
      let o = i * p + j;
      C[o] = c00; C[o + 1] = c01; C[o + 2] = c02; C[o + 3] = c03;
      o += p;
      C[o] = c10; C[o + 1] = c11; C[o + 2] = c12; C[o + 3] = c13;
      o += p;
      C[o] = c20; C[o + 1] = c21; C[o + 2] = c22; C[o + 3] = c23;
      o += p;
      C[o] = c30; C[o + 1] = c31; C[o + 2] = c32; C[o + 3] = c33;
`,
        replace: `  if (a.cols !== b.rows) {
    throw new ShapeError(\`Cannot multiply \${formatShape(a.rows, a.cols)} · \${formatShape(b.rows, b.cols)}\`);
  }
  const n = a.rows;
  const C = new Float32Array(a.rows * b.cols);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a.data[i * n + k] as number;
      for (let j = 0; j < n; j++)
        C[i * n + j] = (C[i * n + j] as number) + aik * (b.data[k * n + j] as number);
`,
      },
      {
        find: `  edge(A, B, C, k, p, 0, m4, p4, p); // right strip of the tiled rows
  edge(A, B, C, k, p, m4, m, 0, p); // bottom rows
  return { rows: m, cols: p, data: C };
`,
        replace: `  return { rows: a.rows, cols: b.cols, data: C };
`,
      },
    ],
  },
  {
    name: "matrix-multiplication-fast-stale-accumulator",
    file: "matmul.ts",
    task: 2,
    why: "an i-k-j loop that accumulates each row of C in a reusable Float64Array buffer but forgets to zero it before the next row, so row i also contains the sums of rows 0..i−1. A 1-row product is still right.",
    edits: [
      {
        find: `export function matmulFast(a: Matrix, b: Matrix): Matrix {
  checkInner(a.rows, a.cols, b.rows, b.cols);
`,
        replace: `export function matmulFast(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new ShapeError(\`Cannot multiply \${formatShape(a.rows, a.cols)} · \${formatShape(b.rows, b.cols)}\`);
  }
`,
      },
      {
        find: `  const A = a.data;
  const B = b.data;
`,
        replace: ``,
      },
      {
        find: `  const m4 = m - (m % 4);
  const p4 = p - (p % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * k;
    const a1 = a0 + k;
    const a2 = a1 + k;
    const a3 = a2 + k;
    // biome-ignore format: the 4×4 tile reads best as a grid
    for (let j = 0; j < p4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let t = 0, bt = j; t < k; t++, bt += p) {
        const b0 = B[bt] as number;
        const b1 = B[bt + 1] as number;
        const b2 = B[bt + 2] as number;
        const b3 = B[bt + 3] as number;
        const x0 = A[a0 + t] as number;
        const x1 = A[a1 + t] as number;
        const x2 = A[a2 + t] as number;
        const x3 = A[a3 + t] as number;
        c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
        c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
        c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
        c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
      }
      let o = i * p + j;
      C[o] = c00; C[o + 1] = c01; C[o + 2] = c02; C[o + 3] = c03;
      o += p;
      C[o] = c10; C[o + 1] = c11; C[o + 2] = c12; C[o + 3] = c13;
      o += p;
      C[o] = c20; C[o + 1] = c21; C[o + 2] = c22; C[o + 3] = c23;
      o += p;
      C[o] = c30; C[o + 1] = c31; C[o + 2] = c32; C[o + 3] = c33;
    }
  }
  edge(A, B, C, k, p, 0, m4, p4, p); // right strip of the tiled rows
  edge(A, B, C, k, p, m4, m, 0, p); // bottom rows
`,
        replace: `  const acc = new Float64Array(p);
  for (let i = 0; i < m; i++) {
    // missing: acc.fill(0);
    for (let t = 0; t < k; t++) {
      const x = a.data[i * k + t] as number;
      const bt = t * p;
      for (let j = 0; j < p; j++) acc[j] = (acc[j] as number) + x * (b.data[bt + j] as number);
    }
    C.set(acc, i * p);
  }
`,
      },
    ],
  },
  {
    name: "matrix-multiplication-naive-transposes-b",
    file: "matmul.ts",
    task: 1,
    why: "the naive loop reads b[j][k] instead of b[k][j], so it computes A·Bᵀ. Right for a symmetric B (and for the identity), wrong in general — and it reads past the end of B's rows for non-square shapes.",
    edits: [
      {
        find: `  const [m, k] = nestedShape(a, "a");
  const [kb, p] = nestedShape(b, "b");
  checkInner(m, k, kb, p);
`,
        replace: `  if (a.length === 0 || b.length === 0 || (a[0]?.length ?? 0) === 0 || (b[0]?.length ?? 0) === 0) {
    throw new InvalidArgument("empty matrix");
  }
  const m = a.length;
  const k = (a[0] as number[]).length;
  const p = (b[0] as number[]).length;
  for (const row of a) if (row.length !== k) throw new ShapeError("a is ragged");
  for (const row of b) if (row.length !== p) throw new ShapeError("b is ragged");
  if (b.length !== k) throw new ShapeError(\`Cannot multiply \${m}×\${k} · \${b.length}×\${p}\`);
`,
      },
      {
        find: `    const row = new Array<number>(p);
`,
        replace: `    const row: number[] = [];
`,
      },
      {
        find: `        sum += ((a[i] as number[])[t] as number) * ((b[t] as number[])[j] as number);
      row[j] = sum;
`,
        replace: `        sum += ((a[i] as number[])[t] as number) * ((b[j] as number[] | undefined)?.[t] as number);
      row.push(sum);
`,
      },
    ],
  },
  {
    name: "matrix-multiplication-tf-leaks-tensors",
    file: "matmul.ts",
    task: 3,
    why: "TensorFlow.js tensors are created but never disposed (no tf.tidy, no dispose()), so every call leaks three tensors. The numbers are right; the memory is not.",
    edits: [
      {
        find: `  checkInner(a.rows, a.cols, b.rows, b.cols);
  tfReady ??= getTf();
  const tf = await tfReady;
  const product = tf.tidy(() =>
    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])),
  );
  try {
    const data = await product.data<"float32">();
    return { rows: a.rows, cols: b.cols, data };
  } finally {
    product.dispose();
  }
}
`,
        replace: `  if (a.cols !== b.rows) {
    throw new ShapeError(\`Cannot multiply \${formatShape(a.rows, a.cols)} · \${formatShape(b.rows, b.cols)}\`);
  }
  const tf = await getTf();
  const product = tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols]));
  return { rows: a.rows, cols: b.cols, data: await product.data<"float32">() };
}
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
        find: `  checkInner(a.rows, a.cols, b.rows, b.cols);
  tfReady ??= getTf();
  const tf = await tfReady;
`,
        replace: `  if (a.cols !== b.rows) {
    throw new ShapeError(\`Cannot multiply \${formatShape(a.rows, a.cols)} · \${formatShape(b.rows, b.cols)}\`);
  }
  const tf = await getTf();
`,
      },
      {
        find: `    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])),
`,
        replace: `    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])).transpose(),
`,
      },
      {
        find: `    const data = await product.data<"float32">();
    return { rows: a.rows, cols: b.cols, data };
`,
        replace: `    return { rows: b.cols, cols: a.rows, data: await product.data<"float32">() };
`,
      },
    ],
  },
];
