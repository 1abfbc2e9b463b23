/**
 * Mutant: the "test" MSE is measured on the training set (the test set is drawn but never
 * used), so the test error falls with the degree exactly like the training error and
 * over-fitting becomes invisible.
 */
import {
  type CurveOptions,
  type CurvePoint,
  biasVarianceCurve as reference,
} from "@solution/5.1-math/06-mse-bias-variance/bias-variance";

export * from "@solution/5.1-math/06-mse-bias-variance/bias-variance";

export function biasVarianceCurve(options: CurveOptions): CurvePoint[] {
  return reference(options).map((p) => ({ degree: p.degree, trainMse: p.trainMse, testMse: p.trainMse }));
}
