/**
 * 5.1.1 Vectors and the dot product.
 *
 * Write every function below; the README explains each one. The rules shared by all of them:
 *
 * - Inputs are `VectorLike` (given in vectors.given.ts: a plain `number[]`, a `Float64Array`, …);
 *   vector results are always a NEW `Float64Array`. Never modify an input.
 * - Two vectors of different lengths → `ShapeError` whose message names both lengths.
 * - A component that is NaN or ±Infinity → `InvalidArgument`. (Results may still overflow
 *   to ±Infinity: `add([1e308], [1e308])` is `[Infinity]`, as IEEE arithmetic says.)
 * - Empty vectors are allowed: `add([], [])` is an empty Float64Array, `dot([], []) === 0`,
 *   `norm([]) === 0`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { VectorLike } from "./vectors.given";

/**
 * Task 1. a + b, element by element: `out[i] = a[i] + b[i]`.
 * @throws ShapeError when the lengths differ; InvalidArgument on NaN or ±Infinity.
 */
export function add(_a: VectorLike, _b: VectorLike): Float64Array {
  throw new NotImplemented("add", 1);
}

/**
 * Task 1. a − b, element by element: `out[i] = a[i] - b[i]`.
 * @throws ShapeError when the lengths differ; InvalidArgument on NaN or ±Infinity.
 */
export function subtract(_a: VectorLike, _b: VectorLike): Float64Array {
  throw new NotImplemented("subtract", 1);
}

/**
 * Task 1. k·v: every component multiplied by the scalar `k`. Returns a new array; `v` is unchanged.
 * @throws InvalidArgument when `k` or a component of `v` is NaN or ±Infinity.
 */
export function scale(_v: VectorLike, _k: number): Float64Array {
  throw new NotImplemented("scale", 1);
}

/**
 * Task 2. The dot product a·b = Σᵢ aᵢbᵢ. Two empty vectors give 0.
 * @throws ShapeError when the lengths differ; InvalidArgument on NaN or ±Infinity.
 */
export function dot(_a: VectorLike, _b: VectorLike): number {
  throw new NotImplemented("dot", 2);
}

/**
 * Task 3. The Euclidean norm ‖v‖ = √(Σᵢ vᵢ²); `norm([]) === 0`.
 * Must not overflow or underflow: `norm([1e200, 1e200])` is 1.414…e200, not Infinity, and
 * `norm([1e-200, 1e-200])` is 1.414…e-200, not 0. Works for 1,000,000 components.
 * @throws InvalidArgument on NaN or ±Infinity.
 */
export function norm(_v: VectorLike): number {
  throw new NotImplemented("norm", 3);
}

/**
 * Task 3. The cosine of the angle between a and b: a·b / (‖a‖‖b‖), always within [−1, 1].
 * Must work for huge and tiny components too (cos is scale-invariant).
 * @throws ShapeError when the lengths differ; InvalidArgument when either vector is zero or
 *   empty (the angle is undefined) or holds NaN or ±Infinity.
 */
export function cosineSimilarity(_a: VectorLike, _b: VectorLike): number {
  throw new NotImplemented("cosineSimilarity", 3);
}
