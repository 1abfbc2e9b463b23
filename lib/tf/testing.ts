/**
 * Helpers for the runtime's own tests and benchmarks: run the same computation on several
 * backends / kernel sets, compare the results, and take finite differences.
 */
import type * as tfTypes from "@tensorflow/tfjs";
import type { Rng } from "../rng";
import { getTf, type TfBackend, type TfKernels } from "./index";

export type TfModule = typeof tfTypes;

/** A backend with its kernel set, e.g. `{ backend: "wasm", kernels: "course" }`. */
export interface Runtime {
  backend: TfBackend;
  kernels: TfKernels;
}

export const STOCK_CPU: Runtime = { backend: "cpu", kernels: "stock" };
export const COURSE_CPU: Runtime = { backend: "cpu", kernels: "course" };
export const STOCK_WASM: Runtime = { backend: "wasm", kernels: "stock" };
export const COURSE_WASM: Runtime = { backend: "wasm", kernels: "course" };

export function runtimeName(r: Runtime): string {
  return `${r.kernels} ${r.backend}`;
}

/** `n` standard-normal float32 values. */
export function randomValues(rng: Rng, n: number): Float32Array {
  return Float32Array.from(rng.normalArray(n));
}

/**
 * Activates `runtime` and runs `compute` inside `tf.tidy`, returning a copy of the result's
 * values. Inputs must be created inside `compute` (from typed arrays), so they live on that backend.
 */
export async function runOn(
  runtime: Runtime,
  compute: (tf: TfModule) => tfTypes.Tensor,
): Promise<Float32Array> {
  const tf = await getTf(runtime);
  const out = tf.tidy(() => compute(tf));
  const values = Float32Array.from(out.dataSync());
  out.dispose();
  return values;
}

/**
 * Normwise relative error: max |a − b| / max |b| (b the reference). NaN anywhere, or a length
 * mismatch, gives +∞ so that every tolerance check fails.
 */
export function relativeError(a: ArrayLike<number>, reference: ArrayLike<number>): number {
  if (a.length !== reference.length) return Number.POSITIVE_INFINITY;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = reference[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.POSITIVE_INFINITY;
    diff = Math.max(diff, Math.abs(x - y));
    scale = Math.max(scale, Math.abs(y));
  }
  return scale === 0 ? diff : diff / scale;
}

/**
 * Central finite differences of f(x) = Σ op(x) ⊙ weights with respect to every element of x,
 * op evaluated by TensorFlow.js on the active backend (float32), the sum in float64.
 */
export function finiteDifferences(
  tf: TfModule,
  op: (x: tfTypes.Tensor) => tfTypes.Tensor,
  x0: Float32Array,
  shape: number[],
  weights: Float32Array,
  h: number,
): Float64Array {
  const f = (x: Float32Array): number => {
    const out = tf.tidy(() => op(tf.tensor(x, shape)).dataSync());
    let s = 0;
    for (let i = 0; i < out.length; i++) s += (out[i] as number) * (weights[i] as number);
    return s;
  };
  const grad = new Float64Array(x0.length);
  const x = Float32Array.from(x0);
  for (let i = 0; i < x.length; i++) {
    const v = x0[i] as number;
    x[i] = v + h;
    const up = f(x);
    x[i] = v - h;
    const down = f(x);
    x[i] = v;
    // The step actually taken, after float32 rounding of v ± h.
    const step = Math.fround(v + h) - Math.fround(v - h);
    grad[i] = (up - down) / step;
  }
  return grad;
}
