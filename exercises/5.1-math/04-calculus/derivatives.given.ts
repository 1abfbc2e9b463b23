/**
 * GIVEN — the types of 5.1.4's `derivatives.ts` (tasks 1 to 3), shared by your file, the
 * solution and the specs. Read them; do not change them.
 */

/** A function of one real variable, e.g. `Math.sin` or `(x) => x ** 3`. */
export type ScalarFunction = (x: number) => number;

/** A function of several variables, e.g. `(p) => p.reduce((s, v) => s + v * v, 0)`. It must not modify `p`. */
export type MultivariateFunction = (x: Float64Array) => number;

/** The gradient of a `MultivariateFunction`: returns ∇f(x), a new array as long as `x`. */
export type GradientFunction = (x: Float64Array) => Float64Array;

/** The options of `gradientDescent` (task 3). */
export interface DescentOptions {
  /** The step size η in x ← x − η∇f(x). Finite and > 0. */
  learningRate: number;
  /** The most update steps to take. An integer ≥ 0; default 1000. */
  maxIterations?: number;
  /** Stop (converged) as soon as ‖∇f(x)‖₂ < tolerance. Finite and ≥ 0; default 1e-8. */
  tolerance?: number;
}

/** What `gradientDescent` (task 3) returns. */
export interface DescentResult {
  /** The last point reached (a new array; `x0` is not modified). */
  x: Float64Array;
  /** f(x) at that point (non-finite when the run diverged). */
  value: number;
  /** How many update steps were taken. */
  iterations: number;
  /**
   * True when ‖∇f(x)‖₂ fell below `tolerance` — also when that happens at the point reached by
   * the last allowed step (the convergence check comes before the `maxIterations` check).
   */
  converged: boolean;
  /** True when f(x), ∇f(x) or x became non-finite (NaN or ±Infinity): the run stopped there. */
  diverged: boolean;
  /** Every point visited, starting with a copy of `x0`: `path.length === iterations + 1`. */
  path: Float64Array[];
}
