/**
 * 6.1.2 Activation functions and their derivatives.
 *
 * Read README.md in this folder first. The rules shared by every function:
 *
 * - Inputs are `Float64Array` or `Float32Array`. The result has the same type as the input
 *   and is a NEW array, unless you pass `out` (same length as the input; it may be the input
 *   itself, for an in-place update). Compute in float64 (plain JavaScript numbers) and store
 *   into the result. Never modify the input unless it is also `out`.
 * - Element-wise functions accept any length, including 0. A NaN input gives a NaN output
 *   (never hide a NaN), and ±Infinity behaves as the limit: `sigmoid(-Infinity) = 0`.
 * - No NaN and no Infinity for finite inputs, however large: |x| up to 1e4 and beyond.
 * - Batches are row-major: `rows × cols` values, row r at indices [r·cols, (r + 1)·cols).
 * - `out` of the wrong length → ShapeError. Bad `rows`/`cols` or `alpha` → InvalidArgument.
 *
 * - `FloatArray` and the helpers `allocLike`, `outputFor` and `checkBatch` are given in
 *   `activations.given.ts`: import what you use from there.
 *
 * Section 6.1.5 (the MLP) imports this file, so keep these signatures exactly as they are.
 */
import { NotImplemented } from "../../../lib/errors";
import type { FloatArray } from "./activations.given";

// ---------------------------------------------------------------------------------------------
// Task 1. Sigmoid and tanh
// ---------------------------------------------------------------------------------------------

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^(−x)), element-wise; values in [0, 1].
 *
 * Stable form: never compute e^x for a large positive x. Use 1 / (1 + e^(−x)) for x ≥ 0 and
 * e^x / (1 + e^x) for x < 0, so that the exponential is always of −|x| and lies in (0, 1].
 *
 * @example sigmoid(Float64Array.of(0, 2)) → [0.5, 0.8807970779778823]
 * @throws ShapeError when `out` is given with a different length.
 */
export function sigmoid<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("sigmoid", 1);
}

/**
 * σ′(x) = σ(x)·(1 − σ(x)), element-wise, from the INPUT x (compute s = σ(x) first).
 * Its maximum is σ′(0) = 0.25; for |x| = 1e4 it is exactly 0.
 * @throws ShapeError when `out` is given with a different length.
 */
export function sigmoidDerivative<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("sigmoidDerivative", 1);
}

/**
 * The hyperbolic tangent, element-wise; values in [−1, 1]. `Math.tanh` is stable; the
 * textbook (e^(2x) − 1)/(e^(2x) + 1) is ∞/∞ = NaN for x ≳ 355.
 * @throws ShapeError when `out` is given with a different length.
 */
export function tanh<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("tanh", 1);
}

/**
 * tanh′(x) = 1 − tanh²(x), element-wise, from the INPUT x.
 * @throws ShapeError when `out` is given with a different length.
 */
export function tanhDerivative<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("tanhDerivative", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2. ReLU and leaky ReLU
// ---------------------------------------------------------------------------------------------

/**
 * relu(x) = max(0, x), element-wise. A NaN stays NaN (careful: `x > 0 ? x : 0` turns NaN into 0).
 * @throws ShapeError when `out` is given with a different length.
 */
export function relu<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("relu", 2);
}

/**
 * relu′(x) = 1 for x > 0, 0 for x ≤ 0 (0 at x = 0 by convention, as in PyTorch and
 * TensorFlow). A NaN stays NaN.
 * @throws ShapeError when `out` is given with a different length.
 */
export function reluDerivative<T extends FloatArray>(_x: T, _out?: T): T {
  throw new NotImplemented("reluDerivative", 2);
}

/**
 * leakyRelu(x) = x for x > 0, α·x otherwise, element-wise.
 * @param alpha the slope for negative inputs, in [0, 1); default 0.01.
 * @throws InvalidArgument when alpha is not a finite number in [0, 1);
 *   ShapeError when `out` is given with a different length.
 */
export function leakyRelu<T extends FloatArray>(_x: T, _alpha = 0.01, _out?: T): T {
  throw new NotImplemented("leakyRelu", 2);
}

/**
 * leakyRelu′(x) = 1 for x > 0, α for x ≤ 0 (α at x = 0). A NaN stays NaN.
 * @throws InvalidArgument when alpha is not a finite number in [0, 1);
 *   ShapeError when `out` is given with a different length.
 */
export function leakyReluDerivative<T extends FloatArray>(_x: T, _alpha = 0.01, _out?: T): T {
  throw new NotImplemented("leakyReluDerivative", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3. Softmax over a batch
// ---------------------------------------------------------------------------------------------

/**
 * Row-wise softmax of a `rows × cols` batch of logits (row-major):
 *
 *     softmax(z)ⱼ = e^(zⱼ − m) / Σₖ e^(zₖ − m),   m = maxₖ zₖ of the same row
 *
 * Subtracting the row maximum changes nothing mathematically and keeps every exponent ≤ 0,
 * so nothing overflows: [1e4, 0, −1e4] → [1, 0, 0]. An entry of −Infinity gets probability 0.
 *
 * @throws InvalidArgument when rows or cols is not an integer ≥ 1;
 *   ShapeError when `logits.length !== rows·cols` or `out` has a different length.
 */
export function softmax<T extends FloatArray>(_logits: T, _rows: number, _cols: number, _out?: T): T {
  throw new NotImplemented("softmax", 3);
}

// ---------------------------------------------------------------------------------------------
// Task 4. The softmax backward pass
// ---------------------------------------------------------------------------------------------

/**
 * The backward pass of a row-wise softmax. Given p = softmax(z) (`probs`) and g = ∂L/∂p
 * (`gradOutput`, same shape), returns ∂L/∂z, row by row:
 *
 *     (∂L/∂z)ⱼ = pⱼ · (gⱼ − Σₖ gₖ·pₖ)
 *
 * which is Jᵀg for the softmax Jacobian J = diag(p) − p·pᵀ, without building J.
 *
 * @throws InvalidArgument when rows or cols is not an integer ≥ 1; ShapeError when
 *   `probs.length !== rows·cols`, or `gradOutput` or `out` has a different length.
 */
export function softmaxBackward<T extends FloatArray>(
  _probs: T,
  _gradOutput: FloatArray,
  _rows: number,
  _cols: number,
  _out?: T,
): T {
  throw new NotImplemented("softmaxBackward", 4);
}
