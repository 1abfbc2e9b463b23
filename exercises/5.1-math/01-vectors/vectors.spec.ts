/**
 * Public specs for 5.1.1 — run them with `npm test exercises/5.1-math/01-vectors`.
 *
 * Tolerances: element-wise + − × are a single rounding each, so add/subtract/scale must
 * match a plain loop bit for bit. A sum of n products can differ by summation order, so dot
 * is compared with a relative bound of n·ε·Σ|aᵢbᵢ| (the textbook error bound of a float sum).
 */
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { expectThrows, maxAbsDiff, relativeError } from "../../../lib/testing";

import { add, cosineSimilarity, dot, norm, scale, subtract } from "./vectors";

describe("1. Add, subtract and scale", () => {
  it("adds and subtracts element by element", () => {
    const sum = add([1, 2, 3], [4, 5, 6]);
    expect(sum, "add returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(Array.from(sum), "add([1,2,3], [4,5,6])").toEqual([5, 7, 9]);
    expect(Array.from(subtract([5, 7, 9], [4, 5, 6])), "subtract([5,7,9], [4,5,6]) is a − b").toEqual([
      1, 2, 3,
    ]);
    expect(Array.from(subtract([1, 1], [3, -2])), "subtract([1,1], [3,-2])").toEqual([-2, 3]);
  });

  it("scales every component by k", () => {
    const v = scale([1, -2, 3.5], 2);
    expect(v, "scale returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(Array.from(v), "scale([1,-2,3.5], 2)").toEqual([2, -4, 7]);
    expect(Array.from(scale([1, -2], -0.5)), "scale([1,-2], -0.5)").toEqual([-0.5, 1]);
  });

  it("accepts plain arrays and typed arrays alike", () => {
    const got = add(new Float32Array([0.5, 1.5]), [1, 2]);
    expect(Array.from(got), "add(Float32Array[0.5,1.5], [1,2])").toEqual([1.5, 3.5]);
  });

  it("returns a new array and leaves its inputs unchanged", () => {
    const a = new Float64Array([1, 2, 3]);
    const b = new Float64Array([10, 20, 30]);
    const sum = add(a, b);
    const scaled = scale(a, 3);
    expect(sum, "add must not return one of its inputs").not.toBe(a);
    expect(scaled, "scale must not return its input").not.toBe(a);
    expect(Array.from(a), "a after add and scale").toEqual([1, 2, 3]);
    expect(Array.from(b), "b after add").toEqual([10, 20, 30]);
  });

  it("allows empty vectors", () => {
    expect(add([], []).length, "add([], []) is empty").toBe(0);
    expect(subtract([], []).length, "subtract([], []) is empty").toBe(0);
    expect(scale([], 2).length, "scale([], 2) is empty").toBe(0);
  });

  it("throws ShapeError naming both lengths when they differ", () => {
    expectThrows(() => add([1, 2, 3], [1, 2]), ShapeError, "add of lengths 3 and 2");
    expectThrows(() => subtract([1], []), ShapeError, "subtract of lengths 1 and 0");
    // The message must say which lengths clashed, e.g. "add: vector lengths differ (7 vs 11)".
    const a = new Float64Array(7);
    const b = new Float64Array(11);
    expectThrows(() => add(a, b), ShapeError, "the message names length 7", /\b7\b/);
    expectThrows(() => add(a, b), ShapeError, "the message names length 11", /\b11\b/);
  });

  it("throws InvalidArgument for NaN", () => {
    expectThrows(() => add([1, Number.NaN], [1, 2]), InvalidArgument, "add with NaN in a");
    expectThrows(() => subtract([1, 2], [Number.NaN, 2]), InvalidArgument, "subtract with NaN in b");
    expectThrows(() => scale([1, Number.NaN], 2), InvalidArgument, "scale with NaN in v");
    expectThrows(() => scale([1, 2], Number.NaN), InvalidArgument, "scale with k = NaN");
  });

  it("matches a plain loop bit for bit on 1,000 random components", () => {
    const rng = new Rng(42);
    const a = rng.normalArray(1000);
    const b = rng.normalArray(1000);
    const wantSum = a.map((x, i) => x + b[i]);
    const wantDiff = a.map((x, i) => x - b[i]);
    const wantScaled = a.map((x) => x * 1.5);
    expect(maxAbsDiff(add(a, b), wantSum), "add vs plain loop").toBe(0);
    expect(maxAbsDiff(subtract(a, b), wantDiff), "subtract vs plain loop").toBe(0);
    expect(maxAbsDiff(scale(a, 1.5), wantScaled), "scale vs plain loop").toBe(0);
  });
});

describe("2. The dot product", () => {
  it("computes Σ aᵢbᵢ", () => {
    expect(dot([1, 2], [3, 4]), "dot([1,2], [3,4]) = 1·3 + 2·4").toBe(11);
    expect(dot([1, -2, 3], [4, 5, -6]), "dot([1,-2,3], [4,5,-6])").toBe(-24);
    expect(dot([1, 0], [0, 1]), "orthogonal vectors").toBe(0);
    expect(dot([3, 4], [3, 4]), "dot(v, v) = ‖v‖²").toBe(25);
  });

  it("is 0 for two empty vectors", () => {
    expect(dot([], []), "dot([], [])").toBe(0);
  });

  it("is symmetric: a·b = b·a", () => {
    const rng = new Rng(7);
    const a = rng.normalArray(50);
    const b = rng.normalArray(50);
    expect(dot(a, b), "dot(a, b) vs dot(b, a)").toBeCloseTo(dot(b, a), 12);
  });

  it("throws ShapeError naming both lengths when they differ", () => {
    expectThrows(() => dot([1, 2, 3], [1, 2]), ShapeError, "dot of lengths 3 and 2");
    expectThrows(
      () => dot(new Float64Array(7), new Float64Array(11)),
      ShapeError,
      "the message names 7 and 11",
      /\b7\b[\s\S]*\b11\b|\b11\b[\s\S]*\b7\b/,
    );
  });

  it("throws InvalidArgument for NaN", () => {
    expectThrows(() => dot([1, Number.NaN], [1, 2]), InvalidArgument, "dot with NaN in a");
    expectThrows(() => dot([1, 2], [1, Number.NaN]), InvalidArgument, "dot with NaN in b");
  });

  it("agrees with a plain loop on 10,000 random components", () => {
    const rng = new Rng(42);
    const n = 10_000;
    const a = rng.normalArray(n);
    const b = rng.normalArray(n);
    let want = 0;
    let magnitude = 0;
    for (let i = 0; i < n; i++) {
      want += a[i] * b[i];
      magnitude += Math.abs(a[i] * b[i]);
    }
    // Any summation order is within n·ε·Σ|aᵢbᵢ| of the true value.
    expect(Math.abs(dot(a, b) - want), "dot vs plain loop").toBeLessThanOrEqual(
      n * Number.EPSILON * magnitude,
    );
  });
});

describe("3. Norm and cosine similarity", () => {
  it("computes the Euclidean norm", () => {
    expect(norm([3, 4]), "norm([3,4])").toBe(5);
    expect(norm([-2]), "norm([-2])").toBe(2);
    expect(norm([1, 2, 2]), "norm([1,2,2])").toBe(3);
    expect(norm([0, 0, 0]), "norm of the zero vector").toBe(0);
    expect(norm([]), "norm([])").toBe(0);
  });

  it("does not overflow for huge components", () => {
    // Squaring 1e200 gives Infinity; scale by the largest |vᵢ| first (the way Math.hypot does).
    const got = norm([1e200, 1e200]);
    expect(Number.isFinite(got), `norm([1e200, 1e200]) must be finite, got ${got}`).toBe(true);
    // A few ulps (1e-15 relative) of room for the rounding of the division and the square root.
    expect(
      relativeError(got, Math.SQRT2 * 1e200),
      `norm([1e200, 1e200]) ≈ √2·1e200, got ${got}`,
    ).toBeLessThan(1e-15);
  });

  it("throws InvalidArgument for NaN", () => {
    expectThrows(() => norm([1, Number.NaN]), InvalidArgument, "norm([1, NaN])");
  });

  it("computes the cosine of the angle", () => {
    expect(cosineSimilarity([1, 0], [0, 1]), "perpendicular vectors").toBe(0);
    expect(cosineSimilarity([1, 2], [2, 4]), "same direction").toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 2], [-3, -6]), "opposite directions").toBeCloseTo(-1, 12);
    expect(cosineSimilarity([1, 0], [1, 1]), "45 degrees").toBeCloseTo(Math.SQRT1_2, 12);
  });

  it("stays within [-1, 1] and gives cos(v, v) = 1", () => {
    const rng = new Rng(3);
    for (let trial = 0; trial < 20; trial++) {
      const a = rng.normalArray(30);
      const b = rng.normalArray(30);
      const cos = cosineSimilarity(a, b);
      expect(cos >= -1 && cos <= 1, `cos(a, b) in [-1, 1], got ${cos}`).toBe(true);
      // Rounding can give 1.0000000000000002 here: clamp the result.
      const self = cosineSimilarity(a, a);
      expect(self <= 1, `cos(a, a) must not exceed 1, got ${self}`).toBe(true);
      expect(self, "cos(a, a)").toBeCloseTo(1, 12);
    }
  });

  it("clamps exactly: where rounding leaves [-1, 1], the result is the bound itself", () => {
    // Unclamped, u·w sums to 1.0000000000000004 for [1,2,3] and 1.0000000000000002 for [1,1,1]
    // (and to minus that for the opposite vector). The README promises the clamp, so: no tolerance.
    for (const v of [
      [1, 2, 3],
      [1, 1, 1],
      [0.1, 0.1, 0.1],
    ]) {
      const minus = v.map((x) => -x);
      expect(cosineSimilarity(v, v), `cos([${v}], [${v}])`).toBe(1);
      expect(cosineSimilarity(v, minus), `cos([${v}], [${minus}])`).toBe(-1);
      expect(cosineSimilarity(minus, v), `cos([${minus}], [${v}])`).toBe(-1);
    }
  });

  it("throws InvalidArgument for a zero vector and ShapeError for a length mismatch", () => {
    expectThrows(() => cosineSimilarity([0, 0], [1, 2]), InvalidArgument, "cos with a zero vector");
    expectThrows(() => cosineSimilarity([1, 2], [0, 0]), InvalidArgument, "cos with a zero vector");
    expectThrows(() => cosineSimilarity([1, 2, 3], [1, 2]), ShapeError, "cos of lengths 3 and 2");
  });
});
