/**
 * Hidden specs for 5.1.2: held-out shapes (every remainder mod 4, long inner dimensions,
 * vectors as matrices), identities, NaN propagation, aliasing, and tensor leaks on the error
 * path. Same tolerances as the public spec: |got − exact| ≤ tol · Σₖ|aᵢₖ||bₖⱼ| with tol 1e-12
 * for float64 and 1e-4 for float32 (the float32 bound k·2⁻²⁴ stays below 1e-4 up to k ≈ 1,600).
 */

import {
  gflops,
  matmulFast,
  matmulNaive,
  matmulTf,
} from "@exercise/5.1-math/02-matrix-multiplication/matmul";
import { type Matrix, matrix, toNested } from "@exercise/5.1-math/02-matrix-multiplication/matmul.given";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import {
  expectAllClose,
  expectThrows,
  liveTensors,
  randomMatrix,
  relativeError,
  thrown,
} from "../../../../lib/testing";
import { getTf } from "../../../../lib/tf";

const TOL_F64 = 1e-12;
const TOL_F32 = 1e-4;

/** A seeded `rows`×`cols` float32 matrix with entries uniform in [−1, 1). */
const random = (rng: Rng, rows: number, cols: number): Matrix =>
  randomMatrix(rng, rows, cols, { dtype: "float32" });

function identity(n: number): Matrix {
  const m = matrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** |got − exact| ≤ tol · Σₖ|a[i][k]·b[k][j]| for every entry, against a float64 product computed here. */
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

/**
 * I₅ · B for a 5×6 B holding 1…30 with +∞ at [4][1], −∞ at [2][1] and NaN at [1][5]: the
 * non-finite values sit in the SECOND operand, and I's zeros meet them. IEEE says 0·∞ = NaN
 * and 0·NaN = NaN, so columns 1 and 5 of the product are NaN in every row and the rest is B.
 * Shaped so that the 4×4 tile (rows 0–3, columns 0–3), the right strip and the bottom row all
 * multiply a zero of A by a non-finite value of B.
 */
function nonFiniteInB(): { a: Matrix; b: Matrix; want: number[] } {
  const b = matrix(
    5,
    6,
    Array.from({ length: 30 }, (_, i) => i + 1),
  );
  b.data[4 * 6 + 1] = Number.POSITIVE_INFINITY;
  b.data[2 * 6 + 1] = Number.NEGATIVE_INFINITY;
  b.data[1 * 6 + 5] = Number.NaN;
  const want = Array.from(b.data, (x, i) => (i % 6 === 1 || i % 6 === 5 ? Number.NaN : x));
  return { a: identity(5), b, want };
}

/** Shapes whose m, k and p cover every remainder mod 4, plus vectors as matrices. */
const SHAPES: readonly (readonly [number, number, number])[] = [
  [4, 4, 4],
  [8, 3, 12],
  [3, 8, 4],
  [12, 5, 7],
  [6, 9, 2],
  [1, 17, 9],
  [17, 1, 6],
  [6, 9, 1],
  [33, 65, 17],
];

describe("1. Plain loops", () => {
  it("agrees with the float64 reference on held-out shapes", () => {
    const rng = new Rng(1001);
    for (const [m, k, p] of SHAPES) {
      const a = random(rng, m, k);
      const b = random(rng, k, p);
      const c = matmulNaive(toNested(a), toNested(b));
      expect(c.length, `rows of (${m}×${k})·(${k}×${p})`).toBe(m);
      for (const row of c) expect(row.length, `columns of (${m}×${k})·(${k}×${p})`).toBe(p);
      expectCloseToProduct(c.flat(), a, b, TOL_F64, `matmulNaive ${m}×${k} · ${k}×${p}`);
    }
  });

  it("A·I = A and I·A = A exactly", () => {
    const a = toNested(random(new Rng(2), 3, 5));
    expect(matmulNaive(a, toNested(identity(5))), "A·I for a 3×5 A").toEqual(a);
    expect(matmulNaive(toNested(identity(3)), a), "I·A for a 3×5 A").toEqual(a);
  });

  it("propagates NaN to the row it belongs to", () => {
    const c = matmulNaive(
      [
        [Number.NaN, 1],
        [2, 3],
      ],
      [
        [1, 0],
        [0, 1],
      ],
    );
    expect(c[0].every(Number.isNaN), "row 0 of [[NaN,1],[2,3]]·I is NaN").toBe(true);
    expect(c[1], "row 1 of [[NaN,1],[2,3]]·I").toEqual([2, 3]);
  });

  it("propagates NaN and ±Infinity of the second operand: 0·∞ is NaN, no zero is skipped", () => {
    expect(matmulNaive([[1, 0]], [[1], [Number.POSITIVE_INFINITY]]), "[[1,0]]·[[1],[∞]] = 1 + 0·∞").toEqual([
      [Number.NaN],
    ]);
    expect(matmulNaive([[0]], [[Number.NaN]]), "[[0]]·[[NaN]]").toEqual([[Number.NaN]]);
    const { a, b, want } = nonFiniteInB();
    expect(matmulNaive(toNested(a), toNested(b)).flat(), "I₅·B with ±∞ and NaN in B").toEqual(want);
  });

  it("rejects mismatched, empty and ragged inputs with typed errors", async () => {
    const error = await thrown(() =>
      matmulNaive(
        [[1], [2], [3]],
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ],
      ),
    );
    expect(error, "(3×1)·(2×4)").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 3×1 and 2×4").toMatch(/3×1.*2×4/);
    expect(await thrown(() => matmulNaive([[1, 2]], [])), "b = []").toBeInstanceOf(InvalidArgument);
    expect(await thrown(() => matmulNaive([[]], [[1]])), "a = [[]]").toBeInstanceOf(InvalidArgument);
    expect(
      await thrown(() => matmulNaive([[1, 2]], [[1], [2, 3]])),
      "b = [[1],[2,3]] is ragged",
    ).toBeInstanceOf(ShapeError);
    expect(
      await thrown(() => matmulNaive([[1, 2], [3, 4], [5]], [[1], [2]])),
      "a whose last row is short is ragged",
    ).toBeInstanceOf(ShapeError);
  });
});

describe("2. Cache-friendly typed arrays", () => {
  it("agrees with the float64 reference on held-out shapes (every remainder mod 4)", () => {
    const rng = new Rng(2002);
    for (const [m, k, p] of SHAPES) {
      const a = random(rng, m, k);
      const b = random(rng, k, p);
      const c = matmulFast(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulFast ${m}×${k} · ${k}×${p}`);
    }
  });

  it("agrees on 128×128 and on a long inner dimension (2×1000 · 1000×3)", () => {
    const rng = new Rng(2003);
    const a = random(rng, 128, 128);
    const b = random(rng, 128, 128);
    expectCloseToProduct(matmulFast(a, b).data, a, b, TOL_F32, "matmulFast 128×128 · 128×128");
    const long = random(rng, 2, 1000);
    const wide = random(rng, 1000, 3);
    expectCloseToProduct(matmulFast(long, wide).data, long, wide, TOL_F32, "matmulFast 2×1000 · 1000×3");
  });

  it("returns a new matrix even for A·I, and leaves A and I unchanged", () => {
    const a = random(new Rng(2004), 5, 5);
    const before = Array.from(a.data);
    const i5 = identity(5);
    const c = matmulFast(a, i5);
    expect(c.data, "the product must not share its data with an input").not.toBe(a.data);
    expect(Array.from(c.data), "A·I = A").toEqual(before);
    expect(Array.from(a.data), "A after the call").toEqual(before);
    expect(Array.from(i5.data), "I after the call").toEqual(Array.from(identity(5).data));
  });

  it("propagates NaN to the row it belongs to", () => {
    const a = matrix(5, 2, [Number.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const c = matmulFast(a, identity(2));
    expect(Number.isNaN(c.data[0]) && Number.isNaN(c.data[1]), "row 0 is NaN").toBe(true);
    expect(Array.from(c.data.subarray(2)), "rows 1..4 of A·I").toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("propagates NaN and ±Infinity of the second operand: 0·∞ is NaN, no zero is skipped", () => {
    const { a, b, want } = nonFiniteInB();
    expect(Array.from(matmulFast(a, b).data), "I₅·B with ±∞ and NaN in B").toEqual(want);
    const eight = matrix(8, 2, [1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]); // rows alternate e₀, e₁
    const c = matmulFast(eight, matrix(2, 4, [1, 2, 3, 4, Number.POSITIVE_INFINITY, 6, 7, 8]));
    expect(Array.from(c.data.subarray(0, 8)), "rows e₀·B, e₁·B with ∞ in B").toEqual([
      Number.NaN,
      2,
      3,
      4,
      Number.POSITIVE_INFINITY,
      6,
      7,
      8,
    ]);
  });

  it("throws ShapeError naming both shapes", async () => {
    const error = await thrown(() => matmulFast(matrix(1, 5), matrix(4, 1)));
    expect(error, "(1×5)·(4×1)").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 1×5 and 4×1").toMatch(/1×5.*4×1/);
    expect(await thrown(() => matmulFast(matrix(3, 3), matrix(4, 3))), "(3×3)·(4×3)").toBeInstanceOf(
      ShapeError,
    );
  });
});

describe("3. TensorFlow.js", () => {
  it("agrees with the float64 reference on held-out non-square shapes", async () => {
    const rng = new Rng(3003);
    for (const [m, k, p] of [
      [31, 17, 45],
      [1, 1, 1],
      [1, 64, 1],
      [9, 2, 30],
    ] as const) {
      const a = random(rng, m, k);
      const b = random(rng, k, p);
      const c = await matmulTf(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expect(c.data, "c.data").toBeInstanceOf(Float32Array);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulTf ${m}×${k} · ${k}×${p}`);
    }
  });

  it("leaves no tensor behind, neither on success nor after a ShapeError", async () => {
    const tf = await getTf();
    const rng = new Rng(3004);
    const a = random(rng, 20, 30);
    const b = random(rng, 30, 10);
    await matmulTf(a, b);
    const before = liveTensors(tf);
    for (let i = 0; i < 5; i++) await matmulTf(a, b);
    expect(liveTensors(tf), "tensors after 5 successful calls").toBe(before);
    expect(await thrown(() => matmulTf(a, a)), "(20×30)·(20×30)").toBeInstanceOf(ShapeError);
    expect(liveTensors(tf), "tensors after a call that threw ShapeError").toBe(before);
  });

  it("propagates NaN and ±Infinity of the second operand: 0·∞ is NaN", async () => {
    const { a, b, want } = nonFiniteInB();
    expect(Array.from((await matmulTf(a, b)).data), "I₅·B with ±∞ and NaN in B").toEqual(want);
  });

  it("throws ShapeError naming both shapes", async () => {
    const error = await thrown(() => matmulTf(matrix(4, 7), matrix(6, 4)));
    expect(error, "(4×7)·(6×4)").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 4×7 and 6×4").toMatch(/4×7.*6×4/);
  });
});

describe("4. Benchmark", () => {
  it("counts the operations of non-square shapes and long inner dimensions", () => {
    // One division: 1e-12 relative leaves room only for the rounding of ms·10⁶.
    const cases: Array<[number, number, number, number, number]> = [
      [512, 512, 512, 100, (2 * 512 ** 3) / 1e8],
      [1, 1, 1, 1e-6, 2], // one multiply-add in a nanosecond
      [3, 1_000_000, 2, 12, (2 * 3 * 1e6 * 2) / 12e6],
      [64, 2, 1000, 0.25, (2 * 64 * 2 * 1000) / 2.5e5],
    ];
    for (const [m, k, p, ms, want] of cases) {
      const got = gflops(m, k, p, ms);
      expect(
        relativeError(got, want),
        `gflops(${m}, ${k}, ${p}, ${ms} ms) = ${want}, got ${got}`,
      ).toBeLessThan(1e-12);
    }
  });

  it("rejects non-integer, zero and non-finite arguments", () => {
    const cases: Array<[number, number, number, number]> = [
      [Number.NaN, 1, 1, 1],
      [1, Number.POSITIVE_INFINITY, 1, 1],
      [1, 1, 0, 1],
      [1, 1, 1, Number.NEGATIVE_INFINITY],
    ];
    for (const [m, k, p, ms] of cases) {
      expectThrows(() => gflops(m, k, p, ms), InvalidArgument, `gflops(${m}, ${k}, ${p}, ${ms})`);
    }
  });
});
