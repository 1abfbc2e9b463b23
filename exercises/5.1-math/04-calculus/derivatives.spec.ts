/**
 * Public specs for 5.1.4 Calculus, tasks 1 to 3. Run them with
 *
 *     npm test exercises/5.1-math/04-calculus
 *
 * Tolerances. With h = ∛ε·max(1, |x|) the central difference is accurate to about 1e-10
 * relative on smooth functions of moderate size (truncation h²·f‴/6 plus rounding ε·f/h), while
 * the forward difference (f(x+h) − f(x))/h is only accurate to about 1e-6 with the same h. The
 * specs therefore ask for a relative error below 1e-8: comfortably met by a central difference,
 * out of reach for a forward one.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { at, expectThrows, relativeError } from "../../../lib/testing";
import { defaultStep, derivative, gradient, gradientDescent } from "./derivatives";

describe("1. Numerical derivative", () => {
  test("defaultStep(x) = ∛ε · max(1, |x|)", () => {
    const cbrtEps = Math.cbrt(Number.EPSILON); // ≈ 6.06e-6
    expect(relativeError(defaultStep(0), cbrtEps), "defaultStep(0) = ∛ε").toBeLessThan(1e-12);
    expect(relativeError(defaultStep(0.5), cbrtEps), "defaultStep(0.5) = ∛ε (|x| < 1)").toBeLessThan(1e-12);
    expect(relativeError(defaultStep(-250), 250 * cbrtEps), "defaultStep(-250) = 250·∛ε").toBeLessThan(1e-12);
  });

  test("sin′ = cos, to a relative error below 1e-8 at several points", () => {
    for (const x of [-2, -0.5, 0.3, 1, 2.5]) {
      expect(
        relativeError(derivative(Math.sin, x), Math.cos(x)),
        `derivative(sin, ${x}) vs cos(${x})`,
      ).toBeLessThan(1e-8);
    }
  });

  test("exp′ = exp, to a relative error below 1e-8", () => {
    for (const x of [-3, 0, 1, 5]) {
      expect(
        relativeError(derivative(Math.exp, x), Math.exp(x)),
        `derivative(exp, ${x}) vs exp(${x})`,
      ).toBeLessThan(1e-8);
    }
  });

  test("uses the step it is given: for x³ at 1 with h = 0.1 the central difference is 3 + h² = 3.01", () => {
    // (1.1³ − 0.9³) / 0.2 = 3.01 in exact arithmetic (3.0100000000000016 in floating point, hence
    // 12 digits). A forward difference would give (1.1³ − 1) / 0.1 = 3.31.
    expect(
      derivative((x) => x ** 3, 1, 0.1),
      "derivative(x³, 1, 0.1)",
    ).toBeCloseTo(3.01, 12);
  });

  test("the default step scales with |x|: (x²)′ at x = 1e6 is 2e6 to a relative error below 1e-8", () => {
    // A fixed step of 1e-5 here loses ~1e-5 relative to rounding: f(x±h) ≈ 1e12 carries an
    // absolute rounding error of ~1e-4, divided by 2h = 2e-5.
    expect(
      relativeError(
        derivative((x) => x * x, 1e6),
        2e6,
      ),
      "derivative(x², 1e6)",
    ).toBeLessThan(1e-8);
  });

  test("at a kink it gives the average of the two one-sided slopes: |x|′ at 0 is 0", () => {
    expect(derivative(Math.abs, 0), "derivative(|x|, 0)").toBeCloseTo(0, 15);
  });

  test("a non-finite x or a step that is not a finite positive number → InvalidArgument", () => {
    expectThrows(() => derivative(Math.sin, Number.NaN), InvalidArgument, "x = NaN");
    expectThrows(() => derivative(Math.sin, Number.POSITIVE_INFINITY), InvalidArgument, "x = Infinity");
    expectThrows(() => derivative(Math.sin, 1, 0), InvalidArgument, "h = 0");
    expectThrows(() => derivative(Math.sin, 1, -1e-3), InvalidArgument, "h < 0");
    expectThrows(() => derivative(Math.sin, 1, Number.NaN), InvalidArgument, "h = NaN");
  });
});

describe("2. Gradient", () => {
  test("∇(x²y + sin y) = (2xy, x² + cos y) at (1.5, −0.7), each partial to a relative error below 1e-8", () => {
    const f = (p: Float64Array) => p[0] ** 2 * p[1] + Math.sin(p[1]);
    const [x, y] = [1.5, -0.7];
    const g = gradient(f, Float64Array.of(x, y));
    expect(g, "gradient returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(g.length, "one partial derivative per coordinate").toBe(2);
    expect(relativeError(at(g, 0), 2 * x * y), "∂f/∂x = 2xy").toBeLessThan(1e-8);
    expect(relativeError(at(g, 1), x * x + Math.cos(y)), "∂f/∂y = x² + cos y").toBeLessThan(1e-8);
  });

  test("the Rosenbrock gradient at 20 random points (seed 42) matches the analytic one", () => {
    // f(x, y) = (1 − x)² + 100(y − x²)²
    const f = (p: Float64Array) => (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2;
    const rng = new Rng(42);
    for (let k = 0; k < 20; k++) {
      const x = rng.uniform(-2, 2);
      const y = rng.uniform(-1, 3);
      const g = gradient(f, Float64Array.of(x, y));
      const dx = -2 * (1 - x) - 400 * x * (y - x * x);
      const dy = 200 * (y - x * x);
      // Relative to max(1, |g|): a partial that happens to be near 0 is judged in absolute terms.
      expect(Math.abs(at(g, 0) - dx) / Math.max(1, Math.abs(dx)), `∂f/∂x at (${x}, ${y})`).toBeLessThan(1e-8);
      expect(Math.abs(at(g, 1) - dy) / Math.max(1, Math.abs(dy)), `∂f/∂y at (${x}, ${y})`).toBeLessThan(1e-8);
    }
  });

  test("a given step h is used for every coordinate", () => {
    // For x³ the central difference with step h is exactly 3x² + h².
    const f = (p: Float64Array) => p[0] ** 3 + p[1] ** 3;
    const g = gradient(f, Float64Array.of(1, 2), 0.1);
    expect(at(g, 0), "∂/∂x₀ with h = 0.1 at x₀ = 1").toBeCloseTo(3.01, 10);
    expect(at(g, 1), "∂/∂x₁ with h = 0.1 at x₁ = 2").toBeCloseTo(12.01, 10);
  });

  test("does not modify x, not even by one rounding error", () => {
    // x[i] += h; …; x[i] -= 2h; …; x[i] += h does NOT give back x[i] exactly in floating point.
    const original = [0.1, 0.7, -2.3, 3.3];
    const x = Float64Array.from(original);
    gradient((p) => p.reduce((s, v) => s + v * v, 0), x);
    expect(Array.from(x), "x after gradient(f, x)").toEqual(original);
  });

  test("empty x, a non-finite coordinate or a bad step → InvalidArgument", () => {
    const f = (p: Float64Array) => p.reduce((s, v) => s + v, 0);
    expectThrows(() => gradient(f, new Float64Array(0)), InvalidArgument, "empty x");
    expectThrows(() => gradient(f, Float64Array.of(1, Number.NaN)), InvalidArgument, "x = [1, NaN]");
    expectThrows(() => gradient(f, Float64Array.of(1, 2), 0), InvalidArgument, "h = 0");
  });
});

describe("3. Gradient descent", () => {
  const bowl = (p: Float64Array) => 0.5 * p.reduce((s, v) => s + v * v, 0); // f = ½‖x‖², ∇f = x
  const bowlGrad = (p: Float64Array) => Float64Array.from(p);

  // f(x, y) = (x − 3)² + 10(y + 1)², minimum 0 at (3, −1). Curvatures 2 and 20: the steep
  // direction limits the learning rate to η < 2/20 = 0.1.
  const valley = (p: Float64Array) => (p[0] - 3) ** 2 + 10 * (p[1] + 1) ** 2;
  const valleyGrad = (p: Float64Array) => Float64Array.of(2 * (p[0] - 3), 20 * (p[1] + 1));

  test("converges on the bowl ½‖x‖² from (1, 0) in exactly 175 steps with η = 0.1", () => {
    // Each step multiplies x by (1 − η) = 0.9; ‖∇f‖ = 0.9^k first drops below 1e-8 at k = 175.
    const result = gradientDescent(bowl, bowlGrad, Float64Array.of(1, 0), { learningRate: 0.1 });
    expect(result.converged, "converged").toBe(true);
    expect(result.diverged, "diverged").toBe(false);
    expect(result.iterations, "iterations (0.9^175 < 1e-8 ≤ 0.9^174)").toBe(175);
    expect(Math.abs(at(result.x, 0)), "|x₀| at the end").toBeLessThan(1e-8);
    expect(result.value, "f at the end").toBeLessThan(1e-16);
  });

  test("converges on (x − 3)² + 10(y + 1)² from (0, 0) to (3, −1) with η = 0.04", () => {
    const result = gradientDescent(valley, valleyGrad, Float64Array.of(0, 0), {
      learningRate: 0.04,
      tolerance: 1e-10,
    });
    expect(result.converged, "converged").toBe(true);
    expect(at(result.x, 0), "x").toBeCloseTo(3, 9);
    expect(at(result.x, 1), "y").toBeCloseTo(-1, 9);
  });

  test("the path starts at a copy of x0, has iterations + 1 points, and the loss never increases on it", () => {
    const x0 = Float64Array.of(0, 0);
    const result = gradientDescent(valley, valleyGrad, x0, { learningRate: 0.04 });
    expect(Array.from(x0), "x0 is not modified").toEqual([0, 0]);
    expect(result.path.length, "path.length").toBe(result.iterations + 1);
    expect(Array.from(at(result.path, 0, "path")), "path[0]").toEqual([0, 0]);
    expect(result.path[0], "path[0] is a copy, not x0 itself").not.toBe(x0);
    expect(
      Array.from(at(result.path, result.path.length - 1, "path")),
      "the last point of the path is result.x",
    ).toEqual(Array.from(result.x));
    for (let k = 1; k < result.path.length; k++) {
      const before = valley(result.path[k - 1]);
      const after = valley(result.path[k]);
      expect(after, `f(path[${k}]) ≤ f(path[${k - 1}])`).toBeLessThanOrEqual(before);
    }
  });

  test("a learning rate far too large (η = 0.5 > 2/20) is reported as diverged, not thrown", () => {
    const result = gradientDescent(valley, valleyGrad, Float64Array.of(0, 0), {
      learningRate: 0.5,
      maxIterations: 10_000,
    });
    expect(result.diverged, "diverged").toBe(true);
    expect(result.converged, "converged").toBe(false);
    expect(result.iterations, "stopped as soon as the loss overflowed").toBeLessThan(10_000);
    expect(Number.isFinite(result.value), "the loss at the end is not finite").toBe(false);
  });

  test("stops after maxIterations steps without converging", () => {
    const result = gradientDescent(bowl, bowlGrad, Float64Array.of(1, 0), {
      learningRate: 0.1,
      maxIterations: 10,
    });
    expect(result.iterations, "iterations").toBe(10);
    expect(result.converged, "converged").toBe(false);
    expect(result.diverged, "diverged").toBe(false);
    expect(at(result.x, 0), "x₀ = 0.9¹⁰").toBeCloseTo(0.9 ** 10, 12);
  });

  test("converging on the last allowed step counts as converged; one step short does not", () => {
    // On the bowl from (1, 0) with η = 0.1, ‖∇f‖ = 0.9^k first drops below 1e-8 after step 175.
    // With maxIterations 175 that is the point the last allowed step reaches: rule 2 (converged)
    // is checked before rule 3 (out of steps), so the run has converged.
    const last = gradientDescent(bowl, bowlGrad, Float64Array.of(1, 0), {
      learningRate: 0.1,
      maxIterations: 175,
    });
    expect(last.iterations, "iterations with maxIterations 175").toBe(175);
    expect(last.converged, "converged on the last allowed step").toBe(true);
    expect(last.diverged, "diverged").toBe(false);
    const short = gradientDescent(bowl, bowlGrad, Float64Array.of(1, 0), {
      learningRate: 0.1,
      maxIterations: 174,
    });
    expect(short.iterations, "iterations with maxIterations 174").toBe(174);
    expect(short.converged, "one step short of convergence").toBe(false);
  });

  test("bad options or x0 → InvalidArgument; a gradient of the wrong length → ShapeError", () => {
    const x0 = Float64Array.of(1, 0);
    expectThrows(
      () => gradientDescent(bowl, bowlGrad, x0, { learningRate: 0 }),
      InvalidArgument,
      "learningRate 0",
    );
    expectThrows(
      () => gradientDescent(bowl, bowlGrad, x0, { learningRate: Number.NaN }),
      InvalidArgument,
      "learningRate NaN",
    );
    expectThrows(
      () => gradientDescent(bowl, bowlGrad, x0, { learningRate: 0.1, maxIterations: -1 }),
      InvalidArgument,
      "maxIterations -1",
    );
    expectThrows(
      () => gradientDescent(bowl, bowlGrad, x0, { learningRate: 0.1, tolerance: -1 }),
      InvalidArgument,
      "tolerance -1",
    );
    expectThrows(
      () => gradientDescent(bowl, bowlGrad, new Float64Array(0), { learningRate: 0.1 }),
      InvalidArgument,
      "empty x0",
    );
    expectThrows(
      () => gradientDescent(bowl, () => Float64Array.of(1), x0, { learningRate: 0.1 }),
      ShapeError,
      "grad of length 1",
    );
  });
});
