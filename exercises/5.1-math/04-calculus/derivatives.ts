/**
 * 5.1.4 Calculus — tasks 1 to 3: numerical derivatives and gradient descent.
 *
 * Read README.md in this folder first. Every function below has a documented contract; the
 * specs (`derivatives.spec.ts`) check exactly that contract, with the tolerances the README
 * explains.
 */
import { NotImplemented } from "../../../lib/errors";

/** A function of one real variable, e.g. `Math.sin` or `(x) => x ** 3`. */
export type ScalarFunction = (x: number) => number;

/** A function of several variables, e.g. `(p) => p.reduce((s, v) => s + v * v, 0)`. It must not modify `p`. */
export type MultivariateFunction = (x: Float64Array) => number;

/** The gradient of a `MultivariateFunction`: returns ∇f(x), a new array as long as `x`. */
export type GradientFunction = (x: Float64Array) => Float64Array;

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

export interface DescentOptions {
  /** The step size η in x ← x − η∇f(x). Finite and > 0. */
  learningRate: number;
  /** The most update steps to take. An integer ≥ 0; default 1000. */
  maxIterations?: number;
  /** Stop (converged) as soon as ‖∇f(x)‖₂ < tolerance. Finite and ≥ 0; default 1e-8. */
  tolerance?: number;
}

export interface DescentResult {
  /** The last point reached (a new array; `x0` is not modified). */
  x: Float64Array;
  /** f(x) at that point (non-finite when the run diverged). */
  value: number;
  /** How many update steps were taken. */
  iterations: number;
  /** True when ‖∇f(x)‖₂ fell below `tolerance`. */
  converged: boolean;
  /** True when f(x), ∇f(x) or x became non-finite (NaN or ±Infinity): the run stopped there. */
  diverged: boolean;
  /** Every point visited, starting with a copy of `x0`: `path.length === iterations + 1`. */
  path: Float64Array[];
}

/**
 * Minimises `f` by gradient descent, starting from `x0`. At each point x, in this order:
 *
 *  1. evaluate f(x) and g = ∇f(x); if f(x), g or x is not finite → stop with `diverged: true`;
 *  2. if ‖g‖₂ < tolerance → stop with `converged: true`;
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
