/**
 * 5.1.3 Tensors — reference solution.
 *
 * A tensor is a flat Float64Array (`data`) plus a `shape` and `strides`: the element at
 * index (i₀, …, iₙ₋₁) lives at data[Σₖ iₖ·strides[k]]. Changing only shape and strides gives a
 * new *view* of the same numbers (transpose, and reshape of a contiguous tensor) without
 * copying a single element.
 */
import {
  checkDimensions,
  formatShape,
  type NestedArray,
  TensorLayout,
} from "@exercise/5.1-math/03-tensors/tensor.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

// ---------------------------------------------------------------------------------------
// Task 1. Shape and strides
// ---------------------------------------------------------------------------------------

/** Row-major (C-order) strides in elements: strides[k] = shape[k+1] · … · shape[n−1]. */
export function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  return strides;
}

/** The number of elements of a shape: the product of its dimensions (1 for `[]`). */
function product(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Calls `visit(offset)` for every element of a (shape, strides) layout, in row-major order
 * of the logical index. It works like an odometer: bump the last index, carry to the left.
 */
function forEachOffset(
  shape: readonly number[],
  strides: readonly number[],
  visit: (offset: number, k: number) => void,
): void {
  const n = shape.length;
  const total = product(shape);
  if (total === 0) return;
  const index = new Array<number>(n).fill(0);
  let offset = 0;
  for (let k = 0; k < total; k++) {
    visit(offset, k);
    for (let d = n - 1; d >= 0; d--) {
      index[d]++;
      offset += strides[d];
      if (index[d] < shape[d]) break;
      offset -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
}

/** Walks a nested array to find its shape, checking that it is not ragged. */
function inferShape(nested: NestedArray): number[] {
  const shape: number[] = [];
  let level = nested;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0];
  }
  return shape;
}

/** Copies the numbers of `nested` into `out` in row-major order, checking every length against `shape`. */
function flattenInto(nested: NestedArray, shape: readonly number[], depth: number, out: number[]): void {
  if (depth === shape.length) {
    if (typeof nested !== "number") {
      throw new ShapeError(`Tensor.from: ragged nested array, expected a number at depth ${depth}`);
    }
    out.push(nested);
    return;
  }
  if (!Array.isArray(nested)) {
    throw new ShapeError(`Tensor.from: ragged nested array, expected an array at depth ${depth}`);
  }
  if (nested.length !== shape[depth]) {
    throw new ShapeError(
      `Tensor.from: ragged nested array, a row at depth ${depth} has length ${nested.length}, expected ${shape[depth]}`,
    );
  }
  for (const item of nested) flattenInto(item, shape, depth + 1, out);
}

/** Normalises a reduction axis (negative counts from the end) or throws InvalidArgument. */
function normalizeAxis(axis: number, ndim: number, what: string): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new InvalidArgument(`${what}: axis ${axis} is out of range for a ${ndim}-d tensor`);
  }
  return axis < 0 ? axis + ndim : axis;
}

// ---------------------------------------------------------------------------------------
// Task 3. Broadcasting
// ---------------------------------------------------------------------------------------

/**
 * The shape that two operands broadcast to (NumPy rules): align the shapes on the right,
 * pad the shorter one with 1s on the left; each pair of dimensions must be equal or contain
 * a 1, and the result takes the larger.
 */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  // Aligned on the right: the shorter shape gets 1s for its missing leading dimensions.
  const padded = (s: readonly number[]) => [...new Array<number>(n - s.length).fill(1), ...s];
  const pa = padded(a);
  const pb = padded(b);
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const da = pa[k];
    const db = pb[k];
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(
        `cannot broadcast ${formatShape(a)} with ${formatShape(b)}: dimension ${da} vs ${db}`,
      );
    }
    out[k] = da === 1 ? db : da;
  }
  return out;
}

/** `t`'s strides stretched to `shape`: 0 along every axis that `t` repeats (size 1 or missing). */
function broadcastStrides(t: Tensor, shape: readonly number[]): number[] {
  const lead = shape.length - t.ndim;
  return shape.map((_, d) => {
    if (d < lead) return 0;
    return t.shape[d - lead] === 1 ? 0 : t.strides[d - lead];
  });
}

function asTensor(value: Tensor | number): Tensor {
  return typeof value === "number" ? new Tensor(Float64Array.of(value), []) : value;
}

/** Element-wise `op` with broadcasting; reads both operands through their strides. */
function zipWith(a: Tensor, bValue: Tensor | number, op: (x: number, y: number) => number): Tensor {
  const b = asTensor(bValue);
  const shape = broadcastShapes(a.shape, b.shape);
  const sa = broadcastStrides(a, shape);
  const sb = broadcastStrides(b, shape);
  const out = new Float64Array(product(shape));
  // Walk both operands with one odometer; the output is written in row-major order.
  const n = shape.length;
  const index = new Array<number>(n).fill(0);
  let ia = 0;
  let ib = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = op(a.data[ia], b.data[ib]);
    for (let d = n - 1; d >= 0; d--) {
      index[d]++;
      ia += sa[d];
      ib += sb[d];
      if (index[d] < shape[d]) break;
      ia -= sa[d] * shape[d];
      ib -= sb[d] * shape[d];
      index[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

// ---------------------------------------------------------------------------------------
// The class
// ---------------------------------------------------------------------------------------

export class Tensor extends TensorLayout {
  /** Given. Wraps `data` without copying (see TensorLayout); `strides` default to row-major. */
  constructor(data: Float64Array, shape: readonly number[], strides?: readonly number[]) {
    super(data, shape, strides, rowMajorStrides);
  }

  // --- Task 1. Shape and strides ------------------------------------------------------

  /** The number of elements: the product of the shape (1 for a 0-d tensor). */
  get size(): number {
    return product(this.shape);
  }

  /** The offset in `data` of a multi-index, after checking it. */
  #offset(index: readonly number[], what: string): number {
    if (index.length !== this.ndim) {
      throw new InvalidArgument(
        `${what}: expected ${this.ndim} indices for shape ${formatShape(this.shape)}, got ${index.length}`,
      );
    }
    let offset = 0;
    for (let k = 0; k < index.length; k++) {
      const i = index[k];
      const d = this.shape[k];
      if (!Number.isInteger(i) || i < 0 || i >= d) {
        throw new InvalidArgument(`${what}: index ${i} is out of range for axis ${k} of length ${d}`);
      }
      offset += i * this.strides[k];
    }
    return offset;
  }

  /** The element at `index` (one integer per axis). */
  get(...index: number[]): number {
    return this.data[this.#offset(index, "get")];
  }

  /** Writes `value` at `index`; through a view, the source tensor sees the change. */
  set(value: number, ...index: number[]): void {
    this.data[this.#offset(index, "set")] = value;
  }

  /** A new contiguous tensor holding the numbers of a nested array. */
  static from(nested: NestedArray): Tensor {
    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
  }

  /** A new contiguous tensor of zeros. */
  static zeros(shape: readonly number[]): Tensor {
    checkDimensions(shape, "Tensor.zeros");
    return new Tensor(new Float64Array(product(shape)), shape);
  }

  /** The elements as nested arrays (a bare number for a 0-d tensor), in logical order. */
  toArray(): NestedArray {
    const build = (axis: number, offset: number): NestedArray => {
      if (axis === this.ndim) return this.data[offset];
      const row: NestedArray[] = [];
      const stride = this.strides[axis];
      for (let i = 0; i < this.shape[axis]; i++) row.push(build(axis + 1, offset + i * stride));
      return row;
    };
    return build(0, 0);
  }

  // --- Task 2. Reshape and transpose --------------------------------------------------

  /** True when the elements lie in `data` in row-major order (axes of length 1 may have any stride). */
  isContiguous(): boolean {
    const expected = rowMajorStrides(this.shape);
    return this.shape.every((d, k) => d <= 1 || this.strides[k] === expected[k]);
  }

  /**
   * The same elements, in row-major order, under a new shape. One dimension may be −1 and is
   * inferred. A view sharing `data` when this tensor is contiguous, otherwise a copy.
   */
  reshape(shape: readonly number[]): Tensor {
    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        `reshape: ${formatShape(shape)} must hold non-negative integers and at most one -1`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          `reshape: cannot infer the -1 in ${formatShape(shape)} when the others multiply to 0`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          `reshape: cannot reshape ${formatShape(this.shape)} (${this.size} elements) into ${formatShape(shape)}`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        `reshape: cannot reshape ${formatShape(this.shape)} (${this.size} elements) into ${formatShape(shape)} (${product(target)} elements)`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset];
    });
    return new Tensor(copy, target);
  }

  /**
   * A view with the axes permuted: axis k of the result is axis perm[k] of this tensor. The
   * default reverses the axes (the matrix transpose for 2-d). No element is copied.
   */
  transpose(perm?: readonly number[]): Tensor {
    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        `transpose: ${formatShape(order)} is not a permutation of the ${this.ndim} axes`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p]),
      order.map((p) => this.strides[p]),
    );
  }

  // --- Task 3. Broadcasting -----------------------------------------------------------

  /** this + other, element-wise with broadcasting; a new contiguous tensor. */
  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
  }

  /** this − other, element-wise with broadcasting. */
  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
  }

  /** this · other, element-wise with broadcasting. */
  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
  }

  /** this / other, element-wise with broadcasting (IEEE: x/0 is ±Infinity or NaN). */
  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
  }

  // --- Task 4. Reductions along an axis -----------------------------------------------

  /**
   * Folds `step` over `axis` (every element when `axis` is undefined), starting from `init`;
   * `finish` turns the folded value and the count into the result. `emptyAllowed` says whether
   * a reduction over nothing is defined (a sum: 0) or an InvalidArgument (a mean, a max).
   */
  #reduce(
    what: string,
    axis: number | undefined,
    keepDims: boolean,
    init: number,
    step: (acc: number, x: number) => number,
    finish: (acc: number, count: number) => number,
    emptyAllowed: boolean,
  ): Tensor {
    if (axis === undefined) {
      if (this.size === 0 && !emptyAllowed) throw new InvalidArgument(`${what}: the tensor is empty`);
      let acc = init;
      forEachOffset(this.shape, this.strides, (offset) => {
        acc = step(acc, this.data[offset]);
      });
      const shape = keepDims ? this.shape.map(() => 1) : [];
      return new Tensor(Float64Array.of(finish(acc, this.size)), shape);
    }
    const ax = normalizeAxis(axis, this.ndim, what);
    const length = this.shape[ax];
    if (length === 0 && !emptyAllowed) throw new InvalidArgument(`${what}: axis ${axis} has length 0`);
    const stride = this.strides[ax];
    const outerShape = this.shape.filter((_, k) => k !== ax);
    const outerStrides = this.strides.filter((_, k) => k !== ax);
    const out = new Float64Array(product(outerShape));
    forEachOffset(outerShape, outerStrides, (base, k) => {
      let acc = init;
      for (let i = 0; i < length; i++) acc = step(acc, this.data[base + i * stride]);
      out[k] = finish(acc, length);
    });
    const shape = keepDims ? this.shape.map((d, k) => (k === ax ? 1 : d)) : outerShape;
    return new Tensor(out, shape);
  }

  /** Σ along `axis` (all elements when undefined); keepDims leaves a length-1 axis in its place. */
  sum(axis?: number, keepDims = false): Tensor {
    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
  }

  /** The arithmetic mean along `axis`; InvalidArgument for an empty reduction. */
  mean(axis?: number, keepDims = false): Tensor {
    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
  }

  /** The largest element along `axis` (NaN if any is NaN); InvalidArgument for an empty reduction. */
  max(axis?: number, keepDims = false): Tensor {
    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
  }
}
