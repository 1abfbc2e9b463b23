/**
 * Benchmark helpers for specs. Timings are taken on the spec's side (tinybench runs in the spec
 * process), and a learner function is always timed against a trusted reference — the course's
 * own implementation or a library — never against another learner function, which could be
 * made slow on purpose.
 */
import type { Bench } from "tinybench";

/** Median latency in milliseconds of one finished tinybench task; throws if it did not complete. */
export function medianMs(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result;
  if (!result || !("latency" in result)) throw new Error(`benchmark task "${name}" did not complete`);
  return result.latency.p50;
}
