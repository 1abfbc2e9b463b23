/**
 * Mutant: Pipeline.fit fits every step on the raw input X instead of on the output of the
 * previous steps (a scaler after an imputer then sees the NaN the imputer was meant to fill).
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/pipeline";

import { Pipeline as Reference } from "@solution/5.2-classic-ml/01-preprocessing/pipeline";
import { InvalidArgument } from "../../../../../lib/errors";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class Pipeline extends Reference {
  override fit(X: Matrix): this {
    if (this.steps.length === 0) throw new InvalidArgument("Pipeline: give at least one step");
    for (const step of this.steps) step.fit(X);
    return this;
  }
}
