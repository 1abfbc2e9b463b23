/**
 * 5.2.1 Preprocessing — task 6: chaining transformers without leaking the test set.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Split } from "../../../lib/ml/split";
import type { Transformer } from "./preprocessing.given";

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
   * Fits every step in turn, each on what the previous steps make of `X`; returns `this`.
   * @throws InvalidArgument when there are no steps; whatever a step throws.
   */
  fit(_X: Matrix): this {
    throw new NotImplemented("Pipeline.fit", 6);
  }

  /** Runs `X` through every (fitted) step. @throws InvalidArgument when there are no steps. */
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("Pipeline.transform", 6);
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(_X: Matrix): Matrix {
    throw new NotImplemented("Pipeline.fitTransform", 6);
  }
}

/**
 * Fits `transformer` on the training rows of `X` only (`selectRows(X, split.train)`), then
 * transforms the training rows and the test rows with what it learned. The test rows must
 * never influence the fitted statistics.
 *
 * @returns the transformed train and test rows, in the order of `split.train` / `split.test`.
 * @throws InvalidArgument when either index set is empty or an index is out of range.
 */
export function fitOnTrain(
  _transformer: Transformer,
  _X: Matrix,
  _split: Split,
): { train: Matrix; test: Matrix } {
  throw new NotImplemented("fitOnTrain", 6);
}
