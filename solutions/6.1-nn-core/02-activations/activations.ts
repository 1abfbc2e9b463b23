/**
 * 6.1.2 Activation functions and their derivatives — reference solution.
 *
 * Conventions shared by every function (see README.md, "API"):
 *
 * - Inputs are `Float64Array` or `Float32Array`. The result has the same type as the input
 *   and is a NEW array, unless you pass `out` (same length; it may be the input itself, for
 *   an in-place update). Arithmetic is done in float64 and stored into the result.
 * - Element-wise functions accept any length, including 0. A NaN input gives a NaN output
 *   (it is never hidden), and ±Infinity behaves as the limit: `sigmoid(-Infinity) = 0`.
 * - Batches are row-major: `rows × cols` values, row `r` at `[r·cols, (r + 1)·cols)`.
 */
import {
  checkBatch,
  type FloatArray,
  outputFor,
} from "@exercise/6.1-nn-core/02-activations/activations.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

// ---------------------------------------------------------------------------------------------
// Task 1. Sigmoid and tanh
// ---------------------------------------------------------------------------------------------

/** σ(x) for one number, without overflow: e^(−|x|) never exceeds 1. */
function sigmoidScalar(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // x < 0, so e ∈ (0, 1)
  return e / (1 + e);
}

/** σ(x) = 1 / (1 + e^(−x)), element-wise. */
export function sigmoid<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "sigmoid");
  for (let i = 0; i < x.length; i++) y[i] = sigmoidScalar(x[i]);
  return y;
}

/** σ′(x) = σ(x)·(1 − σ(x)), element-wise, from the input x. */
export function sigmoidDerivative<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "sigmoidDerivative");
  for (let i = 0; i < x.length; i++) {
    const s = sigmoidScalar(x[i]);
    y[i] = s * (1 - s);
  }
  return y;
}

/** tanh(x), element-wise. */
export function tanh<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "tanh");
  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
  return y;
}

/** tanh′(x) = 1 − tanh²(x), element-wise, from the input x. */
export function tanhDerivative<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "tanhDerivative");
  for (let i = 0; i < x.length; i++) {
    const t = Math.tanh(x[i]);
    y[i] = 1 - t * t;
  }
  return y;
}

// ---------------------------------------------------------------------------------------------
// Task 2. ReLU and leaky ReLU
// ---------------------------------------------------------------------------------------------

/** relu(x) = max(0, x), element-wise; NaN stays NaN. */
export function relu<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "relu");
  for (let i = 0; i < x.length; i++) y[i] = Math.max(x[i], 0); // Math.max(NaN, 0) is NaN: a NaN passes through
  return y;
}

/** relu′(x) = 1 if x > 0, else 0 (0 at x = 0, by convention); NaN stays NaN. */
export function reluDerivative<T extends FloatArray>(x: T, out?: T): T {
  const y = outputFor(x, out, "reluDerivative");
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? 1 : v <= 0 ? 0 : Number.NaN;
  }
  return y;
}

function checkAlpha(alpha: number, what: string): void {
  if (!(Number.isFinite(alpha) && alpha >= 0 && alpha < 1)) {
    throw new InvalidArgument(`${what}: alpha must be a finite number in [0, 1), got ${alpha}`);
  }
}

/** leakyRelu(x) = x if x > 0, else α·x, element-wise. α ∈ [0, 1), default 0.01. */
export function leakyRelu<T extends FloatArray>(x: T, alpha = 0.01, out?: T): T {
  checkAlpha(alpha, "leakyRelu");
  const y = outputFor(x, out, "leakyRelu");
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    // With α = 0, α·x would be 0·(−∞) = NaN at x = −∞; plain ReLU's limit there is 0.
    y[i] = v > 0 ? v : alpha === 0 ? Math.max(v, 0) : alpha * v;
  }
  return y;
}

/** leakyRelu′(x) = 1 if x > 0, else α (α at x = 0); NaN stays NaN. */
export function leakyReluDerivative<T extends FloatArray>(x: T, alpha = 0.01, out?: T): T {
  checkAlpha(alpha, "leakyReluDerivative");
  const y = outputFor(x, out, "leakyReluDerivative");
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v > 0 ? 1 : v <= 0 ? alpha : Number.NaN;
  }
  return y;
}

// ---------------------------------------------------------------------------------------------
// Task 3. Softmax over a batch
// ---------------------------------------------------------------------------------------------

/** Row-wise softmax of a `rows × cols` batch of logits: each row becomes a distribution. */
export function softmax<T extends FloatArray>(logits: T, rows: number, cols: number, out?: T): T {
  checkBatch(logits.length, rows, cols, "softmax");
  const y = outputFor(logits, out, "softmax");
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = logits[i];
      if (v > max || Number.isNaN(v)) max = v;
    }
    let sum = 0;
    for (let i = start; i < end; i++) {
      const e = Math.exp(logits[i] - max);
      y[i] = e;
      sum += e;
    }
    for (let i = start; i < end; i++) y[i] /= sum;
  }
  return y;
}

// ---------------------------------------------------------------------------------------------
// Task 4. The softmax backward pass
// ---------------------------------------------------------------------------------------------

/**
 * The backward pass of a row-wise softmax: given p = softmax(z) and g = ∂L/∂p, returns
 * ∂L/∂z = Jᵀg with J = diag(p) − p·pᵀ per row, i.e. (∂L/∂z)ⱼ = pⱼ·(gⱼ − Σₖ gₖpₖ).
 */
export function softmaxBackward<T extends FloatArray>(
  probs: T,
  gradOutput: FloatArray,
  rows: number,
  cols: number,
  out?: T,
): T {
  checkBatch(probs.length, rows, cols, "softmaxBackward");
  if (gradOutput.length !== probs.length) {
    throw new ShapeError(
      `softmaxBackward: gradOutput has length ${gradOutput.length}, probs has length ${probs.length}`,
    );
  }
  const y = outputFor(probs, out, "softmaxBackward");
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let dot = 0;
    for (let i = start; i < end; i++) dot += gradOutput[i] * probs[i];
    for (let i = start; i < end; i++) y[i] = probs[i] * (gradOutput[i] - dot);
  }
  return y;
}
