/**
 * 5.2.3 Accuracy (task 6).
 */
import { NotImplemented } from "../../../lib/errors";

/**
 * Task 6. The fraction of positions where `yPred` equals `yTrue`, a number in [0, 1]
 * (scikit-learn's `accuracy_score`).
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument for empty input or a NaN label.
 */
export function accuracyScore(_yTrue: ArrayLike<number>, _yPred: ArrayLike<number>): number {
  throw new NotImplemented("accuracyScore", 6);
}
