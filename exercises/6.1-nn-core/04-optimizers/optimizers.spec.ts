/**
 * Public specs for 6.1.4 Optimizers. Run them with
 *
 *     npm test exercises/6.1-nn-core/04-optimizers
 *
 * Tolerances.
 * - Single steps are compared with hand-computed values to 1e-12 (`toBeCloseTo(x, 12)`): an
 *   update is a few float64 operations per coordinate, accurate to ~1e-16.
 * - The Adam values were computed by hand from the formulas, and double-checked with 40-digit
 *   decimal arithmetic; float64 reproduces them to ~1e-16.
 * - Convergence runs are deterministic (no randomness), so the iteration counts are exact
 *   for a correct implementation; the specs allow a margin above them (the README's table).
 *   The counts are recorded on the tests (`bowl.<optimizer>`, `rosenbrock.<optimizer>`); they
 *   are the spec's own run of minimize's documented loop with your optimizers, which your
 *   minimize must repeat step for step (checkedMinimize in optimizers.testkit.ts).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { at, expectThrows, maxAbsDiff, recordMetric } from "../../../lib/testing";
import { Adam, minimize, SGD, SGDMomentum } from "./optimizers";
import { checkedMinimize, rosenbrockGrad } from "./optimizers.testkit";

/** f(x, y) = ½(x² + 10y²): a bowl with curvatures 1 and 10; ∇f = (x, 10y). Minimum at 0. */
const bowlGrad = (p: Float64Array) => Float64Array.of(p[0], 10 * p[1]);

describe("1. Plain SGD", () => {
  test("θ ← θ − η·g, in place, and iterations counts the steps", () => {
    const opt = new SGD({ learningRate: 0.1 });
    const params = Float64Array.of(1, -2, 3);
    opt.step(params, Float64Array.of(0.5, -1, 0));
    expect(
      maxAbsDiff(params, [0.95, -1.9, 3]),
      `params after one step = [${Array.from(params)}]`,
    ).toBeLessThan(1e-15);
    opt.step(params, Float64Array.of(0.5, -1, 0));
    expect(
      maxAbsDiff(params, [0.9, -1.8, 3]),
      `params after two steps = [${Array.from(params)}]`,
    ).toBeLessThan(1e-15);
    expect(opt.iterations, "iterations").toBe(2);
  });

  test("works on a Float32Array, and the learning rate may be changed between steps", () => {
    const opt = new SGD({ learningRate: 1 });
    const params = Float32Array.of(1, 1);
    opt.step(params, Float32Array.of(0.25, -0.25));
    expect(Array.from(params), "after a step with η = 1").toEqual([0.75, 1.25]);
    opt.learningRate = 0.5;
    opt.step(params, Float32Array.of(0.5, 0.5));
    expect(Array.from(params), "after a step with η = 0.5").toEqual([0.5, 1]);
  });

  test("bad options → InvalidArgument; mismatched lengths → ShapeError; a NaN gradient → InvalidArgument", () => {
    expectThrows(() => new SGD({ learningRate: 0 }), InvalidArgument, "learningRate 0");
    expectThrows(() => new SGD({ learningRate: Number.NaN }), InvalidArgument, "learningRate NaN");
    const opt = new SGD({ learningRate: 0.1 });
    expectThrows(() => opt.step(new Float64Array(3), new Float64Array(2)), ShapeError, "3 params, 2 grads");
    const params = Float64Array.of(1, 2);
    expectThrows(() => opt.step(params, Float64Array.of(1, Number.NaN)), InvalidArgument, "a NaN gradient");
    expect(Array.from(params), "params untouched by a rejected step").toEqual([1, 2]);
  });
});

describe("2. SGD with momentum (classic and Nesterov)", () => {
  test("classic momentum with a constant gradient 1 (η = 0.1, μ = 0.9): θ = 0.9, 0.71, 0.439", () => {
    // v = 1, 1.9, 2.71 (= 1 + 0.9·v); θ ← θ − 0.1·v: 1 → 0.9 → 0.71 → 0.439
    const opt = new SGDMomentum({ learningRate: 0.1, momentum: 0.9 });
    const params = Float64Array.of(1);
    const expected = [0.9, 0.71, 0.439];
    for (const [k, value] of expected.entries()) {
      opt.step(params, Float64Array.of(1));
      expect(at(params, 0), `θ after step ${k + 1}`).toBeCloseTo(value, 12);
    }
    expect(at(opt.velocity ?? [], 0), "velocity after 3 steps").toBeCloseTo(2.71, 12);
  });

  test("Nesterov with the same gradients looks ahead: θ = 0.81, 0.539, 0.1951", () => {
    // v = 1, 1.9, 2.71; θ ← θ − 0.1·(g + 0.9·v): steps of 0.19, 0.271, 0.3439
    const opt = new SGDMomentum({ learningRate: 0.1, momentum: 0.9, nesterov: true });
    const params = Float64Array.of(1);
    const expected = [0.81, 0.539, 0.1951];
    for (const [k, value] of expected.entries()) {
      opt.step(params, Float64Array.of(1));
      expect(at(params, 0), `θ after step ${k + 1}`).toBeCloseTo(value, 12);
    }
  });

  test("momentum 0 is plain SGD; the velocity is undefined before the first step", () => {
    const opt = new SGDMomentum({ learningRate: 0.5, momentum: 0 });
    expect(opt.velocity, "velocity before any step").toBeUndefined();
    const params = Float64Array.of(2, 2);
    opt.step(params, Float64Array.of(1, -1));
    opt.step(params, Float64Array.of(1, -1));
    expect(Array.from(params), "two SGD steps of η·g = ±0.5").toEqual([1, 3]);
    expect(opt.iterations, "iterations counts steps (2), not coordinates updated").toBe(2);
  });

  test("the state fixes the length: one optimizer per parameter array", () => {
    const opt = new SGDMomentum({ learningRate: 0.1 });
    opt.step(new Float64Array(4), new Float64Array(4));
    expectThrows(
      () => opt.step(new Float64Array(3), new Float64Array(3)),
      ShapeError,
      "a 3-array after a 4-array",
    );
    expectThrows(() => new SGDMomentum({ learningRate: 0.1, momentum: 1 }), InvalidArgument, "momentum 1");
    expectThrows(() => new SGDMomentum({ learningRate: -1 }), InvalidArgument, "learningRate −1");
  });
});

describe("3. Adam", () => {
  test("the first three steps match hand-computed values (η = 0.1, default β₁, β₂, ε)", () => {
    // Coordinate 0, gradients 0.5, 0.3, −0.1, starting at θ = 1:
    //  t = 1: m = 0.05, v = 0.00025; m̂ = 0.05/0.1 = 0.5, v̂ = 0.00025/0.001 = 0.25
    //         θ = 1 − 0.1·0.5/(0.5 + 1e-8) = 0.900000002
    //  t = 2: m = 0.9·0.05 + 0.1·0.3 = 0.075, v = 0.999·0.00025 + 0.001·0.09 = 0.00033975
    //         m̂ = 0.075/0.19, v̂ = 0.00033975/0.001999; θ = 0.804250986708875
    //  t = 3: θ = 0.742110569529689
    // Coordinate 1 has tiny gradients (−1e-4, 2e-4, 0): ε matters at t = 1, where the step is
    //  0.1·1e-4/(1e-4 + 1e-8) = 0.09999, not 0.1. Coordinate 2: gradients 2, −1, 4.
    const opt = new Adam({ learningRate: 0.1 });
    const params = Float64Array.of(1, -2, 0.5);
    const grads = [
      [0.5, -1e-4, 2],
      [0.3, 2e-4, -1],
      [-0.1, 0, 4],
    ];
    const expected = [
      [0.900000002, -1.9000099990001, 0.4000000005],
      [0.804250986708875, -1.93661803675547, 0.373366296702431],
      [0.742110569529689, -1.96491575335227, 0.30755513692566],
    ];
    grads.forEach((g, k) => {
      opt.step(params, Float64Array.from(g));
      expected[k].forEach((value, i) => {
        expect(at(params, i), `θ[${i}] after step ${k + 1}`).toBeCloseTo(value, 12);
      });
    });
    expect(opt.iterations, "iterations").toBe(3);
  });

  test("bias correction: the very first step has size ≈ η whatever the gradient's scale", () => {
    // m̂ = g and v̂ = g² at t = 1, so the step is η·g/(|g| + ε) ≈ η·sign(g).
    for (const g of [1e-3, 1, 1e3]) {
      const opt = new Adam({ learningRate: 0.01 });
      const params = Float64Array.of(0);
      opt.step(params, Float64Array.of(g));
      expect(at(params, 0), `first step with g = ${g}`).toBeCloseTo(-0.01, 5);
    }
  });

  test("the moments are kept as documented: m = (1 − β₁)g and v = (1 − β₂)g² after one step", () => {
    const opt = new Adam({ learningRate: 0.1, beta1: 0.8, beta2: 0.99 });
    expect(opt.firstMoment, "m before any step").toBeUndefined();
    opt.step(Float64Array.of(0, 0), Float64Array.of(2, -3));
    expect(maxAbsDiff(opt.firstMoment ?? [], [0.4, -0.6]), "m = 0.2·g").toBeLessThan(1e-15);
    expect(maxAbsDiff(opt.secondMoment ?? [], [0.04, 0.09]), "v = 0.01·g²").toBeLessThan(1e-15);
  });

  test("β₁ = 0 is allowed and means no momentum: m = g, so the second step follows the new gradient", () => {
    // t = 2, g = −1 after g = 1: m̂ = m = −1; v = 0.999·0.001 + 0.001·1 = 0.001999, v̂ = 0.001999/(1 − 0.999²) = 1,
    // so the step is +η/(1 + ε) and θ returns to 0 (within rounding). With β₁ = 0.9 it would be −0.0947.
    const opt = new Adam({ learningRate: 0.1, beta1: 0 });
    expect(opt.beta1, "beta1").toBe(0);
    const params = Float64Array.of(0);
    opt.step(params, Float64Array.of(1));
    opt.step(params, Float64Array.of(-1));
    expect(at(params, 0), "θ after two steps").toBeCloseTo(0, 12);
    expect(Array.from(opt.firstMoment ?? []), "m is the last gradient").toEqual([-1]);
  });

  test("reset() forgets the moments and the step count", () => {
    const opt = new Adam({ learningRate: 0.1 });
    const params = Float64Array.of(1);
    opt.step(params, Float64Array.of(3));
    opt.step(params, Float64Array.of(-1));
    opt.reset();
    expect(opt.iterations, "iterations after reset").toBe(0);
    const fresh = Float64Array.of(1);
    opt.step(fresh, Float64Array.of(0.5));
    expect(at(fresh, 0), "after reset the next step is a first step again").toBeCloseTo(0.900000002, 12);
  });

  test("bad options → InvalidArgument", () => {
    expectThrows(() => new Adam({ beta1: 1 }), InvalidArgument, "β₁ = 1");
    expectThrows(() => new Adam({ beta2: -0.1 }), InvalidArgument, "β₂ = −0.1");
    expectThrows(() => new Adam({ epsilon: 0 }), InvalidArgument, "ε = 0");
    expectThrows(() => new Adam({ learningRate: Number.POSITIVE_INFINITY }), InvalidArgument, "η = ∞");
  });
});

describe("4. Convergence on a bowl and on Rosenbrock", () => {
  const tolerance = 1e-6;

  test("the bowl ½(x² + 10y²) from (1, 1): SGD (η = 0.1) converges in exactly 132 steps", (ctx) => {
    // y is zeroed by the first step (1 − 0.1·10 = 0); x shrinks by 0.9 per step: 0.9^132 < 1e-6 ≤ 0.9^131.
    const result = checkedMinimize(bowlGrad, [1, 1], () => new SGD({ learningRate: 0.1 }), { tolerance });
    recordMetric(ctx, "bowl.sgd", result.iterations, "steps");
    expect(result.converged, "converged").toBe(true);
    expect(result.iterations, "iterations").toBe(132);
  });

  test("the bowl: momentum (η = 0.02, μ = 0.9) ≤ 300 steps, Nesterov ≤ 200, Adam (η = 0.1) ≤ 300", (ctx) => {
    const runs = [
      ["momentum", () => new SGDMomentum({ learningRate: 0.02, momentum: 0.9 }), 300],
      ["nesterov", () => new SGDMomentum({ learningRate: 0.02, momentum: 0.9, nesterov: true }), 200],
      ["adam", () => new Adam({ learningRate: 0.1 }), 300],
    ] as const;
    for (const [name, make, limit] of runs) {
      const result = checkedMinimize(bowlGrad, [1, 1], make, { tolerance, maxIterations: 10_000 });
      recordMetric(ctx, `bowl.${name}`, result.iterations, "steps");
      expect(result.converged, `${name} converged`).toBe(true);
      expect(result.iterations, `${name}: steps to ‖∇f‖ < 1e-6`).toBeLessThanOrEqual(limit);
      expect(Math.hypot(at(result.x, 0), at(result.x, 1)), `${name}: distance to the minimum`).toBeLessThan(
        1e-5,
      );
    }
  });

  test("Rosenbrock from (−1.2, 1): momentum and Nesterov (η = 1e-3, μ = 0.9) ≤ 3500, Adam (η = 0.05) ≤ 3000", (ctx) => {
    const runs = [
      ["momentum", () => new SGDMomentum({ learningRate: 1e-3, momentum: 0.9 }), 3500],
      ["nesterov", () => new SGDMomentum({ learningRate: 1e-3, momentum: 0.9, nesterov: true }), 3500],
      ["adam", () => new Adam({ learningRate: 0.05 }), 3000],
    ] as const;
    for (const [name, make, limit] of runs) {
      const result = checkedMinimize(rosenbrockGrad, [-1.2, 1], make, { tolerance, maxIterations: 50_000 });
      recordMetric(ctx, `rosenbrock.${name}`, result.iterations, "steps");
      expect(result.converged, `${name} converged`).toBe(true);
      expect(result.iterations, `${name}: steps to ‖∇f‖ < 1e-6`).toBeLessThanOrEqual(limit);
      expect(
        Math.hypot(at(result.x, 0) - 1, at(result.x, 1) - 1),
        `${name}: distance to (1, 1) at [${Array.from(result.x)}]`,
      ).toBeLessThan(1e-5);
    }
  });

  test("Rosenbrock with plain SGD (η = 1e-3) also gets there, ten times slower: ≤ 35 000 steps", (ctx) => {
    const result = checkedMinimize(rosenbrockGrad, [-1.2, 1], () => new SGD({ learningRate: 1e-3 }), {
      tolerance,
      maxIterations: 100_000,
    });
    recordMetric(ctx, "rosenbrock.sgd", result.iterations, "steps");
    expect(result.converged, "SGD converged").toBe(true);
    expect(result.iterations, "SGD: steps to ‖∇f‖ < 1e-6").toBeLessThanOrEqual(35_000);
  });

  test("too large a step diverges and is reported, not thrown: SGD with η = 0.25 > 2/10 on the bowl", () => {
    const result = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.25 }), { maxIterations: 100_000 });
    expect(result.diverged, "diverged").toBe(true);
    expect(result.converged, "converged").toBe(false);
  });

  test("the last allowed step decides: SGD (η = 0.1) on the bowl converges with maxIterations 132, not with 131", () => {
    // The checks run in the documented order at every point, the one reached by the last allowed
    // step included: ‖g‖ < tolerance is tested before the iteration limit.
    const exact = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.1 }), { maxIterations: 132 });
    expect([exact.converged, exact.iterations], "maxIterations 132: [converged, iterations]").toEqual([
      true,
      132,
    ]);
    const short = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.1 }), { maxIterations: 131 });
    expect([short.converged, short.diverged, short.iterations], "maxIterations 131").toEqual([
      false,
      false,
      131,
    ]);
  });

  test("divergence is tested before the limit: SGD (η = 0.25) overflows at step 1745, reported with maxIterations 1745", () => {
    // The error along y grows by |1 − 0.25·10| = 1.5 per step; after step 1745, ∇f = (x, 10y) is −∞.
    const free = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.25 }), { maxIterations: 100_000 });
    expect([free.diverged, free.iterations], "no limit in sight: [diverged, iterations]").toEqual([
      true,
      1745,
    ]);
    const cut = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.25 }), { maxIterations: 1745 });
    expect([cut.diverged, cut.converged, cut.iterations], "maxIterations 1745").toEqual([true, false, 1745]);
  });

  test("tolerance 0 is allowed: ‖g‖ < 0 never holds, so the run takes all maxIterations steps", () => {
    const result = minimize(bowlGrad, [1, 1], new SGD({ learningRate: 0.1 }), {
      tolerance: 0,
      maxIterations: 200,
    });
    expect([result.converged, result.diverged, result.iterations], "tolerance 0").toEqual([
      false,
      false,
      200,
    ]);
    expect(at(result.x, 0), "x = 0.9²⁰⁰").toBeCloseTo(0.9 ** 200, 15);
  });

  test("a point that overflows is divergence even when the gradient stays finite", () => {
    // A saturating gradient: −1e308 everywhere. One step of η = 1 from 1e308 gives x = +∞.
    const result = minimize(() => Float64Array.of(-1e308), [1e308], new SGD({ learningRate: 1 }), {
      maxIterations: 10,
    });
    expect(
      [result.diverged, result.converged, result.iterations],
      "[diverged, converged, iterations]",
    ).toEqual([true, false, 1]);
    expect(Array.from(result.x), "the last point").toEqual([Number.POSITIVE_INFINITY]);
  });

  test("x0 is copied, maxIterations is honoured, bad input is rejected", () => {
    const x0 = [1, 1];
    const result = minimize(bowlGrad, x0, new SGD({ learningRate: 0.1 }), { maxIterations: 5 });
    expect(x0, "x0 is not modified").toEqual([1, 1]);
    expect(result.iterations, "iterations").toBe(5);
    expect(result.converged || result.diverged, "neither converged nor diverged").toBe(false);
    expect(at(result.x, 0), "x after 5 steps = 0.9⁵").toBeCloseTo(0.9 ** 5, 12);
    expectThrows(() => minimize(bowlGrad, [], new SGD({ learningRate: 0.1 })), InvalidArgument, "empty x0");
    expectThrows(
      () => minimize(() => new Float64Array(3), [1, 1], new SGD({ learningRate: 0.1 })),
      ShapeError,
      "a gradient of length 3 for 2 coordinates",
    );
  });
});
