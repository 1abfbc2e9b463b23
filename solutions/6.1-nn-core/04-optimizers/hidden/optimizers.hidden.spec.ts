/**
 * Hidden specs for 6.1.4 Optimizers: hand-computed steps with other hyper-parameters, the
 * state contract (moments, velocity, reset, independence, lengths), and convergence on other
 * functions and starting points. Deterministic runs: the iteration counts below are those of
 * a correct implementation, with a margin of about 10%.
 */

import { Adam, minimize, SGD, SGDMomentum } from "@exercise/6.1-nn-core/04-optimizers/optimizers";
import { checkedMinimize, rosenbrockGrad } from "@exercise/6.1-nn-core/04-optimizers/optimizers.testkit";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { at, expectThrows, maxAbsDiff } from "../../../../lib/testing";

/** f(x) = ½xᵀAx − bᵀx with a non-diagonal A (eigenvalues ≈ 0.7, 1.9, 3.5); minimum x* = A⁻¹b = (15, −28, 48)/17. */
const A = [
  [3, 1, 0],
  [1, 2, 0.5],
  [0, 0.5, 1],
];
const b = [1, -1, 2];
const quadraticGrad = (x: Float64Array) =>
  Float64Array.from(A.map((row, i) => row.reduce((s, a, j) => s + a * x[j], 0) - b[i]));
const quadraticMin = [15 / 17, -28 / 17, 48 / 17];

describe("1. Plain SGD", () => {
  test("several steps with varying gradients, and two optimizers do not share anything", () => {
    const a = new SGD({ learningRate: 0.5 });
    const c = new SGD({ learningRate: 2 });
    const pa = Float64Array.of(0, 0);
    const pc = Float64Array.of(0, 0);
    a.step(pa, Float64Array.of(1, -2));
    c.step(pc, Float64Array.of(1, 1));
    a.step(pa, Float64Array.of(-4, 0.5));
    expect(Array.from(pa), "η = 0.5: −0.5·(1, −2) − 0.5·(−4, 0.5)").toEqual([1.5, 0.75]);
    expect(Array.from(pc), "η = 2: −2·(1, 1)").toEqual([-2, -2]);
    expect([a.iterations, c.iterations], "each counts its own steps").toEqual([2, 1]);
  });

  test("reset() sets iterations to 0; an empty parameter array is a no-op step", () => {
    const opt = new SGD({ learningRate: 0.1 });
    opt.step(new Float64Array(0), new Float64Array(0));
    opt.step(Float64Array.of(1), Float64Array.of(1));
    expect(opt.iterations, "iterations").toBe(2);
    opt.reset();
    expect(opt.iterations, "iterations after reset").toBe(0);
  });

  test("an infinite gradient is rejected before anything changes", () => {
    const opt = new SGD({ learningRate: 0.1 });
    const params = Float64Array.of(1, 2, 3);
    expectThrows(
      () => opt.step(params, Float64Array.of(1, 1, Number.NEGATIVE_INFINITY)),
      InvalidArgument,
      "a gradient of −∞",
    );
    expect(Array.from(params), "params unchanged").toEqual([1, 2, 3]);
    expectThrows(() => new SGD({ learningRate: -0.1 }), InvalidArgument, "η = −0.1");
  });
});

describe("2. SGD with momentum (classic and Nesterov)", () => {
  test("varying gradients, two coordinates, η = 0.5, μ = 0.5 (classic and Nesterov)", () => {
    // g₁ = (2, −1), g₂ = (0, 1), g₃ = (−1, 0)
    // classic: v = (2, −1), (1, 0.5), (−0.5, 0.25); θ from (0, 0): (−1, 0.5), (−1.5, 0.25), (−1.25, 0.125)
    // Nesterov: steps η(g + μv): (1.5, −0.75), (0.25, 0.625), (−0.625, 0.0625)
    const gs = [Float64Array.of(2, -1), Float64Array.of(0, 1), Float64Array.of(-1, 0)];
    const classic = new SGDMomentum({ learningRate: 0.5, momentum: 0.5 });
    const nesterov = new SGDMomentum({ learningRate: 0.5, momentum: 0.5, nesterov: true });
    const pc = new Float64Array(2);
    const pn = new Float64Array(2);
    const expectedClassic = [
      [-1, 0.5],
      [-1.5, 0.25],
      [-1.25, 0.125],
    ];
    const expectedNesterov = [
      [-1.5, 0.75],
      [-1.75, 0.125],
      [-1.125, 0.0625],
    ];
    gs.forEach((g, k) => {
      classic.step(pc, g);
      nesterov.step(pn, g);
      expect(
        maxAbsDiff(pc, expectedClassic[k]),
        `classic after step ${k + 1}: [${Array.from(pc)}]`,
      ).toBeLessThan(1e-15);
      expect(
        maxAbsDiff(pn, expectedNesterov[k]),
        `Nesterov after step ${k + 1}: [${Array.from(pn)}]`,
      ).toBeLessThan(1e-15);
    });
    expect(maxAbsDiff(classic.velocity ?? [], [-0.5, 0.25]), "classic velocity").toBeLessThan(1e-15);
    expect(
      maxAbsDiff(nesterov.velocity ?? [], [-0.5, 0.25]),
      "Nesterov velocity (same recursion)",
    ).toBeLessThan(1e-15);
    expect([classic.iterations, nesterov.iterations], "3 steps each, whatever the length").toEqual([3, 3]);
  });

  test("the velocity getter returns a copy; reset() clears it", () => {
    const opt = new SGDMomentum({ learningRate: 0.1 });
    opt.step(Float64Array.of(0), Float64Array.of(1));
    const v = opt.velocity;
    if (v) v[0] = 1000;
    expect(at(opt.velocity ?? [], 0), "the optimizer's own velocity").toBe(1);
    opt.reset();
    expect(opt.velocity, "velocity after reset").toBeUndefined();
    expect(opt.iterations, "iterations after reset").toBe(0);
    opt.step(Float64Array.of(0, 0, 0), Float64Array.of(1, 1, 1));
    expect(opt.velocity?.length, "after reset a new length is fine").toBe(3);
  });

  test("Float32Array parameters; μ = 0 with Nesterov is plain SGD too", () => {
    const opt = new SGDMomentum({ learningRate: 0.25, momentum: 0, nesterov: true });
    const params = Float32Array.of(1, 1);
    opt.step(params, Float32Array.of(2, -2));
    opt.step(params, Float32Array.of(2, -2));
    expect(Array.from(params), "two SGD steps of ±0.5").toEqual([0, 2]);
  });

  test("momentum out of range, lengths that change", () => {
    expectThrows(() => new SGDMomentum({ learningRate: 0.1, momentum: -0.1 }), InvalidArgument, "μ = −0.1");
    expectThrows(
      () => new SGDMomentum({ learningRate: 0.1, momentum: Number.NaN }),
      InvalidArgument,
      "μ = NaN",
    );
    const opt = new SGDMomentum({ learningRate: 0.1 });
    opt.step(new Float64Array(2), new Float64Array(2));
    expectThrows(
      () => opt.step(new Float64Array(5), new Float64Array(5)),
      ShapeError,
      "a 5-array after a 2-array",
    );
    expectThrows(() => opt.step(new Float64Array(2), new Float64Array(1)), ShapeError, "2 params, 1 grad");
  });
});

describe("3. Adam", () => {
  test("four steps with β₁ = 0.5, β₂ = 0.9, ε = 1e-3, η = 0.2 match hand-computed values", () => {
    // Computed from the formulas with 40-digit decimal arithmetic.
    const opt = new Adam({ learningRate: 0.2, beta1: 0.5, beta2: 0.9, epsilon: 1e-3 });
    const params = Float64Array.of(0, 1);
    const grads = [
      [1, -2],
      [-0.5, 0.5],
      [0.25, 0],
      [2, 1],
    ];
    const expected = [
      [-0.1998001998002, 1.19990004997501],
      [-0.1998001998002, 1.24670051752606],
      [-0.244626451851655, 1.27194584887181],
      [-0.432684073077398, 1.18673661579075],
    ];
    grads.forEach((g, k) => {
      opt.step(params, Float64Array.from(g));
      expected[k].forEach((value, i) => {
        expect(at(params, i), `θ[${i}] after step ${k + 1}`).toBeCloseTo(value, 12);
      });
    });
    expect(maxAbsDiff(opt.firstMoment ?? [], [1.0625, 0.4375]), "m after 4 steps").toBeLessThan(1e-14);
    expect(maxAbsDiff(opt.secondMoment ?? [], [0.498775, 0.41185]), "v after 4 steps").toBeLessThan(1e-14);
  });

  test("ε is added to √v̂, not inside the root: a first step with g = 1e-4 and ε = 1e-4 is η/2", () => {
    // η·g/(|g| + ε) = 0.1·1e-4/2e-4 = 0.05; with √(v̂ + ε) it would be 0.1·1e-4/√(1e-8 + 1e-4) ≈ 1e-4.
    const opt = new Adam({ learningRate: 0.1, epsilon: 1e-4 });
    const params = Float64Array.of(0);
    opt.step(params, Float64Array.of(1e-4));
    expect(at(params, 0), "θ after one step").toBeCloseTo(-0.05, 12);
  });

  test("scale invariance: multiplying every gradient by 1000 leaves the trajectory unchanged (to 1e-6)", () => {
    const a = new Adam({ learningRate: 0.1 });
    const c = new Adam({ learningRate: 0.1 });
    const pa = Float64Array.of(1, 2);
    const pc = Float64Array.of(1, 2);
    for (let k = 0; k < 20; k++) {
      const g = Float64Array.of(Math.sin(k), Math.cos(3 * k));
      a.step(pa, g);
      c.step(
        pc,
        g.map((v) => v * 1000),
      );
    }
    expect(maxAbsDiff(pa, pc), "θ with g vs with 1000·g").toBeLessThan(1e-6);
  });

  test("β₁ = β₂ = 0 are allowed: m = g, v = g², every step is ≈ η·sign(g)", () => {
    const opt = new Adam({ learningRate: 0.1, beta1: 0, beta2: 0 });
    expect([opt.beta1, opt.beta2], "[beta1, beta2]").toEqual([0, 0]);
    const params = Float64Array.of(0, 1);
    opt.step(params, Float64Array.of(3, -2));
    opt.step(params, Float64Array.of(-0.5, -4));
    const step = (g: number) => (0.1 * g) / (Math.abs(g) + 1e-8);
    expect(at(params, 0), "θ₀ = −step(3) − step(−0.5)").toBeCloseTo(-step(3) - step(-0.5), 14);
    expect(at(params, 1), "θ₁ = 1 − step(−2) − step(−4)").toBeCloseTo(1 - step(-2) - step(-4), 14);
    expect(Array.from(opt.firstMoment ?? []), "m = the last g").toEqual([-0.5, -4]);
    expect(Array.from(opt.secondMoment ?? []), "v = the last g²").toEqual([0.25, 16]);
  });

  test("the defaults are η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8", () => {
    const opt = new Adam();
    expect([opt.learningRate, opt.beta1, opt.beta2, opt.epsilon], "defaults").toEqual([
      0.001, 0.9, 0.999, 1e-8,
    ]);
    const params = Float64Array.of(0);
    opt.step(params, Float64Array.of(-2));
    expect(at(params, 0), "first step ≈ +η").toBeCloseTo(0.001, 9);
  });

  test("Float32Array parameters; a second optimizer has its own step count and moments", () => {
    const a = new Adam({ learningRate: 0.1 });
    const c = new Adam({ learningRate: 0.1 });
    const p = Float32Array.of(1);
    a.step(p, Float32Array.of(0.5));
    a.step(p, Float32Array.of(0.3));
    const q = Float32Array.of(1);
    c.step(q, Float32Array.of(0.5));
    expect(at(p, 0), "after two steps (float32)").toBeCloseTo(0.804250986708875, 6);
    expect(at(q, 0), "the other optimizer took one first step").toBeCloseTo(0.900000002, 6);
    expect([a.iterations, c.iterations], "iterations").toEqual([2, 1]);
  });

  test("ShapeError on a length change, InvalidArgument on NaN gradients and bad options", () => {
    const opt = new Adam();
    opt.step(new Float64Array(3), new Float64Array(3));
    expectThrows(
      () => opt.step(new Float64Array(2), new Float64Array(2)),
      ShapeError,
      "a 2-array after a 3-array",
    );
    expectThrows(
      () => opt.step(new Float64Array(3), Float64Array.of(0, Number.NaN, 0)),
      InvalidArgument,
      "NaN",
    );
    expectThrows(() => new Adam({ beta1: Number.NaN }), InvalidArgument, "β₁ = NaN");
    expectThrows(() => new Adam({ beta2: 1 }), InvalidArgument, "β₂ = 1");
    expectThrows(() => new Adam({ epsilon: -1e-8 }), InvalidArgument, "ε < 0");
    expectThrows(() => new Adam({ learningRate: 0 }), InvalidArgument, "η = 0");
  });
});

describe("4. Convergence on a bowl and on Rosenbrock", () => {
  test("a non-diagonal quadratic in 3-D, to ‖∇f‖ < 1e-8 from 0: every optimizer reaches A⁻¹b", () => {
    const runs = [
      ["SGD η = 0.3", () => new SGD({ learningRate: 0.3 }), 90],
      ["momentum η = 0.1, μ = 0.8", () => new SGDMomentum({ learningRate: 0.1, momentum: 0.8 }), 180],
      [
        "Nesterov η = 0.1, μ = 0.8",
        () => new SGDMomentum({ learningRate: 0.1, momentum: 0.8, nesterov: true }),
        140,
      ],
      ["Adam η = 0.05", () => new Adam({ learningRate: 0.05 }), 420],
    ] as const;
    for (const [name, make, limit] of runs) {
      const result = checkedMinimize(quadraticGrad, [0, 0, 0], make, {
        tolerance: 1e-8,
        maxIterations: 10_000,
      });
      expect(result.converged, `${name} converged`).toBe(true);
      expect(result.iterations, `${name}: steps`).toBeLessThanOrEqual(limit);
      expect(maxAbsDiff(result.x, quadraticMin), `${name}: distance to A⁻¹b`).toBeLessThan(1e-7);
    }
  });

  test("Rosenbrock from (−1.5, 2): momentum and Nesterov (η = 5e-4, μ = 0.95) ≤ 3300, Adam (η = 0.02) ≤ 3500", () => {
    const runs = [
      ["momentum", () => new SGDMomentum({ learningRate: 5e-4, momentum: 0.95 }), 3300],
      ["Nesterov", () => new SGDMomentum({ learningRate: 5e-4, momentum: 0.95, nesterov: true }), 3300],
      ["Adam", () => new Adam({ learningRate: 0.02 }), 3500],
    ] as const;
    for (const [name, make, limit] of runs) {
      const result = checkedMinimize(rosenbrockGrad, [-1.5, 2], make, {
        tolerance: 1e-6,
        maxIterations: 50_000,
      });
      expect(result.converged, `${name} converged`).toBe(true);
      expect(result.iterations, `${name}: steps`).toBeLessThanOrEqual(limit);
      expect(
        Math.hypot(at(result.x, 0) - 1, at(result.x, 1) - 1),
        `${name}: distance to (1, 1)`,
      ).toBeLessThan(1e-5);
    }
  });

  test("momentum with too large a step (η = 5e-3) diverges on Rosenbrock within a few dozen steps", () => {
    const result = minimize(
      rosenbrockGrad,
      [-1.2, 1],
      new SGDMomentum({ learningRate: 5e-3, momentum: 0.9 }),
      {
        maxIterations: 10_000,
      },
    );
    expect(result.diverged, "diverged").toBe(true);
    expect(result.iterations, "stopped as soon as a value was not finite").toBeLessThan(50);
  });

  test("the last allowed step decides: Adam (η = 0.1) on the bowl converges at step 269, momentum on Rosenbrock diverges at its limit", () => {
    const bowl = (p: Float64Array) => Float64Array.of(p[0], 10 * p[1]);
    const exact = minimize(bowl, [1, 1], new Adam({ learningRate: 0.1 }), { maxIterations: 269 });
    expect([exact.converged, exact.iterations], "maxIterations 269").toEqual([true, 269]);
    const short = minimize(bowl, [1, 1], new Adam({ learningRate: 0.1 }), { maxIterations: 268 });
    expect([short.converged, short.iterations], "maxIterations 268").toEqual([false, 268]);
    const free = minimize(rosenbrockGrad, [-1.2, 1], new SGDMomentum({ learningRate: 5e-3, momentum: 0.9 }), {
      maxIterations: 10_000,
    });
    const cut = minimize(rosenbrockGrad, [-1.2, 1], new SGDMomentum({ learningRate: 5e-3, momentum: 0.9 }), {
      maxIterations: free.iterations,
    });
    expect([cut.diverged, cut.iterations], "maxIterations = the diverging step").toEqual([
      true,
      free.iterations,
    ]);
  });

  test("tolerance 0 at an exact minimum still does not converge (0 < 0 is false); a non-finite x0 diverges at once", () => {
    const zero = minimize(rosenbrockGrad, [1, 1], new Adam(), { tolerance: 0, maxIterations: 3 });
    expect([zero.converged, zero.diverged, zero.iterations], "tolerance 0 from (1, 1)").toEqual([
      false,
      false,
      3,
    ]);
    expect(Array.from(zero.x), "a zero gradient does not move Adam").toEqual([1, 1]);
    const saturating = (p: Float64Array) => Float64Array.from(p, Math.tanh); // finite even at ±∞
    const start = minimize(saturating, [1, Number.POSITIVE_INFINITY], new SGD({ learningRate: 0.1 }), {
      maxIterations: 10,
    });
    expect([start.diverged, start.iterations], "x0 = (1, ∞)").toEqual([true, 0]);
  });

  test("starting at the minimum takes 0 steps; maxIterations 0 takes 0 steps", () => {
    const atMin = minimize(rosenbrockGrad, [1, 1], new Adam(), {});
    expect([atMin.iterations, atMin.converged], "from (1, 1)").toEqual([0, true]);
    const none = minimize(rosenbrockGrad, [0, 0], new Adam(), { maxIterations: 0 });
    expect([none.iterations, none.converged, none.diverged], "maxIterations 0").toEqual([0, false, false]);
    expect(Array.from(none.x), "x is x0").toEqual([0, 0]);
  });

  test("the returned x is a new Float64Array; the default tolerance is 1e-6", () => {
    const x0 = Float64Array.of(1, 1);
    const result = minimize((p) => Float64Array.of(p[0], 10 * p[1]), x0, new SGD({ learningRate: 0.1 }));
    expect(result.x, "a new array").not.toBe(x0);
    expect(Array.from(x0), "x0 unchanged").toEqual([1, 1]);
    expect(result.iterations, "132 steps with the default tolerance 1e-6").toBe(132);
  });

  test("bad options → InvalidArgument", () => {
    const grad = (p: Float64Array) => Float64Array.from(p);
    expectThrows(
      () => minimize(grad, [1], new SGD({ learningRate: 0.1 }), { maxIterations: -1 }),
      InvalidArgument,
      "-1",
    );
    expectThrows(
      () => minimize(grad, [1], new SGD({ learningRate: 0.1 }), { maxIterations: 2.5 }),
      InvalidArgument,
      "2.5",
    );
    expectThrows(
      () => minimize(grad, [1], new SGD({ learningRate: 0.1 }), { tolerance: Number.NaN }),
      InvalidArgument,
      "tolerance NaN",
    );
  });
});
