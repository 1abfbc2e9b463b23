/**
 * Mutant: gradient descent adds the gradient (x ← x + η∇f) instead of subtracting it, so it
 * climbs uphill: the loss grows until it overflows and nothing ever converges.
 */
export * from "@solution/5.1-math/04-calculus/derivatives";

import type {
  DescentOptions,
  DescentResult,
  GradientFunction,
  MultivariateFunction,
} from "@solution/5.1-math/04-calculus/derivatives";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

function norm2(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] as number) ** 2;
  return Math.sqrt(sum);
}

export function gradientDescent(
  f: MultivariateFunction,
  grad: GradientFunction,
  x0: Float64Array,
  options: DescentOptions,
): DescentResult {
  const { learningRate, maxIterations = 1000, tolerance = 1e-8 } = options;
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(
      `gradientDescent: learningRate must be a finite number > 0, got ${learningRate}`,
    );
  }
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new InvalidArgument(`gradientDescent: maxIterations must be an integer ≥ 0, got ${maxIterations}`);
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new InvalidArgument(`gradientDescent: tolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
  if (x0.length === 0) throw new InvalidArgument("gradientDescent: x0 is empty");
  if (!allFinite(x0)) throw new InvalidArgument("gradientDescent: x0 must hold finite numbers only");

  const x = Float64Array.from(x0);
  const path = [Float64Array.from(x)];
  let iterations = 0;
  for (;;) {
    const value = f(x);
    const g = grad(x);
    if (g.length !== x.length) {
      throw new ShapeError(`gradientDescent: grad returned ${g.length} values for a point of ${x.length}`);
    }
    const result = (converged: boolean, diverged: boolean): DescentResult => ({
      x,
      value,
      iterations,
      converged,
      diverged,
      path,
    });
    if (!Number.isFinite(value) || !allFinite(g) || !allFinite(x)) return result(false, true);
    if (norm2(g) < tolerance) return result(true, false);
    if (iterations === maxIterations) return result(false, false);
    for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + learningRate * (g[i] as number);
    iterations++;
    path.push(Float64Array.from(x));
  }
}
