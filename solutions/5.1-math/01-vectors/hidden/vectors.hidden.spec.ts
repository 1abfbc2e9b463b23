/**
 * Hidden specs for 5.1.1: large random vectors against a float64 reference computed here,
 * overflow and underflow, more bad input, and the properties every inner product obeys.
 *
 * Tolerances (the same as the public specs): element-wise + − × are bit-exact; a sum of n
 * products is allowed n·ε·Σ|terms| (the classic bound for floating-point summation in any
 * order); single-formula results such as a norm get a few ulps (1e-15 relative).
 */
import { add, cosineSimilarity, dot, norm, scale, subtract } from "@exercise/5.1-math/01-vectors/vectors";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectThrows, maxAbsDiff, relativeError } from "../../../../lib/testing";

const BIG = 1_000_000;

/** Σ aᵢbᵢ and Σ|aᵢbᵢ| in plain float64 (the reference and the scale of its rounding error). */
function referenceDot(a: ArrayLike<number>, b: ArrayLike<number>): { value: number; magnitude: number } {
  let value = 0;
  let magnitude = 0;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] * b[i];
    value += p;
    magnitude += Math.abs(p);
  }
  return { value, magnitude };
}

/** A vector whose components span many orders of magnitude, with random signs. */
function wideRangeVector(rng: Rng, n: number): Float64Array {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (rng.next() < 0.5 ? -1 : 1) * 10 ** rng.uniform(-6, 6);
  return v;
}

describe("1. Add, subtract and scale", () => {
  it("matches a plain loop bit for bit on 1,000,000 components", () => {
    const rng = new Rng(2024);
    const a = rng.normalArray(BIG, 0, 100);
    const b = rng.uniformArray(BIG, -1e6, 1e6);
    expect(
      maxAbsDiff(
        add(a, b),
        a.map((x, i) => x + b[i]),
      ),
      "add",
    ).toBe(0);
    expect(
      maxAbsDiff(
        subtract(a, b),
        a.map((x, i) => x - b[i]),
      ),
      "subtract",
    ).toBe(0);
    expect(
      maxAbsDiff(
        scale(b, -3.25),
        b.map((x) => x * -3.25),
      ),
      "scale by -3.25",
    ).toBe(0);
  });

  it("returns Float64Array even for Float32Array and Int32Array inputs", () => {
    const a = new Float32Array([0.25, 1.5]);
    const b = new Int32Array([2, -3]);
    const sum = add(a, b);
    expect(sum, "add(Float32Array, Int32Array) type").toBeInstanceOf(Float64Array);
    expect(Array.from(sum), "add(Float32Array[0.25,1.5], Int32Array[2,-3])").toEqual([2.25, -1.5]);
    expect(scale(b, 0.5), "scale(Int32Array) type").toBeInstanceOf(Float64Array);
    expect(Array.from(scale(b, 0.5)), "scale(Int32Array[2,-3], 0.5) keeps fractions").toEqual([1, -1.5]);
  });

  it("subtract is a − b, not b − a", () => {
    expect(Array.from(subtract([10, 0], [3, 5])), "subtract([10,0], [3,5])").toEqual([7, -5]);
  });

  it("a − a = 0, a + (−1)·b = a − b, and 0·v = 0", () => {
    const rng = new Rng(5);
    const a = rng.normalArray(500);
    const b = rng.normalArray(500);
    expect(maxAbsDiff(subtract(a, a), new Float64Array(500)), "a − a").toBe(0);
    expect(maxAbsDiff(add(a, scale(b, -1)), subtract(a, b)), "a + (−1)·b vs a − b").toBe(0);
    expect(maxAbsDiff(scale(a, 0), new Float64Array(500)), "0·v").toBe(0);
  });

  it("never modifies its inputs, even when scaling by 1", () => {
    const v = new Float64Array([1, 2, 3]);
    const same = scale(v, 1);
    expect(same, "scale(v, 1) must be a new array").not.toBe(v);
    same[0] = 99;
    expect(v[0], "writing into scale(v, 1) must not change v").toBe(1);
    const w = new Float64Array([4, 5, 6]);
    const zeros = new Float64Array(3);
    expect(add(w, zeros), "add(w, 0) must be a new array").not.toBe(w);
    expect(subtract(w, zeros), "subtract(w, 0) must be a new array").not.toBe(w);
  });

  it("lets the result overflow to Infinity instead of throwing", () => {
    expect(Array.from(add([1e308], [1e308])), "add([1e308], [1e308])").toEqual([Number.POSITIVE_INFINITY]);
    expect(Array.from(scale([1e308], -10)), "scale([1e308], -10)").toEqual([Number.NEGATIVE_INFINITY]);
  });

  it("throws InvalidArgument for NaN anywhere and for ±Infinity", () => {
    const nanLast = new Float64Array(1000);
    nanLast[999] = Number.NaN;
    const zeros = new Float64Array(1000);
    expectThrows(() => add(zeros, nanLast), InvalidArgument, "add with NaN as the last component of b");
    expectThrows(
      () => subtract(nanLast, zeros),
      InvalidArgument,
      "subtract with NaN as the last component of a",
    );
    expectThrows(() => add([Number.POSITIVE_INFINITY], [1]), InvalidArgument, "add with Infinity");
    expectThrows(() => subtract([1], [Number.NEGATIVE_INFINITY]), InvalidArgument, "subtract with -Infinity");
    expectThrows(() => scale([1, Number.POSITIVE_INFINITY], 2), InvalidArgument, "scale with Infinity in v");
    expectThrows(() => scale([1, 2], Number.NEGATIVE_INFINITY), InvalidArgument, "scale with k = -Infinity");
    expectThrows(() => scale(nanLast, 0), InvalidArgument, "scale(v with NaN, 0) — 0·NaN is still NaN");
    // k is checked even when there is nothing to multiply: a bad factor is a bug whatever the length.
    expectThrows(() => scale([], Number.NaN), InvalidArgument, "scale([], NaN)");
    expectThrows(
      () => scale(new Float64Array(0), Number.POSITIVE_INFINITY),
      InvalidArgument,
      "scale([], Infinity)",
    );
  });

  it("throws ShapeError for every kind of length mismatch, naming both lengths", () => {
    expectThrows(() => add([], [1]), ShapeError, "add of lengths 0 and 1");
    expectThrows(() => subtract([1, 2], [1, 2, 3]), ShapeError, "subtract of lengths 2 and 3");
    const a = new Float64Array(13);
    const b = new Float64Array(29);
    expectThrows(() => subtract(a, b), ShapeError, "subtract names 13", /\b13\b/);
    expectThrows(() => subtract(a, b), ShapeError, "subtract names 29", /\b29\b/);
  });
});

describe("2. The dot product", () => {
  it("agrees with a float64 reference on 1,000,000 components", () => {
    const rng = new Rng(99);
    const a = rng.normalArray(BIG);
    const b = rng.normalArray(BIG, 3, 2);
    const { value, magnitude } = referenceDot(a, b);
    const got = dot(a, b);
    expect(Math.abs(got - value), `dot of 1e6 components: got ${got}, want ${value}`).toBeLessThanOrEqual(
      BIG * Number.EPSILON * magnitude,
    );
  });

  it("agrees with the reference on components spanning twelve orders of magnitude", () => {
    const rng = new Rng(11);
    for (const n of [1, 2, 17, 1000, 4096]) {
      const a = wideRangeVector(rng, n);
      const b = wideRangeVector(rng, n);
      const { value, magnitude } = referenceDot(a, b);
      expect(Math.abs(dot(a, b) - value), `dot of ${n} wide-range components`).toBeLessThanOrEqual(
        n * Number.EPSILON * magnitude,
      );
    }
  });

  it("is bilinear: (2a + b)·c = 2(a·c) + b·c", () => {
    const rng = new Rng(8);
    const a = rng.normalArray(300);
    const b = rng.normalArray(300);
    const c = rng.normalArray(300);
    const left = dot(add(scale(a, 2), b), c);
    const right = 2 * dot(a, c) + dot(b, c);
    expect(left, "(2a + b)·c vs 2(a·c) + b·c").toBeCloseTo(right, 9);
  });

  it("satisfies Cauchy–Schwarz: |a·b| ≤ ‖a‖‖b‖", () => {
    const rng = new Rng(13);
    for (let trial = 0; trial < 50; trial++) {
      const n = rng.int(1, 200);
      const a = rng.normalArray(n);
      const b = trial % 5 === 0 ? scale(a, rng.uniform(-3, 3)) : rng.normalArray(n); // equality case too
      const lhs = Math.abs(dot(a, b));
      const rhs = norm(a) * norm(b);
      // Relative slack of 1e-12 covers rounding in the equality case b = k·a.
      expect(lhs, `|a·b| ≤ ‖a‖‖b‖ for n = ${n}`).toBeLessThanOrEqual(rhs * (1 + 1e-12));
    }
  });

  it("handles single components and overflows to Infinity like IEEE arithmetic", () => {
    expect(dot([-3], [7]), "dot([-3], [7])").toBe(-21);
    expect(dot([1e200], [1e200]), "dot([1e200], [1e200]) overflows").toBe(Number.POSITIVE_INFINITY);
  });

  it("throws ShapeError naming both lengths, including an empty against a non-empty vector", () => {
    expectThrows(() => dot([], [1]), ShapeError, "dot of lengths 0 and 1");
    expectThrows(
      () => dot(new Float64Array(1000), new Float64Array(999)),
      ShapeError,
      "dot names 1000 and 999",
      /\b1000\b[\s\S]*\b999\b|\b999\b[\s\S]*\b1000\b/,
    );
  });

  it("throws InvalidArgument for NaN anywhere and for ±Infinity", () => {
    const nanLast = new Float64Array(1000);
    nanLast[999] = Number.NaN;
    expectThrows(
      () => dot(new Float64Array(1000), nanLast),
      InvalidArgument,
      "dot with NaN as the last component",
    );
    expectThrows(() => dot([0], [Number.POSITIVE_INFINITY]), InvalidArgument, "dot with Infinity");
  });
});

describe("3. Norm and cosine similarity", () => {
  it("agrees with a float64 reference on 1,000,000 components", () => {
    // Also rules out Math.hypot(...v): spreading a million arguments overflows the call stack.
    const rng = new Rng(31);
    const v = rng.normalArray(BIG, 0, 5);
    const { value, magnitude } = referenceDot(v, v);
    const want = Math.sqrt(value);
    // ‖v‖² may be off by n·ε·Σvᵢ²; the square root halves that relative error.
    const got = norm(v);
    expect(relativeError(got, want), `norm of 1e6 components: got ${got}, want ${want}`).toBeLessThanOrEqual(
      (BIG * Number.EPSILON * magnitude) / value,
    );
  });

  it("neither overflows nor underflows", () => {
    const cases: Array<[number[], number]> = [
      [[1e200, 1e200], Math.SQRT2 * 1e200],
      [[-3e300, 4e300], 5e300],
      [[1.7e308, 0, 0], 1.7e308],
      [[1e-200, 1e-200], Math.SQRT2 * 1e-200],
      [[3 * 2 ** -1030, 4 * 2 ** -1030], 5 * 2 ** -1030], // subnormal components, exactly representable
      [[1e200, 1, 1e-200], 1e200],
    ];
    for (const [v, want] of cases) {
      const got = norm(v);
      expect(relativeError(got, want), `norm([${v.join(", ")}]) ≈ ${want}, got ${got}`).toBeLessThan(1e-15);
    }
  });

  it("is homogeneous and obeys the triangle inequality", () => {
    const rng = new Rng(17);
    for (let trial = 0; trial < 30; trial++) {
      const n = rng.int(1, 100);
      const a = rng.normalArray(n);
      const b = rng.normalArray(n);
      const k = rng.uniform(-10, 10);
      expect(norm(scale(a, k)), "‖k·a‖ = |k|·‖a‖").toBeCloseTo(Math.abs(k) * norm(a), 10);
      expect(norm(add(a, b)), "‖a + b‖ ≤ ‖a‖ + ‖b‖").toBeLessThanOrEqual((norm(a) + norm(b)) * (1 + 1e-12));
      expect(norm(a), "‖a‖ = √(a·a)").toBeCloseTo(Math.sqrt(dot(a, a)), 12);
    }
  });

  it("throws InvalidArgument for NaN or ±Infinity", () => {
    expectThrows(() => norm([Number.NaN]), InvalidArgument, "norm([NaN])");
    expectThrows(() => norm([1, Number.POSITIVE_INFINITY]), InvalidArgument, "norm([1, Infinity])");
    expectThrows(() => cosineSimilarity([1, Number.NaN], [1, 1]), InvalidArgument, "cos with NaN");
    expectThrows(
      () => cosineSimilarity([1, 1], [Number.NEGATIVE_INFINITY, 1]),
      InvalidArgument,
      "cos with -Infinity",
    );
  });

  it("agrees with a⋅b / (‖a‖‖b‖) on random vectors", () => {
    const rng = new Rng(23);
    for (const n of [1, 2, 3, 10, 1000, 100_000]) {
      const a = rng.normalArray(n);
      const b = rng.normalArray(n, 0.3);
      const ab = referenceDot(a, b).value;
      const want = ab / Math.sqrt(referenceDot(a, a).value * referenceDot(b, b).value);
      // cos is bounded by 1, so an absolute tolerance is meaningful; rounding stays far below 1e-12.
      expect(Math.abs(cosineSimilarity(a, b) - want), `cos of ${n} random components`).toBeLessThan(1e-12);
    }
  });

  it("is scale-invariant, so huge and tiny components work", () => {
    const cases: Array<[number[], number[], number]> = [
      [[1e200, 1e200], [1e200, 0], Math.SQRT1_2],
      [[1e-200, 0], [1e-200, 1e-200], Math.SQRT1_2],
      [[1e300, -1e300], [-2e300, 2e300], -1],
      [[1e-300, 0], [0, 1e300], 0],
    ];
    for (const [a, b, want] of cases) {
      const got = cosineSimilarity(a, b);
      expect(got, `cos([${a}], [${b}]) should be ${want}`).toBeCloseTo(want, 12);
    }
    // Subnormal components: the norms are below 2.2e-308, so 1/‖a‖ overflows to Infinity —
    // divide by the norm, never multiply by its reciprocal.
    const subnormal: Array<[number[], number[], number]> = [
      [[1e-310, 0], [1e-310, 1e-310], Math.SQRT1_2],
      [[0, 3 * Number.MIN_VALUE], [4 * Number.MIN_VALUE, 3 * Number.MIN_VALUE], 0.6], // exact multiples of 5e-324
      [[5e-324], [-1], -1],
      [[1e-310, 1e-310], [-1e300, -1e300], -1],
    ];
    for (const [a, b, want] of subnormal) {
      const got = cosineSimilarity(a, b);
      expect(got, `cos([${a}], [${b}]) should be ${want}`).toBeCloseTo(want, 12);
    }
    const rng = new Rng(29);
    const a = rng.normalArray(64);
    const b = rng.normalArray(64);
    expect(
      cosineSimilarity(scale(a, 1e250), scale(b, 1e-250)),
      "cos(1e250·a, 1e-250·b) = cos(a, b)",
    ).toBeCloseTo(cosineSimilarity(a, b), 12);
  });

  it("stays within [-1, 1], with cos(v, v) = 1 and cos(v, −v) = −1", () => {
    const rng = new Rng(37);
    for (let trial = 0; trial < 300; trial++) {
      const n = rng.int(1, 60);
      const v = rng.normalArray(n, 0, 10 ** rng.uniform(-3, 3));
      const w = rng.normalArray(n);
      for (const [label, cos] of [
        ["cos(v, v)", cosineSimilarity(v, v)],
        ["cos(v, −v)", cosineSimilarity(v, scale(v, -1))],
        ["cos(v, 3v)", cosineSimilarity(v, scale(v, 3))],
        ["cos(v, w)", cosineSimilarity(v, w)],
      ] as const) {
        expect(cos >= -1 && cos <= 1, `${label} must lie in [-1, 1], got ${cos}`).toBe(true);
      }
      expect(cosineSimilarity(v, v), "cos(v, v)").toBeCloseTo(1, 12);
      expect(cosineSimilarity(v, scale(v, -1)), "cos(v, −v)").toBeCloseTo(-1, 12);
    }
  });

  it("is symmetric: cos(a, b) = cos(b, a)", () => {
    const rng = new Rng(41);
    const a = rng.normalArray(40);
    const b = rng.normalArray(40);
    expect(cosineSimilarity(a, b), "cos(a, b) vs cos(b, a)").toBeCloseTo(cosineSimilarity(b, a), 14);
  });

  it("throws InvalidArgument for zero and empty vectors, ShapeError for mismatched lengths", () => {
    expectThrows(() => cosineSimilarity([0, 0, 0], [0, 0, 0]), InvalidArgument, "cos of two zero vectors");
    expectThrows(() => cosineSimilarity([], []), InvalidArgument, "cos of two empty vectors");
    expectThrows(() => cosineSimilarity([1], [1, 1]), ShapeError, "cos of lengths 1 and 2");
    // Non-zero vectors, so that the only thing wrong is the length.
    const seven = new Float64Array(7).fill(1);
    const eleven = new Float64Array(11).fill(1);
    expectThrows(
      () => cosineSimilarity(seven, eleven),
      ShapeError,
      "cos names 7 and 11",
      /\b7\b[\s\S]*\b11\b|\b11\b[\s\S]*\b7\b/,
    );
  });
});
