/**
 * 5.2.6 Ensembles, task 6: accuracy over a repeated stratified k-fold — reference solution.
 */
import type {
  Classifier,
  CrossValidationOptions,
  CrossValidationResult,
} from "@exercise/5.2-classic-ml/06-ensembles/ensembles.given";
import { assertMatrix, assertVector, type Matrix, selectRows, selectValues } from "../../../lib/ml/matrix";
import { repeatedStratifiedKFold } from "../../../lib/ml/split";

/** The accuracy of a fresh model on every split of a repeated stratified k-fold, with mean and sd. */
export function crossValidatedAccuracy(
  make: () => Classifier,
  X: Matrix,
  y: Int32Array,
  options: CrossValidationOptions = {},
): CrossValidationResult {
  const { folds = 5, repeats = 5, seed = 0 } = options;
  assertMatrix(X, "crossValidatedAccuracy: X");
  assertVector(y, "crossValidatedAccuracy: y", { length: X.rows });
  const splits = repeatedStratifiedKFold(y, { folds, repeats, seed });
  const scores = new Float64Array(splits.length);
  splits.forEach(({ train, test }, s) => {
    const model = make();
    model.fit(selectRows(X, train), selectValues(y, train));
    const predicted = model.predict(selectRows(X, test));
    let correct = 0;
    test.forEach((i, t) => {
      if (predicted[t] === y[i]) correct++;
    });
    scores[s] = correct / test.length;
  });
  const N = scores.length;
  const mean = scores.reduce((sum, v) => sum + v, 0) / N;
  const sd = Math.sqrt(scores.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (N - 1));
  return { scores, mean, sd };
}
