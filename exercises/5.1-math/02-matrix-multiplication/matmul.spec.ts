/**
 * Public specs for 5.1.2 — run them with `npm test exercises/5.1-math/02-matrix-multiplication`.
 * (The speed comparison of task 4 lives in matmul.bench.spec.ts.)
 *
 * How results are compared. Every product is checked against a float64 reference computed
 * here, entry by entry, with the bound
 *
 *     |got[i][j] − exact[i][j]|  ≤  tol · Σₖ |A[i][k]|·|B[k][j]|
 *
 * The right-hand side is the textbook error bound of a dot product: summing k products in a
 * floating-point type with unit round-off u is off by at most about k·u·Σ|aᵢₖ||bₖⱼ|. It is
 * measured against Σ|a||b| and not against |exact| because an entry can be ~0 by
 * cancellation, where any relative error would be meaningless.
 *
 * - float64 (`matmulNaive`): u = 2⁻⁵³ ≈ 1.1e-16, so tol = 1e-12 leaves plenty of room.
 * - float32 (`matmulFast`, `matmulTf`): u = 2⁻²⁴ ≈ 6e-8, k·u ≈ 1.5e-5 for k = 256, so
 *   tol = 1e-4 passes any sensible summation order up to k ≈ 1,600 — but fails a wrong index.
 */
import { describe, expect, it } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { getTf } from "../../../lib/tf";
import { type Matrix, matmulFast, matmulNaive, matmulTf, matrix, toNested } from "./matmul";

const TOL_F64 = 1e-12;
const TOL_F32 = 1e-4;

function randomMatrix(rng: Rng, rows: number, cols: number): Matrix {
  return matrix(rows, cols, rng.uniformArray(rows * cols, -1, 1));
}

/**
 * Checks `got` (flat, row-major) against the float64 product of `a` and `b`, entry by entry,
 * with the bound described at the top of this file. Returns nothing; fails with the worst entry.
 */
function expectCloseToProduct(got: ArrayLike<number>, a: Matrix, b: Matrix, tol: number, what: string): void {
  const m = a.rows;
  const k = a.cols;
  const p = b.cols;
  expect(got.length, `${what}: number of entries (${m}×${p})`).toBe(m * p);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      let exact = 0;
      let scale = 0;
      for (let t = 0; t < k; t++) {
        const x = (a.data[i * k + t] as number) * (b.data[t * p + j] as number);
        exact += x;
        scale += Math.abs(x);
      }
      const value = got[i * p + j] as number;
      const ok = Math.abs(value - exact) <= tol * scale + Number.MIN_VALUE;
      if (!ok) {
        expect.fail(
          `${what}: entry [${i}][${j}] is ${value}, expected ${exact} ` +
            `(allowed error ${(tol * scale).toExponential(2)} = ${tol} · Σₖ|a[${i}][k]·b[k][${j}]|)`,
        );
      }
    }
  }
}

/**
 * The error thrown by `fn` (sync or async), or a failed test if it throws nothing. A stub's
 * NotImplemented is re-thrown, so an unwritten function reads "not started", not "wrong error".
 */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof NotImplemented) throw error;
    return error;
  }
  return expect.fail("expected an error, but the call returned normally");
}

describe("1. Plain loops", () => {
  it("multiplies 2×2 matrices", () => {
    const c = matmulNaive(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    );
    // [1·5 + 2·7, 1·6 + 2·8], [3·5 + 4·7, 3·6 + 4·8]
    expect(c, "[[1,2],[3,4]] · [[5,6],[7,8]]").toEqual([
      [19, 22],
      [43, 50],
    ]);
  });

  it("multiplies non-square matrices: (2×3)·(3×2) is 2×2, (3×1)·(1×2) is 3×2", () => {
    const a = [
      [1, 0, 2],
      [-1, 3, 1],
    ];
    const b = [
      [3, 1],
      [2, 1],
      [1, 0],
    ];
    expect(matmulNaive(a, b), "(2×3)·(3×2)").toEqual([
      [5, 1],
      [4, 2],
    ]);
    // A column times a row is the "outer product": every a[i] times every b[j].
    expect(matmulNaive([[1], [2], [3]], [[10, 20]]), "(3×1)·(1×2)").toEqual([
      [10, 20],
      [20, 40],
      [30, 60],
    ]);
    // A row times a column is a dot product, as a 1×1 matrix.
    expect(matmulNaive([[1, 2, 3]], [[4], [5], [6]]), "(1×3)·(3×1)").toEqual([[32]]);
  });

  it("agrees with a float64 reference on random 7×5 · 5×3 matrices", () => {
    const rng = new Rng(42);
    const a = randomMatrix(rng, 7, 5);
    const b = randomMatrix(rng, 5, 3);
    const c = matmulNaive(toNested(a), toNested(b));
    expect(c.length, "rows of the product").toBe(7);
    for (const row of c) expect(row.length, "columns of every row of the product").toBe(3);
    expectCloseToProduct(c.flat(), a, b, TOL_F64, "matmulNaive 7×5 · 5×3");
  });

  it("leaves its inputs unchanged", () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const b = [
      [0, 1],
      [1, 0],
    ];
    matmulNaive(a, b);
    expect(a, "a after the call").toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(b, "b after the call").toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("throws ShapeError naming both shapes when the inner dimensions differ", async () => {
    const a = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const error = await thrown(() => matmulNaive(a, a));
    expect(error, "(2×3)·(2×3) is undefined: 3 columns vs 2 rows").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names the left shape 2×3 and the right shape 2×3").toMatch(/2×3.*2×3/);
  });

  it("rejects empty and ragged arrays", async () => {
    expect(await thrown(() => matmulNaive([], [[1]])), "a = [] (no rows)").toBeInstanceOf(InvalidArgument);
    expect(await thrown(() => matmulNaive([[1]], [[]])), "b = [[]] (an empty row)").toBeInstanceOf(
      InvalidArgument,
    );
    const ragged = [[1, 2], [3]];
    expect(await thrown(() => matmulNaive(ragged, [[1], [2]])), "a = [[1,2],[3]] is ragged").toBeInstanceOf(
      ShapeError,
    );
  });
});

describe("2. Cache-friendly typed arrays", () => {
  it("multiplies 2×2 matrices and returns a new Float32Array-backed Matrix", () => {
    const a = matrix(2, 2, [1, 2, 3, 4]);
    const b = matrix(2, 2, [5, 6, 7, 8]);
    const c = matmulFast(a, b);
    expect([c.rows, c.cols], "shape of (2×2)·(2×2)").toEqual([2, 2]);
    expect(c.data, "c.data").toBeInstanceOf(Float32Array);
    expect(Array.from(c.data), "[[1,2],[3,4]] · [[5,6],[7,8]], row-major").toEqual([19, 22, 43, 50]);
    expect(Array.from(a.data), "a after the call").toEqual([1, 2, 3, 4]);
    expect(Array.from(b.data), "b after the call").toEqual([5, 6, 7, 8]);
  });

  it("multiplies non-square matrices: (2×3)·(3×4) is 2×4", () => {
    const a = matrix(2, 3, [1, 0, 2, -1, 3, 1]);
    const b = matrix(3, 4, [3, 1, 0, 1, 2, 1, 1, 0, 1, 0, 2, 2]);
    const c = matmulFast(a, b);
    expect([c.rows, c.cols], "shape of (2×3)·(3×4)").toEqual([2, 4]);
    expect(Array.from(c.data), "(2×3)·(3×4), row-major").toEqual([5, 1, 4, 5, 4, 2, 5, 1]);
  });

  it("agrees with the float64 reference on sizes that are not multiples of 4", () => {
    // Tiled kernels go wrong at the edges: 5, 7, 3, 9, 6 and 10 all leave a remainder.
    const rng = new Rng(7);
    for (const [m, k, p] of [
      [5, 7, 3],
      [9, 6, 10],
      [1, 1, 1],
    ] as const) {
      const a = randomMatrix(rng, m, k);
      const b = randomMatrix(rng, k, p);
      const c = matmulFast(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulFast ${m}×${k} · ${k}×${p}`);
    }
  });

  it("agrees with the float64 reference on random 64×64 matrices", () => {
    const rng = new Rng(64);
    const a = randomMatrix(rng, 64, 64);
    const b = randomMatrix(rng, 64, 64);
    expectCloseToProduct(matmulFast(a, b).data, a, b, TOL_F32, "matmulFast 64×64 · 64×64");
  });

  it("throws ShapeError naming both shapes when the inner dimensions differ", async () => {
    const error = await thrown(() => matmulFast(matrix(2, 3), matrix(4, 5)));
    expect(error, "(2×3)·(4×5) is undefined: 3 columns vs 4 rows").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names both shapes").toMatch(/2×3.*4×5/);
  });
});

describe("3. TensorFlow.js", () => {
  it("multiplies 2×2 matrices", async () => {
    const c = await matmulTf(matrix(2, 2, [1, 2, 3, 4]), matrix(2, 2, [5, 6, 7, 8]));
    expect([c.rows, c.cols], "shape of (2×2)·(2×2)").toEqual([2, 2]);
    expect(c.data, "c.data").toBeInstanceOf(Float32Array);
    expect(Array.from(c.data), "[[1,2],[3,4]] · [[5,6],[7,8]], row-major").toEqual([19, 22, 43, 50]);
  });

  it("agrees with the float64 reference on random non-square matrices", async () => {
    const rng = new Rng(3);
    const a = randomMatrix(rng, 13, 8);
    const b = randomMatrix(rng, 8, 5);
    const c = await matmulTf(a, b);
    expect([c.rows, c.cols], "shape of (13×8)·(8×5)").toEqual([13, 5]);
    expectCloseToProduct(c.data, a, b, TOL_F32, "matmulTf 13×8 · 8×5");
  });

  it("leaves no tensor behind", async () => {
    const tf = await getTf();
    const rng = new Rng(5);
    const a = randomMatrix(rng, 6, 4);
    const b = randomMatrix(rng, 4, 3);
    await matmulTf(a, b); // a first call may set things up
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await matmulTf(a, b);
    expect(tf.memory().numTensors, "tf.memory().numTensors after 3 more calls (dispose your tensors)").toBe(
      before,
    );
  });

  it("throws ShapeError naming both shapes when the inner dimensions differ", async () => {
    const error = await thrown(() => matmulTf(matrix(2, 3), matrix(2, 3)));
    expect(error, "(2×3)·(2×3) is undefined: 3 columns vs 2 rows").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names both shapes").toMatch(/2×3.*2×3/);
  });
});
