/**
 * Hidden specs for 6.1.6: held-out seeds and lines, the documented draw order, the exact
 * gradient-descent steps, monotone losses, tensor leaks on error paths, and more save/load cases.
 *
 * Tolerances: float32 data and weights (relative rounding 6·10⁻⁸); the hand-computed SGD steps
 * are done in float64, so after 3 steps on |x| < 1, |y| < 6 they agree with TensorFlow.js's
 * float32 steps to within 1e-4.
 */

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildModel,
  fitLine,
  loadLine,
  makeLineData,
  plotLosses,
  predict,
  readLine,
  saveLine,
} from "@exercise/6.1-nn-core/06-tfjs-hello-world/hello";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectRejects, expectThrows, liveTensors, readLearnerFile } from "../../../../lib/testing";
import { getTf, type Tf } from "../../../../lib/tf";

let tf: Tf;
let scratch: string;

beforeAll(async () => {
  tf = await getTf();
  scratch = await mkdtemp(join(tmpdir(), "course-6.1.6-hidden-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function meanStd(values: ArrayLike<number>): { mean: number; std: number } {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  const mean = s / values.length;
  let q = 0;
  for (let i = 0; i < values.length; i++) q += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(q / (values.length - 1)) };
}

describe("1. Noisy samples of a line", () => {
  it("draws, for each sample in turn, x = rng.uniform(xMin, xMax) and then the noise", () => {
    const { xs, ys } = makeLineData(30, new Rng(101), { slope: 0.7, intercept: -2, noiseStd: 0.5 });
    const rng = new Rng(101);
    for (let i = 0; i < 30; i++) {
      const x = rng.uniform(-1, 1);
      const y = 0.7 * x - 2 + rng.normal(0, 0.5);
      expect(xs[i], `xs[${i}]`).toBe(Math.fround(x));
      expect(ys[i], `ys[${i}]`).toBe(Math.fround(y));
    }
  });

  it("has the right noise statistics on 20,000 held-out samples", () => {
    const { xs, ys } = makeLineData(20_000, new Rng(202), { noiseStd: 0.05 });
    const residuals = ys.map((y, i) => y - (2 * xs[i] + 3));
    const { mean, std } = meanStd(residuals);
    // Standard error of the mean: 0.05/√20000 ≈ 3.5e-4; float32 rounding of y ≈ 3 adds < 3e-7.
    expect(Math.abs(mean), "mean residual").toBeLessThan(2e-3);
    expect(Math.abs(std - 0.05), "noise standard deviation (asked 0.05)").toBeLessThan(0.002);
    const xStats = meanStd(xs);
    expect(Math.abs(xStats.mean), "mean of x ~ U[−1, 1)").toBeLessThan(0.03);
    expect(Math.abs(xStats.std - 1 / Math.sqrt(3)), "std of x ~ U[−1, 1) is 1/√3").toBeLessThan(0.01);
  });

  it("handles n = 1 and a single option", () => {
    const one = makeLineData(1, new Rng(3), { intercept: 10, noiseStd: 0 });
    expect(one.xs.length, "n = 1").toBe(1);
    expect(
      Math.abs(one.ys[0] - (2 * one.xs[0] + 10)),
      "slope stays 2 when only intercept is given",
    ).toBeLessThan(1e-5);
  });

  it("rejects more bad arguments", () => {
    const rng = new Rng(4);
    expectThrows(() => makeLineData(-3, rng), InvalidArgument, "n = −3");
    expectThrows(() => makeLineData(Number.NaN, rng), InvalidArgument, "n = NaN");
    expectThrows(() => makeLineData(5, rng, { xMin: 2, xMax: -2 }), InvalidArgument, "xMin > xMax");
    expectThrows(
      () => makeLineData(5, rng, { intercept: Number.POSITIVE_INFINITY }),
      InvalidArgument,
      "intercept = Infinity",
    );
    expectThrows(() => makeLineData(5, rng, { noiseStd: Number.NaN }), InvalidArgument, "noiseStd = NaN");
    expectThrows(() => makeLineData(5, rng, { xMax: Number.NaN }), InvalidArgument, "xMax = NaN");
  });
});

describe("2. One dense unit", () => {
  it("gives distinct seeded weights within the Glorot bound for ten seeds", async () => {
    const weights: number[] = [];
    for (let seed = 100; seed < 110; seed++) {
      const model = await buildModel(seed);
      const { weight, bias } = readLine(model);
      model.dispose();
      expect(Math.abs(weight), `|w| for seed ${seed}`).toBeLessThanOrEqual(Math.sqrt(3));
      expect(bias, `b for seed ${seed}`).toBe(0);
      weights.push(weight);
    }
    expect(new Set(weights).size, `ten seeds, ten weights: ${weights.join(", ")}`).toBe(10);
  });

  it("is linear on 1000 held-out xs, negative ones included, and leaves xs alone", async () => {
    const model = await buildModel(21);
    try {
      const { weight, bias } = readLine(model);
      const xs = Float32Array.from(new Rng(21).uniformArray(1000, -4, 4));
      const copy = Float32Array.from(xs);
      const ys = await predict(model, xs);
      expect(Array.from(xs), "xs after predict").toEqual(Array.from(copy));
      let worst = 0;
      xs.forEach((x, i) => {
        worst = Math.max(worst, Math.abs(ys[i] - (weight * x + bias)));
      });
      // |w·x| ≤ √3·4 ≈ 7: float32 rounding stays far below 1e-5.
      expect(worst, "max |ŷ − (w·x + b)| over 1000 xs in [−4, 4)").toBeLessThan(1e-5);
    } finally {
      model.dispose();
    }
  });

  it("readLine refuses a model that is not one unit on one input", () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 2, inputShape: [3] }));
    try {
      expectThrows(() => readLine(model), ShapeError, "readLine of a 3→2 dense layer");
    } finally {
      model.dispose();
    }
  });
});

describe("3. Training", () => {
  it("runs full-batch SGD on the MSE: 3 epochs match 3 hand-computed gradient steps", async () => {
    const data = makeLineData(50, new Rng(303));
    const lr = 0.2;
    const start = await buildModel(9);
    let { weight: w, bias: b } = readLine(start);
    start.dispose();
    const n = data.xs.length;
    const losses: number[] = [];
    for (let step = 0; step < 3; step++) {
      // L = (1/n)·Σ(w·x + b − y)²  ⇒  ∂L/∂w = (2/n)·Σ r·x, ∂L/∂b = (2/n)·Σ r, r = w·x + b − y
      let gw = 0;
      let gb = 0;
      let loss = 0;
      for (let i = 0; i < n; i++) {
        const x = data.xs[i];
        const r = w * x + b - data.ys[i];
        gw += (2 / n) * r * x;
        gb += (2 / n) * r;
        loss += (r * r) / n;
      }
      losses.push(loss); // the epoch's loss: before its step
      w -= lr * gw;
      b -= lr * gb;
    }
    const fit = await fitLine(data, { epochs: 3, learningRate: lr, seed: 9 });
    fit.model.dispose();
    expect(Math.abs(fit.weight - w), `weight after 3 epochs: ${fit.weight}, by hand ${w}`).toBeLessThan(1e-4);
    expect(Math.abs(fit.bias - b), `bias after 3 epochs: ${fit.bias}, by hand ${b}`).toBeLessThan(1e-4);
    expect(fit.losses.length, "losses.length").toBe(3);
    // float32 sums against float64 ones, after up to 2 float32 steps: a relative 1e-4.
    fit.losses.forEach((loss, k) => {
      expect(
        Math.abs(loss - losses[k]) / losses[k],
        `losses[${k}] = ${loss}, by hand (MSE before step ${k + 1}) ${losses[k]}`,
      ).toBeLessThan(1e-4);
    });
  });

  it("learns a held-out line y = −1.5x + 0.5 on x ∈ [−2, 2)", async (ctx) => {
    const data = makeLineData(400, new Rng(404), { slope: -1.5, intercept: 0.5, xMin: -2, xMax: 2 });
    // E[x²] = 4/3 here, so the largest stable step is smaller than on [−1, 1): use 0.1.
    const fit = await fitLine(data, { epochs: 200, learningRate: 0.1, seed: 4 });
    fit.model.dispose();
    ctx.annotate(`learned w = ${fit.weight}, b = ${fit.bias}`);
    expect(Math.abs(fit.weight + 1.5), `learned weight ${fit.weight}`).toBeLessThan(0.05);
    expect(Math.abs(fit.bias - 0.5), `learned bias ${fit.bias}`).toBeLessThan(0.05);
  });

  it("converges to the same line from different seeds, with a non-increasing loss", async () => {
    const data = makeLineData(200, new Rng(505));
    const a = await fitLine(data, { epochs: 150, seed: 11 });
    const b = await fitLine(data, { epochs: 150, seed: 12 });
    a.model.dispose();
    b.model.dispose();
    expect(Math.abs(a.weight - b.weight), "weights from seeds 11 and 12").toBeLessThan(1e-3);
    expect(Math.abs(a.bias - b.bias), "biases from seeds 11 and 12").toBeLessThan(1e-3);
    // Full-batch gradient descent with a stable step never increases the loss (up to rounding).
    a.losses.forEach((loss, i) => {
      if (i > 0 && loss > a.losses[i - 1] * (1 + 1e-5) + 1e-7) {
        expect.fail(`the loss rose from epoch ${i} (${a.losses[i - 1]}) to epoch ${i + 1} (${loss})`);
      }
    });
  });

  it("leaks nothing when it refuses its input, and nothing over repeated runs", async () => {
    const data = makeLineData(40, new Rng(606));
    const before = liveTensors(tf);
    await expectRejects(
      () => fitLine(data, { learningRate: Number.NaN }),
      InvalidArgument,
      "learningRate NaN",
    );
    await expectRejects(() => fitLine(data, { epochs: 1.5 }), InvalidArgument, "epochs 1.5");
    await expectRejects(() => fitLine(data, { seed: 0.5 }), InvalidArgument, "seed 0.5");
    for (let i = 0; i < 3; i++) (await fitLine(data, { epochs: 2 })).model.dispose();
    expect(liveTensors(tf), "tf.memory().numTensors after all that").toBe(before);
  });

  it("rejects an infinite x", async () => {
    const data = makeLineData(10, new Rng(707));
    const xs = Float32Array.from(data.xs);
    xs[0] = Number.POSITIVE_INFINITY;
    await expectRejects(() => fitLine({ xs, ys: data.ys }), InvalidArgument, "x = Infinity");
  });
});

describe("4. The loss curve", () => {
  it("creates missing folders and draws even a single epoch", async () => {
    const base = join(scratch, "deep", "er", "one-epoch");
    const written = await plotLosses([0.5], base);
    expect(existsSync(written.svg), "the SVG exists").toBe(true);
    expect(existsSync(written.png), "the PNG exists").toBe(true);
    expect(readLearnerFile(written.svg, scratch, "utf8"), "an SVG document").toMatch(/^<svg/);
  });

  it("rejects infinite and negative losses", async () => {
    const base = join(scratch, "bad");
    await expectRejects(
      () => plotLosses([1, Number.POSITIVE_INFINITY], base),
      InvalidArgument,
      "an infinite loss",
    );
    await expectRejects(() => plotLosses([1, -0.1], base), InvalidArgument, "a negative loss");
  });
});

describe("5. Save and load", () => {
  it("round-trips an untrained model, and a second save overwrites the first", async () => {
    const dir = join(scratch, "overwrite");
    const first = await buildModel(31);
    const second = await buildModel(32);
    try {
      await saveLine(first, dir);
      await saveLine(second, dir);
      const loaded = await loadLine(dir);
      expect(readLine(loaded), "the loaded line is the second model's").toEqual(readLine(second));
      loaded.dispose();
    } finally {
      first.dispose();
      second.dispose();
    }
  });

  it("refuses a two-layer 1→1→1 model (4 parameters) and disposes it", async () => {
    const deep = tf.sequential();
    deep.add(tf.layers.dense({ units: 1, inputShape: [1] }));
    deep.add(tf.layers.dense({ units: 1 }));
    const dir = join(scratch, "deep-line");
    await saveLine(deep, dir);
    deep.dispose();
    const before = liveTensors(tf);
    await expectRejects(() => loadLine(dir), ShapeError, "a 1→1→1 model");
    expect(liveTensors(tf), "tensors after refusing it").toBe(before);
  });

  it("refuses a folder whose model.json is not a model", async () => {
    const dir = join(scratch, "garbage");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "model.json"), '{"hello": "world"}');
    await expectRejects(() => loadLine(dir), InvalidArgument, "a model.json without a model");
  });
});
