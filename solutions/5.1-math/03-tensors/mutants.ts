/** Known-wrong variants of the 5.1-math/03-tensors solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "tensors-broadcast-left-aligned",
    file: "tensor.ts",
    task: 3,
    why: "broadcasting aligns the shapes on the LEFT (pads the shorter one with 1s on the right), so a [3] row added to a [2,3] matrix is treated as a [3,1] column.",
    edits: [
      {
        find: `
/** A nested array of numbers such as \`[[1, 2], [3, 4]]\`; a bare number is a 0-d tensor. */
`,
        replace: `
function padRight(shape: readonly number[], n: number): number[] {
  return [...shape, ...new Array<number>(n - shape.length).fill(1)];
}
function alignLeft(
  a: SolutionTensor,
  other: SolutionTensor | number,
): [SolutionTensor, SolutionTensor | number] {
  if (typeof other === "number") return [a, other];
  const n = Math.max(a.ndim, other.ndim);
  return [a.reshape(padRight(a.shape, n)), other.reshape(padRight(other.shape, n))];
}

/** A nested array of numbers such as \`[[1, 2], [3, 4]]\`; a bare number is a 0-d tensor. */
`,
      },
      {
        find: `  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const da = a[a.length - n + k] ?? 1; // missing leading dimensions count as 1
    const db = b[b.length - n + k] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(
        \`cannot broadcast \${formatShape(a)} with \${formatShape(b)}: dimension \${da} vs \${db}\`,
      );
    }
    out[k] = da === 1 ? db : da;
  }
  return out;
`,
        replace: `  const pa = padRight(a, n);
  const pb = padRight(b, n);
  return pa.map((da, k) => {
    const db = pb[k] as number;
    if (da !== db && da !== 1 && db !== 1) throw new ShapeError(\`cannot broadcast [\${a}] with [\${b}]\`);
    return da === 1 ? db : da;
  });
`,
      },
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.add.call(a, b));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.sub.call(a, b));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.mul.call(a, b));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.div.call(a, b));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-column-major-strides",
    file: "tensor.ts",
    task: 1,
    why: "rowMajorStrides returns column-major (Fortran-order) strides — the first axis moves by 1 — while Tensor.from still lays the data out row by row.",
    edits: [
      {
        find: `  const strides = new Array<number>(shape.length);
`,
        replace: `  const strides: number[] = [];
`,
      },
      {
        find: `  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k] as number;
`,
        replace: `  for (const d of shape) {
    strides.push(step);
    step *= d;
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    const size = shape.reduce((n, d) => n * d, 1);
    if (strides === undefined) {
      if (data.length !== size) {
        throw new ShapeError(
          \`Tensor: shape \${formatShape(shape)} needs \${size} elements, data has \${data.length}\`,
        );
      }
      this.strides = Object.freeze(rowMajorStrides(shape));
    } else {
      if (strides.length !== shape.length || strides.some((s) => !Number.isInteger(s) || s < 0)) {
        throw new InvalidArgument(
          \`Tensor: strides \${formatShape(strides)} do not fit shape \${formatShape(shape)} (one non-negative integer per axis)\`,
        );
      }
      // The last element must still lie inside the storage.
      const last = shape.reduce((sum, d, k) => sum + (d - 1) * (strides[k] as number), 0);
      if (size > 0 && last >= data.length) {
        throw new InvalidArgument(
          \`Tensor: shape \${formatShape(shape)} with strides \${formatShape(strides)} reaches element \${last}, data has \${data.length}\`,
        );
      }
      this.strides = Object.freeze([...strides]);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
`,
        replace: `    super(data, shape, strides ?? rowMajorStrides(shape));
`,
      },
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return t.isContiguous() ? new Tensor(t.data, t.shape) : new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-elementwise-ignores-strides",
    file: "tensor.ts",
    task: 1,
    why: "add/sub/mul/div read data in storage order, as if every operand were contiguous, so transposed operands give wrong results.",
    edits: [
      {
        find: `
/** A nested array of numbers such as \`[[1, 2], [3, 4]]\`; a bare number is a 0-d tensor. */
`,
        replace: `
function asIfContiguous(t: SolutionTensor): SolutionTensor {
  return new SolutionTensor(t.data, t.shape);
}

/** A nested array of numbers such as \`[[1, 2], [3, 4]]\`; a bare number is a 0-d tensor. */
`,
      },
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).add(typeof other === "number" ? other : asIfContiguous(other)));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).sub(typeof other === "number" ? other : asIfContiguous(other)));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).mul(typeof other === "number" ? other : asIfContiguous(other)));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).div(typeof other === "number" ? other : asIfContiguous(other)));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-max-starts-at-zero",
    file: "tensor.ts",
    task: 1,
    why: "max starts its running maximum at 0 instead of −Infinity (or the first element), so an all-negative row reports 0.",
    edits: [
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    const m = super.max(axis, keepDims);
    return new Tensor(
      m.data.map((x) => Math.max(0, x)),
      m.shape,
    );
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-negative-axis-abs",
    file: "tensor.ts",
    task: 1,
    why: "reductions turn a negative axis into its absolute value instead of adding ndim — right for -1 on a matrix by luck, wrong everywhere else.",
    edits: [
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis !== undefined && axis < 0 ? -axis : axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis !== undefined && axis < 0 ? -axis : axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis !== undefined && axis < 0 ? -axis : axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-reshape-ignores-strides",
    file: "tensor.ts",
    task: 1,
    why: "reshape always returns a view of data with fresh row-major strides, even for a non-contiguous tensor, so a transposed tensor is reshaped in storage order instead of logical order.",
    edits: [
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    const target = super.reshape(shape).shape; // the checks and the -1 inference are right
    return new Tensor(this.data, target);
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-sum-drops-keepdims",
    file: "tensor.ts",
    task: 1,
    why: "sum ignores keepDims and always removes the reduced axis, so its result no longer broadcasts back against the input.",
    edits: [
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    return Tensor.lift(super.transpose(perm));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `  sum(axis?: number, keepDims = false): Tensor {
    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `  sum(axis?: number, _keepDims = false): Tensor {
    return Tensor.lift(super.sum(axis, false));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
  {
    name: "tensors-transpose-is-reshape",
    file: "tensor.ts",
    task: 1,
    why: "transpose reshapes to the permuted shape instead of permuting the strides, so the elements keep their row-major order and land in the wrong places.",
    edits: [
      {
        find: `    const shape = inferShape(nested);
    const values: number[] = [];
    flattenInto(nested, shape, 0, values);
    return new Tensor(Float64Array.from(values), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.from(nested));
`,
      },
      {
        find: `    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) {
        throw new InvalidArgument(
          \`Tensor.zeros: dimensions must be non-negative integers, got \${formatShape(shape)}\`,
        );
      }
    }
    return new Tensor(new Float64Array(product(shape)), shape);
`,
        replace: `    return Tensor.lift(SolutionTensor.zeros(shape));
`,
      },
      {
        find: `    const inferred = shape.indexOf(-1);
    if (shape.some((d, k) => !Number.isInteger(d) || d < -1 || (d === -1 && k !== inferred))) {
      throw new InvalidArgument(
        \`reshape: \${formatShape(shape)} must hold non-negative integers and at most one -1\`,
      );
    }
    const target = [...shape];
    if (inferred >= 0) {
      const known = product(shape.filter((_, k) => k !== inferred));
      if (known === 0) {
        throw new InvalidArgument(
          \`reshape: cannot infer the -1 in \${formatShape(shape)} when the others multiply to 0\`,
        );
      }
      if (this.size % known !== 0) {
        throw new ShapeError(
          \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)}\`,
        );
      }
      target[inferred] = this.size / known;
    }
    if (product(target) !== this.size) {
      throw new ShapeError(
        \`reshape: cannot reshape \${formatShape(this.shape)} (\${this.size} elements) into \${formatShape(shape)} (\${product(target)} elements)\`,
      );
    }
    if (this.isContiguous()) return new Tensor(this.data, target);
    const copy = new Float64Array(this.size);
    forEachOffset(this.shape, this.strides, (offset, k) => {
      copy[k] = this.data[offset] as number;
    });
    return new Tensor(copy, target);
`,
        replace: `    return Tensor.lift(super.reshape(shape));
`,
      },
      {
        find: `    const order = perm ?? this.shape.map((_, k) => this.ndim - 1 - k);
    const seen = new Set(order);
    if (
      order.length !== this.ndim ||
      seen.size !== this.ndim ||
      order.some((p) => !Number.isInteger(p) || p < 0 || p >= this.ndim)
    ) {
      throw new InvalidArgument(
        \`transpose: \${formatShape(order)} is not a permutation of the \${this.ndim} axes\`,
      );
    }
    return new Tensor(
      this.data,
      order.map((p) => this.shape[p] as number),
      order.map((p) => this.strides[p] as number),
    );
`,
        replace: `    const permuted = super.transpose(perm); // only used for its shape (and the argument checks)
    return Tensor.lift(this.reshape(permuted.shape));
`,
      },
      {
        find: `  add(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x + y);
`,
        replace: `  add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
`,
      },
      {
        find: `  sub(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x - y);
`,
        replace: `  sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
`,
      },
      {
        find: `  mul(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x * y);
`,
        replace: `  mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
`,
      },
      {
        find: `  div(other: Tensor | number): Tensor {
    return zipWith(this, other, (x, y) => x / y);
`,
        replace: `  div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
`,
      },
      {
        find: `    return this.#reduce(
      "sum",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc) => acc,
      true,
    );
`,
        replace: `    return Tensor.lift(super.sum(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce(
      "mean",
      axis,
      keepDims,
      0,
      (acc, x) => acc + x,
      (acc, n) => acc / n,
      false,
    );
`,
        replace: `    return Tensor.lift(super.mean(axis, keepDims));
`,
      },
      {
        find: `    return this.#reduce("max", axis, keepDims, Number.NEGATIVE_INFINITY, Math.max, (acc) => acc, false);
`,
        replace: `    return Tensor.lift(super.max(axis, keepDims));
  }
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
`,
      },
    ],
  },
];
