/**
 * Helpers for specs (public and hidden). Learners read specs, so these stay small and plain.
 */
import { expect, type TestContext } from "vitest";
import { NotImplemented } from "./errors";

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

/** Any error class, e.g. `ShapeError`. */
// `never[]` accepts every constructor signature: a parameter of any type can take a `never`.
type ErrorClass = abstract new (...args: never[]) => Error;

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
