/** Known-wrong variants of the 5.1-math/03-tensors solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "tensors-column-major-strides",
    file: "tensor.ts",
    task: 1,
    why: "rowMajorStrides returns column-major (Fortran-order) strides — the first axis moves by 1 — while Tensor.from still lays the data out row by row, so get(0, 1) of [[1,2,3],[4,5,6]] reads 3.",
    edits: [
      {
        find: "  for (let k = shape.length - 1; k >= 0; k--) {\n",
        replace: "  for (let k = 0; k < shape.length; k++) {\n",
      },
    ],
  },
  {
    name: "tensors-strides-divide-size",
    file: "tensor.ts",
    task: 1,
    why: "rowMajorStrides starts from the size and divides it by each dimension in turn. Right whenever no axis is 0; with a zero-length axis it divides 0 by 0, so rowMajorStrides([2, 0, 3]) is [NaN, NaN, NaN] instead of [0, 3, 1].",
    edits: [
      {
        find: `  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
`,
        replace: `  let step = product(shape);
  for (let k = 0; k < shape.length; k++) {
    step /= shape[k];
    strides[k] = step;
  }
`,
      },
    ],
  },
  {
    name: "tensors-from-checks-count-only",
    file: "tensor.ts",
    task: 1,
    why: "Tensor.from does not compare the length of every row with the shape and leaves it to the constructor's size check, so a ragged array whose numbers happen to fill the shape — [[1, 2], [3], [4, 5, 6]] as 3×2 — is accepted instead of throwing ShapeError.",
    edits: [
      {
        find: `  if (nested.length !== shape[depth]) {
    throw new ShapeError(
      \`Tensor.from: ragged nested array, a row at depth \${depth} has length \${nested.length}, expected \${shape[depth]}\`,
    );
  }
`,
        replace: "",
      },
    ],
  },
  {
    name: "tensors-reshape-ignores-strides",
    file: "tensor.ts",
    task: 2,
    why: "reshape always returns a view of data with fresh row-major strides, even for a non-contiguous tensor, so a transposed tensor is reshaped in storage order instead of index order.",
    edits: [
      {
        find: "    if (this.isContiguous()) return new Tensor(this.data, target);\n",
        replace: "    return new Tensor(this.data, target);\n",
      },
    ],
  },
  {
    name: "tensors-transpose-is-reshape",
    file: "tensor.ts",
    task: 2,
    why: "transpose permutes the shape but gives the result fresh row-major strides instead of permuting the strides too: the elements keep their row-major order and land in the wrong places.",
    edits: [
      {
        find: "      order.map((p) => this.strides[p]),\n",
        replace: "      rowMajorStrides(order.map((p) => this.shape[p])),\n",
      },
    ],
  },
  {
    name: "tensors-contiguous-checks-unit-axes",
    file: "tensor.ts",
    task: 2,
    why: "isContiguous compares the stride of every axis, including axes of length 1, where the stride never matters: [[1,2,3]].transpose() (shape [3,1], strides [1,3]) is called non-contiguous, and reshape copies where it must return a view.",
    edits: [
      {
        find: "(d, k) => d <= 1 || this.strides[k] === expected[k]",
        replace: "(_, k) => this.strides[k] === expected[k]",
      },
    ],
  },
  {
    name: "tensors-broadcast-left-aligned",
    file: "tensor.ts",
    task: 3,
    why: "broadcastShapes aligns the shapes on the LEFT (pads the shorter one with 1s on the right), so a [3] row cannot be added to a [2,3] matrix and [4,1,3] with [2,1] is rejected.",
    edits: [
      {
        find: "[...new Array<number>(n - s.length).fill(1), ...s]",
        replace: "[...s, ...new Array<number>(n - s.length).fill(1)]",
      },
    ],
  },
  {
    name: "tensors-elementwise-ignores-strides",
    file: "tensor.ts",
    task: 3,
    why: "add/sub/mul/div read every operand with row-major strides, as if it were contiguous, so transposed operands are read in storage order and the results are wrong.",
    edits: [
      {
        find: "return t.shape[d - lead] === 1 ? 0 : t.strides[d - lead];",
        replace: "return t.shape[d - lead] === 1 ? 0 : rowMajorStrides(t.shape)[d - lead];",
      },
    ],
  },
  {
    name: "tensors-negative-axis-abs",
    file: "tensor.ts",
    task: 4,
    why: "reductions turn a negative axis into its absolute value instead of adding ndim: right for -1 on a matrix by luck, wrong everywhere else (-1 on a 3-d tensor reduces axis 1, not 2).",
    edits: [{ find: "  return axis < 0 ? axis + ndim : axis;\n", replace: "  return Math.abs(axis);\n" }],
  },
  {
    name: "tensors-sum-drops-keepdims",
    file: "tensor.ts",
    task: 4,
    why: "sum ignores keepDims and always removes the reduced axis, so its result no longer broadcasts back against the input.",
    edits: [
      {
        find: `      "sum",\n      axis,\n      keepDims,\n`,
        replace: `      "sum",\n      axis,\n      false,\n`,
      },
    ],
  },
  {
    name: "tensors-max-starts-at-zero",
    file: "tensor.ts",
    task: 4,
    why: "max starts its running maximum at 0 instead of −Infinity, so an all-negative row reports 0.",
    edits: [{ find: "Number.NEGATIVE_INFINITY, Math.max,", replace: "0, Math.max," }],
  },
  {
    name: "tensors-mean-rejects-any-empty",
    file: "tensor.ts",
    task: 4,
    why: "mean throws InvalidArgument whenever the tensor is empty, not only when the reduced axis is: Tensor.zeros([3, 0]).mean(0) averages three numbers for each of zero columns and must be an empty tensor of shape [0].",
    edits: [
      {
        find: "  mean(axis?: number, keepDims = false): Tensor {\n",
        replace:
          '  mean(axis?: number, keepDims = false): Tensor {\n    if (this.size === 0) throw new InvalidArgument("mean: the tensor is empty");\n',
      },
    ],
  },
];
