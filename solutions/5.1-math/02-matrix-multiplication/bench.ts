/**
 * GFLOP/s of the three matrix multiplications of exercise 5.1.2 for n = 128, 256 and 512.
 *
 *   npm run bench:matmul                      (the reference solution, wasm backend)
 *   COURSE_TF_BACKEND=cpu npm run bench:matmul   (TensorFlow.js on its plain-JS backend)
 *
 * Each figure is 2n³ / median latency: an n×n·n×n product does n³ multiply-adds, i.e. 2n³
 * floating-point operations. The median (not the mean) keeps a garbage collection or another
 * process stealing the CPU from skewing one row. `matmulTf` is timed end to end, including
 * the copy of A and B into TensorFlow.js and of C back out, because that is what a caller pays.
 */

import { toNested } from "@exercise/5.1-math/02-matrix-multiplication/matmul.given";
import { Bench } from "tinybench";
import { Rng } from "../../../lib/rng";
import { randomMatrix } from "../../../lib/testing/data";
import { getTf } from "../../../lib/tf";
import { gflops, matmulFast, matmulNaive, matmulTf } from "./matmul";

const SIZES = [128, 256, 512] as const;

/** Largest |x − y| / (1 + |y|) over all entries: a quick agreement check, not a test. */
function maxRelDiff(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < x.length; i++) {
    worst = Math.max(worst, Math.abs(x[i] - y[i]) / (1 + Math.abs(y[i])));
  }
  return worst;
}

function median(task: Bench["tasks"][number]): number {
  const result = task.result;
  if (!("latency" in result)) throw new Error(`${task.name} did not complete: ${result.state}`);
  return result.latency.p50;
}

const tf = await getTf();
console.log(`TensorFlow.js ${tf.version.tfjs}, backend "${tf.getBackend()}", Node ${process.version}\n`);

const rows: Record<string, string | number>[] = [];
const rng = new Rng(2024);
for (const n of SIZES) {
  const a = randomMatrix(rng, n, n, { dtype: "float32" });
  const b = randomMatrix(rng, n, n, { dtype: "float32" });
  const aNested = toNested(a);
  const bNested = toNested(b);

  const reference = matmulNaive(aNested, bNested).flat();
  const fastError = maxRelDiff(matmulFast(a, b).data, reference);
  const tfError = maxRelDiff((await matmulTf(a, b)).data, reference);

  // Few iterations for the slow naive loop, more for the fast ones; `time: 0` means the
  // iteration count alone decides how long each task runs.
  const bench = new Bench({ time: 0, warmupTime: 0, warmupIterations: 2, iterations: n >= 512 ? 5 : 9 });
  bench
    .add("naive", () => matmulNaive(aNested, bNested))
    .add("fast", () => matmulFast(a, b))
    .add("tf", async () => matmulTf(a, b));
  await bench.run();

  const [naive, fast, tfTask] = bench.tasks.map(median);
  rows.push({
    n,
    "naive GFLOP/s": gflops(n, n, n, naive).toFixed(2),
    "fast GFLOP/s": gflops(n, n, n, fast).toFixed(2),
    "tf GFLOP/s": gflops(n, n, n, tfTask).toFixed(2),
    "fast/naive": `${(naive / fast).toFixed(1)}×`,
    "tf/naive": `${(naive / tfTask).toFixed(1)}×`,
    "max rel. diff fast | tf": `${fastError.toExponential(1)} | ${tfError.toExponential(1)}`,
  });
}
console.table(rows);
