/**
 * Hidden specs for 5.1.4 Calculus, tasks 1 to 3: held-out functions, larger random cases and
 * more edge cases. Same tolerance rationale as the public spec: a central difference with the
 * documented default step is accurate to ~1e-10 relative, a forward difference to ~1e-6, so a
 * bound of 1e-8 separates the two.
 */

import {
  defaultStep,
  derivative,
  gradient,
  gradientDescent,
} from "@exercise/5.1-math/04-calculus/derivatives";
import type { MultivariateFunction } from "@exercise/5.1-math/04-calculus/derivatives.given";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { at, expectThrows } from "../../../../lib/testing";

/** |a − b| / max(1, |b|): relative for large values, absolute near 0. */
function closeness(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

describe("1. Numerical derivative", () => {
  test("defaultStep for tiny, negative and huge x", () => {
    const cbrtEps = Math.cbrt(Number.EPSILON);
    expect(Math.abs(defaultStep(1e-3) / cbrtEps - 1), "defaultStep(1e-3) = ∛ε").toBeLessThan(1e-12);
    expect(Math.abs(defaultStep(-1) / cbrtEps - 1), "defaultStep(-1) = ∛ε").toBeLessThan(1e-12);
    expect(Math.abs(defaultStep(-3e8) / (3e8 * cbrtEps) - 1), "defaultStep(-3e8) = 3e8·∛ε").toBeLessThan(
      1e-12,
    );
  });

  test("(1/(1 + x²))′ = −2x/(1 + x²)² at 30 random points in [−4, 4] (seed 7)", () => {
    const rng = new Rng(7);
    for (let k = 0; k < 30; k++) {
      const x = rng.uniform(-4, 4);
      const expected = (-2 * x) / (1 + x * x) ** 2;
      expect(
        closeness(
          derivative((t) => 1 / (1 + t * t), x),
          expected,
        ),
        `at x = ${x}`,
      ).toBeLessThan(1e-8);
    }
  });

  test("(x·sin x)′ = sin x + x·cos x, including large x where the step must scale", () => {
    for (const x of [-7.5, 0.01, 2, 40]) {
      const expected = Math.sin(x) + x * Math.cos(x);
      expect(
        closeness(
          derivative((t) => t * Math.sin(t), x),
          expected,
        ),
        `at x = ${x}`,
      ).toBeLessThan(1e-8);
    }
  });

  test("a given step is used as is: exp′ at 0 with h = 0.5 is sinh(0.5)/0.5", () => {
    expect(derivative(Math.exp, 0, 0.5), "derivative(exp, 0, 0.5)").toBeCloseTo(Math.sinh(0.5) / 0.5, 12);
  });

  test("a constant has derivative 0 and a line its slope, even far from 0", () => {
    expect(
      derivative(() => 42, 3),
      "derivative(42, 3)",
    ).toBeCloseTo(0, 15);
    expect(
      closeness(
        derivative((t) => 3 * t + 2, 1e6),
        3,
      ),
      "derivative(3x + 2, 1e6)",
    ).toBeLessThan(1e-8);
  });

  test("x = −Infinity or h = Infinity → InvalidArgument", () => {
    expectThrows(() => derivative(Math.sin, Number.NEGATIVE_INFINITY), InvalidArgument, "x = −Infinity");
    expectThrows(() => derivative(Math.sin, 0, Number.POSITIVE_INFINITY), InvalidArgument, "h = Infinity");
  });
});

describe("2. Gradient", () => {
  test("∇(½xᵀAx + bᵀx) = Ax + b in 10 dimensions (seed 11)", () => {
    const n = 10;
    const rng = new Rng(11);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        const v = rng.uniform(-1, 1);
        a[i * n + j] = v;
        a[j * n + i] = v;
      }
    }
    const b = rng.uniformArray(n, -1, 1);
    const f: MultivariateFunction = (x) => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        let row = 0;
        for (let j = 0; j < n; j++) row += a[i * n + j] * x[j];
        s += 0.5 * x[i] * row + b[i] * x[i];
      }
      return s;
    };
    const x = rng.uniformArray(n, -2, 2);
    const g = gradient(f, x);
    expect(g.length, "gradient length").toBe(n);
    for (let i = 0; i < n; i++) {
      let expected = b[i];
      for (let j = 0; j < n; j++) expected += a[i * n + j] * x[j];
      expect(closeness(at(g, i), expected), `∂f/∂x${i}`).toBeLessThan(1e-8);
    }
  });

  test("each coordinate gets its own step: ∇(x·y) at (1e-3, 1e6) = (1e6, 1e-3) to 1e-8 relative", () => {
    const g = gradient((p) => p[0] * p[1], Float64Array.of(1e-3, 1e6));
    expect(Math.abs(at(g, 0) / 1e6 - 1), "∂/∂x = y = 1e6").toBeLessThan(1e-8);
    expect(Math.abs(at(g, 1) / 1e-3 - 1), "∂/∂y = x = 1e-3").toBeLessThan(1e-8);
  });

  test("in one dimension it agrees with derivative", () => {
    for (const x of [-1.2, 0.4, 3]) {
      const g = gradient((p) => Math.exp(Math.sin(p[0])), Float64Array.of(x));
      expect(
        closeness(
          at(g, 0),
          derivative((t) => Math.exp(Math.sin(t)), x),
        ),
        `at x = ${x}`,
      ).toBeLessThan(1e-12);
    }
  });

  test("returns a new array, never x itself, and leaves 50 random coordinates bit-for-bit unchanged", () => {
    const x = new Rng(5).uniformArray(50, -10, 10);
    const copy = Float64Array.from(x);
    const g = gradient((p) => p.reduce((s, v) => s + Math.sin(v), 0), x);
    expect(g, "the gradient array").not.toBe(x);
    expect(Array.from(x), "x after gradient(f, x)").toEqual(Array.from(copy));
    for (let i = 0; i < 50; i++) {
      expect(closeness(at(g, i), Math.cos(x[i])), `∂/∂x${i} = cos x${i}`).toBeLessThan(1e-8);
    }
  });

  test("f only ever sees arrays of the same length as x", () => {
    const lengths = new Set<number>();
    gradient(
      (p) => {
        lengths.add(p.length);
        return p.reduce((s, v) => s + v, 0);
      },
      Float64Array.of(1, 2, 3),
    );
    expect([...lengths], "lengths of the arrays passed to f").toEqual([3]);
  });

  test("±Infinity in x or a negative step → InvalidArgument", () => {
    const f: MultivariateFunction = (p) => p[0];
    expectThrows(
      () => gradient(f, Float64Array.of(Number.POSITIVE_INFINITY)),
      InvalidArgument,
      "x = [Infinity]",
    );
    expectThrows(() => gradient(f, Float64Array.of(1), -0.1), InvalidArgument, "h = −0.1");
  });
});

describe("3. Gradient descent", () => {
  const valley: MultivariateFunction = (p) => (p[0] - 3) ** 2 + 10 * (p[1] + 1) ** 2;
  const valleyGrad = (p: Float64Array) => Float64Array.of(2 * (p[0] - 3), 20 * (p[1] + 1));

  test("converges on a random 5-d bowl ½Σcᵢ(xᵢ − mᵢ)² with η = 0.2 (seed 3)", () => {
    const rng = new Rng(3);
    const c = rng.uniformArray(5, 1, 4); // curvatures ≤ 4, so η < 2/4 is stable
    const m = rng.uniformArray(5, -5, 5);
    const f: MultivariateFunction = (x) => {
      let s = 0;
      for (let i = 0; i < 5; i++) s += 0.5 * c[i] * (x[i] - m[i]) ** 2;
      return s;
    };
    const grad = (x: Float64Array) => x.map((v, i) => c[i] * (v - m[i]));
    const result = gradientDescent(f, grad, new Float64Array(5), { learningRate: 0.2, tolerance: 1e-10 });
    expect(result.converged, "converged").toBe(true);
    for (let i = 0; i < 5; i++) expect(at(result.x, i), `x${i} → m${i}`).toBeCloseTo(m[i], 9);
    expect(result.value, "value is f(x) at the end").toBe(f(result.x));
  });

  test("starting at the minimum: converged after 0 iterations, path = [x0]", () => {
    const result = gradientDescent(valley, valleyGrad, Float64Array.of(3, -1), { learningRate: 0.04 });
    expect(result.converged, "converged").toBe(true);
    expect(result.iterations, "iterations").toBe(0);
    expect(result.path.length, "path.length").toBe(1);
    expect(result.value, "value").toBe(0);
  });

  test("maxIterations 0 takes no step and returns a copy of x0", () => {
    const x0 = Float64Array.of(0, 0);
    const result = gradientDescent(valley, valleyGrad, x0, { learningRate: 0.04, maxIterations: 0 });
    expect(result.iterations, "iterations").toBe(0);
    expect(result.converged, "converged").toBe(false);
    expect(result.diverged, "diverged").toBe(false);
    expect(Array.from(result.x), "x").toEqual([0, 0]);
    expect(result.x, "a copy, not x0 itself").not.toBe(x0);
    expect(result.value, "value = f(x0)").toBe(19);
  });

  test("just above the stability limit (η = 0.11 > 0.1) the loss grows but has not overflowed after 200 steps", () => {
    const result = gradientDescent(valley, valleyGrad, Float64Array.of(0, 0), {
      learningRate: 0.11,
      maxIterations: 200,
    });
    expect(result.converged, "converged").toBe(false);
    expect(result.diverged, "diverged (the loss is still finite)").toBe(false);
    expect(result.iterations, "iterations").toBe(200);
    expect(result.value, "the loss grew above f(x0) = 19").toBeGreaterThan(19);
  });

  test("tolerance 0 never stops early: halving steps from (1, 0) run all 50 iterations", () => {
    const bowl: MultivariateFunction = (p) => 0.5 * p.reduce((s, v) => s + v * v, 0);
    const result = gradientDescent(bowl, (p) => Float64Array.from(p), Float64Array.of(1, 0), {
      learningRate: 0.5,
      tolerance: 0,
      maxIterations: 50,
    });
    expect(result.iterations, "iterations").toBe(50);
    expect(at(result.x, 0), "x₀ = 0.5⁵⁰").toBe(0.5 ** 50);
    expect(result.path.length, "path.length").toBe(51);
  });

  test("the tolerance is strict: ‖∇f‖ = 2⁻¹⁰ exactly does not stop a run with tolerance 2⁻¹⁰", () => {
    // On ½‖x‖² from (1, 0) with η = 0.5 every step halves x exactly, so ‖∇f‖ = 2⁻ᵏ after k
    // steps, without rounding. ‖g‖ < tolerance first holds at k = 11.
    const bowl: MultivariateFunction = (p) => 0.5 * p.reduce((s, v) => s + v * v, 0);
    const result = gradientDescent(bowl, (p) => Float64Array.from(p), Float64Array.of(1, 0), {
      learningRate: 0.5,
      tolerance: 2 ** -10,
    });
    expect(result.converged, "converged").toBe(true);
    expect(result.iterations, "iterations (‖∇f‖ = 2⁻¹⁰ after 10 steps is not < 2⁻¹⁰)").toBe(11);
  });

  test("a loss or gradient that is NaN is reported as diverged", () => {
    const nanLoss = gradientDescent(
      () => Number.NaN,
      (p) => Float64Array.from(p),
      Float64Array.of(1),
      {
        learningRate: 0.1,
      },
    );
    expect(nanLoss.diverged, "f(x0) = NaN → diverged").toBe(true);
    expect(nanLoss.iterations, "…at once").toBe(0);
    const nanGrad = gradientDescent(
      (p) => p[0] ** 2,
      () => Float64Array.of(Number.NaN),
      Float64Array.of(1),
      {
        learningRate: 0.1,
      },
    );
    expect(nanGrad.diverged, "∇f(x0) = NaN → diverged").toBe(true);
    expect(nanGrad.converged, "converged").toBe(false);
  });

  test("more bad options → InvalidArgument", () => {
    const x0 = Float64Array.of(1, 0);
    const run =
      (options: Parameters<typeof gradientDescent>[3], start = x0) =>
      () =>
        gradientDescent(valley, valleyGrad, start, options);
    expectThrows(run({ learningRate: Number.POSITIVE_INFINITY }), InvalidArgument, "learningRate Infinity");
    expectThrows(run({ learningRate: -0.1 }), InvalidArgument, "learningRate < 0");
    expectThrows(run({ learningRate: 0.1, maxIterations: 1.5 }), InvalidArgument, "maxIterations 1.5");
    expectThrows(run({ learningRate: 0.1, tolerance: Number.NaN }), InvalidArgument, "tolerance NaN");
    expectThrows(run({ learningRate: 0.1 }, Float64Array.of(1, Number.NaN)), InvalidArgument, "x0 with NaN");
  });
});
