/**
 * 6.1.3 Loss functions — given code (read it, do not edit it): the types every loss uses and
 * two checks to start every loss with.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** The two array types every loss accepts as its first argument. */
export type FloatArray = Float64Array | Float32Array;

/** What every loss returns. */
export interface LossResult {
  /** The loss, averaged over the batch (a finite number ≥ 0). */
  loss: number;
  /** ∂loss/∂input: a new Float64Array, same length as the input, already divided by N. */
  grad: Float64Array;
}

/** Throws ShapeError when the lengths differ, InvalidArgument when they are 0. */
export function checkSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) {
    throw new ShapeError(`${what}: the input has length ${a.length}, the targets ${b.length}`);
  }
  if (a.length === 0) throw new InvalidArgument(`${what}: empty input; a mean over 0 values is undefined`);
}

/** Throws InvalidArgument unless rows and cols are integers ≥ 1, ShapeError unless length = rows·cols. */
export function checkBatch(length: number, rows: number, cols: number, what: string): void {
  if (!(Number.isInteger(rows) && rows >= 1 && Number.isInteger(cols) && cols >= 1)) {
    throw new InvalidArgument(`${what}: rows and cols must be integers ≥ 1, got ${rows} × ${cols}`);
  }
  if (length !== rows * cols) {
    throw new ShapeError(`${what}: ${rows} × ${cols} = ${rows * cols} values expected, got ${length}`);
  }
}
