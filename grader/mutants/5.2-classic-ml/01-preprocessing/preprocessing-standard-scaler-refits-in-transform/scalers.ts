/**
 * Mutant: StandardScaler.transform standardises the data it is given with that data's own
 * mean and standard deviation (a fresh fitTransform) instead of the training statistics —
 * test data then always looks like it has mean 0 and std 1.
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/scalers";

import { StandardScaler as Reference } from "@solution/5.2-classic-ml/01-preprocessing/scalers";
import type { Matrix } from "../../../../../lib/ml/matrix";

export class StandardScaler extends Reference {
  override transform(X: Matrix): Matrix {
    if (this.mean === null) return super.transform(X); // throws NotFittedError
    return new Reference({ withMean: this.withMean, withStd: this.withStd }).fitTransform(X);
  }
}
