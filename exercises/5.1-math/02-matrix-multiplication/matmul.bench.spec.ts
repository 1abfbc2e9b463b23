/**
 * Task 4: how much faster are typed arrays and TensorFlow.js than three plain loops?
 *
 * One tinybench run times, on the same random 384×384 matrices, the course's own triple loop
 * (`referenceMatmul` of matmul.given.ts, the algorithm of task 1), your `matmulFast` and your
 * `matmulTf`, and reports GFLOP/s = 2n³ / median latency for each (an n×n·n×n product is n³ multiply-adds =
 * 2n³ floating-point operations). The median, not the mean, so that one garbage collection or
 * a neighbour process stealing the CPU does not decide the result.
 *
 * Absolute speed depends on the machine, so only RATIOS are checked: matmulFast and matmulTf
 * against `referenceMatmul`, measured in the same run. The yardstick is the course's loop, not
 * your `matmulNaive` (checked here for agreement only), so that the ratios measure your fast
 * products alone. Every figure is computed here from the measured times (your
 * `gflops` has its own tests in matmul.spec.ts). The minimum ratios come from the `benchmarks`
 * of exercise.json next to this file — the same numbers the grader scores.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { describe, expect, it } from "vitest";
import { loadManifest } from "../../../grader/manifest";
import { Rng } from "../../../lib/rng";
import { maxAbsDiff, medianMs, randomMatrix, recordMetric } from "../../../lib/testing";
import { matmulFast, matmulNaive, matmulTf } from "./matmul";
import { referenceMatmul, toNested } from "./matmul.given";

/**
 * n = 384: large enough that the arithmetic, not the cost of handing the matrices to your code
 * (which runs in a separate process when graded), decides the ratios of matmulFast and matmulTf.
 */
const N = 384;

const manifest = loadManifest(path.dirname(fileURLToPath(import.meta.url)));

/** The `min` of a benchmark threshold of exercise.json. */
function minimum(name: string): number {
  const min = manifest.benchmarks.find((b) => b.name === name)?.min;
  if (min === undefined) throw new Error(`exercise.json has no benchmark "${name}" with a min`);
  return min;
}

/** GFLOP/s of one n×n·n×n product that took `ms` milliseconds: 2n³ operations. */
const gflopsAt = (ms: number): number => (2 * N ** 3) / (ms * 1e6);

interface Medians {
  /** The course's referenceMatmul: the yardstick of both ratios. */
  reference: number;
  fast: number;
  tf: number;
}

/** Checks your three methods agree with the reference at n = 384, then times the reference and the two fast ones in one tinybench run. */
async function measure(): Promise<Medians> {
  const rng = new Rng(256);
  const a = randomMatrix(rng, N, N, { dtype: "float32" });
  const b = randomMatrix(rng, N, N, { dtype: "float32" });
  const aNested = toNested(a);
  const bNested = toNested(b);

  // A fast wrong answer is no speed-up: all three must agree with the reference first. Entries
  // of A and B lie in [−1, 1], so Σₖ|aᵢₖ||bₖⱼ| ≤ N and the float32 bound of matmul.spec.ts is
  // 1e-4 · N; matmulNaive computes in float64 like the reference (1e-12 · N).
  const reference = referenceMatmul(aNested, bNested).flat();
  expect(
    maxAbsDiff(matmulNaive(aNested, bNested).flat(), reference),
    `matmulNaive vs referenceMatmul at n = ${N}`,
  ).toBeLessThan(1e-12 * N);
  expect(
    maxAbsDiff(matmulFast(a, b).data, reference),
    `matmulFast vs referenceMatmul at n = ${N}`,
  ).toBeLessThan(1e-4 * N);
  expect(
    maxAbsDiff((await matmulTf(a, b)).data, reference),
    `matmulTf vs referenceMatmul at n = ${N}`,
  ).toBeLessThan(1e-4 * N);

  // `time: 0`: the iteration counts alone decide how long this takes (~1.5 s in all).
  // `throws: true`: an error in your code fails the spec instead of being swallowed.
  const bench = new Bench({ time: 0, iterations: 7, warmupTime: 0, warmupIterations: 2, throws: true });
  bench
    .add("reference", () => referenceMatmul(aNested, bNested))
    .add("fast", () => matmulFast(a, b))
    .add("tf", async () => matmulTf(a, b));
  await bench.run();
  return {
    reference: medianMs(bench, "reference"),
    fast: medianMs(bench, "fast"),
    tf: medianMs(bench, "tf"),
  };
}

// Measured once, by whichever test runs first; the other tests reuse the same run (or its error).
let measured: Promise<Medians> | undefined;
const medians = (): Promise<Medians> => {
  measured ??= measure();
  return measured;
};

describe("4. Benchmark", () => {
  it(`measures GFLOP/s of the plain loops, matmulFast and matmulTf at n = ${N}`, {
    timeout: 60_000,
  }, async (ctx) => {
    const ms = await medians();
    recordMetric(ctx, "gflops.reference", gflopsAt(ms.reference), "GFLOP/s");
    recordMetric(ctx, "gflops.fast", gflopsAt(ms.fast), "GFLOP/s");
    recordMetric(ctx, "gflops.tf", gflopsAt(ms.tf), "GFLOP/s");
    recordMetric(ctx, "ratio.fast-vs-naive", ms.reference / ms.fast, "×");
    recordMetric(ctx, "ratio.tf-vs-naive", ms.reference / ms.tf, "×");
    for (const [name, t] of Object.entries(ms)) {
      expect(t, `median latency of ${name} (ms)`).toBeGreaterThan(0);
      expect(Number.isFinite(t), `median latency of ${name} is finite`).toBe(true);
    }
  });

  const fastMin = minimum("ratio.fast-vs-naive");
  it(`matmulFast is at least ${fastMin}× as fast as the plain loops`, { timeout: 60_000 }, async () => {
    const ms = await medians();
    const ratio = ms.reference / ms.fast;
    expect(
      ratio,
      `speed-up of matmulFast: ${ratio.toFixed(2)}× (referenceMatmul ${ms.reference.toFixed(1)} ms, fast ` +
        `${ms.fast.toFixed(1)} ms); the README's task 2 shows how to get there`,
    ).toBeGreaterThanOrEqual(fastMin);
  });

  const tfMin = minimum("ratio.tf-vs-naive");
  it(`matmulTf is at least ${tfMin}× as fast as the plain loops`, { timeout: 60_000 }, async () => {
    const ms = await medians();
    const ratio = ms.reference / ms.tf;
    expect(
      ratio,
      `speed-up of matmulTf: ${ratio.toFixed(2)}× (referenceMatmul ${ms.reference.toFixed(1)} ms, tf ${ms.tf.toFixed(2)} ms); ` +
        "return the tensor from tf.tidy and read it outside with await data()",
    ).toBeGreaterThanOrEqual(tfMin);
  });
});
