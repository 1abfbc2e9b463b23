/**
 * Mutant: the `nesterov` option is stored but ignored: every SGDMomentum is classic momentum.
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
    this.#velocity ??= new Float64Array(params.length);
    const v = this.#velocity;
    for (let i = 0; i < params.length; i++) {
      const vi = this.momentum * (v[i] as number) + (grads[i] as number);
      v[i] = vi;
      params[i] = (params[i] as number) - this.learningRate * vi;
    }
    this.#iterations++;
  }

  reset(): void {
    this.#velocity = undefined;
    this.#iterations = 0;
  }
}
