/**
 * 5.1.2 Matrix multiplication — reference solution.
 *
 * Three ways to compute C = A·B, from the slowest to the fastest:
 *
 * 1. `matmulNaive`: the textbook i-j-k triple loop over nested `number[][]` arrays.
 * 2. `matmulFast`: the same arithmetic on flat row-major `Float32Array`s, computed in 4×4
 *    tiles of C held in 16 local variables ("registers"), so every value loaded from A or B
 *    is used four times.
 * 3. `matmulTf`: TensorFlow.js (`tf.matMul`) on the wasm backend, which multiplies with
 *    SIMD instructions inside WebAssembly.
 * 4. `gflops`: the speed figure of the benchmark, 2·m·k·p floating-point operations per run.
 */
import { formatShape, type Matrix } from "@exercise/5.1-math/02-matrix-multiplication/matmul.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { getTf, type Tf } from "../../../lib/tf";

/** Throws ShapeError unless an (m×k)·(k×p) product is defined. */
function checkInner(aRows: number, aCols: number, bRows: number, bCols: number): void {
  if (aCols !== bRows) {
    throw new ShapeError(
      `Cannot multiply ${formatShape(aRows, aCols)} · ${formatShape(bRows, bCols)}: ` +
        `the left matrix has ${aCols} columns but the right one has ${bRows} rows`,
    );
  }
}

/** Rows × cols of a nested matrix; rejects an empty matrix, empty rows and ragged rows. */
function nestedShape(m: number[][], name: string): [number, number] {
  if (m.length === 0) throw new InvalidArgument(`${name} has no rows`);
  const cols = m[0].length;
  if (cols === 0) throw new InvalidArgument(`${name} has empty rows`);
  for (let i = 1; i < m.length; i++) {
    const len = m[i].length;
    if (len !== cols) {
      throw new ShapeError(`${name} is ragged: row 0 has ${cols} entries but row ${i} has ${len}`);
    }
  }
  return [m.length, cols];
}

/**
 * Task 1. C = A·B with three plain loops over nested arrays: `C[i][j] = Σₖ A[i][k]·B[k][j]`.
 * Arithmetic in float64 (plain JS numbers).
 */
export function matmulNaive(a: number[][], b: number[][]): number[][] {
  const [m, k] = nestedShape(a, "a");
  const [kb, p] = nestedShape(b, "b");
  checkInner(m, k, kb, p);
  const c: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row = new Array<number>(p);
    for (let j = 0; j < p; j++) {
      let sum = 0;
      for (let t = 0; t < k; t++) sum += a[i][t] * b[t][j];
      row[j] = sum;
    }
    c.push(row);
  }
  return c;
}

/**
 * C[i0..i1) × [j0..j1) for the edge strips that do not fill a 4×4 tile: one dot product per
 * entry, accumulated in a float64 local, with the row offsets hoisted out of the inner loop.
 */
function edge(
  A: Float32Array,
  B: Float32Array,
  C: Float32Array,
  k: number,
  p: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): void {
  for (let i = i0; i < i1; i++) {
    const ai = i * k;
    for (let j = j0; j < j1; j++) {
      let sum = 0;
      for (let t = 0, bt = j; t < k; t++, bt += p) sum += A[ai + t] * B[bt];
      C[i * p + j] = sum;
    }
  }
}

/**
 * Task 2. C = A·B on row-major Float32Arrays, in 4×4 register tiles.
 *
 * For each 4×4 block of C, the 16 partial sums live in local variables for the whole k loop;
 * each step loads 4 values of A (one per row) and 4 contiguous values of B (one row of B)
 * and does 16 multiply-adds with them. Loads per multiply-add drop from 2 to 0.5, and the
 * sums are written to memory once. The rows and columns left over when m or p is not a
 * multiple of 4 are done by `edge`.
 */
export function matmulFast(a: Matrix, b: Matrix): Matrix {
  checkInner(a.rows, a.cols, b.rows, b.cols);
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
        const b0 = B[bt];
        const b1 = B[bt + 1];
        const b2 = B[bt + 2];
        const b3 = B[bt + 3];
        const x0 = A[a0 + t];
        const x1 = A[a1 + t];
        const x2 = A[a2 + t];
        const x3 = A[a3 + t];
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
  return { rows: m, cols: p, data: C };
}

let tfReady: Promise<Tf> | undefined;

/**
 * Task 3. C = A·B with TensorFlow.js (`tf.matMul`) on the course's explicitly chosen backend.
 *
 * The input tensors and the product are created inside `tf.tidy`, which disposes every
 * intermediate tensor; the product is returned from `tidy` (so it survives), read back with
 * `await data()` and then disposed. Nothing stays allocated after the call.
 */
export async function matmulTf(a: Matrix, b: Matrix): Promise<Matrix> {
  checkInner(a.rows, a.cols, b.rows, b.cols);
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

/**
 * Task 4. The speed of one (m×k)·(k×p) product that took `milliseconds`, in GFLOP/s: it does
 * m·k·p multiply-adds, i.e. 2·m·k·p floating-point operations, and 1 GFLOP/s is 10⁹ of them
 * per second = 10⁶ per millisecond.
 */
export function gflops(m: number, k: number, p: number, milliseconds: number): number {
  for (const [name, n] of [
    ["m", m],
    ["k", k],
    ["p", p],
  ] as const) {
    if (!Number.isInteger(n) || n < 1)
      throw new InvalidArgument(`gflops: ${name} = ${n} is not a positive integer`);
  }
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) {
    throw new InvalidArgument(`gflops: the time ${milliseconds} ms is not a positive finite number`);
  }
  return (2 * m * k * p) / (milliseconds * 1e6);
}
