/**
 * 6.1.4 Optimizers — given code (read it, do not edit it): the interface every optimizer
 * implements, the option and result types, and two checks to start with.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** The two array types `step` accepts. */
export type FloatArray = Float64Array | Float32Array;

/** What every optimizer class implements. */
export interface Optimizer {
  /** Updates `params` in place from `grads` (same length). */
  step(params: FloatArray, grads: FloatArray): void;
  /** How many steps have been taken since construction or the last `reset()`. */
  readonly iterations: number;
  /** Forgets all state (velocity, moments, step count), as if newly constructed. */
  reset(): void;
}

/** The options of `SGD`. */
export interface SGDOptions {
  /** η in θ ← θ − η·g. Finite, > 0. */
  learningRate: number;
}

/** The options of `SGDMomentum`. */
export interface SGDMomentumOptions {
  /** η. Finite, > 0. */
  learningRate: number;
  /** μ ∈ [0, 1); default 0.9. */
  momentum?: number;
  /** Nesterov's look-ahead variant; default false. */
  nesterov?: boolean;
}

/** The options of `Adam`. */
export interface AdamOptions {
  /** η; default 0.001. Finite, > 0. */
  learningRate?: number;
  /** β₁ ∈ [0, 1), the decay of the first moment; default 0.9. 0 is allowed (m = g). */
  beta1?: number;
  /** β₂ ∈ [0, 1), the decay of the second moment; default 0.999. 0 is allowed (v = g²). */
  beta2?: number;
  /** ε > 0 (finite), added to √v̂; default 1e-8. */
  epsilon?: number;
}

/** The options of `minimize`. */
export interface MinimizeOptions {
  /** The most steps to take; an integer ≥ 0, default 10 000. */
  maxIterations?: number;
  /** Converged as soon as ‖∇f(x)‖₂ < tolerance; finite and ≥ 0, default 1e-6 (0 is allowed: it never converges). */
  tolerance?: number;
}

/** What `minimize` returns. */
export interface MinimizeResult {
  /** The last point (a new Float64Array; x0 is not modified). */
  x: Float64Array;
  /** Steps taken. */
  iterations: number;
  /** ‖∇f(x)‖₂ fell below the tolerance. */
  converged: boolean;
  /** x or ∇f(x) became NaN or ±Infinity; the run stopped there (reported, not thrown). */
  diverged: boolean;
}

/**
 * Throws InvalidArgument unless `value` is finite and in [low, high) — or (low, high) when
 * `lowOpen`. Example: `checkHyper("momentum", momentum, 0, 1, false)` accepts [0, 1).
 */
export function checkHyper(name: string, value: number, low: number, high: number, lowOpen: boolean): void {
  const aboveLow = lowOpen ? value > low : value >= low;
  if (!(Number.isFinite(value) && aboveLow && value < high)) {
    const range = `${lowOpen ? "(" : "["}${low}, ${high})`;
    throw new InvalidArgument(`${name} must be a finite number in ${range}, got ${value}`);
  }
}

/**
 * Checks one step's arguments: equal lengths (ShapeError), the length the state was made for
 * when `expected` is given (ShapeError), and finite gradients (InvalidArgument). Call it first
 * in every `step`, with `expected` = the length of your state, or undefined before the first step.
 */
export function checkStep(params: FloatArray, grads: FloatArray, expected: number | undefined): void {
  if (params.length !== grads.length) {
    throw new ShapeError(`step: params has length ${params.length}, grads has length ${grads.length}`);
  }
  if (expected !== undefined && params.length !== expected) {
    throw new ShapeError(
      `step: this optimizer's state is for ${expected} parameters, got ${params.length}; use one optimizer per parameter array`,
    );
  }
  for (let i = 0; i < grads.length; i++) {
    if (!Number.isFinite(grads[i])) throw new InvalidArgument(`step: grads[${i}] = ${grads[i]}`);
  }
}
