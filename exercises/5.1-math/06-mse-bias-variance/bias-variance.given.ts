/**
 * GIVEN — the types and the one constant of 5.1.6's `bias-variance.ts` (tasks 3 to 5), shared by
 * your file, the solution and the specs. Read them; do not change them.
 */

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
