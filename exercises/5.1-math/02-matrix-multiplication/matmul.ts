/**
 * 5.1.2 Matrix multiplication — your file. The README explains each task.
 *
 * C = A·B is defined when A is m×k and B is k×p; then C is m×p and
 *
 *     C[i][j] = Σₖ A[i][k] · B[k][j]        (k runs over the k shared columns/rows)
 *
 * You write the same product three times, each faster than the one before:
 *
 * - `matmulNaive` (task 1): nested `number[][]` arrays, three plain loops.
 * - `matmulFast` (task 2): flat row-major `Float32Array`s (the `Matrix` type of matmul.given.ts).
 * - `matmulTf` (task 3): TensorFlow.js `tf.matMul`.
 *
 * and then, for the benchmark of task 4, `gflops`: how many floating-point operations per
 * second a product of a given shape and time achieved.
 *
 * Rules shared by all three:
 *
 * - Never modify an input; return a new result.
 * - A·B with A's column count ≠ B's row count → `ShapeError` (from lib/errors) whose message
 *   names both shapes the way `formatShape` (matmul.given.ts) prints them, e.g.
 *   "Cannot multiply 2×3 · 2×3".
 * - NaN and ±Infinity are not errors here: they propagate as IEEE arithmetic says.
 *
 * matmul.given.ts holds finished code that the specs use too — the `Matrix` type, `matrix()`,
 * `toNested()` and `formatShape()`. Import what you need from it; don't change it.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "./matmul.given";

/**
 * Task 1. C = A·B on nested arrays with the textbook triple loop (i over rows of A, j over
 * columns of B, k over the shared dimension). Plain JS numbers, so float64 arithmetic.
 *
 * `a[i][j]` is row i, column j. Example: `matmulNaive([[1, 2]], [[3], [4]])` → `[[11]]`.
 *
 * @throws InvalidArgument when `a` or `b` has no rows or its rows are empty (`[]`, `[[]]`).
 * @throws ShapeError when the rows of `a` (or of `b`) have different lengths (a "ragged"
 *   array), or when `a`'s column count differs from `b`'s row count.
 */
export function matmulNaive(_a: number[][], _b: number[][]): number[][] {
  throw new NotImplemented("matmulNaive", 1);
}

/**
 * Task 2. C = A·B on row-major `Float32Array`s, fast: at least 2× the speed of `matmulNaive`
 * at n = 256 (the benchmark of task 4 measures it). The README shows how: the i-k-j loop
 * order first, then a 4×4 register tile.
 *
 * Returns a new `Matrix` of shape `a.rows × b.cols`. Matrices built with `matrix()` are always
 * consistent (`data.length === rows * cols`), so only the inner dimensions need checking.
 *
 * @throws ShapeError when `a.cols !== b.rows`, naming both shapes.
 */
export function matmulFast(_a: Matrix, _b: Matrix): Matrix {
  throw new NotImplemented("matmulFast", 2);
}

/**
 * Task 3. C = A·B with TensorFlow.js. Get the library with
 * `const tf = await getTf();` (import `getTf` from "../../../lib/tf"), build two
 * `tf.tensor2d`s, multiply them with `tf.matMul`, read the product back into a
 * `Float32Array` and return it as a `Matrix`.
 *
 * Leaves no tensor behind: `tf.memory().numTensors` is the same before and after the call
 * (use `tf.tidy` and/or `dispose()`).
 *
 * @throws ShapeError when `a.cols !== b.rows` (check it yourself, before calling
 *   TensorFlow.js, so that the message names both shapes).
 */
export async function matmulTf(_a: Matrix, _b: Matrix): Promise<Matrix> {
  throw new NotImplemented("matmulTf", 3);
}

/**
 * Task 4. The speed of one (m×k)·(k×p) product that took `milliseconds`, in GFLOP/s
 * (10⁹ floating-point operations per second). Count them: every entry of C is a sum of k
 * products, and one multiply-add is two operations. `gflops(1000, 1000, 1000, 1000)` is 2.
 *
 * @throws InvalidArgument when m, k or p is not a positive integer, or `milliseconds` is not
 *   a positive finite number.
 */
export function gflops(_m: number, _k: number, _p: number, _milliseconds: number): number {
  throw new NotImplemented("gflops", 4);
}
