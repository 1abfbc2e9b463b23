/** Mutant: binaryLogLoss computes −[y log σ(F) + (1 − y) log(1 − σ(F))] directly, which is Infinity for confident scores. */
import { sigmoid } from "@solution/5.2-classic-ml/06-ensembles/boosting";
import { assertVector } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/06-ensembles/boosting";

export function binaryLogLoss(y: ArrayLike<number>, raw: ArrayLike<number>): number {
  assertVector(y, "binaryLogLoss: y");
  assertVector(raw, "binaryLogLoss: raw", { length: y.length });
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const p = sigmoid(raw[i] as number);
    const t = y[i] as number;
    s -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
  }
  return s / y.length;
}
