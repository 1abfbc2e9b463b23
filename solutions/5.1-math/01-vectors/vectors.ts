/**
 * 5.1.1 Vectors and the dot product — reference solution.
 *
 * A vector is any `ArrayLike<number>` on the way in (a plain array, a Float64Array, a
 * Float32Array…) and always a fresh Float64Array on the way out. Inputs are never modified.
 */
import type { VectorLike } from "@exercise/5.1-math/01-vectors/vectors.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** Throws ShapeError unless `a` and `b` have the same length; the message names both lengths. */
function checkSameLength(what: string, a: VectorLike, b: VectorLike): void {
  if (a.length !== b.length) {
    throw new ShapeError(`${what}: vector lengths differ (${a.length} vs ${b.length})`);
  }
}

/** Throws InvalidArgument if any component is NaN or ±Infinity. */
function checkFinite(what: string, name: string, v: VectorLike): void {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) {
      throw new InvalidArgument(`${what}: ${name}[${i}] is ${x}, expected a finite number`);
    }
  }
}

/** a + b, element by element. */
export function add(a: VectorLike, b: VectorLike): Float64Array {
  checkSameLength("add", a, b);
  checkFinite("add", "a", a);
  checkFinite("add", "b", b);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
  return out;
}

/** a − b, element by element. */
export function subtract(a: VectorLike, b: VectorLike): Float64Array {
  checkSameLength("subtract", a, b);
  checkFinite("subtract", "a", a);
  checkFinite("subtract", "b", b);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/** k·v, every component multiplied by the scalar k. */
export function scale(v: VectorLike, k: number): Float64Array {
  if (!Number.isFinite(k)) throw new InvalidArgument(`scale: the factor k is ${k}, expected a finite number`);
  checkFinite("scale", "v", v);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] * k;
  return out;
}

/** a·b = Σ aᵢbᵢ (0 for two empty vectors). */
export function dot(a: VectorLike, b: VectorLike): number {
  checkSameLength("dot", a, b);
  checkFinite("dot", "a", a);
  checkFinite("dot", "b", b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * ‖v‖ = √(Σ vᵢ²), computed without overflow or underflow: every component is divided by
 * m = max|vᵢ| first, so the squares lie in [0, 1], and the result is m·√(Σ (vᵢ/m)²).
 */
export function norm(v: VectorLike): number {
  checkFinite("norm", "v", v);
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const x = Math.abs(v[i]);
    if (x > m) m = x;
  }
  if (m === 0) return 0; // the empty vector and the zero vector
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] / m;
    sum += x * x;
  }
  return m * Math.sqrt(sum);
}

/**
 * cos θ = a·b / (‖a‖‖b‖), in [−1, 1].
 *
 * Both vectors are normalised first (u = a/‖a‖, w = b/‖b‖) and then cos θ = u·w: dividing
 * before multiplying keeps every intermediate near 1, so huge or tiny components neither
 * overflow nor underflow. Rounding can still push u·w a hair past ±1, hence the clamp.
 */
export function cosineSimilarity(a: VectorLike, b: VectorLike): number {
  checkSameLength("cosineSimilarity", a, b);
  const na = norm(a); // also rejects NaN and ±Infinity
  const nb = norm(b);
  if (na === 0 || nb === 0) {
    throw new InvalidArgument(
      `cosineSimilarity: the angle to a zero (or empty) vector is undefined (‖a‖ = ${na}, ‖b‖ = ${nb})`,
    );
  }
  let cos = 0;
  for (let i = 0; i < a.length; i++) cos += (a[i] / na) * (b[i] / nb);
  return Math.min(1, Math.max(-1, cos));
}
