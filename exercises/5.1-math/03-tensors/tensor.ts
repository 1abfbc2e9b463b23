/**
 * 5.1.3 Tensors — an N-dimensional array in the style of NumPy's ndarray.
 *
 * A tensor is a flat Float64Array (`data`) plus a `shape` and `strides`: the element at index
 * (i₀, …, iₙ₋₁) lives at
 *
 *     data[i₀·strides[0] + i₁·strides[1] + … + iₙ₋₁·strides[n−1]]
 *
 * Changing only shape and strides gives a new *view* of the same numbers — that is how
 * `transpose` (and `reshape` of a contiguous tensor) work without copying anything.
 *
 * What is given and what you write:
 * - GIVEN (tensor.given.ts, leave as is): the `NestedArray` type, `formatShape`, and
 *   `TensorLayout` — the fields `data`, `shape`, `strides`, the checks of the constructor, and
 *   `ndim`. `Tensor` extends it; its constructor (below, given too) passes your `rowMajorStrides`.
 * - YOU WRITE: every function and method whose body throws `NotImplemented`. Add as many
 *   private helpers as you like (an "odometer" that visits every index of a shape is handy
 *   for tasks 2–4), but keep the exported names and signatures.
 *
 * Errors: a shape that does not fit → `ShapeError` (messages show shapes as `formatShape`
 * prints them, e.g. `[2,3]`); any other bad argument (index, axis, permutation, dimension)
 * → `InvalidArgument`. Values may be anything, NaN included: tensors store, they do not judge.
 */
import { NotImplemented } from "../../../lib/errors";
import { type NestedArray, TensorLayout } from "./tensor.given";

/**
 * Task 1. Row-major (C-order) strides, counted in elements: the last axis moves by 1 and
 * every other axis by the product of the dimensions after it,
 * strides[k] = shape[k+1] · shape[k+2] · … · shape[n−1].
 *
 * `rowMajorStrides([2, 3, 4])` → `[12, 4, 1]`; `rowMajorStrides([])` → `[]`;
 * `rowMajorStrides([2, 0, 3])` → `[0, 3, 1]` (zero-length axes follow the same formula).
 */
export function rowMajorStrides(_shape: readonly number[]): number[] {
  throw new NotImplemented("rowMajorStrides", 1);
}

/**
 * Task 3. The shape two operands broadcast to, by NumPy's rules: align the shapes on the
 * RIGHT (pad the shorter with 1s on the left); in every position the two dimensions must be
 * equal or one of them 1; the result takes the larger (a 1 stretches to match, a 0 stays 0).
 *
 * `broadcastShapes([2, 3], [3])` → `[2, 3]`; `broadcastShapes([4, 1, 3], [2, 1])` → `[4, 2, 3]`.
 * @throws ShapeError when they do not broadcast; the message contains both shapes as
 *   formatShape writes them, e.g. `cannot broadcast [2,3] with [2]`.
 */
export function broadcastShapes(_a: readonly number[], _b: readonly number[]): number[] {
  throw new NotImplemented("broadcastShapes", 3);
}

export class Tensor extends TensorLayout {
  /**
   * Given (do not change). `new Tensor(data, shape, strides?)` wraps `data` without copying and
   * checks the layout (see `TensorLayout` in tensor.given.ts); without `strides`, the tensor is
   * contiguous and its strides are your `rowMajorStrides(shape)`.
   */
  constructor(data: Float64Array, shape: readonly number[], strides?: readonly number[]) {
    super(data, shape, strides, rowMajorStrides);
  }

  // --- Task 1. Shape and strides ------------------------------------------------------

  /** The number of elements: the product of the shape (1 for a 0-d tensor, 0 if any axis is 0). */
  get size(): number {
    throw new NotImplemented("Tensor.size", 1);
  }

  /**
   * The element at `index`, one integer per axis: `t.get(1, 2)` on a matrix, `t.get()` on a
   * 0-d tensor. Reads through the strides, so it works on views.
   * @throws InvalidArgument for the wrong number of indices, or an index that is negative,
   *   not an integer, or ≥ the axis length.
   */
  get(..._index: number[]): number {
    throw new NotImplemented("Tensor.get", 1);
  }

  /**
   * Writes `value` at `index` (same rules as `get`). Through a view, the tensor the view came
   * from sees the change — they share `data`.
   */
  set(_value: number, ..._index: number[]): void {
    throw new NotImplemented("Tensor.set", 1);
  }

  /**
   * A new contiguous tensor from nested arrays: `Tensor.from([[1, 2, 3], [4, 5, 6]])` has shape
   * `[2, 3]`; `Tensor.from(7)` is 0-d (shape `[]`); `Tensor.from([])` has shape `[0]`.
   * @throws ShapeError for a ragged array (`[[1, 2], [3]]`, or numbers mixed with arrays) —
   *   every row is checked, even when the count of numbers happens to fit the shape.
   */
  static from(_nested: NestedArray): Tensor {
    throw new NotImplemented("Tensor.from", 1);
  }

  /**
   * A new contiguous tensor of zeros: `Tensor.zeros([2, 3])`. `checkDimensions` from
   * `tensor.given.ts` does the shape check for you.
   * @throws InvalidArgument when a dimension is negative or not an integer.
   */
  static zeros(_shape: readonly number[]): Tensor {
    throw new NotImplemented("Tensor.zeros", 1);
  }

  /** The elements as nested arrays in logical (index) order; a bare number for a 0-d tensor. Works on views. */
  toArray(): NestedArray {
    throw new NotImplemented("Tensor.toArray", 1);
  }

  // --- Task 2. Reshape and transpose --------------------------------------------------

  /**
   * True when the elements lie in `data` in row-major order, i.e. every axis of length > 1
   * has the stride `rowMajorStrides(shape)` gives it (the stride of a length-1 axis never
   * matters, because you never step along it).
   */
  isContiguous(): boolean {
    throw new NotImplemented("Tensor.isContiguous", 2);
  }

  /**
   * The same elements, read in row-major order, under a new shape with the same size.
   * One dimension may be −1: it is inferred (`reshape([-1])` flattens).
   *
   * - Contiguous tensor → a VIEW: the result shares `data` (writes show through).
   * - Otherwise (e.g. after `transpose`) → a contiguous COPY in row-major order.
   *
   * @throws ShapeError when the sizes differ; the message contains both shapes
   *   (`cannot reshape [2,3] into [4,2]`).
   * @throws InvalidArgument for more than one −1, any other negative or non-integer
   *   dimension, or a −1 next to dimensions whose product is 0 (nothing to infer from).
   */
  reshape(_shape: readonly number[]): Tensor {
    throw new NotImplemented("Tensor.reshape", 2);
  }

  /**
   * A VIEW with the axes permuted: axis k of the result is axis `perm[k]` of this tensor,
   * so `shape` and `strides` are both permuted and no element is copied. Without `perm` the
   * axes are reversed (the matrix transpose for 2-d).
   * @throws InvalidArgument unless `perm` holds each of 0…ndim−1 exactly once.
   */
  transpose(_perm?: readonly number[]): Tensor {
    throw new NotImplemented("Tensor.transpose", 2);
  }

  // --- Task 3. Broadcasting -----------------------------------------------------------
  // Each returns a NEW contiguous tensor of shape broadcastShapes(this.shape, other.shape).
  // A number counts as a 0-d tensor. Both operands may be views: read through the strides.

  /** this + other, element by element, with broadcasting. @throws ShapeError (see broadcastShapes). */
  add(_other: Tensor | number): Tensor {
    throw new NotImplemented("Tensor.add", 3);
  }

  /** this − other, element by element, with broadcasting. @throws ShapeError. */
  sub(_other: Tensor | number): Tensor {
    throw new NotImplemented("Tensor.sub", 3);
  }

  /** this · other, element by element, with broadcasting. @throws ShapeError. */
  mul(_other: Tensor | number): Tensor {
    throw new NotImplemented("Tensor.mul", 3);
  }

  /** this / other, element by element, with broadcasting; x/0 follows IEEE (±Infinity or NaN). @throws ShapeError. */
  div(_other: Tensor | number): Tensor {
    throw new NotImplemented("Tensor.div", 3);
  }

  // --- Task 4. Reductions along an axis -----------------------------------------------
  // `axis` undefined reduces every element to a 0-d tensor (shape []). Otherwise the axis
  // disappears from the shape — or stays with length 1 when keepDims is true, so the
  // result broadcasts back against this tensor. A negative axis counts from the end.
  // Invalid axis (not an integer, ≥ ndim or < −ndim) → InvalidArgument.

  /** The sum along `axis`. An empty sum is 0. */
  sum(_axis?: number, _keepDims = false): Tensor {
    throw new NotImplemented("Tensor.sum", 4);
  }

  /**
   * The arithmetic mean along `axis`.
   * @throws InvalidArgument when the reduced axis has length 0, or (no axis) the tensor is empty.
   *   (`Tensor.zeros([3, 0]).mean(0)` is fine: no column to average, shape `[0]`.)
   */
  mean(_axis?: number, _keepDims = false): Tensor {
    throw new NotImplemented("Tensor.mean", 4);
  }

  /**
   * The largest element along `axis`; NaN if any of them is NaN (as in NumPy).
   * @throws InvalidArgument when the reduced axis has length 0, or (no axis) the tensor is empty:
   *   a maximum of nothing is undefined. (`Tensor.zeros([3, 0]).max(0)` is fine: shape `[0]`.)
   */
  max(_axis?: number, _keepDims = false): Tensor {
    throw new NotImplemented("Tensor.max", 4);
  }
}
