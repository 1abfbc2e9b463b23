/**
 * Mutant: "underfit" and "overfit" swapped — a high training error is called over-fitting,
 * a low training error with a high test error under-fitting.
 */
import {
  type FitVerdict,
  classifyFit as reference,
} from "@solution/5.1-math/06-mse-bias-variance/bias-variance";

export * from "@solution/5.1-math/06-mse-bias-variance/bias-variance";

export function classifyFit(trainMse: number, testMse: number, noiseVar: number): FitVerdict {
  const verdict = reference(trainMse, testMse, noiseVar);
  if (verdict === "underfit") return "overfit";
  if (verdict === "overfit") return "underfit";
  return verdict;
}
