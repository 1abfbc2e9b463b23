/**
 * 5.1.6 Bias vs variance — reference solution.
 *
 * Polynomial least squares (Householder QR on the Vandermonde matrix of the scaled inputs),
 * the train/test error curve over polynomial degrees, and a verdict per fit.
 */
import {
  type CurveOptions,
  type CurvePoint,
  FIT_FACTOR,
  type FitVerdict,
  type Polynomial,
} from "@exercise/5.1-math/06-mse-bias-variance/bias-variance.given";
import type { VectorLike } from "@exercise/5.1-math/06-mse-bias-variance/mse.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { mse } from "./mse";

function checkFinite(v: VectorLike, name: string): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new InvalidArgument(`${name}[${i}] = ${v[i]} is not finite`);
  }
}

/**
 * The least-squares solution c of V c ≈ y for the n×q matrix V (row-major), by Householder QR:
 * each column j is reflected onto a multiple of e₁ by H = I − 2vvᵀ/(vᵀv), applied to the
 * remaining columns and to y as well; then R c = (Qᵀy)[0..q) by back substitution. V and r (a
 * copy of y) are overwritten.
 */
function householderSolve(V: Float64Array, r: Float64Array, n: number, q: number): Float64Array {
  const v = new Float64Array(n);
  for (let j = 0; j < q; j++) {
    let norm = 0;
    for (let i = j; i < n; i++) norm = Math.hypot(norm, V[i * q + j]);
    const alpha = V[j * q + j] > 0 ? -norm : norm; // the sign that avoids cancellation in v[j]
    let vv = 0;
    for (let i = j; i < n; i++) {
      v[i] = V[i * q + j] - (i === j ? alpha : 0);
      vv += v[i] ** 2;
    }
    if (vv === 0) continue;
    for (let c = j; c < q; c++) {
      let s = 0;
      for (let i = j; i < n; i++) s += v[i] * V[i * q + c];
      const f = (2 * s) / vv;
      for (let i = j; i < n; i++) V[i * q + c] -= f * v[i];
    }
    let s = 0;
    for (let i = j; i < n; i++) s += v[i] * r[i];
    const f = (2 * s) / vv;
    for (let i = j; i < n; i++) r[i] -= f * v[i];
  }
  const coeffs = new Float64Array(q);
  for (let j = q - 1; j >= 0; j--) {
    let s = r[j];
    for (let c = j + 1; c < q; c++) s -= V[j * q + c] * coeffs[c];
    coeffs[j] = s / V[j * q + j];
  }
  return coeffs;
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
  const distinct = new Set(Array.from(x)).size;
  if (distinct < degree + 1) {
    throw new InvalidArgument(
      `polyFit: a degree-${degree} polynomial needs at least ${degree + 1} distinct x values, got ${distinct}`,
    );
  }

  const n = x.length;
  const q = degree + 1; // the coefficients c₀ … c_d
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i]);
    hi = Math.max(hi, x[i]);
  }
  const center = (lo + hi) / 2;
  const halfRange = hi > lo ? (hi - lo) / 2 : 1;

  // The Vandermonde matrix V (n×q, row-major) of the scaled inputs: Vᵢⱼ = zᵢʲ.
  const V = new Float64Array(n * q);
  for (let i = 0; i < n; i++) {
    const z = (x[i] - center) / halfRange;
    let power = 1;
    for (let j = 0; j < q; j++) {
      V[i * q + j] = power;
      power *= z;
    }
  }
  const coeffs = householderSolve(V, Float64Array.from(y), n, q);
  return { coeffs, center, halfRange };
}

/** Task 3. p(x) for every x, by Horner's rule in z = (x − center) / halfRange. */
export function polyPredict(poly: Polynomial, x: VectorLike): Float64Array {
  const { coeffs, center, halfRange } = poly;
  if (coeffs.length === 0)
    throw new InvalidArgument("polyPredict: a polynomial needs at least one coefficient");
  const out = new Float64Array(x.length);
  const d = coeffs.length - 1;
  for (let i = 0; i < x.length; i++) {
    const z = (x[i] - center) / halfRange;
    let acc = coeffs[d];
    for (let j = d - 1; j >= 0; j--) acc = acc * z + coeffs[j];
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
 * Draw order with one `new Rng(seed)`: the nTrain training x, then their nTrain noise values,
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
    if (!Number.isInteger(d) || d < 0 || d > nTrain - 1) {
      throw new InvalidArgument(`biasVarianceCurve: degree ${d} is not an integer in [0, ${nTrain - 1}]`);
    }
  }

  const rng = new Rng(seed);
  const draw = (n: number) => {
    const x = rng.uniformArray(n);
    const y = x.map((xi) => trueFn(xi) + rng.normal(0, noiseStd));
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
 *   (high bias); checked first, so it wins when both errors are high.
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
