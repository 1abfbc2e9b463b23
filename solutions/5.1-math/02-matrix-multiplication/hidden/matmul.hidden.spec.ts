/**
 * Hidden specs for 5.1.2: held-out shapes (every remainder mod 4, long inner dimensions,
 * vectors as matrices), identities, NaN propagation, aliasing, and tensor leaks on the error
 * path. Same tolerances as the public spec: |got − exact| ≤ tol · Σₖ|aᵢₖ||bₖⱼ| with tol 1e-12
 * for float64 and 1e-4 for float32 (the float32 bound k·2⁻²⁴ stays below 1e-4 up to k ≈ 1,600).
 */

import {
  type Matrix,
  matmulFast,
  matmulNaive,
  matmulTf,
  matrix,
  toNested,
} from "@exercise/5.1-math/02-matrix-multiplication/matmul";
import { describe, expect, it } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { getTf } from "../../../../lib/tf";

const TOL_F64 = 1e-12;
const TOL_F32 = 1e-4;

function randomMatrix(rng: Rng, rows: number, cols: number): Matrix {
  return matrix(rows, cols, rng.uniformArray(rows * cols, -1, 1));
}

function identity(n: number): Matrix {
  const m = matrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

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
      if (!(Math.abs(value - exact) <= tol * scale + Number.MIN_VALUE)) {
        expect.fail(
          `${what}: entry [${i}][${j}] is ${value}, expected ${exact} (±${(tol * scale).toExponential(2)})`,
        );
      }
    }
  }
}

async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof NotImplemented) throw error;
    return error;
  }
  return expect.fail("expected an error, but the call returned normally");
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
      const a = randomMatrix(rng, m, k);
      const b = randomMatrix(rng, k, p);
      const c = matmulNaive(toNested(a), toNested(b));
      expect(c.length, `rows of (${m}×${k})·(${k}×${p})`).toBe(m);
      for (const row of c) expect(row.length, `columns of (${m}×${k})·(${k}×${p})`).toBe(p);
      expectCloseToProduct(c.flat(), a, b, TOL_F64, `matmulNaive ${m}×${k} · ${k}×${p}`);
    }
  });

  it("A·I = A and I·A = A exactly", () => {
    const a = toNested(randomMatrix(new Rng(2), 3, 5));
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
    expect(c[0]?.every(Number.isNaN), "row 0 of [[NaN,1],[2,3]]·I is NaN").toBe(true);
    expect(c[1], "row 1 of [[NaN,1],[2,3]]·I").toEqual([2, 3]);
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
      const a = randomMatrix(rng, m, k);
      const b = randomMatrix(rng, k, p);
      const c = matmulFast(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulFast ${m}×${k} · ${k}×${p}`);
    }
  });

  it("agrees on 128×128 and on a long inner dimension (2×1000 · 1000×3)", () => {
    const rng = new Rng(2003);
    const a = randomMatrix(rng, 128, 128);
    const b = randomMatrix(rng, 128, 128);
    expectCloseToProduct(matmulFast(a, b).data, a, b, TOL_F32, "matmulFast 128×128 · 128×128");
    const long = randomMatrix(rng, 2, 1000);
    const wide = randomMatrix(rng, 1000, 3);
    expectCloseToProduct(matmulFast(long, wide).data, long, wide, TOL_F32, "matmulFast 2×1000 · 1000×3");
  });

  it("returns a new matrix even for A·I, and leaves A and I unchanged", () => {
    const a = randomMatrix(new Rng(2004), 5, 5);
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
    expect(Number.isNaN(c.data[0] as number) && Number.isNaN(c.data[1] as number), "row 0 is NaN").toBe(true);
    expect(Array.from(c.data.subarray(2)), "rows 1..4 of A·I").toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
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
      const a = randomMatrix(rng, m, k);
      const b = randomMatrix(rng, k, p);
      const c = await matmulTf(a, b);
      expect([c.rows, c.cols], `shape of (${m}×${k})·(${k}×${p})`).toEqual([m, p]);
      expect(c.data, "c.data").toBeInstanceOf(Float32Array);
      expectCloseToProduct(c.data, a, b, TOL_F32, `matmulTf ${m}×${k} · ${k}×${p}`);
    }
  });

  it("leaves no tensor behind, neither on success nor after a ShapeError", async () => {
    const tf = await getTf();
    const rng = new Rng(3004);
    const a = randomMatrix(rng, 20, 30);
    const b = randomMatrix(rng, 30, 10);
    await matmulTf(a, b);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) await matmulTf(a, b);
    expect(tf.memory().numTensors, "tensors after 5 successful calls").toBe(before);
    expect(await thrown(() => matmulTf(a, a)), "(20×30)·(20×30)").toBeInstanceOf(ShapeError);
    expect(tf.memory().numTensors, "tensors after a call that threw ShapeError").toBe(before);
  });

  it("throws ShapeError naming both shapes", async () => {
    const error = await thrown(() => matmulTf(matrix(4, 7), matrix(6, 4)));
    expect(error, "(4×7)·(6×4)").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 4×7 and 6×4").toMatch(/4×7.*6×4/);
  });
});
