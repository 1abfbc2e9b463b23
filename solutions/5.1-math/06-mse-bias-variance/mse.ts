/**
 * 5.1.6 The mean squared error and its gradient — reference solution.
 */
import type { VectorLike } from "@exercise/5.1-math/06-mse-bias-variance/mse.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** Throws unless `yTrue` and `yPred` are equally long, non-empty and finite. */
function check(yTrue: VectorLike, yPred: VectorLike, what: string): void {
  if (yTrue.length !== yPred.length) {
    throw new ShapeError(`${what}: yTrue has ${yTrue.length} values but yPred has ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new InvalidArgument(`${what}: the error of zero predictions is undefined`);
  for (let i = 0; i < yTrue.length; i++) {
    if (!Number.isFinite(yTrue[i]) || !Number.isFinite(yPred[i])) {
      throw new InvalidArgument(
        `${what}: yTrue[${i}] = ${yTrue[i]}, yPred[${i}] = ${yPred[i]} is not finite`,
      );
    }
  }
}

/**
 * Task 1. MSE = (1/n) Σᵢ (ŷᵢ − yᵢ)².
 * @throws ShapeError when the lengths differ; InvalidArgument when empty or non-finite.
 */
export function mse(yTrue: VectorLike, yPred: VectorLike): number {
  check(yTrue, yPred, "mse");
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const r = yPred[i] - yTrue[i];
    sum += r * r;
  }
  return sum / yTrue.length;
}

/**
 * Task 2. The gradient of the MSE with respect to the predictions: ∂MSE/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ).
 * @throws ShapeError when the lengths differ; InvalidArgument when empty or non-finite.
 */
export function mseGradient(yTrue: VectorLike, yPred: VectorLike): Float64Array {
  check(yTrue, yPred, "mseGradient");
  const n = yTrue.length;
  const grad = new Float64Array(n);
  for (let i = 0; i < n; i++) grad[i] = (2 / n) * (yPred[i] - yTrue[i]);
  return grad;
}
