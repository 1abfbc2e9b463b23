/**
 * Mutant: the step counter is incremented AFTER the update, so the bias correction uses
 * t = 0, 1, 2, … instead of 1, 2, 3, …: at the first step 1 − β⁰ = 0, so m̂ and v̂ are ±∞ and
 * the step m̂/√v̂ is ∞/∞ = NaN.
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

    const { learningRate: lr, beta1: b1, beta2: b2, epsilon: eps } = this;
    for (let i = 0; i < params.length; i++) {
      const g = grads[i] as number;
      const mi = b1 * (m[i] as number) + (1 - b1) * g;
      const vi = b2 * (v[i] as number) + (1 - b2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const t = this.#t;
      const mHat = mi / (1 - b1 ** t);
      const vHat = vi / (1 - b2 ** t);
      params[i] = (params[i] as number) - (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
    this.#t++;
  }

  reset(): void {
    this.#m = undefined;
    this.#v = undefined;
    this.#t = 0;
  }
}
