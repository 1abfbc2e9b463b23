/**
 * A minimal dense matrix for the classic-ML section (5.2).
 *
 * Features are stored row-major in one `Float64Array`: the value of feature `j` for sample
 * `i` is `data[i * cols + j]`. One sample is one row, one feature is one column — the same
 * layout as scikit-learn's `X` of shape `(n_samples, n_features)`.
 *
 * The helpers here are given (not learner code). They validate their input and throw
 * `ShapeError` (sizes that do not fit) or `InvalidArgument` (empty data, NaN, bad indices).
 */
import { InvalidArgument, ShapeError } from "../errors";

/** A dense row-major matrix: `data.length === rows * cols`. */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidArgument(`${what} must be a non-negative integer, got ${n}`);
  }
}

/**
 * A `rows × cols` matrix. Without `data` it is filled with zeros; with `data` (row-major,
 * exactly `rows * cols` values) the values are copied into a fresh `Float64Array`.
 *
 * @throws InvalidArgument when `rows` or `cols` is not a non-negative integer.
 * @throws ShapeError when `data` does not hold exactly `rows * cols` values.
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  assertCount(rows, "matrix: rows");
  assertCount(cols, "matrix: cols");
  if (data === undefined) return { data: new Float64Array(rows * cols), rows, cols };
  if (data.length !== rows * cols) {
    throw new ShapeError(`matrix: a ${rows}×${cols} matrix needs ${rows * cols} values, got ${data.length}`);
  }
  return { data: Float64Array.from(data), rows, cols };
}

/**
 * A matrix from an array of rows, e.g. `fromRows([[1, 2], [3, 4]])` is 2×2.
 * `fromRows([])` is the empty 0×0 matrix.
 *
 * @throws ShapeError when the rows do not all have the same length.
 */
export function fromRows(rows: ReadonlyArray<ArrayLike<number>>): Matrix {
  const n = rows.length;
  const cols = n === 0 ? 0 : (rows[0] as ArrayLike<number>).length;
  const data = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as ArrayLike<number>;
    if (r.length !== cols) {
      throw new ShapeError(`fromRows: row ${i} has ${r.length} values but row 0 has ${cols}`);
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = r[j] as number;
  }
  return { data, rows: n, cols };
}

/** The matrix as plain nested arrays (handy in test messages and for `toEqual`). */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** The value at row `i`, column `j` (no bounds check beyond what the array gives). */
export function get(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j] as number;
}

function assertIndex(i: number, n: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= n) {
    throw new InvalidArgument(`${what} ${i} is out of range [0, ${n})`);
  }
}

/**
 * A copy of column `j` (all samples' values of feature `j`).
 *
 * @throws InvalidArgument when `j` is not an integer in `[0, cols)`.
 */
export function column(m: Matrix, j: number): Float64Array {
  assertIndex(j, m.cols, "column: column index");
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j] as number;
  return out;
}

/**
 * A copy of row `i` (the feature vector of sample `i`).
 *
 * @throws InvalidArgument when `i` is not an integer in `[0, rows)`.
 */
export function row(m: Matrix, i: number): Float64Array {
  assertIndex(i, m.rows, "row: row index");
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/**
 * A new matrix made of the rows `idx` of `m`, in that order (repeats allowed, as in a
 * bootstrap sample). Typical use: `selectRows(X, split.train)`.
 *
 * @throws InvalidArgument when an index is not an integer in `[0, rows)`.
 */
export function selectRows(m: Matrix, idx: ArrayLike<number>): Matrix {
  const out = new Float64Array(idx.length * m.cols);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    assertIndex(i, m.rows, "selectRows: row index");
    out.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), k * m.cols);
  }
  return { data: out, rows: idx.length, cols: m.cols };
}

/**
 * A new matrix made of the columns `idx` of `m`, in that order.
 *
 * @throws InvalidArgument when an index is not an integer in `[0, cols)`.
 */
export function selectColumns(m: Matrix, idx: ArrayLike<number>): Matrix {
  for (let k = 0; k < idx.length; k++) assertIndex(idx[k] as number, m.cols, "selectColumns: column index");
  const c = idx.length;
  const out = new Float64Array(m.rows * c);
  for (let i = 0; i < m.rows; i++) {
    for (let k = 0; k < c; k++) out[i * c + k] = m.data[i * m.cols + (idx[k] as number)] as number;
  }
  return { data: out, rows: m.rows, cols: c };
}

/**
 * The values of `ys` at positions `idx` (the target counterpart of `selectRows`).
 *
 * @throws InvalidArgument when an index is not an integer in `[0, ys.length)`.
 */
export function selectValues<T extends Float64Array | Int32Array | Uint32Array>(
  ys: T,
  idx: ArrayLike<number>,
): T {
  const out = new (ys.constructor as new (n: number) => T)(idx.length);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    assertIndex(i, ys.length, "selectValues: index");
    out[k] = ys[i] as number;
  }
  return out;
}

/**
 * Matrices side by side (same number of rows): `hstack(numeric, oneHot)` is the feature
 * matrix with the columns of `numeric` followed by those of `oneHot`.
 *
 * @throws InvalidArgument when no matrix is given.
 * @throws ShapeError when the row counts differ.
 */
export function hstack(...ms: Matrix[]): Matrix {
  const first = ms[0];
  if (first === undefined) throw new InvalidArgument("hstack: give at least one matrix");
  const rows = first.rows;
  let cols = 0;
  for (const [k, m] of ms.entries()) {
    if (m.rows !== rows) {
      throw new ShapeError(`hstack: matrix ${k} has ${m.rows} rows but matrix 0 has ${rows}`);
    }
    cols += m.cols;
  }
  const data = new Float64Array(rows * cols);
  let offset = 0;
  for (const m of ms) {
    for (let i = 0; i < rows; i++) {
      data.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), i * cols + offset);
    }
    offset += m.cols;
  }
  return { data, rows, cols };
}

/** What `assertMatrix` accepts besides a finite, non-empty matrix. */
export interface AssertMatrixOptions {
  /** Accept NaN entries (missing values, e.g. the input of an imputer). Infinities are still rejected. */
  allowNaN?: boolean;
  /** Accept a matrix with zero rows or zero columns. */
  allowEmpty?: boolean;
  /** The number of columns the matrix must have (e.g. the number of features seen in `fit`). */
  cols?: number;
}

/**
 * Checks that `m` is a well-formed matrix and throws a clear error naming `name` otherwise:
 *
 * - not a `{ data: Float64Array, rows, cols }` object, or non-integer sizes → `InvalidArgument`
 * - `data.length !== rows * cols`, or `cols !== options.cols` → `ShapeError`
 * - no rows or no columns (unless `allowEmpty`) → `InvalidArgument`
 * - NaN (unless `allowNaN`) or ±Infinity anywhere → `InvalidArgument`
 *
 * @example
 * assertMatrix(X, "StandardScaler.transform: X", { cols: this.nFeatures });
 */
export function assertMatrix(
  m: unknown,
  name: string,
  options: AssertMatrixOptions = {},
): asserts m is Matrix {
  if (typeof m !== "object" || m === null) {
    throw new InvalidArgument(
      `${name} must be a Matrix { data, rows, cols }, got ${m === null ? "null" : typeof m}`,
    );
  }
  const { data, rows, cols } = m as Partial<Matrix>;
  if (!(data instanceof Float64Array)) {
    throw new InvalidArgument(`${name}.data must be a Float64Array`);
  }
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 0) {
    throw new InvalidArgument(`${name}.rows must be a non-negative integer, got ${String(rows)}`);
  }
  if (typeof cols !== "number" || !Number.isInteger(cols) || cols < 0) {
    throw new InvalidArgument(`${name}.cols must be a non-negative integer, got ${String(cols)}`);
  }
  if (data.length !== rows * cols) {
    throw new ShapeError(
      `${name}: a ${rows}×${cols} matrix needs ${rows * cols} values, data has ${data.length}`,
    );
  }
  if (options.cols !== undefined && cols !== options.cols) {
    throw new ShapeError(`${name} must have ${options.cols} columns (features), got ${cols}`);
  }
  if (!options.allowEmpty && (rows === 0 || cols === 0)) {
    throw new InvalidArgument(`${name} is empty (${rows}×${cols}); it needs at least one row and one column`);
  }
  for (let k = 0; k < data.length; k++) {
    const v = data[k] as number;
    if (Number.isNaN(v)) {
      if (options.allowNaN) continue;
      const i = Math.floor(k / cols);
      throw new InvalidArgument(`${name} has NaN at row ${i}, column ${k - i * cols}`);
    }
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
      const i = Math.floor(k / cols);
      throw new InvalidArgument(`${name} has ${v} at row ${i}, column ${k - i * cols}`);
    }
  }
}

/** What `assertVector` accepts besides a finite, non-empty vector. */
export interface AssertVectorOptions {
  /** The length the vector must have (e.g. the number of rows of `X`). */
  length?: number;
  /** Accept NaN entries. */
  allowNaN?: boolean;
  /** Accept an empty vector. */
  allowEmpty?: boolean;
}

/**
 * Checks a target / label vector: a typed array or array of numbers, of the required length
 * (`ShapeError` otherwise), non-empty and finite (`InvalidArgument` otherwise).
 *
 * @example
 * assertVector(y, "LinearRegression.fit: y", { length: X.rows });
 */
export function assertVector(
  v: unknown,
  name: string,
  options: AssertVectorOptions = {},
): asserts v is ArrayLike<number> {
  const ok = ArrayBuffer.isView(v) && !(v instanceof DataView) ? true : Array.isArray(v);
  if (!ok) throw new InvalidArgument(`${name} must be a typed array or an array of numbers`);
  const arr = v as ArrayLike<unknown>;
  if (options.length !== undefined && arr.length !== options.length) {
    throw new ShapeError(`${name} must have ${options.length} values (one per sample), got ${arr.length}`);
  }
  if (!options.allowEmpty && arr.length === 0) throw new InvalidArgument(`${name} is empty`);
  for (let i = 0; i < arr.length; i++) {
    const x = arr[i];
    if (typeof x !== "number") throw new InvalidArgument(`${name}[${i}] is not a number`);
    if (!Number.isFinite(x) && !(options.allowNaN && Number.isNaN(x))) {
      throw new InvalidArgument(`${name}[${i}] is ${x}; values must be finite`);
    }
  }
}
