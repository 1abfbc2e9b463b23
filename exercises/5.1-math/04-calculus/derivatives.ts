/**
 * 5.1.4 Calculus — tasks 1 to 3: numerical derivatives and gradient descent.
 *
 * Read README.md in this folder first. Every function below has a documented contract; the
 * specs (`derivatives.spec.ts`) check exactly that contract, with the tolerances the README
 * explains. The types come from `derivatives.given.ts`.
 */
import { NotImplemented } from "../../../lib/errors";
import type {
  DescentOptions,
  DescentResult,
  GradientFunction,
  MultivariateFunction,
  ScalarFunction,
} from "./derivatives.given";

// ---------------------------------------------------------------------------------------------
// Task 1. Numerical derivative
// ---------------------------------------------------------------------------------------------

/**
 * The default finite-difference step for a point `x`:
 *
 *     h = ∛ε · max(1, |x|)        where ε = Number.EPSILON ≈ 2.2e-16, so ∛ε ≈ 6.06e-6
 *
 * ∛ε balances the truncation error of the central difference (∝ h²) against the rounding
 * error of subtracting two nearly equal numbers (∝ ε/h); the factor max(1, |x|) makes the
 * step relative for large |x|, where an absolute step of 6e-6 would be lost in rounding.
 */
export function defaultStep(_x: number): number {
  throw new NotImplemented("defaultStep", 1);
}

/**
 * f′(x) by the central difference
 *
 *     f′(x) ≈ (f(x + h) − f(x − h)) / (2h)
 *
 * @param f the function to differentiate.
 * @param x the point; must be finite.
 * @param h the step; defaults to `defaultStep(x)`. Must be finite and > 0.
 * @throws InvalidArgument when `x` is not finite, or `h` is not a finite positive number.
 */
export function derivative(_f: ScalarFunction, _x: number, _h?: number): number {
  throw new NotImplemented("derivative", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2. Gradient
// ---------------------------------------------------------------------------------------------

/**
 * ∇f(x) = (∂f/∂x₀, …, ∂f/∂xₙ₋₁), each partial derivative by a central difference along one
 * coordinate while the other coordinates stay fixed.
 *
 * @param f a function of `x.length` variables.
 * @param x the point; not modified (compare it bit for bit before and after).
 * @param h the step for every coordinate; by default coordinate i uses `defaultStep(x[i])`.
 * @returns a new Float64Array of length `x.length`.
 * @throws InvalidArgument when `x` is empty or holds a non-finite value, or `h` is not a
 *   finite positive number.
 */
export function gradient(_f: MultivariateFunction, _x: Float64Array, _h?: number): Float64Array {
  throw new NotImplemented("gradient", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3. Gradient descent
// ---------------------------------------------------------------------------------------------

/**
 * Minimises `f` by gradient descent, starting from `x0`. At each point x, in this order:
 *
 *  1. evaluate f(x) and g = ∇f(x); if f(x), g or x is not finite → stop with `diverged: true`;
 *  2. if ‖g‖₂ < tolerance → stop with `converged: true` (so a run whose last allowed step
 *     lands where ‖g‖₂ < tolerance has converged);
 *  3. if `maxIterations` steps have been taken already → stop (neither converged nor diverged);
 *  4. otherwise x ← x − learningRate · g, and append the new x to the path.
 *
 * A learning rate that is too large makes the iterates oscillate with growing amplitude until
 * the loss overflows to Infinity: that is reported with `diverged: true`, not thrown.
 *
 * @throws InvalidArgument for an empty or non-finite `x0` and for options outside the ranges
 *   documented on `DescentOptions`.
 * @throws ShapeError when `grad` returns an array whose length differs from `x0.length`.
 */
export function gradientDescent(
  _f: MultivariateFunction,
  _grad: GradientFunction,
  _x0: Float64Array,
  _options: DescentOptions,
): DescentResult {
  throw new NotImplemented("gradientDescent", 3);
}
