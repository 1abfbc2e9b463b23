/**
 * 5.1.2 Matrix multiplication — given code (read it, don't change it): the `Matrix` type of
 * tasks 2 and 3 and the helpers that `matmul.ts` and the specs share.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

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

/**
 * The yardstick of task 4's benchmark: the textbook i-j-k triple loop over nested arrays
 * (float64), exactly the algorithm of task 1, without its input checks. `matmul.bench.spec.ts`
 * times `matmulFast` and `matmulTf` against this function, not against your `matmulNaive`, so
 * that a speed-up measures the fast product alone. Assumes a is m×k and b is k×p.
 */
export function referenceMatmul(a: number[][], b: number[][]): number[][] {
  const inner = b.length;
  const width = inner === 0 ? 0 : b[0].length;
  return a.map((row) => {
    const out = new Array<number>(width);
    for (let col = 0; col < width; col++) {
      let acc = 0;
      for (let t = 0; t < inner; t++) acc += row[t] * b[t][col];
      out[col] = acc;
    }
    return out;
  });
}
