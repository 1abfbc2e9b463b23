/**
 * Public specs for 5.1.6, tasks 1–2 — run them with `npm test exercises/5.1-math/06-mse-bias-variance`.
 *
 * Tolerances: the MSE of a few small numbers is exact up to the last bit or two, so hand
 * examples use `toBeCloseTo(x, 12)` (|error| < 5e-13). Random data is compared with a plain
 * loop computed here with a relative bound of 1e-12 (a sum of n = 1,000 squares in a different
 * order differs by at most about n·2⁻⁵³ ≈ 1e-13 relative). The gradient is also checked against
 * central finite differences of your `mse`; for a quadratic those are exact up to rounding,
 * about ε·MSE/h ≈ 1e-10 with h = 1e-4, so the bound is 1e-7.
 */
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { thrown } from "../../../lib/testing";
import { mse, mseGradient } from "./mse";

describe("1. Mean squared error", () => {
  it("averages the squared differences", () => {
    expect(mse([1, 2, 3], [1, 2, 5]), "mse([1,2,3], [1,2,5]) = (0 + 0 + 2²) / 3").toBeCloseTo(4 / 3, 12);
    expect(mse([0, 0], [3, -1]), "mse([0,0], [3,-1]) = (9 + 1) / 2 — squares, not |differences|").toBeCloseTo(
      5,
      12,
    );
    expect(mse([2.5], [0.5]), "mse of one value is its squared error").toBeCloseTo(4, 12);
  });

  it("is 0 for perfect predictions and symmetric in its arguments", () => {
    expect(mse([1, -2, 3.5], [1, -2, 3.5]), "perfect predictions").toBe(0);
    const y = [0.3, -1.2, 4];
    const p = [1, 1, 1];
    expect(mse(y, p), "mse(y, p) = mse(p, y)").toBeCloseTo(mse(p, y), 12);
  });

  it("accepts typed arrays and leaves its inputs unchanged", () => {
    const y = new Float32Array([1, 2, 3, 4]);
    const p = new Float64Array([2, 2, 2, 2]);
    expect(mse(y, p), "mse(Float32Array[1,2,3,4], Float64Array[2,2,2,2]) = (1+0+1+4)/4").toBeCloseTo(1.5, 12);
    expect(Array.from(y), "yTrue after the call").toEqual([1, 2, 3, 4]);
    expect(Array.from(p), "yPred after the call").toEqual([2, 2, 2, 2]);
  });

  it("matches a plain loop on 1,000 random values (relative 1e-12)", () => {
    const rng = new Rng(42);
    const y = rng.normalArray(1000, 3, 2);
    const p = rng.normalArray(1000, 3, 2);
    let sum = 0;
    for (let i = 0; i < y.length; i++) sum += (p[i] - y[i]) ** 2;
    const want = sum / y.length;
    expect(Math.abs(mse(y, p) - want) / want, "relative error of mse on 1,000 normals").toBeLessThan(1e-12);
  });

  it("rejects mismatched lengths, empty input and NaN", () => {
    const mismatch = thrown(() => mse([1, 2, 3], [1, 2]));
    expect(mismatch, "lengths 3 and 2").toBeInstanceOf(ShapeError);
    expect(String(mismatch), "the message names both lengths").toMatch(/\b3\b[\s\S]*\b2\b|\b2\b[\s\S]*\b3\b/);
    expect(
      thrown(() => mse([], [])),
      "mse([], [])",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => mse([1, Number.NaN], [1, 2])),
      "NaN in yTrue",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => mse([1, 2], [Number.NaN, 2])),
      "NaN in yPred",
    ).toBeInstanceOf(InvalidArgument);
  });
});

describe("2. Gradient of the MSE", () => {
  it("is (2/n)(ŷ − y), as a new Float64Array", () => {
    const g = mseGradient([1, 2, 3], [1, 2, 5]);
    expect(g, "mseGradient returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(g.length, "one partial derivative per prediction").toBe(3);
    expect(g[0], "∂/∂ŷ₀ with ŷ₀ = y₀").toBe(0);
    expect(g[1], "∂/∂ŷ₁ with ŷ₁ = y₁").toBe(0);
    expect(g[2], "∂/∂ŷ₂ = (2/3)(5 − 3)").toBeCloseTo(4 / 3, 12);
  });

  it("matches central finite differences of mse", () => {
    const rng = new Rng(7);
    const y = rng.normalArray(8);
    const p = rng.normalArray(8);
    const g = mseGradient(y, p);
    const h = 1e-4;
    for (let i = 0; i < p.length; i++) {
      const up = Float64Array.from(p);
      const down = Float64Array.from(p);
      up[i] += h;
      down[i] -= h;
      const numeric = (mse(y, up) - mse(y, down)) / (2 * h);
      expect(Math.abs(g[i] - numeric), `∂MSE/∂ŷ${i}: yours ${g[i]}, numeric ${numeric}`).toBeLessThan(1e-7);
    }
  });

  it("points uphill: a small step against it lowers the MSE", () => {
    const y = [1, 2, 3, 4];
    const p = [2, 0, 3.5, 5];
    const g = mseGradient(y, p);
    const stepped = p.map((v, i) => v - 0.1 * g[i]);
    expect(mse(y, stepped), "MSE after ŷ ← ŷ − 0.1·∇").toBeLessThan(mse(y, p));
  });

  it("rejects mismatched lengths, empty input and NaN", () => {
    expect(
      thrown(() => mseGradient([1], [1, 2])),
      "lengths 1 and 2",
    ).toBeInstanceOf(ShapeError);
    expect(
      thrown(() => mseGradient([], [])),
      "empty",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => mseGradient([Number.NaN], [1])),
      "NaN in yTrue",
    ).toBeInstanceOf(InvalidArgument);
  });
});
