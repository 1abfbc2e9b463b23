/**
 * 5.2.1 Preprocessing — chaining transformers without leaking the test set (reference solution).
 */

import type { Transformer } from "@exercise/5.2-classic-ml/01-preprocessing/preprocessing.given";
import { InvalidArgument } from "../../../lib/errors";
import { type Matrix, selectRows } from "../../../lib/ml/matrix";
import type { Split } from "../../../lib/ml/split";

/**
 * Applies `steps` in order, like scikit-learn's `Pipeline` of transformers: step `k` is fitted
 * on the output of steps `0 … k−1`.
 */
export class Pipeline implements Transformer {
  readonly steps: readonly Transformer[];

  constructor(steps: readonly Transformer[]) {
    this.steps = steps;
  }

  /**
   * Fits every step in turn, each on what the previous steps make of `X`.
   * @throws InvalidArgument when there are no steps; whatever a step throws.
   */
  fit(X: Matrix): this {
    if (this.steps.length === 0) throw new InvalidArgument("Pipeline: give at least one step");
    let current = X;
    for (const step of this.steps) {
      step.fit(current);
      current = step.transform(current);
    }
    return this;
  }

  /** Runs `X` through every (fitted) step. */
  transform(X: Matrix): Matrix {
    if (this.steps.length === 0) throw new InvalidArgument("Pipeline: give at least one step");
    let current = X;
    for (const step of this.steps) current = step.transform(current);
    return current;
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Matrix {
    return this.fit(X).transform(X);
  }
}

/**
 * Fits `transformer` on the training rows of `X` only, then transforms the training rows and
 * the test rows with what it learned. The test rows never influence the fitted statistics.
 *
 * @returns the transformed train and test rows, in the order of `split.train` / `split.test`.
 * @throws InvalidArgument when either index set is empty or an index is out of range.
 */
export function fitOnTrain(
  transformer: Transformer,
  X: Matrix,
  split: Split,
): { train: Matrix; test: Matrix } {
  if (split.train.length === 0 || split.test.length === 0) {
    throw new InvalidArgument("fitOnTrain: the split needs at least one train and one test row");
  }
  const train = selectRows(X, split.train);
  const test = selectRows(X, split.test);
  transformer.fit(train);
  return { train: transformer.transform(train), test: transformer.transform(test) };
}
