/**
 * Errors shared by the whole course.
 *
 * Every error the course throws on purpose extends `CourseError`, so a caller can tell
 * "your input is wrong" apart from a bug. The grader relies on `NotImplemented` in particular:
 * a spec that fails with it is reported as "not started", not as a wrong answer.
 */

/** Base class of every error the course throws deliberately. */
export class CourseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Thrown by every stub until the learner writes the function.
 *
 * The message starts with a fixed marker so that the grader can recognise it even after
 * the error has crossed a process boundary (where only the message and name survive).
 */
export class NotImplemented extends CourseError {
  static readonly marker = "NOT_STARTED:";
  readonly what: string;
  /** The README task the function belongs to; verify checks that every task has one. */
  readonly task: number | undefined;
  constructor(what: string, task?: number) {
    const where = task === undefined ? "" : ` (task ${task})`;
    super(
      `${NotImplemented.marker} ${what}${where} is not implemented yet — open the exercise README and write it.`,
    );
    this.what = what;
    this.task = task;
  }
}

/** Arrays or tensors whose shapes do not fit together (e.g. a 2×3 matrix times a 2×3 matrix). */
export class ShapeError extends CourseError {}

/** An argument that is outside what the function accepts: empty data, NaN, a negative count… */
export class InvalidArgument extends CourseError {}
