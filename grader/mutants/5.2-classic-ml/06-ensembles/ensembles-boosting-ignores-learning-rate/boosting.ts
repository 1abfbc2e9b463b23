/** Mutant: the regressor validates learningRate but never multiplies the trees by it (every step is a full step). */
import {
  type BoostingOptions,
  GradientBoostingRegressor as Solution,
} from "@solution/5.2-classic-ml/06-ensembles/boosting";
import { InvalidArgument } from "../../../../../lib/errors";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/06-ensembles/boosting";

export class GradientBoostingRegressor extends Solution {
  readonly #rate: number | undefined;
  constructor(options: BoostingOptions = {}) {
    super({ ...options, learningRate: 1 });
    this.#rate = options.learningRate;
  }
  override fit(X: Matrix, y: ArrayLike<number>): this {
    const r = this.#rate ?? 0.1;
    if (!(r > 0 && r <= 1)) throw new InvalidArgument(`learningRate must be in (0, 1], got ${r}`);
    return super.fit(X, y);
  }
}
