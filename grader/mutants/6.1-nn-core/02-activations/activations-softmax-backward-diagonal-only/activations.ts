/**
 * Mutant: the softmax backward pass uses only the diagonal of the Jacobian,
 * ∂L/∂zⱼ = pⱼ(1 − pⱼ)·gⱼ, as if softmax were an element-wise function like sigmoid. It
 * forgets that every output depends on every input of its row (the −pⱼpₖ terms).
 */
export * from "@solution/6.1-nn-core/02-activations/activations";

import { checkBatch, type FloatArray, outputFor } from "@solution/6.1-nn-core/02-activations/activations";
import { ShapeError } from "../../../../../lib/errors";

export function softmaxBackward<T extends FloatArray>(
  probs: T,
  gradOutput: FloatArray,
  rows: number,
  cols: number,
  out?: T,
): T {
  checkBatch(probs.length, rows, cols, "softmaxBackward");
  if (gradOutput.length !== probs.length) throw new ShapeError("gradOutput length");
  const y = outputFor(probs, out, "softmaxBackward");
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i] as number;
    y[i] = p * (1 - p) * (gradOutput[i] as number);
  }
  return y;
}
