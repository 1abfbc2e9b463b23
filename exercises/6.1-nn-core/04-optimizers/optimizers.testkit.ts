/**
 * Spec-side helpers shared by the public and hidden specs of 6.1.4 Optimizers: the Rosenbrock
 * gradient and the spec's own replay of minimize's documented loop.
 */
import { expect } from "vitest";
import { maxAbsDiff } from "../../../lib/testing";
import { minimize } from "./optimizers";
import type { Optimizer } from "./optimizers.given";

/** Rosenbrock f(x, y) = (1 − x)² + 100(y − x²)²: a curved, narrow valley. Minimum at (1, 1). */
export const rosenbrockGrad = (p: Float64Array) => {
  const [x, y] = p;
  return Float64Array.of(-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x));
};

/**
 * Your minimize, and the same documented loop run by the spec with an identical optimizer (at
 * each point: stop on a non-finite x or ∇f, stop when ‖∇f‖₂ < tolerance, stop after
 * maxIterations steps, else one optimizer.step). The two must agree step for step; the figures
 * that are checked and recorded are the spec's.
 */
export function checkedMinimize(
  grad: (x: Float64Array) => Float64Array,
  x0: number[],
  make: () => Optimizer,
  options: { tolerance?: number; maxIterations?: number },
): { x: Float64Array; iterations: number; converged: boolean; diverged: boolean } {
  const reported = minimize(grad, x0, make(), options);
  const tolerance = options.tolerance ?? 1e-6;
  const limit = options.maxIterations ?? 10_000;
  const optimizer = make();
  const point = Float64Array.from(x0);
  let taken = 0;
  let outcome: "converged" | "diverged" | "stopped";
  for (;;) {
    const g = grad(point);
    if (![...g, ...point].every(Number.isFinite)) {
      outcome = "diverged";
      break;
    }
    if (Math.hypot(...g) < tolerance) {
      outcome = "converged";
      break;
    }
    if (taken === limit) {
      outcome = "stopped";
      break;
    }
    optimizer.step(point, g);
    taken += 1;
  }
  const spec = {
    x: point,
    iterations: taken,
    converged: outcome === "converged",
    diverged: outcome === "diverged",
  };
  expect(
    [reported.iterations, reported.converged, reported.diverged],
    "minimize's [iterations, converged, diverged] vs the spec's loop",
  ).toEqual([spec.iterations, spec.converged, spec.diverged]);
  expect(maxAbsDiff(reported.x, spec.x), "minimize's x vs the spec's loop").toBe(0);
  return spec;
}
