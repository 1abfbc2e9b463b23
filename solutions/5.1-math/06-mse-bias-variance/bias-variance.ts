/**
 * 5.1.6 Bias vs variance — reference solution.
 *
 * Polynomial least squares (Householder QR on the Vandermonde matrix of the scaled inputs),
 * the train/test error curve over polynomial degrees, and a verdict per fit.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { mse, type VectorLike } from "./mse";

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

function checkFinite(v: VectorLike, name: string): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new InvalidArgument(`${name}[${i}] = ${v[i]} is not finite`);
  }
}

/**
 * Task 3. The degree-`degree` polynomial that minimises Σᵢ (p(xᵢ) − yᵢ)².
 *
 * The inputs are scaled to z ∈ [−1, 1] first: raw powers of x (think x = 1000, x¹⁵) make the
 * Vandermonde matrix V (Vᵢⱼ = zᵢʲ) hopelessly ill-conditioned. Then V c ≈ y is solved with a
 * Householder QR factorisation, V = QR, c = R⁻¹ Qᵀy, which works with cond(V) instead of the
 * cond(V)² of the normal equations VᵀV c = Vᵀy.
 */
export function polyFit(x: VectorLike, y: VectorLike, degree: number): Polynomial {
  if (x.length !== y.length) throw new ShapeError(`polyFit: x has ${x.length} values but y has ${y.length}`);
  if (!Number.isInteger(degree) || degree < 0) {
    throw new InvalidArgument(`polyFit: degree must be a non-negative integer, got ${degree}`);
  }
  if (x.length === 0) throw new InvalidArgument("polyFit: no data");
  checkFinite(x, "x");
  checkFinite(y, "y");
  const n = x.length;
  const q = degree + 1;
  const distinct = new Set(Array.from(x)).size;
  if (distinct < q) {
    throw new InvalidArgument(
      `polyFit: a degree-${degree} polynomial needs at least ${q} distinct x values, got ${distinct}`,
    );
  }

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i] as number);
    hi = Math.max(hi, x[i] as number);
  }
  const center = (lo + hi) / 2;
  const halfRange = hi > lo ? (hi - lo) / 2 : 1;

  // V (n×q, row-major) and a copy of y, both overwritten in place by the QR steps.
  const V = new Float64Array(n * q);
  const r = Float64Array.from(y);
  for (let i = 0; i < n; i++) {
    const z = ((x[i] as number) - center) / halfRange;
    let power = 1;
    for (let j = 0; j < q; j++) {
      V[i * q + j] = power;
      power *= z;
    }
  }

  // Householder QR: for each column j, reflect V[j.., j] onto a multiple of e₁, applying the
  // same reflection H = I − 2vvᵀ/(vᵀv) to the remaining columns and to y.
  const v = new Float64Array(n);
  for (let j = 0; j < q; j++) {
    let norm = 0;
    for (let i = j; i < n; i++) norm = Math.hypot(norm, V[i * q + j] as number);
    const head = V[j * q + j] as number;
    const alpha = head > 0 ? -norm : norm; // the sign that avoids cancellation in head − alpha
    let vv = 0;
    for (let i = j; i < n; i++) {
      v[i] = (V[i * q + j] as number) - (i === j ? alpha : 0);
      vv += (v[i] as number) ** 2;
    }
    if (vv === 0) continue;
    for (let c = j; c < q; c++) {
      let s = 0;
      for (let i = j; i < n; i++) s += (v[i] as number) * (V[i * q + c] as number);
      const f = (2 * s) / vv;
      for (let i = j; i < n; i++) V[i * q + c] = (V[i * q + c] as number) - f * (v[i] as number);
    }
    let s = 0;
    for (let i = j; i < n; i++) s += (v[i] as number) * (r[i] as number);
    const f = (2 * s) / vv;
    for (let i = j; i < n; i++) r[i] = (r[i] as number) - f * (v[i] as number);
  }

  // Back substitution: R c = (Qᵀy)[0..q).
  const coeffs = new Float64Array(q);
  for (let j = q - 1; j >= 0; j--) {
    let s = r[j] as number;
    for (let c = j + 1; c < q; c++) s -= (V[j * q + c] as number) * (coeffs[c] as number);
    coeffs[j] = s / (V[j * q + j] as number);
  }
  return { coeffs, center, halfRange };
}

/** Task 3. p(x) for every x, by Horner's rule in z = (x − center) / halfRange. */
export function polyPredict(poly: Polynomial, x: VectorLike): Float64Array {
  if (poly.coeffs.length === 0)
    throw new InvalidArgument("polyPredict: a polynomial needs at least one coefficient");
  const out = new Float64Array(x.length);
  const d = poly.coeffs.length - 1;
  for (let i = 0; i < x.length; i++) {
    const z = ((x[i] as number) - poly.center) / poly.halfRange;
    let acc = poly.coeffs[d] as number;
    for (let j = d - 1; j >= 0; j--) acc = acc * z + (poly.coeffs[j] as number);
    out[i] = acc;
  }
  return out;
}

function positiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidArgument(`biasVarianceCurve: ${name} must be a positive integer, got ${value}`);
  }
}

/**
 * Task 4. Draws one training set and one test set from y = trueFn(x) + ε, ε ~ N(0, σ²),
 * x ~ U[0, 1), fits a polynomial of every degree in `degrees` to the training set, and
 * returns its MSE on the training set and on the test set, in the order of `degrees`.
 *
 * Draw order with `new Rng(seed)`: the nTrain training x, then their nTrain noise values,
 * then the nTest test x, then their noise values.
 */
export function biasVarianceCurve(options: CurveOptions): CurvePoint[] {
  const { trueFn, noiseStd, nTrain, nTest, degrees, seed } = options;
  positiveInteger(nTrain, "nTrain");
  positiveInteger(nTest, "nTest");
  if (!Number.isFinite(noiseStd) || noiseStd < 0) {
    throw new InvalidArgument(`biasVarianceCurve: noiseStd must be finite and ≥ 0, got ${noiseStd}`);
  }
  if (degrees.length === 0) throw new InvalidArgument("biasVarianceCurve: no degrees to fit");
  for (const d of degrees) {
    if (!Number.isInteger(d) || d < 0 || d >= nTrain) {
      throw new InvalidArgument(`biasVarianceCurve: degree ${d} is not an integer in [0, ${nTrain - 1}]`);
    }
  }

  const rng = new Rng(seed);
  const draw = (n: number): { x: Float64Array; y: Float64Array } => {
    const x = rng.uniformArray(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = trueFn(x[i] as number) + rng.normal(0, noiseStd);
    return { x, y };
  };
  const train = draw(nTrain);
  const test = draw(nTest);

  return degrees.map((degree) => {
    const poly = polyFit(train.x, train.y, degree);
    return {
      degree,
      trainMse: mse(train.y, polyPredict(poly, train.x)),
      testMse: mse(test.y, polyPredict(poly, test.x)),
    };
  });
}

/**
 * Task 5. Under-fitting, over-fitting or a good fit, judged against the noise variance σ²
 * (the lowest test MSE any model can reach on average). "High" means above FIT_FACTOR·σ²:
 *
 * - "underfit": trainMse > FIT_FACTOR·σ² — the model cannot even follow its own training data
 *   (high bias).
 * - "overfit":  trainMse ≤ FIT_FACTOR·σ² but testMse > FIT_FACTOR·σ² — it fits the training
 *   data and fails on new data (high variance).
 * - "good":     both at most FIT_FACTOR·σ².
 */
export function classifyFit(trainMse: number, testMse: number, noiseVar: number): FitVerdict {
  for (const [name, value] of [
    ["trainMse", trainMse],
    ["testMse", testMse],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new InvalidArgument(`classifyFit: ${name} must be finite and ≥ 0, got ${value}`);
    }
  }
  if (!Number.isFinite(noiseVar) || noiseVar <= 0) {
    throw new InvalidArgument(`classifyFit: noiseVar must be finite and > 0, got ${noiseVar}`);
  }
  const high = FIT_FACTOR * noiseVar;
  if (trainMse > high) return "underfit";
  if (testMse > high) return "overfit";
  return "good";
}
