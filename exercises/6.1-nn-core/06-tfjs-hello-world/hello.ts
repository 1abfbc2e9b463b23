/**
 * 6.1.6 TensorFlow.js hello world — your file. The README explains each task.
 *
 * Fit y = 2x + 3 from noisy samples with one dense unit (ŷ = w·x + b), plot the loss curve,
 * save the model to disk and load it back. The types of the arguments and results (`LineData`,
 * `FitOptions`, `FitResult`, …) are given in `hello.given.ts`.
 *
 * What you will import (add the imports as you need them; the linter rejects unused ones):
 *
 *   import { InvalidArgument, ShapeError } from "../../../lib/errors";
 *   import { lineChart, writeChart } from "../../../lib/plot";   // task 4
 *   import { getTf } from "../../../lib/tf";                    // `const tf = await getTf();`
 *   import { loadModel, saveModel } from "../../../lib/tf/io";  // task 5
 *   import { SeededInit } from "../../../lib/tf/seeded";        // task 2: seeded initial weights
 *
 * Two rules hold everywhere:
 *
 * - Reproducible: everything random comes from a seed (`Rng` for the data, `SeededInit` for the
 *   initial weight). Never `Math.random`, never `fit({ shuffle: true })`.
 * - No leaks: every tensor you create is disposed (`tf.tidy`, `tensor.dispose()`,
 *   `tf.dispose([...])`). The specs compare `tf.memory().numTensors` before and after.
 */
import type { LayersModel, Sequential } from "@tensorflow/tfjs";
import { NotImplemented } from "../../../lib/errors";
import type { WrittenChart } from "../../../lib/plot";
import type { Rng } from "../../../lib/rng";
import type { FitOptions, FitResult, Line, LineData, LineDataOptions } from "./hello.given";

// ───────────────────────────── Task 1. Noisy samples of a line ─────────────────────────────

/**
 * n noisy samples of y = slope·x + intercept: for each i, first xᵢ = rng.uniform(xMin, xMax),
 * then yᵢ = slope·xᵢ + intercept + rng.normal(0, noiseStd).
 *
 * @throws InvalidArgument when n is not an integer ≥ 1, an option is NaN or ±Infinity,
 *   noiseStd < 0, or xMin ≥ xMax.
 */
export function makeLineData(_n: number, _rng: Rng, _options: LineDataOptions = {}): LineData {
  throw new NotImplemented("makeLineData", 1);
}

// ───────────────────────────── Task 2. One dense unit ─────────────────────────────

/**
 * A Sequential model with one Dense layer of one unit on one input (`inputShape: [1]`):
 * ŷ = w·x + b. The kernel w comes from `new SeededInit(seed).glorotUniform()`, the bias starts
 * at 0 (the default). Not compiled.
 *
 * @throws InvalidArgument when seed is not an integer.
 */
export async function buildModel(_seed: number): Promise<Sequential> {
  throw new NotImplemented("buildModel", 2);
}

/**
 * The model's current weight and bias, from `model.getWeights()` (kernel first, then bias).
 * Do NOT dispose what `getWeights()` returns: those tensors are the model's own variables.
 *
 * @throws ShapeError when the model does not have exactly a 1×1 kernel and one bias first.
 */
export function readLine(_model: LayersModel): Line {
  throw new NotImplemented("readLine", 2);
}

/**
 * ŷ for every x of `xs` (one prediction per x, same order) as a new Float32Array. An empty
 * `xs` gives an empty result. Leaves no tensor behind.
 */
export async function predict(_model: LayersModel, _xs: Float32Array): Promise<Float32Array> {
  throw new NotImplemented("predict", 2);
}

// ───────────────────────────── Task 3. Training ─────────────────────────────

/**
 * Trains `buildModel(seed)` on `data`: compile with `tf.train.sgd(learningRate)` and the
 * mean squared error, then `fit` for `epochs` epochs on the whole data as ONE batch, without
 * shuffling. Disposes the two data tensors and the optimizer, also when training fails.
 *
 * @throws ShapeError when xs and ys differ in length.
 * @throws InvalidArgument for no samples, a NaN/±Infinity sample, or a bad option.
 */
export async function fitLine(_data: LineData, _options: FitOptions = {}): Promise<FitResult> {
  throw new NotImplemented("fitLine", 3);
}

// ───────────────────────────── Task 4. The loss curve ─────────────────────────────

/**
 * Draws the loss of each epoch (x: epoch 1, 2, …; y: loss on a log scale) with lib/plot's
 * `lineChart`, and writes `<basePath>.svg` and `<basePath>.png` with `writeChart`. Returns
 * the paths written (what `writeChart` returns).
 *
 * @throws InvalidArgument when `losses` is empty or holds a value that is not finite and > 0.
 */
export async function plotLosses(_losses: readonly number[], _basePath: string): Promise<WrittenChart> {
  throw new NotImplemented("plotLosses", 4);
}

// ───────────────────────────── Task 5. Save and load ─────────────────────────────

/** Saves `model` into the folder `dir` (model.json + weights.bin) with lib/tf's `saveModel`. */
export async function saveLine(_model: LayersModel, _dir: string): Promise<void> {
  throw new NotImplemented("saveLine", 5);
}

/**
 * Loads a model saved by `saveLine` from the folder `dir` with lib/tf's `loadModel` (call
 * `getTf()` first), and checks that it is a line model: one input and one output, each of
 * shape [null, 1], and 2 parameters in all.
 *
 * @throws ShapeError for any other model (dispose it before throwing).
 * @throws InvalidArgument when `dir` holds no readable model.json (lib/tf's `loadModel` does that).
 */
export async function loadLine(_dir: string): Promise<LayersModel> {
  throw new NotImplemented("loadLine", 5);
}
