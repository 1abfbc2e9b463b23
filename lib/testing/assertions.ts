/**
 * Assertions and small checks for specs (public and hidden). Learners read specs, so these stay
 * small and plain.
 */
import { expect, type TestContext } from "vitest";
import { NotImplemented } from "../errors";

/** A measured figure a spec hands to the grader: a metric (R², accuracy) or a benchmark (GFLOP/s, ratio). */
export interface RecordedMetric {
  value: number;
  unit?: string;
}

declare module "vitest" {
  interface TaskMeta {
    /** Figures recorded with `recordMetric`; the grader scores them against the manifest's thresholds. */
    metrics?: Record<string, RecordedMetric>;
  }
}

/**
 * Records a measured figure on the running test. The grader reads it from the test's
 * metadata (never from a file), checks it against the thresholds in `exercise.json`,
 * and shows it in the report.
 */
export function recordMetric(ctx: TestContext, name: string, value: number, unit?: string): void {
  const metrics = ctx.task.meta.metrics ?? {};
  metrics[name] = unit === undefined ? { value } : { value, unit };
  ctx.task.meta.metrics = metrics;
}

/** Largest absolute element-wise difference between two equally long numeric arrays. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    if (Number.isNaN(d)) return Number.NaN; // a NaN anywhere must fail any tolerance check
    if (d > worst) worst = d;
  }
  return worst;
}

/**
 * Scalar relative error: 0 when `got === want` (so equal infinities count as exact), otherwise
 * |got − want| / max(|want|, 1e-300). A NaN on either side gives NaN, which fails any tolerance check.
 */
export function relativeError(got: number, want: number): number {
  if (got === want) return 0;
  return Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
}

/**
 * Normwise relative error of two arrays: ‖a − b‖₂ / max(‖a‖₂, ‖b‖₂). It is 0 when both norms are 0,
 * +∞ when the lengths differ or the difference is NaN.
 */
export function normwiseRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    d += (x - y) ** 2;
    na += x * x;
    nb += y * y;
  }
  const s = Math.sqrt(Math.max(na, nb));
  return s === 0 ? 0 : Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.sqrt(d) / s;
}

/**
 * Expects equal lengths and |got[i] − want[i]| ≤ tol · max(scale[i], 1e-30) for every i
 * (bound `tol` when `scale` is omitted, i.e. an absolute tolerance). A NaN fails. Fails on
 * the first bad entry with "<what>: entry i is g, expected w (±bound)".
 */
export function expectAllClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: number,
  what: string,
  scale?: ArrayLike<number>,
): void {
  expect(got.length, `${what}: length`).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const bound = tol * (scale ? Math.max(scale[i] as number, 1e-30) : 1);
    const g = got[i] as number;
    if (!(Math.abs(g - (want[i] as number)) <= bound)) {
      expect.fail(`${what}: entry ${i} is ${g}, expected ${want[i]} (±${bound.toExponential(1)})`);
    }
  }
}

/** Any error class, e.g. `ShapeError`. */
// `never[]` accepts every constructor signature: a parameter of any type can take a `never`.
export type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Expects `fn` to throw an error of class `type` (and, optionally, a message matching
 * `message`). A `NotImplemented` from an untouched stub is re-thrown as it is, so the test
 * reads "not started" rather than "expected ShapeError, got NotImplemented".
 */
export function expectThrows(fn: () => unknown, type: ErrorClass, what: string, message?: RegExp): void {
  let error: unknown;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  if (error instanceof NotImplemented) throw error;
  expect(error, `${what} should throw ${type.name}`).toBeInstanceOf(type);
  if (message) expect((error as Error).message, `${what}: the error message`).toMatch(message);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** A stub's `NotImplemented` passes through, so the test reads "not started"; any other error is returned. */
function caught(error: unknown): unknown {
  if (error instanceof NotImplemented) throw error;
  return error;
}

/**
 * The error that `fn` throws, or `undefined` when it returns normally. When `fn` returns a
 * promise, the result is a promise of its rejection reason (or of `undefined` when it
 * resolves), so `await thrown(() => fitAsync())` works, and `await thrown(() => syncFn())` too.
 * A stub's `NotImplemented` is re-thrown (or rejected with), so the test reads "not started".
 *
 * @example
 * const error = thrown(() => mse([1, 2, 3], [1, 2]));
 * expect(error, "lengths 3 and 2").toBeInstanceOf(ShapeError);
 * expect((error as Error).message).toMatch(/3.*2/);
 */
export function thrown(fn: () => PromiseLike<unknown>): Promise<unknown>;
export function thrown(fn: () => unknown): unknown;
export function thrown(fn: () => unknown): unknown {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    return caught(error);
  }
  if (!isThenable(result)) return undefined;
  return Promise.resolve(result).then(() => undefined, caught);
}

/**
 * Expects an async call to reject (or to throw before its first `await`) with an error of
 * class `type`, and optionally with a message matching `message`: the `await`ed counterpart
 * of `expectThrows`. Pass the promise itself or a function that starts the call.
 * A `NotImplemented` from an untouched stub is re-thrown, so the test reads "not started".
 *
 * @example
 * await expectRejects(() => fitLine(data, { epochs: 0 }), InvalidArgument, "epochs: 0");
 */
export async function expectRejects(
  call: PromiseLike<unknown> | (() => unknown),
  type: ErrorClass,
  what: string,
  message?: RegExp,
): Promise<void> {
  const error = await thrown(typeof call === "function" ? call : () => call);
  expect(error, `${what} should throw ${type.name}`).toBeInstanceOf(type);
  if (message) expect((error as Error).message, `${what}: the error message`).toMatch(message);
}

/**
 * `values[index]`, checked: an index that is not an integer in `[0, values.length)` fails the
 * test with "<what>: index i is out of range [0, n)" instead of yielding `undefined`. Use it
 * where `noUncheckedIndexedAccess` would otherwise need `as number` on a read that could
 * silently go past the end of a result that is too short.
 *
 * @example
 * const grad = (p: Float64Array) => Float64Array.of(at(p, 0), 10 * at(p, 1));
 */
export function at<T>(values: ArrayLike<T>, index: number, what = "at"): T {
  if (!Number.isInteger(index) || index < 0 || index >= values.length) {
    return expect.fail(`${what}: index ${index} is out of range [0, ${values.length})`);
  }
  return values[index] as T;
}
