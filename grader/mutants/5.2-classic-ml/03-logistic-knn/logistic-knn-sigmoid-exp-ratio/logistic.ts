/**
 * Mutant: the sigmoid written as e^z / (1 + e^z) for every z. For z > 709, e^z overflows to
 * Infinity and the result is Infinity / Infinity = NaN.
 */
export * from "@solution/5.2-classic-ml/03-logistic-knn/logistic";

import { InvalidArgument } from "../../../../../lib/errors";

export function sigmoid(z: number): number {
  if (Number.isNaN(z)) throw new InvalidArgument("sigmoid: z is NaN");
  const e = Math.exp(z);
  return e / (1 + e);
}
