/**
 * `npm run bench:dl`: training throughput (samples/s) of an MLP and two small CNNs on the stock
 * cpu backend, the stock wasm backend, and the course runtime (the same backends with the course
 * kernels), measured in one run, with the speed-up ratios.
 *
 *   npm run bench:dl                 # the full table (a few minutes; stock cpu CNNs are slow)
 *   npm run bench:dl -- --quick      # fewer repeats
 *   npm run bench:dl -- --json       # also print the raw figures as JSON
 *
 * The networks are defined here, on purpose independent of the exercises: the last one has the
 * architecture of exercise 6.2.1 (exercises/6.2-cnn/01-mnist-cnn), whose slow spec is the
 * runtime's proof on the real task.
 *
 * Each repeat: a fresh model (same seeded weights on every runtime), synthetic MNIST-shaped data,
 * Adam, softmax cross-entropy, one `optimizer.minimize` per batch. Repeats are interleaved across
 * runtimes; a cell is the median repeat's samples/s. Ratios are between cells of this one run.
 * Timings on a shared machine are noisy: compare ratios, not absolute figures.
 */
import { pathToFileURL } from "node:url";
import type * as tfTypes from "@tensorflow/tfjs";
import { Rng } from "../rng";
import { describeRuntime, getTf, type Tf, type TfBackend, type TfKernels } from "./index";
import { SeededInit } from "./seeded";

interface BenchModel {
  name: string;
  batchSize: number;
  inputShape: number[];
  build(tf: Tf, init: SeededInit): tfTypes.Sequential;
}

const MODELS: BenchModel[] = [
  {
    name: "MLP 784-128-10",
    batchSize: 128,
    inputShape: [784],
    build: (tf, init) => {
      const m = tf.sequential();
      m.add(
        tf.layers.dense({
          inputShape: [784],
          units: 128,
          activation: "relu",
          kernelInitializer: init.glorotUniform(),
        }),
      );
      m.add(tf.layers.dense({ units: 10, kernelInitializer: init.glorotUniform() }));
      return m;
    },
  },
  {
    name: "CNN conv8-pool-conv16-pool-dense10",
    batchSize: 64,
    inputShape: [28, 28, 1],
    build: (tf, init) => cnn(tf, init, [8, 16], 0),
  },
  {
    name: "CNN conv16-pool-conv32-pool-dense128-dense10 (the 6.2.1 MNIST network)",
    batchSize: 64,
    inputShape: [28, 28, 1],
    build: (tf, init) => cnn(tf, init, [16, 32], 128),
  },
];

function cnn(tf: Tf, init: SeededInit, filters: number[], dense: number): tfTypes.Sequential {
  const m = tf.sequential();
  filters.forEach((f, i) => {
    m.add(
      tf.layers.conv2d({
        ...(i === 0 ? { inputShape: [28, 28, 1] } : {}),
        filters: f,
        kernelSize: 3,
        padding: "same",
        activation: "relu",
        kernelInitializer: init.glorotUniform(),
      }),
    );
    m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  });
  m.add(tf.layers.flatten());
  if (dense > 0)
    m.add(tf.layers.dense({ units: dense, activation: "relu", kernelInitializer: init.glorotUniform() }));
  m.add(tf.layers.dense({ units: 10, kernelInitializer: init.glorotUniform() }));
  return m;
}

interface RuntimeSpec {
  label: string;
  backend: TfBackend;
  kernels: TfKernels;
}

const RUNTIMES: RuntimeSpec[] = [
  { label: "stock cpu", backend: "cpu", kernels: "stock" },
  { label: "course cpu", backend: "cpu", kernels: "course" },
  { label: "stock wasm", backend: "wasm", kernels: "stock" },
  { label: "course wasm", backend: "wasm", kernels: "course" },
];

interface Cell {
  model: string;
  runtime: string;
  samplesPerSecond: number | null;
  repeats: number[];
  error?: string;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * One timed repeat on a fresh model: `warmup` untimed steps, then `steps` timed ones.
 * Returns samples/s. Throws what the runtime throws (e.g. a kernel that is not registered).
 */
async function repeat(spec: RuntimeSpec, bm: BenchModel, warmup: number, steps: number): Promise<number> {
  const tf = await getTf({ backend: spec.backend, kernels: spec.kernels });
  const rng = new Rng(7);
  const B = bm.batchSize;
  const features = bm.inputShape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(Float32Array.from(rng.uniformArray(B * features)), [B, ...bm.inputShape]);
  const labels = Int32Array.from({ length: B }, () => rng.int(0, 10));
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, "int32"), 10));
  const model = bm.build(tf, new SeededInit(1));
  const optimizer = tf.train.adam(1e-3);
  const step = () => {
    const loss = optimizer.minimize(
      () =>
        tf.losses.softmaxCrossEntropy(
          y,
          model.apply(x, { training: true }) as tfTypes.Tensor,
        ) as tfTypes.Scalar,
      true,
    );
    loss?.dataSync();
    loss?.dispose();
  };
  try {
    for (let s = 0; s < warmup; s++) step();
    const t = performance.now();
    for (let s = 0; s < steps; s++) step();
    return (steps * B) / ((performance.now() - t) / 1000);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  }
}

function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined) return "—";
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return "—";
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

/**
 * Measures every model on every runtime. The repeats are interleaved (round 1 on every runtime,
 * then round 2, …) so that a change of load on a shared machine affects all runtimes alike.
 * Fast runtimes are calibrated first to run about `target` seconds per repeat, after one warm-up
 * step; the stock cpu CNNs (seconds per batch) run one step per repeat, no warm-up.
 */
export async function runBench(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): Promise<Cell[]> {
  const log = options.log ?? (() => {});
  const rounds = options.quick ? 3 : 5;
  const target = options.quick ? 0.5 : 1.5;
  const cells: Cell[] = [];
  for (const bm of MODELS) {
    const plans: { spec: RuntimeSpec; cell: Cell; warmup: number; steps: number }[] = [];
    for (const spec of RUNTIMES) {
      const cell: Cell = { model: bm.name, runtime: spec.label, samplesPerSecond: null, repeats: [] };
      cells.push(cell);
      if (spec.label === "stock cpu" && bm.inputShape.length > 1) {
        plans.push({ spec, cell, warmup: 0, steps: 1 });
        continue;
      }
      try {
        const perSecond = await repeat(spec, bm, 2, 2);
        const steps = Math.max(1, Math.min(200, Math.round((target * perSecond) / bm.batchSize)));
        plans.push({ spec, cell, warmup: 1, steps });
      } catch (error) {
        cell.error = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        log(`${bm.name} on ${spec.label}: fails (${cell.error})`);
      }
    }
    const slowRounds = Math.min(rounds, 3);
    for (let r = 0; r < rounds; r++) {
      for (const plan of plans) {
        if (plan.warmup === 0 && r >= slowRounds) continue;
        plan.cell.repeats.push(await repeat(plan.spec, bm, plan.warmup, plan.steps));
      }
    }
    for (const { cell } of plans) {
      cell.samplesPerSecond = median(cell.repeats);
      log(
        `${bm.name} on ${cell.runtime}: ${fmt(cell.samplesPerSecond)} samples/s (median of ${cell.repeats.length})`,
      );
    }
  }
  return cells;
}

export function benchTable(cells: Cell[]): string {
  const get = (model: string, runtime: string) =>
    cells.find((c) => c.model === model && c.runtime === runtime);
  const header =
    "| model (batch) | stock cpu | course cpu | stock wasm | course wasm | course wasm ÷ stock cpu | course wasm ÷ stock wasm | course cpu ÷ stock cpu |";
  const rows = MODELS.map((bm) => {
    const v = (r: string) => get(bm.name, r)?.samplesPerSecond;
    const shown = (r: string) => {
      const c = get(bm.name, r);
      return c?.error ? "fails¹" : fmt(c?.samplesPerSecond);
    };
    return `| ${bm.name} (${bm.batchSize}) | ${shown("stock cpu")} | ${shown("course cpu")} | ${shown("stock wasm")} | ${shown("course wasm")} | ${ratio(v("course wasm"), v("stock cpu"))} | ${ratio(v("course wasm"), v("stock wasm"))} | ${ratio(v("course cpu"), v("stock cpu"))} |`;
  });
  const failures = cells.filter((c) => c.error).map((c) => `${c.model} on ${c.runtime}: ${c.error}`);
  const notes =
    failures.length > 0
      ? `\n¹ ${[...new Set(failures.map((f) => f.split(": ").slice(1).join(": ")))].join("; ")}`
      : "";
  return [header, `|${"---|".repeat(8)}`, ...rows].join("\n") + notes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = new Set(process.argv.slice(2));
  const started = performance.now();
  await getTf({ backend: "wasm" });
  console.log(`${describeRuntime()}; Node ${process.version}`);
  console.log("training samples/s (higher is better); median of repeats; synthetic MNIST-shaped data\n");
  const cells = await runBench({ quick: args.has("--quick"), log: (line) => console.log(line) });
  console.log(`\n${benchTable(cells)}\n`);
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (args.has("--json")) console.log(JSON.stringify(cells, null, 2));
}
