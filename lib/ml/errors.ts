/**
 * Errors of the classic-ML helpers (section 5.2).
 *
 * The shape and argument errors are the course-wide ones from `lib/errors`; they are
 * re-exported here so that an estimator can import everything it throws from one place.
 */
import { CourseError } from "../errors";

export { CourseError, InvalidArgument, ShapeError } from "../errors";

/**
 * Thrown by `transform`, `predict`, `predictProba`, `score`… when the estimator has not been
 * fitted yet (scikit-learn's `NotFittedError`).
 *
 * @example
 * if (this.mean === null) throw new NotFittedError("StandardScaler");
 */
export class NotFittedError extends CourseError {
  /** The estimator that was used before `fit`, e.g. "StandardScaler". */
  readonly estimator: string;
  constructor(estimator: string) {
    super(`${estimator} is not fitted yet: call fit() with training data before using it.`);
    this.estimator = estimator;
  }
}
