/**
 * 5.2.6 Ensembles, task 6: an honest validation figure. Read README.md first.
 *
 * One train/validation split of a few hundred rows gives an accuracy that moves by several points
 * with the split's seed. Report the mean and the spread over a repeated stratified k-fold instead:
 *   import { repeatedStratifiedKFold } from "../../../lib/ml/split";
 * Other useful imports:
 *   import { assertMatrix, assertVector, selectRows, selectValues } from "../../../lib/ml/matrix";
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";
import type { Classifier, CrossValidationOptions, CrossValidationResult } from "./ensembles.given";

/**
 * The accuracy of a fresh `make()` model on every split of
 * `repeatedStratifiedKFold(y, { folds, repeats, seed })` (defaults 5, 5, 0), in that order: fit on
 * the split's training rows, predict its test rows, score the share predicted right. Returns the
 * scores, their mean and their sample standard deviation.
 * @throws ShapeError when y does not have one label per row of X; InvalidArgument for bad X or
 *   options (as repeatedStratifiedKFold).
 */
export function crossValidatedAccuracy(
  _make: () => Classifier,
  _X: Matrix,
  _y: Int32Array,
  _options: CrossValidationOptions = {},
): CrossValidationResult {
  throw new NotImplemented("crossValidatedAccuracy", 6);
}
