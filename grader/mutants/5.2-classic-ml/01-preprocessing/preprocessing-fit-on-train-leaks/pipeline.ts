/**
 * Mutant: fitOnTrain fits the transformer on all rows (train and test) before splitting —
 * the classic leakage: the test rows shape the statistics used to judge them.
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/pipeline";

import type { Transformer } from "@solution/5.2-classic-ml/01-preprocessing/pipeline";
import { InvalidArgument } from "../../../../../lib/errors";
import { type Matrix, selectRows } from "../../../../../lib/ml/matrix";
import type { Split } from "../../../../../lib/ml/split";

export function fitOnTrain(
  transformer: Transformer,
  X: Matrix,
  split: Split,
): { train: Matrix; test: Matrix } {
  if (split.train.length === 0 || split.test.length === 0) {
    throw new InvalidArgument("fitOnTrain: the split needs at least one train and one test row");
  }
  transformer.fit(X);
  return {
    train: transformer.transform(selectRows(X, split.train)),
    test: transformer.transform(selectRows(X, split.test)),
  };
}
