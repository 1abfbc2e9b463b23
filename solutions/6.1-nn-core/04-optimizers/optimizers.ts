/**
 * 6.1.4 Optimizers: SGD, SGD with momentum (classic and Nesterov), Adam — reference solution.
 *
 * One optimizer instance updates ONE parameter array, in place: `opt.step(params, grads)`.
 * Its state (velocity, moments, step count) belongs to that array, is allocated on the first
 * step, and fixes the length: a later step with another length throws ShapeError. A network
 * with several weight arrays creates one instance per array (see README.md, "API").
 */
import {
  type AdamOptions,
  checkHyper,
  checkStep,
  type FloatArray,
  type MinimizeOptions,
  type MinimizeResult,
  type Optimizer,
  type SGDMomentumOptions,
  type SGDOptions,
} from "@exercise/6.1-nn-core/04-optimizers/optimizers.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

// ---------------------------------------------------------------------------------------------
// Task 1. Plain SGD
// ---------------------------------------------------------------------------------------------

/** θ ← θ − η·g. Stateless apart from the step count. */
export class SGD implements Optimizer {
  /** η; you may change it between steps (a learning-rate schedule). */
  learningRate: number;
  #iterations = 0;

  constructor(options: SGDOptions) {
    checkHyper("learningRate", options.learningRate, 0, Number.POSITIVE_INFINITY, true);
    this.learningRate = options.learningRate;
  }

  get iterations(): number {
    return this.#iterations;
  }

  step(params: FloatArray, grads: FloatArray): void {
    checkStep(params, grads, undefined);
    const lr = this.learningRate;
    for (let i = 0; i < params.length; i++) params[i] -= lr * grads[i];
    this.#iterations++;
  }

  reset(): void {
    this.#iterations = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Task 2. SGD with momentum (classic and Nesterov)
// ---------------------------------------------------------------------------------------------

/**
 * v ← μ·v + g, then θ ← θ − η·v (classic) or θ ← θ − η·(g + μ·v) (Nesterov). v starts at 0.
 */
export class SGDMomentum implements Optimizer {
  learningRate: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  #velocity: Float64Array | undefined;
  #iterations = 0;

  constructor(options: SGDMomentumOptions) {
    const { learningRate, momentum = 0.9, nesterov = false } = options;
    checkHyper("learningRate", learningRate, 0, Number.POSITIVE_INFINITY, true);
    checkHyper("momentum", momentum, 0, 1, false);
    this.learningRate = learningRate;
    this.momentum = momentum;
    this.nesterov = nesterov;
  }

  get iterations(): number {
    return this.#iterations;
  }

  /** The velocity v (a copy), or undefined before the first step. */
  get velocity(): Float64Array | undefined {
    return this.#velocity?.slice();
  }

  step(params: FloatArray, grads: FloatArray): void {
    checkStep(params, grads, this.#velocity?.length);
    this.#velocity ??= new Float64Array(params.length);
    const v = this.#velocity;
    const { learningRate: lr, momentum: mu } = this;
    for (let i = 0; i < params.length; i++) {
      const g = grads[i];
      const vi = mu * v[i] + g;
      v[i] = vi;
      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);
    }
    this.#iterations++;
  }

  reset(): void {
    this.#velocity = undefined;
    this.#iterations = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Task 3. Adam
// ---------------------------------------------------------------------------------------------

/**
 * Adam (Kingma & Ba, 2015). At step t = 1, 2, …:
 * m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);
 * θ ← θ − η·m̂/(√v̂ + ε).
 */
export class Adam implements Optimizer {
  learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  #m: Float64Array | undefined;
  #v: Float64Array | undefined;
  #t = 0;

  constructor(options: AdamOptions = {}) {
    const { learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
    checkHyper("learningRate", learningRate, 0, Number.POSITIVE_INFINITY, true);
    checkHyper("beta1", beta1, 0, 1, false);
    checkHyper("beta2", beta2, 0, 1, false);
    checkHyper("epsilon", epsilon, 0, Number.POSITIVE_INFINITY, true);
    this.learningRate = learningRate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
  }

  get iterations(): number {
    return this.#t;
  }

  /** The first moment m (a copy), or undefined before the first step. */
  get firstMoment(): Float64Array | undefined {
    return this.#m?.slice();
  }

  /** The second moment v (a copy), or undefined before the first step. */
  get secondMoment(): Float64Array | undefined {
    return this.#v?.slice();
  }

  step(params: FloatArray, grads: FloatArray): void {
    checkStep(params, grads, this.#m?.length);
    this.#m ??= new Float64Array(params.length);
    this.#v ??= new Float64Array(params.length);
    const m = this.#m;
    const v = this.#v;
    const t = ++this.#t;
    const { learningRate: lr, beta1: b1, beta2: b2, epsilon: eps } = this;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < params.length; i++) {
      const g = grads[i];
      const mi = b1 * m[i] + (1 - b1) * g;
      const vi = b2 * v[i] + (1 - b2) * g * g;
      m[i] = mi;
      v[i] = vi;
      params[i] -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
    }
  }

  reset(): void {
    this.#m = undefined;
    this.#v = undefined;
    this.#t = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Task 4. Minimizing a function
// ---------------------------------------------------------------------------------------------

/**
 * Runs `optimizer` on a function given by its gradient, from x0. At each point x:
 * 1. g = grad(x); if x or g holds a non-finite number → stop, diverged;
 * 2. if ‖g‖₂ < tolerance → stop, converged;
 * 3. if maxIterations steps were taken → stop;
 * 4. optimizer.step(x, g).
 */
export function minimize(
  grad: (x: Float64Array) => Float64Array,
  x0: ArrayLike<number>,
  optimizer: Optimizer,
  options: MinimizeOptions = {},
): MinimizeResult {
  const { maxIterations = 10_000, tolerance = 1e-6 } = options;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new InvalidArgument(`minimize: maxIterations must be an integer ≥ 0, got ${maxIterations}`);
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new InvalidArgument(`minimize: tolerance must be finite and ≥ 0, got ${tolerance}`);
  }
  if (x0.length === 0) throw new InvalidArgument("minimize: x0 is empty");
  const x = Float64Array.from(x0);
  let iterations = 0;
  for (;;) {
    const g = grad(x);
    if (g.length !== x.length) {
      throw new ShapeError(`minimize: grad returned ${g.length} values for ${x.length} coordinates`);
    }
    let norm2 = 0;
    let finite = true;
    for (let i = 0; i < x.length; i++) {
      const gi = g[i];
      if (!Number.isFinite(gi) || !Number.isFinite(x[i])) finite = false;
      norm2 += gi * gi;
    }
    if (!finite) return { x, iterations, converged: false, diverged: true };
    if (Math.sqrt(norm2) < tolerance) return { x, iterations, converged: true, diverged: false };
    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };
    optimizer.step(x, g);
    iterations++;
  }
}
