/**
 * Public specs for 6.1.6: fit y = 2x + 3 with one dense unit in TensorFlow.js.
 *
 * Tolerances, and why:
 * - Data: float32 stores x and y with a relative error of 2⁻²⁴ ≈ 6·10⁻⁸, so a noise-free
 *   sample is on the line to within 1e-6 (|y| ≤ 5 here).
 * - Noise: with n = 4000 samples of N(0, 0.1²), the sample mean of the residuals has a standard
 *   error of 0.1/√4000 ≈ 0.0016 (we allow 0.008, five of them) and the sample standard deviation
 *   lands within 5% of 0.1 with overwhelming probability. The seed is fixed anyway.
 * - Predictions: ŷ = w·x + b in float32, so |ŷ − (w·x + b)| ≤ 1e-5 for |x| ≤ 1, |w|, |b| ≤ 5.
 * - The learned line: the least-squares line of 200 samples with noise 0.1 is within ~0.02 of
 *   (2, 3); 100 epochs of gradient descent get to within 0.005 of it. The exercise asks for 0.05.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import {
  expectRejects,
  expectThrows,
  liveTensors,
  meanSquaredErrorOf,
  readLearnerFile,
  recordMetric,
} from "../../../lib/testing";
import { getTf, type Tf } from "../../../lib/tf";
import { SeededInit } from "../../../lib/tf/seeded";
import {
  buildModel,
  fitLine,
  loadLine,
  makeLineData,
  plotLosses,
  predict,
  readLine,
  saveLine,
} from "./hello";
import type { Line, LineData } from "./hello.given";

let tf: Tf;
let scratch: string;

beforeAll(async () => {
  tf = await getTf();
  scratch = await mkdtemp(join(tmpdir(), "course-6.1.6-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}

function std(values: ArrayLike<number>): number {
  const m = mean(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - m) ** 2;
  return Math.sqrt(s / (values.length - 1));
}

/** The mean squared error of a line on the data, in float64. */
function mseOf(line: Line, data: LineData): number {
  let s = 0;
  for (let i = 0; i < data.xs.length; i++) s += (line.weight * data.xs[i] + line.bias - data.ys[i]) ** 2;
  return s / data.xs.length;
}

describe("1. Noisy samples of a line", () => {
  it("returns n float32 samples with x in [−1, 1)", () => {
    const { xs, ys } = makeLineData(500, new Rng(1));
    expect(xs, "xs").toBeInstanceOf(Float32Array);
    expect(ys, "ys").toBeInstanceOf(Float32Array);
    expect(xs.length, "xs.length").toBe(500);
    expect(ys.length, "ys.length").toBe(500);
    for (const x of xs) {
      if (!(x >= -1 && x < 1)) expect.fail(`x = ${x} is outside [−1, 1)`);
    }
    expect(Math.min(...xs), "the smallest x (500 uniform draws)").toBeLessThan(-0.95);
    expect(Math.max(...xs), "the largest x (500 uniform draws)").toBeGreaterThan(0.95);
  });

  it("without noise, every sample is on y = 2x + 3", () => {
    const { xs, ys } = makeLineData(100, new Rng(2), { noiseStd: 0 });
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      expect(Math.abs(ys[i] - (2 * x + 3)), `y at x = ${x}`).toBeLessThan(1e-6);
    }
  });

  it("adds Gaussian noise with mean 0 and standard deviation noiseStd (default 0.1)", () => {
    const { xs, ys } = makeLineData(4000, new Rng(3));
    const residuals = ys.map((y, i) => y - (2 * xs[i] + 3));
    expect(Math.abs(mean(residuals)), "mean of y − (2x + 3)").toBeLessThan(0.008);
    expect(std(residuals), "standard deviation of y − (2x + 3)").toBeGreaterThan(0.095);
    expect(std(residuals), "standard deviation of y − (2x + 3)").toBeLessThan(0.105);
  });

  it("follows the options: slope, intercept, noiseStd, xMin, xMax", () => {
    const options = { slope: -0.5, intercept: 1, noiseStd: 0.3, xMin: 2, xMax: 6 };
    const { xs, ys } = makeLineData(4000, new Rng(4), options);
    for (const x of xs) {
      if (!(x >= 2 && x < 6)) expect.fail(`x = ${x} is outside [2, 6)`);
    }
    const residuals = ys.map((y, i) => y - (-0.5 * xs[i] + 1));
    expect(Math.abs(mean(residuals)), "mean residual around y = −0.5x + 1").toBeLessThan(0.025);
    expect(std(residuals), "noise standard deviation (asked 0.3)").toBeGreaterThan(0.285);
    expect(std(residuals), "noise standard deviation (asked 0.3)").toBeLessThan(0.315);
  });

  it("is reproducible: the same seed gives the same data, another seed other data", () => {
    const a = makeLineData(50, new Rng(7));
    const b = makeLineData(50, new Rng(7));
    const c = makeLineData(50, new Rng(8));
    expect(Array.from(b.xs), "xs with the same seed").toEqual(Array.from(a.xs));
    expect(Array.from(b.ys), "ys with the same seed").toEqual(Array.from(a.ys));
    expect(Array.from(c.xs), "xs with another seed").not.toEqual(Array.from(a.xs));
  });

  it("rejects a bad n or bad options with InvalidArgument", () => {
    const rng = new Rng(9);
    expectThrows(() => makeLineData(0, rng), InvalidArgument, "n = 0");
    expectThrows(() => makeLineData(2.5, rng), InvalidArgument, "n = 2.5");
    expectThrows(() => makeLineData(10, rng, { noiseStd: -1 }), InvalidArgument, "noiseStd = −1");
    expectThrows(() => makeLineData(10, rng, { slope: Number.NaN }), InvalidArgument, "slope = NaN");
    expectThrows(() => makeLineData(10, rng, { xMin: 1, xMax: 1 }), InvalidArgument, "xMin = xMax");
  });
});

describe("2. One dense unit", () => {
  it("builds one dense unit on one input: 2 parameters, bias 0, |w| ≤ √3 (Glorot bound)", async () => {
    const model = await buildModel(1);
    try {
      expect(model.layers.length, "number of layers").toBe(1);
      expect(model.countParams(), "parameters (w and b)").toBe(2);
      expect(model.inputs[0]?.shape, "input shape").toEqual([null, 1]);
      expect(model.outputs[0]?.shape, "output shape").toEqual([null, 1]);
      const { weight, bias } = readLine(model);
      expect(bias, "initial bias").toBe(0);
      expect(Math.abs(weight), "initial |w|: Glorot uniform draws from ±√(6/(1+1))").toBeLessThanOrEqual(
        Math.sqrt(3),
      );
      expect(weight, "initial w").not.toBe(0);
    } finally {
      model.dispose();
    }
  });

  it("is seeded: the same seed gives the same initial weight, other seeds other weights", async () => {
    const weights: number[] = [];
    for (const seed of [5, 5, 6, 7]) {
      const model = await buildModel(seed);
      weights.push(readLine(model).weight);
      model.dispose();
    }
    expect(weights[1], "buildModel(5) twice").toBe(weights[0]);
    expect(new Set(weights).size, `initial weights for seeds 5, 5, 6, 7: ${weights.join(", ")}`).toBe(3);
  });

  it("predicts ŷ = w·x + b for every x", async () => {
    const model = await buildModel(3);
    try {
      const { weight, bias } = readLine(model);
      const xs = Float32Array.from([-1, -0.25, 0, 0.5, 1]);
      const ys = await predict(model, xs);
      expect(ys, "predict returns").toBeInstanceOf(Float32Array);
      expect(ys.length, "one prediction per x").toBe(xs.length);
      xs.forEach((x, i) => {
        expect(Math.abs(ys[i] - (weight * x + bias)), `ŷ at x = ${x}`).toBeLessThan(1e-5);
      });
      expect((await predict(model, new Float32Array(0))).length, "predict on no xs").toBe(0);
    } finally {
      model.dispose();
    }
  });

  it("predict leaves no tensor behind", async () => {
    const model = await buildModel(4);
    try {
      const xs = Float32Array.from(new Rng(4).uniformArray(64, -1, 1));
      await predict(model, xs); // warm-up: the first call may set up lasting internals
      const before = liveTensors(tf);
      for (let i = 0; i < 5; i++) await predict(model, xs);
      expect(liveTensors(tf), "tf.memory().numTensors after 5 predict calls").toBe(before);
    } finally {
      model.dispose();
    }
  });

  it("draws the initial weight exactly as new SeededInit(seed).glorotUniform() does", async () => {
    for (const seed of [1, 5, 2024]) {
      const model = await buildModel(seed);
      const { weight } = readLine(model);
      model.dispose();
      // The first initializer of SeededInit(seed), applied to a [1, 1] kernel: the documented draw.
      const want = tf.tidy(() => new SeededInit(seed).glorotUniform().apply([1, 1], "float32").dataSync()[0]);
      expect(weight, `initial weight of buildModel(${seed})`).toBe(want);
    }
  });

  it("buildModel rejects a seed that is not an integer", async () => {
    await expectRejects(() => buildModel(0.5), InvalidArgument, "buildModel(0.5)");
  });
});

describe("3. Training", () => {
  it("learns w ≈ 2 and b ≈ 3 (within 0.05) from 200 noisy samples", async (ctx) => {
    const data = makeLineData(200, new Rng(6));
    const result = await fitLine(data);
    const { model } = result;
    try {
      // The scored line is read here from the model's own variables (its 1×1 kernel and its
      // bias), not taken from fitLine's result or readLine; both must report the same numbers.
      const [kernel, b] = model.getWeights();
      const weight = kernel.dataSync()[0];
      const bias = b.dataSync()[0];
      expect([result.weight, result.bias], "fitLine's weight and bias: the model's").toEqual([weight, bias]);
      expect([readLine(model).weight, readLine(model).bias], "readLine(model)").toEqual([weight, bias]);
      const fitted = Float64Array.from(data.xs, (x) => weight * x + bias);
      recordMetric(ctx, "learned.weight", weight);
      recordMetric(ctx, "learned.bias", bias);
      recordMetric(ctx, "final.loss", meanSquaredErrorOf(data.ys, fitted), "MSE");
      expect(Math.abs(weight - 2), `learned weight ${weight}`).toBeLessThan(0.05);
      expect(Math.abs(bias - 3), `learned bias ${bias}`).toBeLessThan(0.05);
    } finally {
      model.dispose();
    }
  });

  it("records one loss per epoch, falling to the noise level σ² = 0.01", async () => {
    const { model, losses } = await fitLine(makeLineData(200, new Rng(6)), { epochs: 60 });
    model.dispose();
    expect(losses.length, "losses.length with epochs: 60").toBe(60);
    const first = losses[0];
    const last = losses[losses.length - 1];
    expect(first, "the first epoch's loss (the line starts far from y = 2x + 3)").toBeGreaterThan(1);
    expect(last, "the last epoch's loss").toBeLessThan(0.02);
    expect(last, "the last epoch's loss cannot beat the noise by much").toBeGreaterThan(0.005);
  });

  it("losses[k] is the MSE at the start of epoch k + 1: losses[0] is the initial line's", async () => {
    const data = makeLineData(200, new Rng(6));
    const start = await buildModel(1); // fitLine's default seed
    const initial = readLine(start);
    start.dispose();
    const { model, losses } = await fitLine(data, { epochs: 5 });
    model.dispose();
    expect(losses.length, "losses.length with epochs: 5").toBe(5);
    // TensorFlow.js sums the squares in float32: a relative 1e-5 covers its rounding.
    const want = mseOf(initial, data);
    expect(
      Math.abs(losses[0] - want) / want,
      `losses[0] = ${losses[0]} vs the MSE of buildModel(1)'s line, ${want}`,
    ).toBeLessThan(1e-5);
  });

  it("is reproducible: the same seed gives exactly the same line and losses", async () => {
    const data = makeLineData(100, new Rng(10));
    const a = await fitLine(data, { epochs: 20, seed: 3 });
    const b = await fitLine(data, { epochs: 20, seed: 3 });
    a.model.dispose();
    b.model.dispose();
    expect(b.weight, "weight of the second run").toBe(a.weight);
    expect(b.bias, "bias of the second run").toBe(a.bias);
    expect(b.losses, "losses of the second run").toEqual(a.losses);
  });

  it("leaves no tensor behind once the model is disposed", async () => {
    const data = makeLineData(100, new Rng(11));
    const before = liveTensors(tf);
    const { model } = await fitLine(data, { epochs: 5 });
    model.dispose();
    expect(liveTensors(tf), "tf.memory().numTensors after fitLine + model.dispose()").toBe(before);
  });

  it("rejects bad data and bad options", async () => {
    const good = makeLineData(10, new Rng(12));
    await expectRejects(
      () => fitLine({ xs: good.xs, ys: good.ys.subarray(0, 9) }),
      ShapeError,
      "10 xs and 9 ys",
    );
    await expectRejects(
      () => fitLine({ xs: new Float32Array(0), ys: new Float32Array(0) }),
      InvalidArgument,
      "no samples",
    );
    const withNaN = { xs: good.xs, ys: Float32Array.from(good.ys) };
    withNaN.ys[3] = Number.NaN;
    await expectRejects(() => fitLine(withNaN), InvalidArgument, "a NaN y");
    await expectRejects(() => fitLine(good, { epochs: 0 }), InvalidArgument, "epochs: 0");
    await expectRejects(() => fitLine(good, { learningRate: -0.1 }), InvalidArgument, "learningRate: −0.1");
  });
});

describe("4. The loss curve", () => {
  it("writes .course/plots/6.1.6-loss.svg and .png", async () => {
    const { model, losses } = await fitLine(makeLineData(200, new Rng(6)));
    model.dispose();
    const base = fileURLToPath(new URL("../../../.course/plots/6.1.6-loss", import.meta.url));
    await mkdir(join(base, ".."), { recursive: true });
    const written = await plotLosses(losses, base);
    expect(written.svg, "the SVG path").toBe(`${base}.svg`);
    expect(written.png, "the PNG path").toBe(`${base}.png`);
    const svg = readLearnerFile(written.svg, join(base, ".."), "utf8");
    expect(svg, "an SVG document").toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg, "the x axis title").toContain("epoch");
    const png = readLearnerFile(written.png, join(base, ".."));
    expect(Array.from(png.subarray(0, 8)), "PNG signature").toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it("rejects losses it cannot draw on a log scale", async () => {
    const base = join(scratch, "bad-loss");
    await expectRejects(() => plotLosses([], base), InvalidArgument, "no losses");
    await expectRejects(() => plotLosses([1, Number.NaN, 0.5], base), InvalidArgument, "a NaN loss");
    await expectRejects(() => plotLosses([1, 0], base), InvalidArgument, "a loss of 0 (log scale)");
    expect(existsSync(`${base}.svg`), "nothing written for bad losses").toBe(false);
  });
});

describe("5. Save and load", () => {
  it("saves the trained model and loads one that predicts exactly the same", async () => {
    const { model } = await fitLine(makeLineData(200, new Rng(6)));
    const dir = join(scratch, "line");
    try {
      await saveLine(model, dir);
      expect(existsSync(join(dir, "model.json")), "model.json written").toBe(true);
      expect(existsSync(join(dir, "weights.bin")), "weights.bin written").toBe(true);
      const loaded = await loadLine(dir);
      try {
        expect(readLine(loaded), "the loaded line").toEqual(readLine(model));
        const xs = Float32Array.from(new Rng(13).uniformArray(20, -3, 3));
        expect(Array.from(await predict(loaded, xs)), "predictions of the loaded model").toEqual(
          Array.from(await predict(model, xs)),
        );
      } finally {
        loaded.dispose();
      }
    } finally {
      model.dispose();
    }
  });

  it("refuses a folder that holds another kind of model (ShapeError) or none (InvalidArgument)", async () => {
    const other = tf.sequential();
    other.add(tf.layers.dense({ units: 3, inputShape: [2] }));
    const dir = join(scratch, "not-a-line");
    await saveLine(other, dir);
    other.dispose();
    const before = liveTensors(tf);
    await expectRejects(() => loadLine(dir), ShapeError, "a 2→3 dense model");
    expect(liveTensors(tf), "the refused model is disposed").toBe(before);
    await expectRejects(() => loadLine(join(scratch, "no-such-folder")), InvalidArgument, "a missing folder");
  });
});
