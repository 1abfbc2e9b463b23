/**
 * 6.1.2 Activation functions — given code (read it, do not edit it): the array type every
 * function takes, and three helpers to start every function with.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** The two array types every function accepts. */
export type FloatArray = Float64Array | Float32Array;

/** A new zero-filled array of the same type as `like` (Float32Array stays Float32Array). */
export function allocLike<T extends FloatArray>(like: T, length: number = like.length): T {
  return (like instanceof Float32Array ? new Float32Array(length) : new Float64Array(length)) as T;
}

/**
 * The array to write a result into: `out` if given (after checking its length), else a new
 * array like `x`. Use it at the top of every element-wise function:
 * `const y = outputFor(x, out, "sigmoid");`
 */
export function outputFor<T extends FloatArray>(x: T, out: T | undefined, what: string): T {
  if (out === undefined) return allocLike(x);
  if (out.length !== x.length) {
    throw new ShapeError(`${what}: out has length ${out.length}, the input has length ${x.length}`);
  }
  return out;
}

/** Checks that `rows` and `cols` are integers ≥ 1 (InvalidArgument) and `length === rows·cols` (ShapeError). */
export function checkBatch(length: number, rows: number, cols: number, what: string): void {
  if (!(Number.isInteger(rows) && rows >= 1 && Number.isInteger(cols) && cols >= 1)) {
    throw new InvalidArgument(`${what}: rows and cols must be integers ≥ 1, got ${rows} × ${cols}`);
  }
  if (length !== rows * cols) {
    throw new ShapeError(`${what}: ${rows} × ${cols} = ${rows * cols} values expected, got ${length}`);
  }
}
