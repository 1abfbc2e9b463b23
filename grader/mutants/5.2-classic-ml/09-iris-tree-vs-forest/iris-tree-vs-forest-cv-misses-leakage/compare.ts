/** Mutant: crossValidate checks that the test parts partition the rows, but not that a fold never trains on its own test rows. */
import {
  accuracy,
  type Classifier,
  type CrossValidation,
  meanStd,
} from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";
import { InvalidArgument } from "../../../../../lib/errors";
import {
  assertMatrix,
  assertVector,
  type Matrix,
  selectRows,
  selectValues,
} from "../../../../../lib/ml/matrix";
import type { Split } from "../../../../../lib/ml/split";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function crossValidate(
  makeModel: () => Classifier,
  X: Matrix,
  y: ArrayLike<number>,
  folds: readonly Split[],
): CrossValidation {
  assertMatrix(X, "crossValidate: X");
  assertVector(y, "crossValidate: y", { length: X.rows });
  if (folds.length < 2) throw new InvalidArgument("crossValidate: needs at least 2 folds");
  const n = X.rows;
  const tested = new Int32Array(n);
  for (const fold of folds) {
    for (const i of fold.test) {
      if (i >= n || tested[i]) throw new InvalidArgument(`crossValidate: bad test row ${i}`);
      tested[i] = 1;
    }
  }
  if (tested.includes(0)) throw new InvalidArgument("crossValidate: a row is never tested");
  const yTyped = Int32Array.from(y);
  const predictions = new Int32Array(n);
  const foldAccuracies = new Float64Array(folds.length);
  folds.forEach((fold, f) => {
    const model = makeModel();
    model.fit(selectRows(X, fold.train), selectValues(yTyped, fold.train));
    const pred = model.predict(selectRows(X, fold.test));
    fold.test.forEach((i, k) => {
      predictions[i] = pred[k] as number;
    });
    foldAccuracies[f] = accuracy(selectValues(yTyped, fold.test), pred);
  });
  return { foldAccuracies, ...meanStd(foldAccuracies), predictions };
}
