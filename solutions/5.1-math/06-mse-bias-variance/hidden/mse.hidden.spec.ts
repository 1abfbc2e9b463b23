/**
 * Hidden specs for 5.1.6, tasks 1–2: more sizes, ±Infinity, extreme magnitudes, scaling with n,
 * and the error messages. Tolerances as in the public spec (relative 1e-12 against a plain
 * loop; 1e-7 against central finite differences).
 */

import { mse, mseGradient } from "@exercise/5.1-math/06-mse-bias-variance/mse";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { thrown } from "../../../../lib/testing";

describe("1. Mean squared error", () => {
  it("matches a plain loop on 10,000 random values (relative 1e-12)", () => {
    const rng = new Rng(1234);
    const y = rng.uniformArray(10_000, -50, 50);
    const p = rng.normalArray(10_000, 0, 30);
    let sum = 0;
    for (let i = 0; i < y.length; i++) sum += (p[i] - y[i]) ** 2;
    const want = sum / y.length;
    expect(Math.abs(mse(y, p) - want) / want, "relative error on 10,000 values").toBeLessThan(1e-12);
  });

  it("handles large and small magnitudes without losing them", () => {
    expect(mse([1e150], [-1e150]) / 4e300, "mse([1e150], [-1e150]) / (2e150)²").toBeCloseTo(1, 12);
    expect(mse([1e-100, 0], [0, 0]) / 5e-201, "mse([1e-100, 0], [0, 0]) / 5e-201").toBeCloseTo(1, 12);
  });

  it("treats every point alike: scaling all errors by k scales the MSE by k²", () => {
    const y = [0, 0, 0, 0, 0];
    const e = [1, -2, 0.5, 3, -1];
    const base = mse(y, e);
    expect(
      mse(
        y,
        e.map((v) => 3 * v),
      ) / base,
      "ratio for k = 3",
    ).toBeCloseTo(9, 12);
    expect(base, "mse of errors [1,−2,0.5,3,−1] = 15.25 / 5").toBeCloseTo(3.05, 12);
  });

  it("rejects ±Infinity, and mismatched lengths with a message naming both", () => {
    expect(
      thrown(() => mse([1, Number.POSITIVE_INFINITY], [1, 2])),
      "+Infinity in yTrue",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => mse([1, 2], [1, Number.NEGATIVE_INFINITY])),
      "−Infinity in yPred",
    ).toBeInstanceOf(InvalidArgument);
    const error = thrown(() => mse(new Float64Array(7), new Float64Array(11)));
    expect(error, "lengths 7 and 11").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 7").toMatch(/\b7\b/);
    expect(String(error), "the message names 11").toMatch(/\b11\b/);
    expect(
      thrown(() => mse([], [1])),
      "lengths 0 and 1",
    ).toBeInstanceOf(ShapeError);
  });
});

describe("2. Gradient of the MSE", () => {
  it("matches central finite differences on 50 values", () => {
    const rng = new Rng(99);
    const y = rng.uniformArray(50, -3, 3);
    const p = rng.uniformArray(50, -3, 3);
    const g = mseGradient(y, p);
    const h = 1e-4;
    for (let i = 0; i < p.length; i++) {
      const up = Float64Array.from(p);
      const down = Float64Array.from(p);
      up[i] += h;
      down[i] -= h;
      const numeric = (mse(y, up) - mse(y, down)) / (2 * h);
      expect(Math.abs(g[i] - numeric), `∂MSE/∂ŷ${i}`).toBeLessThan(1e-7);
    }
  });

  it("shrinks as 1/n: duplicating the data halves every entry", () => {
    const y = [1, 2, 3];
    const p = [2, 2, 1];
    const g = mseGradient(y, p);
    const g2 = mseGradient([...y, ...y], [...p, ...p]);
    for (let i = 0; i < 3; i++) {
      expect(g2[i], `entry ${i} with the data twice`).toBeCloseTo(g[i] / 2, 12);
    }
    expect(Array.from(g), "(2/3)·(ŷ − y) for ŷ − y = [1, 0, −2]").toEqual([2 / 3, 0, -4 / 3]);
  });

  it("returns a new array and leaves its inputs unchanged", () => {
    const y = new Float64Array([1, 1]);
    const p = new Float64Array([3, 0]);
    const g = mseGradient(y, p);
    expect(g, "the gradient must not be one of the inputs").not.toBe(p);
    expect(g, "the gradient must not be one of the inputs").not.toBe(y);
    expect(Array.from(y), "yTrue after the call").toEqual([1, 1]);
    expect(Array.from(p), "yPred after the call").toEqual([3, 0]);
    expect(Array.from(g), "(2/2)·[2, −1]").toEqual([2, -1]);
  });

  it("rejects ±Infinity and mismatched lengths", () => {
    expect(
      thrown(() => mseGradient([1], [Number.POSITIVE_INFINITY])),
      "+Infinity in yPred",
    ).toBeInstanceOf(InvalidArgument);
    const error = thrown(() => mseGradient([1, 2, 3, 4], [1, 2, 3, 4, 5, 6]));
    expect(error, "lengths 4 and 6").toBeInstanceOf(ShapeError);
    expect(String(error), "the message names 4 and 6").toMatch(/\b4\b[\s\S]*\b6\b|\b6\b[\s\S]*\b4\b/);
  });
});
