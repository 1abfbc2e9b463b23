/**
 * 6.1.4 Optimizers: SGD, SGD with momentum (classic and Nesterov), Adam.
 *
 * Read README.md in this folder first. The contract shared by the three classes:
 *
 * - One optimizer instance updates ONE parameter array, in place: `opt.step(params, grads)`.
 *   A network with several weight arrays creates one instance per array.
 * - Its state (velocity, moments) is allocated on the FIRST step, with that array's length;
 *   a later step with another length → ShapeError. `params` and `grads` of different lengths
 *   → ShapeError. A NaN or ±Infinity gradient → InvalidArgument (and params unchanged).
 * - `params` and `grads` may be Float64Array or Float32Array; keep the state in Float64Array.
 * - Constructor options out of range → InvalidArgument.
 * - `iterations` counts the steps taken; `reset()` forgets all state.
 *
 * - `Optimizer`, the option and result types, `checkHyper` and `checkStep` are given in
 *   `optimizers.given.ts`: import what you use from there.
 *
 * Section 6.1.5 (the MLP) imports this file, so keep these signatures exactly as they are.
 * Replace each `throw new NotImplemented(…)` with your code; add private fields as you need
 * them (e.g. `#velocity: Float64Array | undefined;`).
 */
import { NotImplemented } from "../../../lib/errors";
import type {
  AdamOptions,
  FloatArray,
  MinimizeOptions,
  MinimizeResult,
  Optimizer,
  SGDMomentumOptions,
  SGDOptions,
} from "./optimizers.given";

// ---------------------------------------------------------------------------------------------
// Task 1. Plain SGD
// ---------------------------------------------------------------------------------------------

/**
 * Stochastic gradient descent: θ ← θ − η·g. No state apart from the step count.
 * @throws InvalidArgument (constructor) when learningRate is not finite and > 0.
 */
export class SGD implements Optimizer {
  /** η; you may change it between steps (a learning-rate schedule). */
  learningRate = 0;

  constructor(_options: SGDOptions) {
    throw new NotImplemented("SGD (constructor)", 1);
  }

  get iterations(): number {
    throw new NotImplemented("SGD.iterations", 1);
  }

  step(_params: FloatArray, _grads: FloatArray): void {
    throw new NotImplemented("SGD.step", 1);
  }

  reset(): void {
    throw new NotImplemented("SGD.reset", 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Task 2. SGD with momentum (classic and Nesterov)
// ---------------------------------------------------------------------------------------------

/**
 * SGD with momentum, in PyTorch's form. The velocity v starts at 0; at every step
 *
 *     v ← μ·v + g
 *     θ ← θ − η·v              (classic, Polyak's heavy ball)
 *     θ ← θ − η·(g + μ·v)      (Nesterov, with the v just updated)
 *
 * @throws InvalidArgument (constructor) for learningRate not finite and > 0, or momentum not in [0, 1).
 */
export class SGDMomentum implements Optimizer {
  learningRate = 0;
  readonly momentum: number = 0.9;
  readonly nesterov: boolean = false;

  constructor(_options: SGDMomentumOptions) {
    throw new NotImplemented("SGDMomentum (constructor)", 2);
  }

  get iterations(): number {
    throw new NotImplemented("SGDMomentum.iterations", 2);
  }

  /** A copy of the velocity v, or undefined before the first step (and after `reset()`). */
  get velocity(): Float64Array | undefined {
    throw new NotImplemented("SGDMomentum.velocity", 2);
  }

  step(_params: FloatArray, _grads: FloatArray): void {
    throw new NotImplemented("SGDMomentum.step", 2);
  }

  reset(): void {
    throw new NotImplemented("SGDMomentum.reset", 2);
  }
}

// ---------------------------------------------------------------------------------------------
// Task 3. Adam
// ---------------------------------------------------------------------------------------------

/**
 * Adam (Kingma & Ba, 2015). m and v start at 0; at step t = 1, 2, 3, …
 *
 *     m ← β₁·m + (1 − β₁)·g              v ← β₂·v + (1 − β₂)·g²
 *     m̂ = m / (1 − β₁ᵗ)                  v̂ = v / (1 − β₂ᵗ)          (bias correction)
 *     θ ← θ − η · m̂ / (√v̂ + ε)
 *
 * @throws InvalidArgument (constructor) for an option outside its range.
 */
export class Adam implements Optimizer {
  learningRate = 0.001;
  readonly beta1: number = 0.9;
  readonly beta2: number = 0.999;
  readonly epsilon: number = 1e-8;

  constructor(_options: AdamOptions = {}) {
    throw new NotImplemented("Adam (constructor)", 3);
  }

  get iterations(): number {
    throw new NotImplemented("Adam.iterations", 3);
  }

  /** A copy of the first moment m, or undefined before the first step (and after `reset()`). */
  get firstMoment(): Float64Array | undefined {
    throw new NotImplemented("Adam.firstMoment", 3);
  }

  /** A copy of the second moment v, or undefined before the first step (and after `reset()`). */
  get secondMoment(): Float64Array | undefined {
    throw new NotImplemented("Adam.secondMoment", 3);
  }

  step(_params: FloatArray, _grads: FloatArray): void {
    throw new NotImplemented("Adam.step", 3);
  }

  reset(): void {
    throw new NotImplemented("Adam.reset", 3);
  }
}

// ---------------------------------------------------------------------------------------------
// Task 4. Minimizing a function
// ---------------------------------------------------------------------------------------------

/**
 * Minimizes a function, given by its gradient, with `optimizer`, starting from a copy of x0.
 * At each point x, in this order:
 *
 *  1. g = grad(x); if x or g holds a non-finite number → stop with `diverged: true`;
 *  2. if ‖g‖₂ < tolerance → stop with `converged: true`;
 *  3. if `maxIterations` steps have been taken → stop (neither converged nor diverged);
 *  4. otherwise `optimizer.step(x, g)` and count one iteration.
 *
 * @throws InvalidArgument for an empty x0 or options outside their ranges;
 *   ShapeError when grad returns an array whose length differs from x0's.
 */
export function minimize(
  _grad: (x: Float64Array) => Float64Array,
  _x0: ArrayLike<number>,
  _optimizer: Optimizer,
  _options: MinimizeOptions = {},
): MinimizeResult {
  throw new NotImplemented("minimize", 4);
}
