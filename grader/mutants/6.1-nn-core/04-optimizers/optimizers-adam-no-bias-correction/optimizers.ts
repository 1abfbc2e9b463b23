/**
 * Mutant: Adam without bias correction: θ ← θ − η·m/(√v + ε) with the raw moments. Since m
 * and v start at 0, the first steps are far too large (m/√v = (1 − β₁)/√(1 − β₂) ≈ 3.16 at t = 1).
 */
export * from "@solution/6.1-nn-core/04-optimizers/optimizers";

import {
  type AdamOptions,
  checkHyper,
  checkStep,
  type FloatArray,
  type Optimizer,
} from "@solution/6.1-nn-core/04-optimizers/optimizers";

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

  get firstMoment(): Float64Array | undefined {
    return this.#m?.slice();
  }

  get secondMoment(): Float64Array | undefined {
    return this.#v?.slice();
  }

  step(params: FloatArray, grads: FloatArray): void {
    checkStep(params, grads, this.#m?.length);
    this.#m ??= new Float64Array(params.length);
    this.#v ??= new Float64Array(params.length);
    const m = this.#m;
    const v = this.#v;
    this.#t++;
    const { learningRate: lr, beta1: b1, beta2: b2, epsilon: eps } = this;
    for (let i = 0; i < params.length; i++) {
      const g = grads[i] as number;
      const mi = b1 * (m[i] as number) + (1 - b1) * g;
      const vi = b2 * (v[i] as number) + (1 - b2) * g * g;
      m[i] = mi;
      v[i] = vi;
      params[i] = (params[i] as number) - (lr * mi) / (Math.sqrt(vi) + eps);
    }
  }

  reset(): void {
    this.#m = undefined;
    this.#v = undefined;
    this.#t = 0;
  }
}
