/**
 * 5.1.6 Bias vs variance — your file (tasks 3, 4 and 5 of the README).
 *
 * You fit polynomials of growing degree to noisy samples of a known curve and watch the
 * training error fall forever while the test error first falls (less bias), then rises
 * again (more variance). Then you name what you see: under-fitting, a good fit, over-fitting.
 *
 * Shared rules: never modify an input; x and y of different lengths → `ShapeError`; empty
 * data, NaN/±Infinity, or a count/degree out of range → `InvalidArgument`.
 *
 * The types and `FIT_FACTOR` are given in `bias-variance.given.ts`.
 */
import { NotImplemented } from "../../../lib/errors";
import type { CurveOptions, CurvePoint, FitVerdict, Polynomial } from "./bias-variance.given";
import type { VectorLike } from "./mse.given";

/**
 * Task 3. The least-squares polynomial of degree `degree`: the coefficients c that minimise
 * Σᵢ (p(xᵢ) − yᵢ)².
 *
 * 1. Scale: center = (min x + max x) / 2, halfRange = (max x − min x) / 2 exactly (1 only
 *    when all x are equal), zᵢ = (xᵢ − center) / halfRange: the training inputs span exactly
 *    z ∈ [−1, 1], whether x spans [0, 1] or [10, 20].
 * 2. Build the n×(d+1) Vandermonde matrix Vᵢⱼ = zᵢʲ and solve V c ≈ y in the least-squares
 *    sense with a QR factorisation (the README gives Householder QR step by step). The specs
 *    fit up to degree 22, where the normal equations VᵀV c = Vᵀy break down.
 *
 * @returns `{ coeffs, center, halfRange }` with `coeffs.length === degree + 1`.
 * @throws ShapeError when x and y differ in length.
 * @throws InvalidArgument when the data is empty or not finite, when `degree` is not a
 *   non-negative integer, or when there are fewer than `degree + 1` distinct x values (the
 *   polynomial is then not determined).
 */
export function polyFit(_x: VectorLike, _y: VectorLike, _degree: number): Polynomial {
  throw new NotImplemented("polyFit", 3);
}

/**
 * Task 3. Evaluates the polynomial at every x (Horner's rule in z = (x − center) / halfRange)
 * and returns the values as a new Float64Array.
 */
export function polyPredict(_poly: Polynomial, _x: VectorLike): Float64Array {
  throw new NotImplemented("polyPredict", 3);
}

/**
 * Task 4. The bias–variance experiment. With `rng = new Rng(seed)` (from lib/rng), draw
 *
 * 1. the training set: nTrain inputs x ~ U[0, 1) (`rng.uniformArray(nTrain)`), then for each
 *    its label y = trueFn(x) + ε with ε ~ N(0, noiseStd²) (`rng.normal(0, noiseStd)`);
 * 2. the test set: the same for nTest points, from the same rng.
 *
 * That order is part of the contract (the specs replay it): all nTrain training inputs, then
 * the nTrain noise values in the order of the points, then the same for the test set; one rng
 * for everything, never re-seeded.
 *
 * Then, for every degree in `degrees` (in that order), fit a polynomial to the TRAINING set
 * and return `{ degree, trainMse, testMse }`: its MSE on the training set and on the test set.
 * Use your `mse` from task 1.
 *
 * @throws InvalidArgument when nTrain or nTest is not a positive integer, noiseStd is
 *   negative or not finite, `degrees` is empty, or a degree is not an integer in
 *   [0, nTrain − 1] (nTrain − 1 itself is allowed: it interpolates the training set).
 */
export function biasVarianceCurve(_options: CurveOptions): CurvePoint[] {
  throw new NotImplemented("biasVarianceCurve", 4);
}

/**
 * Task 5. Names the fit, comparing both errors with the noise variance σ² = noiseVar (the
 * lowest test MSE any model can reach on average). An error is "high" when it is above
 * FIT_FACTOR · σ²:
 *
 * - `"underfit"` when trainMse is high: the model cannot even follow the data it was fitted
 *   to (high bias);
 * - `"overfit"` when trainMse is not high but testMse is: it learned its training set,
 *   noise included, and fails on new data (high variance);
 * - `"good"` when neither is high.
 *
 * @throws InvalidArgument when trainMse or testMse is negative or not finite, or noiseVar is
 *   not a finite positive number.
 */
export function classifyFit(_trainMse: number, _testMse: number, _noiseVar: number): FitVerdict {
  throw new NotImplemented("classifyFit", 5);
}
