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
 * - `matmulFast` (task 2): flat row-major `Float32Array`s (the `Matrix` type below).
 * - `matmulTf` (task 3): TensorFlow.js `tf.matMul`.
 *
 * Rules shared by all three:
 *
 * - Never modify an input; return a new result.
 * - A·B with A's column count ≠ B's row count → `ShapeError` whose message names both shapes
 *   the way `formatShape` prints them, e.g. "Cannot multiply 2×3 · 2×3".
 * - NaN and ±Infinity are not errors here: they propagate as IEEE arithmetic says.
 *
 * The block between the GIVEN markers is finished code that the specs use too. Read it;
 * don't change it.
 */
import { InvalidArgument, NotImplemented, ShapeError } from "../../../lib/errors";

// ───────────────────────────── GIVEN (do not change) ─────────────────────────────

/**
 * A dense matrix stored row-major in one flat `Float32Array`: the entry in row `i`,
 * column `j` is `data[i * cols + j]`.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float32Array;
}

/** "2×3": how error messages print a shape (× is U+00D7). */
export function formatShape(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/**
 * Makes a `rows`×`cols` matrix. `data` (row-major, `rows * cols` values) is copied into a new
 * `Float32Array`, so values are rounded to float32; without `data` the matrix is all zeros.
 * @throws InvalidArgument when `rows` or `cols` is not a positive integer.
 * @throws ShapeError when `data.length !== rows * cols`.
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) {
    throw new InvalidArgument(`A matrix needs positive integer rows and cols, got ${rows} and ${cols}`);
  }
  if (data === undefined) return { rows, cols, data: new Float32Array(rows * cols) };
  if (data.length !== rows * cols) {
    throw new ShapeError(
      `A ${formatShape(rows, cols)} matrix needs ${rows * cols} values, got ${data.length}`,
    );
  }
  return { rows, cols, data: Float32Array.from(data) };
}

/** The matrix as nested rows: `toNested(m)[i][j] === m.data[i * m.cols + j]`. */
export function toNested(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

// ─────────────────────────────────── END GIVEN ───────────────────────────────────

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
