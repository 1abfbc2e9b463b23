/** Mutant: the MSE gradient forgets the 2 of d(r²)/dr = 2r and returns (p − t)/N. */
export * from "@solution/6.1-nn-core/03-losses/losses";

import { checkSameLength, type FloatArray, type LossResult } from "@solution/6.1-nn-core/03-losses/losses";
import { InvalidArgument } from "../../../../../lib/errors";

export function mse(predictions: FloatArray, targets: ArrayLike<number>): LossResult {
  checkSameLength(predictions, targets, "mse");
  const n = predictions.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (predictions[i] as number) - (targets[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(`mse: value ${i} is not finite`);
    sum += r * r;
    grad[i] = r / n;
  }
  return { loss: sum / n, grad };
}
