/**
 * 5.1.3 Tensors — given code (read it, don't change it): the types and the storage that
 * `tensor.ts` builds on, shared with the specs.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** A nested array of numbers such as `[[1, 2], [3, 4]]`; a bare number is a 0-d tensor. */
export type NestedArray = number | readonly NestedArray[];

/** Formats a shape the way error messages show it: `[2,3]`, and `[]` for a 0-d tensor. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(",")}]`;
}

/**
 * Checks that every dimension of `shape` is a non-negative integer.
 * @throws InvalidArgument naming `where` and the shape otherwise.
 */
export function checkDimensions(shape: readonly number[], where: string): void {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new InvalidArgument(
        `${where}: dimensions must be non-negative integers, got ${formatShape(shape)}`,
      );
    }
  }
}

/**
 * The storage of a tensor — one flat `Float64Array` plus a shape and strides — checked once,
 * when the tensor is made. `Tensor` (tensor.ts) extends it with everything you write.
 *
 * The element at index (i₀, …, iₙ₋₁) lives at `data[i₀·strides[0] + … + iₙ₋₁·strides[n−1]]`.
 */
export class TensorLayout {
  /** The storage. Views (transpose, reshape of a contiguous tensor) share it with their source. */
  readonly data: Float64Array;
  /** The length of every axis, e.g. `[2, 3]` for a 2×3 matrix; `[]` for a 0-d tensor (a scalar). */
  readonly shape: readonly number[];
  /** How many elements of `data` to step over to move by one along each axis. */
  readonly strides: readonly number[];

  /**
   * Wraps `data` without copying. With `strides`, checks that there is one non-negative integer
   * per axis and that the last element lies inside `data`. Without, checks that `data` holds
   * exactly the shape's number of elements and uses `rowMajor(shape)` — `Tensor` passes your
   * `rowMajorStrides` here.
   * @throws InvalidArgument for a dimension that is not a non-negative integer, or strides that do not fit.
   * @throws ShapeError when `strides` is omitted and `data.length` is not the size of `shape`.
   */
  constructor(
    data: Float64Array,
    shape: readonly number[],
    strides: readonly number[] | undefined,
    rowMajor: (shape: readonly number[]) => number[],
  ) {
    checkDimensions(shape, "Tensor");
    const size = shape.reduce((n, d) => n * d, 1);
    if (strides === undefined) {
      if (data.length !== size) {
        throw new ShapeError(
          `Tensor: shape ${formatShape(shape)} needs ${size} elements, data has ${data.length}`,
        );
      }
      this.strides = Object.freeze(rowMajor(shape));
    } else {
      if (strides.length !== shape.length || strides.some((s) => !Number.isInteger(s) || s < 0)) {
        throw new InvalidArgument(
          `Tensor: strides ${formatShape(strides)} do not fit shape ${formatShape(shape)} (one non-negative integer per axis)`,
        );
      }
      // The last element must still lie inside the storage.
      const last = shape.reduce((sum, d, k) => sum + (d - 1) * strides[k], 0);
      if (size > 0 && last >= data.length) {
        throw new InvalidArgument(
          `Tensor: shape ${formatShape(shape)} with strides ${formatShape(strides)} reaches element ${last}, data has ${data.length}`,
        );
      }
      this.strides = Object.freeze([...strides]);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
  }

  /** The number of axes. */
  get ndim(): number {
    return this.shape.length;
  }
}
