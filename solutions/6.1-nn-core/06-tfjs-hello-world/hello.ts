/**
 * 6.1.6 TensorFlow.js hello world — reference solution.
 *
 * Fit y = 2x + 3 from noisy samples with one dense unit (ŷ = w·x + b), plot the loss curve,
 * save the model to disk and load it back. Everything random is seeded, and every tensor that
 * is created is disposed.
 */

import type {
  FitOptions,
  FitResult,
  Line,
  LineData,
  LineDataOptions,
} from "@exercise/6.1-nn-core/06-tfjs-hello-world/hello.given";
import type { LayersModel, Sequential } from "@tensorflow/tfjs";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { lineChart, type WrittenChart, writeChart } from "../../../lib/plot";
import type { Rng } from "../../../lib/rng";
import { getTf } from "../../../lib/tf";
import { loadModel, saveModel } from "../../../lib/tf/io";
import { SeededInit } from "../../../lib/tf/seeded";

// ───────────────────────────── Task 1. Noisy samples of a line ─────────────────────────────

function checkFinite(value: number, name: string, what: string): void {
  if (!Number.isFinite(value)) throw new InvalidArgument(`${what}: ${name} must be finite, got ${value}`);
}

/**
 * n noisy samples of y = slope·x + intercept: xᵢ ~ U[xMin, xMax), yᵢ = slope·xᵢ + intercept + εᵢ,
 * εᵢ ~ N(0, noiseStd²), drawn from `rng`.
 */
export function makeLineData(n: number, rng: Rng, options: LineDataOptions = {}): LineData {
  const what = "makeLineData";
  const { slope = 2, intercept = 3, noiseStd = 0.1, xMin = -1, xMax = 1 } = options;
  if (!(Number.isInteger(n) && n >= 1))
    throw new InvalidArgument(`${what}: n must be an integer ≥ 1, got ${n}`);
  checkFinite(slope, "slope", what);
  checkFinite(intercept, "intercept", what);
  checkFinite(xMin, "xMin", what);
  checkFinite(xMax, "xMax", what);
  if (!(Number.isFinite(noiseStd) && noiseStd >= 0)) {
    throw new InvalidArgument(`${what}: noiseStd must be finite and ≥ 0, got ${noiseStd}`);
  }
  if (!(xMin < xMax)) throw new InvalidArgument(`${what}: xMin (${xMin}) must be below xMax (${xMax})`);
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(xMin, xMax);
    xs[i] = x;
    ys[i] = slope * x + intercept + rng.normal(0, noiseStd);
  }
  return { xs, ys };
}

// ───────────────────────────── Task 2. One dense unit ─────────────────────────────

/**
 * A Sequential model with one Dense layer of one unit on one input: ŷ = w·x + b, w drawn by a
 * Glorot-uniform initializer seeded from `seed`, b = 0. Not compiled.
 */
export async function buildModel(seed: number): Promise<Sequential> {
  if (!Number.isInteger(seed)) throw new InvalidArgument(`buildModel: seed must be an integer, got ${seed}`);
  const tf = await getTf();
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: init.glorotUniform() }));
  return model;
}

/** The model's current weight and bias (read, not disposed: they are the model's own variables). */
export function readLine(model: LayersModel): Line {
  const [kernel, bias] = model.getWeights();
  if (kernel === undefined || bias === undefined || kernel.size !== 1 || bias.size !== 1) {
    throw new ShapeError("readLine: expected one dense unit on one input (a 1×1 kernel and one bias)");
  }
  return { weight: kernel.dataSync()[0], bias: bias.dataSync()[0] };
}

/** ŷ for every x of `xs`, as a new Float32Array; leaves no tensor behind. */
export async function predict(model: LayersModel, xs: Float32Array): Promise<Float32Array> {
  if (xs.length === 0) return new Float32Array(0);
  const tf = await getTf();
  const y = tf.tidy(() => model.predict(tf.tensor2d(xs, [xs.length, 1])) as ReturnType<typeof tf.tensor2d>);
  try {
    return Float32Array.from(await y.data());
  } finally {
    y.dispose();
  }
}

// ───────────────────────────── Task 3. Training ─────────────────────────────

/**
 * Trains `buildModel(seed)` on `data` with full-batch gradient descent (`tf.train.sgd`) on the
 * mean squared error, for `epochs` epochs, without shuffling. Disposes the data tensors and the
 * optimizer; returns the model with its learned line and the loss of every epoch.
 */
export async function fitLine(data: LineData, options: FitOptions = {}): Promise<FitResult> {
  const what = "fitLine";
  const { epochs = 100, learningRate = 0.3, seed = 1 } = options;
  const n = data.xs.length;
  if (data.ys.length !== n) {
    throw new ShapeError(`${what}: ${n} xs but ${data.ys.length} ys`);
  }
  if (n === 0) throw new InvalidArgument(`${what}: no samples`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(data.xs[i]) || !Number.isFinite(data.ys[i])) {
      throw new InvalidArgument(`${what}: sample ${i} is (${data.xs[i]}, ${data.ys[i]}); all must be finite`);
    }
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) {
    throw new InvalidArgument(`${what}: epochs must be an integer ≥ 1, got ${epochs}`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(`${what}: learningRate must be finite and > 0, got ${learningRate}`);
  }
  const tf = await getTf();
  const model = await buildModel(seed);
  const optimizer = tf.train.sgd(learningRate);
  const x = tf.tensor2d(data.xs, [n, 1]);
  const y = tf.tensor2d(data.ys, [n, 1]);
  try {
    model.compile({ optimizer, loss: "meanSquaredError" });
    // Full batch and no shuffling: fit's shuffle uses Math.random, which cannot be seeded.
    const history = await model.fit(x, y, { epochs, batchSize: n, shuffle: false, verbose: 0 });
    const losses = (history.history.loss ?? []).map(Number);
    return { model, losses, ...readLine(model) };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose([x, y]);
    optimizer.dispose();
  }
}

// ───────────────────────────── Task 4. The loss curve ─────────────────────────────

/**
 * Draws the loss per epoch (log-scale y axis) through lib/plot and writes `<basePath>.svg` and
 * `<basePath>.png`. Returns the paths written.
 */
export async function plotLosses(losses: readonly number[], basePath: string): Promise<WrittenChart> {
  if (losses.length === 0) throw new InvalidArgument("plotLosses: no losses to draw");
  for (let i = 0; i < losses.length; i++) {
    const loss = losses[i];
    if (!(Number.isFinite(loss) && loss > 0)) {
      throw new InvalidArgument(
        `plotLosses: losses[${i}] = ${loss}; a log-scale plot needs finite values > 0`,
      );
    }
  }
  const spec = lineChart({
    title: "Fitting y = 2x + 3 with one dense unit",
    xLabel: "epoch",
    yLabel: "training MSE",
    logY: true,
    series: [{ name: "training loss", points: losses.map((loss, i) => [i + 1, loss] as const) }],
  });
  return writeChart(spec, basePath);
}

// ───────────────────────────── Task 5. Save and load ─────────────────────────────

/** Saves `model` into the folder `dir` (model.json + weights.bin) through lib/tf's `saveModel`. */
export async function saveLine(model: LayersModel, dir: string): Promise<void> {
  await saveModel(model, dir);
}

/**
 * Loads a model saved by `saveLine` from `dir` through lib/tf's `loadModel`, and checks that it
 * is a one-input, one-output model with two weights (throws ShapeError otherwise, after
 * disposing it).
 */
export async function loadLine(dir: string): Promise<LayersModel> {
  await getTf();
  const model = await loadModel(dir);
  const input = model.inputs[0]?.shape;
  const output = model.outputs[0]?.shape;
  const ok =
    model.inputs.length === 1 &&
    model.outputs.length === 1 &&
    input?.length === 2 &&
    input[1] === 1 &&
    output?.length === 2 &&
    output[1] === 1 &&
    model.countParams() === 2;
  if (!ok) {
    const shapes = `input ${JSON.stringify(input)}, output ${JSON.stringify(output)}, ${model.countParams()} parameters`;
    model.dispose();
    throw new ShapeError(`loadLine: ${dir} does not hold a one-unit line model (${shapes})`);
  }
  return model;
}
