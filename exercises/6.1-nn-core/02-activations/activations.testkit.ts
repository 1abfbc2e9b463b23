/**
 * Spec-side helpers shared by the public and hidden specs of 6.1.2 Activation functions.
 */
import { at } from "../../../lib/testing";

/** The values as a plain array, −0 turned into 0 (the sign of a zero is not part of the contract). */
export function values(a: ArrayLike<number>): number[] {
  return Array.from(a, (v) => v + 0);
}

/** True when every value is a finite number. */
export function allFinite(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(at(a, i))) return false;
  return true;
}

/** Central difference of an element-wise function at one point, through the learner's code. */
export function numericDerivative(f: (x: Float64Array) => Float64Array, x: number, h = 1e-5): number {
  return (at(f(Float64Array.of(x + h)), 0) - at(f(Float64Array.of(x - h)), 0)) / (2 * h);
}
