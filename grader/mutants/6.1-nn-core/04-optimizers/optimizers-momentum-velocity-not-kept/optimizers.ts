/**
 * Mutant: the velocity is a local variable of `step`, created afresh (at 0) at every call, so
 * nothing is remembered between steps and "momentum" is plain SGD.
 */
export * from "@solution/6.1-nn-core/04-optimizers/optimizers";

import {
  checkHyper,
  checkStep,
  type FloatArray,
  type Optimizer,
  type SGDMomentumOptions,
} from "@solution/6.1-nn-core/04-optimizers/optimizers";

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

  get velocity(): Float64Array | undefined {
    return this.#velocity?.slice();
  }

  step(params: FloatArray, grads: FloatArray): void {
    checkStep(params, grads, this.#velocity?.length);
    const v = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) {
      const g = grads[i] as number;
      const vi = this.momentum * (v[i] as number) + g;
      v[i] = vi;
      params[i] = (params[i] as number) - this.learningRate * (this.nesterov ? g + this.momentum * vi : vi);
    }
    this.#velocity = v;
    this.#iterations++;
  }

  reset(): void {
    this.#velocity = undefined;
    this.#iterations = 0;
  }
}
