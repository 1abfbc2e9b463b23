/**
 * Task 4: how much faster are typed arrays and TensorFlow.js than three plain loops?
 *
 * One tinybench run times the three methods on the same random 256×256 matrices and reports
 * GFLOP/s = 2n³ / median latency, computed by your `gflops` (an n×n·n×n product is n³
 * multiply-adds = 2n³ floating-point operations). The median, not the mean, so that one garbage collection or a neighbour
 * process stealing the CPU does not decide the result.
 *
 * Absolute speed depends on the machine, so only RATIOS are checked (fast / naive and
 * tf / naive, measured in the same run). The minimum ratios come from the `benchmarks` of
 * exercise.json next to this file — the same numbers the grader scores.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { describe, expect, it } from "vitest";
import { loadManifest } from "../../../grader/manifest";
import { Rng } from "../../../lib/rng";
import { maxAbsDiff, randomMatrix, recordMetric } from "../../../lib/testing";
import { gflops, matmulFast, matmulNaive, matmulTf } from "./matmul";
import { toNested } from "./matmul.given";

const N = 256;

const manifest = loadManifest(path.dirname(fileURLToPath(import.meta.url)));

/** The `min` of a benchmark threshold of exercise.json. */
function minimum(name: string): number {
  const min = manifest.benchmarks.find((b) => b.name === name)?.min;
  if (min === undefined) throw new Error(`exercise.json has no benchmark "${name}" with a min`);
  return min;
}

/** Median latency in milliseconds of one finished tinybench task. */
function medianMs(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result;
  if (!result || !("latency" in result)) throw new Error(`benchmark task "${name}" did not complete`);
  return result.latency.p50;
}

interface Medians {
  naive: number;
  fast: number;
  tf: number;
}

/** Checks the three methods agree at n = 256, then times them in one tinybench run. */
async function measure(): Promise<Medians> {
  const rng = new Rng(256);
  const a = randomMatrix(rng, N, N, { dtype: "float32" });
  const b = randomMatrix(rng, N, N, { dtype: "float32" });
  const aNested = toNested(a);
  const bNested = toNested(b);

  // A fast wrong answer is no speed-up: all three must agree first. Entries of A and B lie
  // in [−1, 1], so Σₖ|aᵢₖ||bₖⱼ| ≤ N and the float32 bound of matmul.spec.ts is 1e-4 · N.
  const reference = matmulNaive(aNested, bNested).flat();
  expect(maxAbsDiff(matmulFast(a, b).data, reference), "matmulFast vs matmulNaive at n = 256").toBeLessThan(
    1e-4 * N,
  );
  expect(
    maxAbsDiff((await matmulTf(a, b)).data, reference),
    "matmulTf vs matmulNaive at n = 256",
  ).toBeLessThan(1e-4 * N);

  // `time: 0`: the iteration counts alone decide how long this takes (~1 s in all).
  // `throws: true`: an error in your code fails the spec instead of being swallowed.
  const bench = new Bench({ time: 0, iterations: 7, warmupTime: 0, warmupIterations: 2, throws: true });
  bench
    .add("naive", () => matmulNaive(aNested, bNested))
    .add("fast", () => matmulFast(a, b))
    .add("tf", async () => matmulTf(a, b));
  await bench.run();
  return { naive: medianMs(bench, "naive"), fast: medianMs(bench, "fast"), tf: medianMs(bench, "tf") };
}

// Measured once, by whichever test runs first; the other tests reuse the same run (or its error).
let measured: Promise<Medians> | undefined;
const medians = (): Promise<Medians> => {
  measured ??= measure();
  return measured;
};

describe("4. Benchmark", () => {
  it(`measures GFLOP/s of the three methods at n = ${N}`, { timeout: 60_000 }, async (ctx) => {
    const ms = await medians();
    recordMetric(ctx, "gflops.naive", gflops(N, N, N, ms.naive), "GFLOP/s");
    recordMetric(ctx, "gflops.fast", gflops(N, N, N, ms.fast), "GFLOP/s");
    recordMetric(ctx, "gflops.tf", gflops(N, N, N, ms.tf), "GFLOP/s");
    recordMetric(ctx, "ratio.fast-vs-naive", ms.naive / ms.fast, "×");
    recordMetric(ctx, "ratio.tf-vs-naive", ms.naive / ms.tf, "×");
    for (const [name, t] of Object.entries(ms)) {
      expect(t, `median latency of ${name} (ms)`).toBeGreaterThan(0);
      expect(Number.isFinite(t), `median latency of ${name} is finite`).toBe(true);
    }
  });

  const fastMin = minimum("ratio.fast-vs-naive");
  it(`matmulFast is at least ${fastMin}× as fast as matmulNaive`, { timeout: 60_000 }, async () => {
    const ms = await medians();
    const ratio = ms.naive / ms.fast;
    expect(
      ratio,
      `speed-up of matmulFast: ${ratio.toFixed(2)}× (naive ${ms.naive.toFixed(1)} ms, fast ` +
        `${ms.fast.toFixed(1)} ms); the README's task 2 shows how to get there`,
    ).toBeGreaterThanOrEqual(fastMin);
  });

  const tfMin = minimum("ratio.tf-vs-naive");
  it(`matmulTf is at least ${tfMin}× as fast as matmulNaive`, { timeout: 60_000 }, async () => {
    const ms = await medians();
    const ratio = ms.naive / ms.tf;
    expect(
      ratio,
      `speed-up of matmulTf: ${ratio.toFixed(2)}× (naive ${ms.naive.toFixed(1)} ms, tf ${ms.tf.toFixed(2)} ms); ` +
        "return the tensor from tf.tidy and read it outside with await data()",
    ).toBeGreaterThanOrEqual(tfMin);
  });
});
