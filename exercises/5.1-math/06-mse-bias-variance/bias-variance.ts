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
 * The block between the GIVEN markers is finished code (types and one constant) that the
 * specs use too. Read it; don't change it.
 */
import { NotImplemented } from "../../../lib/errors";
import type { VectorLike } from "./mse";

// ───────────────────────────── GIVEN (do not change) ─────────────────────────────

/**
 * A polynomial in the scaled variable z = (x − center) / halfRange:
 *
 *     p(x) = coeffs[0] + coeffs[1]·z + coeffs[2]·z² + … + coeffs[d]·zᵈ
 *
 * `polyFit` picks center and halfRange so that the training inputs span exactly z ∈ [−1, 1].
 */
export interface Polynomial {
  readonly coeffs: Float64Array;
  readonly center: number;
  readonly halfRange: number;
}

/** The settings of one bias–variance experiment (see `biasVarianceCurve`). */
export interface CurveOptions {
  /** The noiseless truth, e.g. `(x) => Math.sin(2 * Math.PI * x)`, sampled on [0, 1). */
  readonly trueFn: (x: number) => number;
  /** Standard deviation σ of the Gaussian noise added to every label (σ ≥ 0). */
  readonly noiseStd: number;
  /** Number of training points (a positive integer). */
  readonly nTrain: number;
  /** Number of test points (a positive integer). */
  readonly nTest: number;
  /** The polynomial degrees to fit, each an integer in [0, nTrain − 1]. */
  readonly degrees: readonly number[];
  /** Seed of the `Rng` that draws all data. */
  readonly seed: number;
}

/** Train and test MSE of the least-squares polynomial of one degree. */
export interface CurvePoint {
  readonly degree: number;
  readonly trainMse: number;
  readonly testMse: number;
}

/** The verdicts of `classifyFit`. */
export type FitVerdict = "underfit" | "good" | "overfit";

/**
 * How far above the noise variance σ² an MSE may be and still count as "at the noise level".
 * An error above FIT_FACTOR·σ² is "high". See `classifyFit`.
 */
export const FIT_FACTOR = 2;

// ─────────────────────────────────── END GIVEN ───────────────────────────────────

/**
 * Task 3. The least-squares polynomial of degree `degree`: the coefficients c that minimise
 * Σᵢ (p(xᵢ) − yᵢ)².
 *
 * 1. Scale: center = (min x + max x) / 2, halfRange = (max x − min x) / 2 (use 1 when all x
 *    are equal), zᵢ = (xᵢ − center) / halfRange ∈ [−1, 1].
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
 * Then, for every degree in `degrees` (in that order), fit a polynomial to the TRAINING set
 * and return `{ degree, trainMse, testMse }`: its MSE on the training set and on the test set.
 * Use your `mse` from task 1.
 *
 * @throws InvalidArgument when nTrain or nTest is not a positive integer, noiseStd is
 *   negative or not finite, `degrees` is empty, or a degree is not an integer in
 *   [0, nTrain − 1].
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
