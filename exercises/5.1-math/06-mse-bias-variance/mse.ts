/**
 * 5.1.6 The mean squared error and its gradient — your file (tasks 1 and 2 of the README).
 *
 * Shared rules:
 *
 * - `yTrue` (the labels) and `yPred` (the model's predictions) are `VectorLike`: a plain
 *   `number[]`, a `Float64Array`, a `Float32Array`… Never modify them.
 * - Different lengths → `ShapeError` whose message names both lengths.
 * - Empty inputs → `InvalidArgument` (the mean of nothing is undefined).
 * - A value that is NaN or ±Infinity → `InvalidArgument`: a NaN loss silently poisons a whole
 *   training run, so it is rejected at the door.
 */
import { NotImplemented } from "../../../lib/errors";
import type { VectorLike } from "./mse.given";

/**
 * Task 1. The mean squared error
 *
 *     MSE = (1/n) · Σᵢ (ŷᵢ − yᵢ)²
 *
 * Example: `mse([1, 2, 3], [1, 2, 5])` is (0 + 0 + 4) / 3 = 1.333….
 *
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument when the inputs are empty or hold NaN or ±Infinity.
 */
export function mse(_yTrue: VectorLike, _yPred: VectorLike): number {
  throw new NotImplemented("mse", 1);
}

/**
 * Task 2. The gradient of the MSE with respect to the predictions, a new Float64Array:
 *
 *     ∂MSE/∂ŷᵢ = (2/n) · (ŷᵢ − yᵢ)
 *
 * Example: `mseGradient([1, 2, 3], [1, 2, 5])` is [0, 0, 4/3].
 *
 * @throws ShapeError when the lengths differ.
 * @throws InvalidArgument when the inputs are empty or hold NaN or ±Infinity.
 */
export function mseGradient(_yTrue: VectorLike, _yPred: VectorLike): Float64Array {
  throw new NotImplemented("mseGradient", 2);
}
