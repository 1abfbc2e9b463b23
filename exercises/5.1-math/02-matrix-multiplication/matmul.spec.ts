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
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import {
  expectAllClose,
  expectThrows,
  liveTensors,
  randomMatrix,
  relativeError,
  thrown,
} from "../../../lib/testing";
import { getTf } from "../../../lib/tf";
import { gflops, matmulFast, matmulNaive, matmulTf } from "./matmul";
import { type Matrix, matrix, toNested } from "./matmul.given";

const TOL_F64 = 1e-12;
const TOL_F32 = 1e-4;

/** A seeded `rows`×`cols` float32 matrix with entries uniform in [−1, 1). */
const random = (rng: Rng, rows: number, cols: number): Matrix =>
  randomMatrix(rng, rows, cols, { dtype: "float32" });

/**
 * Checks `got` (flat, row-major) against the float64 product of `a` and `b`, entry by entry,
 * with the bound described at the top of this file: |got − exact| ≤ tol · Σₖ|a[i][k]·b[k][j]|.
 */
function expectCloseToProduct(got: ArrayLike<number>, a: Matrix, b: Matrix, tol: number, what: string): void {
  const [m, k, p] = [a.rows, a.cols, b.cols];
  const exact = new Float64Array(m * p);
  const scale = new Float64Array(m * p);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      for (let t = 0; t < k; t++) {
        const x = a.data[i * k + t] * b.data[t * p + j];
        exact[i * p + j] += x;
        scale[i * p + j] += Math.abs(x);
      }
    }
  }
  expectAllClose(got, exact, tol, `${what} (${m}×${p} entries, row by row)`, scale);
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
    const a = random(rng, 7, 5);
    const b = random(rng, 5, 3);
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
      const a = random(rng, m, k);
      const b = random(rng, k, p);
      const c = matmulFast(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulFast ${m}×${k} · ${k}×${p}`);
    }
  });

  it("agrees with the float64 reference on random 64×64 matrices", () => {
    const rng = new Rng(64);
    const a = random(rng, 64, 64);
    const b = random(rng, 64, 64);
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
    const a = random(rng, 13, 8);
    const b = random(rng, 8, 5);
    const c = await matmulTf(a, b);
    expect([c.rows, c.cols], "shape of (13×8)·(8×5)").toEqual([13, 5]);
    expectCloseToProduct(c.data, a, b, TOL_F32, "matmulTf 13×8 · 8×5");
  });

  it("leaves no tensor behind", async () => {
    const tf = await getTf();
    const rng = new Rng(5);
    const a = random(rng, 6, 4);
    const b = random(rng, 4, 3);
    await matmulTf(a, b); // a first call may set things up
    const before = liveTensors(tf);
    for (let i = 0; i < 3; i++) await matmulTf(a, b);
    expect(liveTensors(tf), "tf.memory().numTensors after 3 more calls (dispose your tensors)").toBe(before);
  });

  it("throws ShapeError naming both shapes when the inner dimensions differ", async () => {
    const error = await thrown(() => matmulTf(matrix(2, 3), matrix(2, 3)));
    expect(error, "(2×3)·(2×3) is undefined: 3 columns vs 2 rows").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names both shapes").toMatch(/2×3.*2×3/);
  });
});

describe("4. Benchmark", () => {
  // The timing itself lives in matmul.bench.spec.ts; this checks the arithmetic of the figure.
  // gflops is one division, so 1e-12 relative leaves room only for the rounding of ms·10⁶.
  it("counts 2·m·k·p floating-point operations per product", () => {
    const cases: Array<[number, number, number, number, number]> = [
      [1000, 1000, 1000, 1000, 2], // 10⁹ multiply-adds in one second
      [256, 256, 256, 10, (2 * 256 ** 3) / 1e7],
      [2, 3, 4, 0.5, 48 / 5e5], // 24 multiply-adds in half a millisecond
      [256, 64, 8, 2, (2 * 256 * 64 * 8) / 2e6], // not square: m·k·p, not m³
      [1, 1000, 1, 0.001, 2], // a dot product of length 1000 in a microsecond
    ];
    for (const [m, k, p, ms, want] of cases) {
      const got = gflops(m, k, p, ms);
      expect(
        relativeError(got, want),
        `gflops(${m}, ${k}, ${p}, ${ms} ms) = ${want}, got ${got}`,
      ).toBeLessThan(1e-12);
    }
  });

  it("throws InvalidArgument for a bad shape or time", () => {
    expectThrows(() => gflops(0, 1, 1, 1), InvalidArgument, "gflops(0, 1, 1, 1)");
    expectThrows(() => gflops(2, 1.5, 2, 1), InvalidArgument, "gflops(2, 1.5, 2, 1)");
    expectThrows(() => gflops(2, 2, -2, 1), InvalidArgument, "gflops(2, 2, -2, 1)");
    expectThrows(() => gflops(2, 2, 2, 0), InvalidArgument, "gflops(2, 2, 2, 0 ms)");
    expectThrows(() => gflops(2, 2, 2, -1), InvalidArgument, "gflops(2, 2, 2, -1 ms)");
    expectThrows(() => gflops(2, 2, 2, Number.NaN), InvalidArgument, "gflops(2, 2, 2, NaN ms)");
    expectThrows(
      () => gflops(2, 2, 2, Number.POSITIVE_INFINITY),
      InvalidArgument,
      "gflops(2, 2, 2, Infinity ms)",
    );
  });
});
