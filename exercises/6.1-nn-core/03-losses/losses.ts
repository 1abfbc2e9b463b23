/**
 * 6.1.3 Loss functions and their gradients.
 *
 * Read README.md in this folder first. The rules shared by every loss:
 *
 * - The model's output comes FIRST, the targets second: `mse(predictions, targets)` (the
 *   PyTorch order — note that 5.1.6's `mse(yTrue, yPred)` had it the other way round).
 * - Every loss returns `{ loss, grad }`: the loss AVERAGED over the batch, and
 *   `grad = ∂loss/∂input`, a NEW Float64Array shaped like the first argument. Because the
 *   loss is a mean, the 1/N factor is part of the gradient.
 * - The first argument is a Float64Array or a Float32Array; targets and labels may be any
 *   array of numbers (`number[]`, typed arrays). Nothing is modified.
 * - Lengths that do not fit → ShapeError. Empty input, NaN, values outside their range or a
 *   bad `rows`/`cols`/`epsilon` → InvalidArgument.
 *
 * - `FloatArray`, `LossResult` and the checks `checkSameLength` and `checkBatch` are given in
 *   `losses.given.ts`: import what you use from there.
 *
 * Section 6.1.5 (the MLP) imports this file, so keep these signatures exactly as they are.
 */
import { NotImplemented } from "../../../lib/errors";
import type { FloatArray, LossResult } from "./losses.given";

// ---------------------------------------------------------------------------------------------
// Task 1. Mean squared error
// ---------------------------------------------------------------------------------------------

/**
 * The mean squared error over all N values (for a `rows × cols` batch, N = rows·cols):
 *
 *     loss = (1/N)·Σᵢ (pᵢ − tᵢ)²        grad = 2(p − t)/N
 *
 * @example mse([1, 2, 3], [1, 2, 5]) → { loss: 4/3, grad: [0, 0, −4/3] }
 * @throws ShapeError when the lengths differ; InvalidArgument when empty or not finite.
 */
export function mse(_predictions: FloatArray, _targets: ArrayLike<number>): LossResult {
  throw new NotImplemented("mse", 1);
}

// ---------------------------------------------------------------------------------------------
// Task 2. Binary cross-entropy
// ---------------------------------------------------------------------------------------------

/**
 * Binary cross-entropy from probabilities p ∈ [0, 1], clipped to [ε, 1 − ε] so that log(0)
 * never happens:
 *
 *     p̂ = clip(p, ε, 1 − ε)
 *     loss = −(1/N)·Σᵢ [tᵢ·log p̂ᵢ + (1 − tᵢ)·log(1 − p̂ᵢ)]
 *     gradᵢ = (p̂ᵢ − tᵢ) / (p̂ᵢ(1 − p̂ᵢ)·N)   where ε ≤ pᵢ ≤ 1 − ε,
 *     gradᵢ = 0                             where pᵢ was clipped (the clipped loss is flat there).
 *
 * @param targets values in [0, 1] (usually 0 or 1; "soft" labels are allowed).
 * @param epsilon the clipping bound, in (0, 0.5); default 1e-7 (as in Keras).
 * @throws ShapeError when the lengths differ; InvalidArgument when empty, when a probability or
 *   target is outside [0, 1] (NaN included), or for a bad epsilon.
 */
export function binaryCrossEntropy(
  _probabilities: FloatArray,
  _targets: ArrayLike<number>,
  _epsilon = 1e-7,
): LossResult {
  throw new NotImplemented("binaryCrossEntropy", 2);
}

/**
 * Binary cross-entropy from logits z (the probability is σ(z)), in the stable form
 *
 *     loss = (1/N)·Σᵢ [max(zᵢ, 0) − zᵢtᵢ + log(1 + e^(−|zᵢ|))]        grad = (σ(z) − t)/N
 *
 * (use Math.log1p). No clipping is needed, and nothing overflows for any finite z.
 *
 * @throws ShapeError when the lengths differ; InvalidArgument when empty, when a logit is not
 *   finite, or a target is outside [0, 1].
 */
export function binaryCrossEntropyWithLogits(_logits: FloatArray, _targets: ArrayLike<number>): LossResult {
  throw new NotImplemented("binaryCrossEntropyWithLogits", 2);
}

// ---------------------------------------------------------------------------------------------
// Task 3. Log-sum-exp
// ---------------------------------------------------------------------------------------------

/**
 * log Σⱼ e^(zⱼ) for each row of a `rows × cols` batch, computed stably as
 *
 *     lse(z) = m + log Σⱼ e^(zⱼ − m),   m = maxⱼ zⱼ
 *
 * @returns a new Float64Array of length `rows`.
 * @example logSumExp([1e4, 1e4], 1, 2) → [1e4 + log 2]
 * @throws InvalidArgument for bad rows/cols or a non-finite logit; ShapeError when
 *   `logits.length !== rows·cols`.
 */
export function logSumExp(_logits: FloatArray, _rows: number, _cols: number): Float64Array {
  throw new NotImplemented("logSumExp", 3);
}

// ---------------------------------------------------------------------------------------------
// Task 4. Categorical cross-entropy from logits
// ---------------------------------------------------------------------------------------------

/**
 * Cross-entropy between target distributions t (`rows × cols`, each row in [0, 1] summing to 1,
 * e.g. one-hot) and softmax(z), computed from the logits z without ever taking log(softmax):
 *
 *     loss = (1/rows)·Σᵣ Σⱼ tᵣⱼ·(lseᵣ − zᵣⱼ)        grad = (softmax(z) − t)/rows
 *
 * with softmax(z)ᵣⱼ = e^(zᵣⱼ − lseᵣ).
 *
 * @throws ShapeError when `logits.length !== rows·cols` or the targets differ in length;
 *   InvalidArgument for bad rows/cols, a non-finite logit, a target outside [0, 1], or a
 *   target row whose sum differs from 1 by more than 1e-6.
 */
export function categoricalCrossEntropyFromLogits(
  _logits: FloatArray,
  _targets: ArrayLike<number>,
  _rows: number,
  _cols: number,
): LossResult {
  throw new NotImplemented("categoricalCrossEntropyFromLogits", 4);
}

/**
 * The same loss with the targets given as class indices, `labels[r] ∈ {0, …, cols − 1}` (what
 * a data set like MNIST gives you):
 *
 *     loss = (1/rows)·Σᵣ (lseᵣ − zᵣ,labelᵣ)        grad = (softmax(z) − onehot(labels))/rows
 *
 * @throws ShapeError when `logits.length !== rows·cols` or `labels.length !== rows`;
 *   InvalidArgument for bad rows/cols, a non-finite logit, or a label that is not an integer
 *   in [0, cols).
 */
export function sparseCategoricalCrossEntropyFromLogits(
  _logits: FloatArray,
  _labels: ArrayLike<number>,
  _rows: number,
  _cols: number,
): LossResult {
  throw new NotImplemented("sparseCategoricalCrossEntropyFromLogits", 4);
}
