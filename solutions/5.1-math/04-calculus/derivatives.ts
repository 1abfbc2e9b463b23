/**
 * Reference solution — 5.1.4 Calculus, tasks 1 to 3: numerical derivatives and gradient descent.
 */
import type {
  DescentOptions,
  DescentResult,
  GradientFunction,
  MultivariateFunction,
  ScalarFunction,
} from "@exercise/5.1-math/04-calculus/derivatives.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** ∛ε ≈ 6.06e-6: the step that balances truncation (∝ h²) against rounding (∝ ε/h). */
const CBRT_EPSILON = Math.cbrt(Number.EPSILON);

// ---------------------------------------------------------------------------------------------
// Task 1. Numerical derivative
// ---------------------------------------------------------------------------------------------

/** The default finite-difference step for a point `x`: h = ∛ε · max(1, |x|). */
export function defaultStep(x: number): number {
  return CBRT_EPSILON * Math.max(1, Math.abs(x));
}

function checkStep(h: number, where: string): void {
  if (!(Number.isFinite(h) && h > 0)) {
    throw new InvalidArgument(`${where}: the step h must be a finite number > 0, got ${h}`);
  }
}

/** f′(x) by the central difference (f(x + h) − f(x − h)) / (2h). */
export function derivative(f: ScalarFunction, x: number, h?: number): number {
  if (!Number.isFinite(x)) throw new InvalidArgument(`derivative: x must be finite, got ${x}`);
  const step = h ?? defaultStep(x);
  checkStep(step, "derivative");
  return (f(x + step) - f(x - step)) / (2 * step);
}

// ---------------------------------------------------------------------------------------------
// Task 2. Gradient
// ---------------------------------------------------------------------------------------------

/** ∇f(x), one central difference per coordinate. `x` is not modified. */
export function gradient(f: MultivariateFunction, x: Float64Array, h?: number): Float64Array {
  if (x.length === 0)
    throw new InvalidArgument("gradient: x is empty; a gradient needs at least one variable");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new InvalidArgument(`gradient: x[${i}] must be finite, got ${x[i]}`);
  }
  if (h !== undefined) checkStep(h, "gradient");

  // Probe a copy: writing x[i] += h and then x[i] -= h would not always restore x[i] exactly.
  const probe = Float64Array.from(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const step = h ?? defaultStep(x[i]);
    probe[i] = x[i] + step;
    const forward = f(probe);
    probe[i] = x[i] - step;
    const backward = f(probe);
    probe[i] = x[i];
    out[i] = (forward - backward) / (2 * step);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Task 3. Gradient descent
// ---------------------------------------------------------------------------------------------

function allFinite(values: Float64Array): boolean {
  return values.every(Number.isFinite);
}

function norm2(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v * v;
  return Math.sqrt(sum);
}

/** Minimises `f` by gradient descent from `x0`; see the stub for the exact stopping rules. */
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
    // Convergence is checked before the step budget: a run that converges on its last allowed step converged.
    if (norm2(g) < tolerance) return result(true, false);
    if (iterations === maxIterations) return result(false, false);
    for (let i = 0; i < x.length; i++) x[i] -= learningRate * g[i];
    iterations++;
    path.push(Float64Array.from(x));
  }
}
