/**
 * Public specs for 5.1.3 — run them with `npm test exercises/5.1-math/03-tensors`.
 *
 * The cases use small integers and halves, which floating point represents exactly, so the
 * results are compared exactly (`toEqual`). The one exception (a mean of random numbers) says
 * its tolerance where it is used.
 */
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { expectThrows } from "../../../lib/testing";
import { broadcastShapes, rowMajorStrides, Tensor } from "./tensor";
import type { NestedArray } from "./tensor.given";

/** Checks a tensor's shape and its elements (through toArray, so views are read correctly). */
function expectTensor(t: Tensor, shape: number[], values: NestedArray, what: string): void {
  expect([...t.shape], `${what}: shape`).toEqual(shape);
  expect(t.toArray(), `${what}: elements`).toEqual(values);
}

/** The 2×3 matrix used throughout: [[1, 2, 3], [4, 5, 6]]. */
function matrix(): Tensor {
  return Tensor.from([
    [1, 2, 3],
    [4, 5, 6],
  ]);
}

/** A 2×3×4 tensor holding 0…23 in row-major order. */
function cube(): Tensor {
  const t = Tensor.zeros([2, 3, 4]);
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) t.set(12 * i + 4 * j + k, i, j, k);
  return t;
}

describe("1. Shape and strides", () => {
  it("computes row-major strides", () => {
    expect(rowMajorStrides([2, 3, 4]), "rowMajorStrides([2,3,4])").toEqual([12, 4, 1]);
    expect(rowMajorStrides([2, 3]), "rowMajorStrides([2,3])").toEqual([3, 1]);
    expect(rowMajorStrides([5]), "rowMajorStrides([5])").toEqual([1]);
    expect(rowMajorStrides([]), "rowMajorStrides([]) of a 0-d tensor").toEqual([]);
    // The formula holds with a zero-length axis too; computing it by dividing the size would give 0/0.
    expect(rowMajorStrides([2, 0, 3]), "rowMajorStrides([2,0,3])").toEqual([0, 3, 1]);
  });

  it("builds a tensor from nested arrays", () => {
    const t = matrix();
    expect([...t.shape], "shape of [[1,2,3],[4,5,6]]").toEqual([2, 3]);
    expect([...t.strides], "strides of a fresh 2×3 tensor").toEqual([3, 1]);
    expect(t.size, "size of a 2×3 tensor").toBe(6);
    expect(t.ndim, "ndim of a 2×3 tensor").toBe(2);
    expect(Array.from(t.data), "data holds the rows one after another").toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.get(0, 0), "t.get(0, 0)").toBe(1);
    expect(t.get(0, 2), "t.get(0, 2)").toBe(3);
    expect(t.get(1, 0), "t.get(1, 0)").toBe(4);
    expect(t.get(1, 2), "t.get(1, 2)").toBe(6);
  });

  it("round-trips through toArray, in 1, 2 and 3 dimensions", () => {
    const nested = [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ];
    expectTensor(Tensor.from(nested), [2, 2, 2], nested, "Tensor.from(2×2×2)");
    expect(Tensor.from(nested).get(1, 0, 1), "get(1, 0, 1) of the 2×2×2 tensor").toBe(6);
    expectTensor(Tensor.from([7, 8, 9]), [3], [7, 8, 9], "Tensor.from([7,8,9])");
    expectTensor(
      matrix(),
      [2, 3],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      "Tensor.from(2×3)",
    );
  });

  it("handles 0-d and empty tensors", () => {
    const scalar = Tensor.from(7);
    expect([...scalar.shape], "Tensor.from(7) is 0-d").toEqual([]);
    expect(scalar.size, "a 0-d tensor has one element").toBe(1);
    expect(scalar.get(), "get() with no index on a 0-d tensor").toBe(7);
    expect(scalar.toArray(), "toArray() of a 0-d tensor is a bare number").toBe(7);
    expectTensor(Tensor.from([]), [0], [], "Tensor.from([])");
    expect(Tensor.from([]).size, "Tensor.from([]).size").toBe(0);
  });

  it("creates zeros and writes with set", () => {
    const t = Tensor.zeros([2, 3]);
    expectTensor(
      t,
      [2, 3],
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      "Tensor.zeros([2,3])",
    );
    expect([...t.strides], "strides of Tensor.zeros([2,3])").toEqual([3, 1]);
    t.set(5, 1, 2);
    t.set(-1, 0, 1);
    expectTensor(
      t,
      [2, 3],
      [
        [0, -1, 0],
        [0, 0, 5],
      ],
      "zeros after set(5, 1, 2) and set(-1, 0, 1)",
    );
    expect(cube().get(1, 2, 3), "the last element of the 2×3×4 cube").toBe(23);
  });

  it("throws InvalidArgument for a bad index", () => {
    const t = matrix();
    expectThrows(() => t.get(0), InvalidArgument, "get(0) on a 2-d tensor (too few indices)");
    expectThrows(() => t.get(0, 0, 0), InvalidArgument, "get(0, 0, 0) on a 2-d tensor (too many)");
    expectThrows(() => t.get(2, 0), InvalidArgument, "get(2, 0) on a 2×3 tensor (row out of range)");
    expectThrows(() => t.get(0, 3), InvalidArgument, "get(0, 3) on a 2×3 tensor (column out of range)");
    expectThrows(() => t.get(-1, 0), InvalidArgument, "get(-1, 0) (negative index)");
    expectThrows(() => t.get(0.5, 0), InvalidArgument, "get(0.5, 0) (not an integer)");
    expectThrows(() => t.set(1, 0, 3), InvalidArgument, "set(1, 0, 3) on a 2×3 tensor");
  });

  it("throws ShapeError for ragged arrays and InvalidArgument for bad dimensions", () => {
    expectThrows(() => Tensor.from([[1, 2], [3]]), ShapeError, "Tensor.from([[1,2],[3]])");
    expectThrows(() => Tensor.from([[1, 2], 3]), ShapeError, "Tensor.from([[1,2],3])");
    expectThrows(() => Tensor.zeros([2, -1]), InvalidArgument, "Tensor.zeros([2,-1])");
    expectThrows(() => Tensor.zeros([1.5]), InvalidArgument, "Tensor.zeros([1.5])");
  });
});

describe("2. Reshape and transpose", () => {
  it("reshapes, reading the elements in row-major order", () => {
    expectTensor(
      matrix().reshape([3, 2]),
      [3, 2],
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      "[[1,2,3],[4,5,6]].reshape([3,2])",
    );
    expectTensor(matrix().reshape([6]), [6], [1, 2, 3, 4, 5, 6], "reshape([6])");
    expectTensor(matrix().reshape([1, 6]), [1, 6], [[1, 2, 3, 4, 5, 6]], "reshape([1,6])");
  });

  it("infers one -1 dimension", () => {
    expectTensor(matrix().reshape([-1]), [6], [1, 2, 3, 4, 5, 6], "reshape([-1]) flattens");
    expect([...matrix().reshape([3, -1]).shape], "reshape([3,-1]) of 6 elements").toEqual([3, 2]);
    expect([...cube().reshape([-1, 4]).shape], "reshape([-1,4]) of 24 elements").toEqual([6, 4]);
  });

  it("returns a view of a contiguous tensor: writes show through", () => {
    const t = matrix();
    const r = t.reshape([3, 2]);
    expect([...r.strides], "strides of the reshaped view").toEqual([2, 1]);
    r.set(100, 2, 1); // the last element
    expect(t.get(1, 2), "t.get(1, 2) after writing 100 through the reshaped view").toBe(100);
  });

  it("throws ShapeError naming both shapes when the sizes differ", () => {
    expectThrows(() => matrix().reshape([4, 2]), ShapeError, "reshape [2,3] into [4,2]", /\[2,3\]/);
    expectThrows(() => matrix().reshape([4, 2]), ShapeError, "reshape [2,3] into [4,2]", /\[4,2\]/);
    expectThrows(() => matrix().reshape([4, -1]), ShapeError, "reshape 6 elements into [4,-1]");
  });

  it("throws InvalidArgument for two -1s or another negative dimension", () => {
    expectThrows(() => matrix().reshape([-1, -1]), InvalidArgument, "reshape([-1,-1])");
    expectThrows(() => matrix().reshape([-2, -3]), InvalidArgument, "reshape([-2,-3])");
  });

  it("transposes a matrix as a view with swapped strides", () => {
    const t = matrix();
    const tt = t.transpose();
    expectTensor(
      tt,
      [3, 2],
      [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
      "transpose of [[1,2,3],[4,5,6]]",
    );
    expect([...tt.strides], "strides of the transposed 2×3 tensor").toEqual([1, 3]);
    expect(tt.get(2, 0), "tt.get(2, 0) = t.get(0, 2)").toBe(3);
    tt.set(-5, 2, 1);
    expect(t.get(1, 2), "t.get(1, 2) after writing -5 at tt(2, 1)").toBe(-5);
    expectTensor(
      tt.transpose(),
      [2, 3],
      [
        [1, 2, 3],
        [4, 5, -5],
      ],
      "transposing twice gives the original back",
    );
  });

  it("permutes the axes of a 3-d tensor", () => {
    const t = cube(); // shape [2,3,4], strides [12,4,1]
    const p = t.transpose([1, 0, 2]);
    expect([...p.shape], "transpose([1,0,2]) shape").toEqual([3, 2, 4]);
    expect([...p.strides], "transpose([1,0,2]) strides").toEqual([4, 12, 1]);
    expect(p.get(2, 1, 3), "p.get(2, 1, 3) = t.get(1, 2, 3)").toBe(23);
    const r = t.transpose();
    expect([...r.shape], "default transpose reverses the axes").toEqual([4, 3, 2]);
    expect(r.get(3, 0, 1), "r.get(3, 0, 1) = t.get(1, 0, 3)").toBe(15);
  });

  it("copies when reshaping a non-contiguous view", () => {
    const tt = matrix().transpose(); // [[1,4],[2,5],[3,6]]
    expect(matrix().isContiguous(), "a fresh tensor is contiguous").toBe(true);
    expect(tt.isContiguous(), "a transposed matrix is not contiguous").toBe(false);
    // Reading the transposed view in row-major order gives 1, 4, 2, 5, 3, 6 — not data's order.
    expectTensor(tt.reshape([6]), [6], [1, 4, 2, 5, 3, 6], "transpose().reshape([6])");
    expectTensor(
      tt.reshape([2, 3]),
      [2, 3],
      [
        [1, 4, 2],
        [5, 3, 6],
      ],
      "transpose().reshape([2,3])",
    );
  });

  it("throws InvalidArgument for a bad permutation", () => {
    expectThrows(() => matrix().transpose([0, 0]), InvalidArgument, "transpose([0,0])");
    expectThrows(() => matrix().transpose([0]), InvalidArgument, "transpose([0]) on a 2-d tensor");
    expectThrows(() => matrix().transpose([0, 2]), InvalidArgument, "transpose([0,2]) on a 2-d tensor");
  });
});

describe("3. Broadcasting", () => {
  it("computes broadcast shapes, aligned on the right", () => {
    expect(broadcastShapes([2, 3], [2, 3]), "[2,3] with [2,3]").toEqual([2, 3]);
    expect(broadcastShapes([2, 3], [3]), "[2,3] with [3]").toEqual([2, 3]);
    expect(broadcastShapes([2, 1], [1, 3]), "[2,1] with [1,3]").toEqual([2, 3]);
    expect(broadcastShapes([4, 1, 3], [2, 1]), "[4,1,3] with [2,1]").toEqual([4, 2, 3]);
    expect(broadcastShapes([], [2, 2]), "[] (a scalar) with [2,2]").toEqual([2, 2]);
  });

  it("throws ShapeError naming both shapes when they do not broadcast", () => {
    expectThrows(() => broadcastShapes([2, 3], [2]), ShapeError, "[2,3] with [2]", /\[2,3\][\s\S]*\[2\]/);
    expectThrows(() => broadcastShapes([3, 2], [3]), ShapeError, "[3,2] with [3]");
    expectThrows(() => matrix().add(Tensor.from([1, 2])), ShapeError, "[2,3] + [2]", /\[2,3\][\s\S]*\[2\]/);
  });

  it("adds, subtracts, multiplies and divides tensors of the same shape", () => {
    const a = matrix();
    const b = Tensor.from([
      [2, 2, 2],
      [4, 4, 4],
    ]);
    expectTensor(
      a.add(b),
      [2, 3],
      [
        [3, 4, 5],
        [8, 9, 10],
      ],
      "a + b",
    );
    expectTensor(
      a.sub(b),
      [2, 3],
      [
        [-1, 0, 1],
        [0, 1, 2],
      ],
      "a − b",
    );
    expectTensor(
      a.mul(b),
      [2, 3],
      [
        [2, 4, 6],
        [16, 20, 24],
      ],
      "a · b",
    );
    expectTensor(
      a.div(b),
      [2, 3],
      [
        [0.5, 1, 1.5],
        [1, 1.25, 1.5],
      ],
      "a / b",
    );
    expectTensor(
      a,
      [2, 3],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      "a is unchanged",
    );
  });

  it("broadcasts a scalar, a row and a column", () => {
    const a = matrix();
    expectTensor(
      a.mul(2),
      [2, 3],
      [
        [2, 4, 6],
        [8, 10, 12],
      ],
      "a · 2",
    );
    expectTensor(
      a.add(Tensor.from([10, 20, 30])),
      [2, 3],
      [
        [11, 22, 33],
        [14, 25, 36],
      ],
      "a + row [10,20,30]",
    );
    expectTensor(
      a.add(Tensor.from([[100], [200]])),
      [2, 3],
      [
        [101, 102, 103],
        [204, 205, 206],
      ],
      "a + column",
    );
  });

  it("stretches both operands: a column times a row is an outer product", () => {
    const column = Tensor.from([[1], [2], [3]]); // [3,1]
    const row = Tensor.from([[1, 10, 100]]); // [1,3]
    expectTensor(
      column.mul(row),
      [3, 3],
      [
        [1, 10, 100],
        [2, 20, 200],
        [3, 30, 300],
      ],
      "[3,1] · [1,3]",
    );
  });

  it("works on non-contiguous views", () => {
    const tt = matrix().transpose(); // [[1,4],[2,5],[3,6]]
    expectTensor(
      tt.add(Tensor.from([10, 20])),
      [3, 2],
      [
        [11, 24],
        [12, 25],
        [13, 26],
      ],
      "transpose + [10,20]",
    );
    expectTensor(
      matrix().mul(tt.transpose()),
      [2, 3],
      [
        [1, 4, 9],
        [16, 25, 36],
      ],
      "a · (aᵀ)ᵀ",
    );
  });

  it("follows IEEE arithmetic when dividing by zero", () => {
    const q = Tensor.from([1, -1, 0]).div(0);
    expect(q.get(0), "1 / 0").toBe(Number.POSITIVE_INFINITY);
    expect(q.get(1), "-1 / 0").toBe(Number.NEGATIVE_INFINITY);
    expect(q.get(2), "0 / 0").toBeNaN();
  });
});

describe("4. Reductions along an axis", () => {
  it("sums every element into a 0-d tensor", () => {
    const s = matrix().sum();
    expect([...s.shape], "sum() has shape []").toEqual([]);
    expect(s.toArray(), "sum of [[1,2,3],[4,5,6]]").toBe(21);
  });

  it("sums along an axis, negative axes counting from the end", () => {
    expectTensor(matrix().sum(0), [3], [5, 7, 9], "sum(0): down the columns");
    expectTensor(matrix().sum(1), [2], [6, 15], "sum(1): along the rows");
    expectTensor(matrix().sum(-1), [2], [6, 15], "sum(-1) is sum(1)");
    expectTensor(matrix().sum(-2), [3], [5, 7, 9], "sum(-2) is sum(0)");
    expectTensor(
      cube().sum(1),
      [2, 4],
      [
        [12, 15, 18, 21],
        [48, 51, 54, 57],
      ],
      "sum(1) of the 2×3×4 cube",
    );
  });

  it("keeps the reduced axis with length 1 when keepDims is true", () => {
    expectTensor(matrix().sum(0, true), [1, 3], [[5, 7, 9]], "sum(0, true)");
    expectTensor(matrix().sum(1, true), [2, 1], [[6], [15]], "sum(1, true)");
    expectTensor(matrix().sum(undefined, true), [1, 1], [[21]], "sum(undefined, true)");
  });

  it("computes means and maxima", () => {
    expectTensor(matrix().mean(0), [3], [2.5, 3.5, 4.5], "mean(0)");
    expectTensor(matrix().mean(1), [2], [2, 5], "mean(1)");
    expect(matrix().mean().toArray(), "mean()").toBe(3.5);
    expectTensor(matrix().max(1), [2], [3, 6], "max(1)");
    expectTensor(matrix().max(0, true), [1, 3], [[4, 5, 6]], "max(0, true)");
    const negative = Tensor.from([
      [-3, -1],
      [-2, -5],
    ]);
    expectTensor(negative.max(1), [2], [-1, -2], "max(1) of negative numbers");
    expect(negative.max().toArray(), "max() of negative numbers").toBe(-1);
  });

  it("reduces non-contiguous views", () => {
    const tt = matrix().transpose(); // [[1,4],[2,5],[3,6]]
    expectTensor(tt.sum(0), [2], [6, 15], "transpose().sum(0)");
    expectTensor(tt.max(1), [3], [4, 5, 6], "transpose().max(1)");
  });

  it("centres rows with mean(axis, true) and broadcasting", () => {
    const rng = new Rng(42);
    const x = Tensor.zeros([4, 5]);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 5; j++) x.set(rng.normal(3, 2), i, j);
    const centred = x.sub(x.mean(1, true));
    const rowMeans = centred.mean(1);
    // Subtracting the mean leaves a rounding residue of a few ε times the values (≈ 1e-15).
    for (let i = 0; i < 4; i++) expect(rowMeans.get(i), `mean of centred row ${i}`).toBeCloseTo(0, 12);
  });

  it("throws InvalidArgument for an invalid axis", () => {
    expectThrows(() => matrix().sum(2), InvalidArgument, "sum(2) of a 2-d tensor");
    expectThrows(() => matrix().sum(-3), InvalidArgument, "sum(-3) of a 2-d tensor");
    expectThrows(() => matrix().mean(0.5), InvalidArgument, "mean(0.5)");
    expectThrows(() => matrix().max(5), InvalidArgument, "max(5) of a 2-d tensor");
  });
});
