import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as tfTypes from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgument } from "../errors";
import { Rng } from "../rng";
import { getTf, type Tf } from "./index";
import { loadModel, MODEL_JSON, saveModel, WEIGHTS_BIN } from "./io";
import { SeededInit } from "./seeded";

let tf: Tf;
let root: string;

beforeAll(async () => {
  tf = await getTf({ backend: "wasm" });
  root = await mkdtemp(join(tmpdir(), "course-tf-io-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function smallCnn(seed: number): tfTypes.Sequential {
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(
    tf.layers.conv2d({
      inputShape: [8, 8, 1],
      filters: 4,
      kernelSize: 3,
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 3, activation: "softmax", kernelInitializer: init.glorotUniform() }));
  return model;
}

function inputs(seed: number, n = 5): tfTypes.Tensor4D {
  return tf.tensor4d(Float32Array.from(new Rng(seed).uniformArray(n * 64)), [n, 8, 8, 1]);
}

function weightsOf(model: tfTypes.LayersModel): Float32Array[] {
  return model.getWeights().map((w) => Float32Array.from(w.dataSync()));
}

describe("saveModel / loadModel", () => {
  it("writes model.json and weights.bin, and loads a model that predicts exactly the same", async () => {
    const model = smallCnn(1);
    const dir = join(root, "round-trip");
    const saved = await saveModel(model, dir);

    const json = JSON.parse(await readFile(join(dir, MODEL_JSON), "utf8"));
    expect(json.format).toBe("layers-model");
    expect(json.modelTopology.class_name).toBe("Sequential");
    expect(json.weightsManifest[0].paths).toEqual([`./${WEIGHTS_BIN}`]);
    expect((await stat(join(dir, WEIGHTS_BIN))).size).toBe(4 * model.countParams());
    expect(saved.weightBytes).toBe(4 * model.countParams());

    const loaded = await loadModel(dir);
    expect(loaded.countParams()).toBe(model.countParams());
    expect(weightsOf(loaded)).toEqual(weightsOf(model));
    const x = inputs(2);
    const a = (model.predict(x) as tfTypes.Tensor).dataSync();
    const b = (loaded.predict(x) as tfTypes.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it("overwrites an earlier save in the same folder", async () => {
    const dir = join(root, "overwrite");
    await saveModel(smallCnn(1), dir);
    const second = smallCnn(2);
    await saveModel(second, dir);
    expect(weightsOf(await loadModel(dir))).toEqual(weightsOf(second));
  });

  it("with includeOptimizer, resumes training where it stopped", async () => {
    const x = inputs(3, 8);
    const y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1], "int32"), 3);
    const trainTwoEpochs = (m: tfTypes.LayersModel) =>
      m.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    const model = smallCnn(4);
    model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
    await trainTwoEpochs(model);
    await saveModel(model, join(root, "with-optimizer"), { includeOptimizer: true });
    await saveModel(model, join(root, "without-optimizer"));
    const resumed = await loadModel(join(root, "with-optimizer"));
    const restarted = await loadModel(join(root, "without-optimizer"));
    restarted.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy" });
    // All three continue for two more epochs.
    await trainTwoEpochs(model);
    await trainTwoEpochs(resumed);
    await trainTwoEpochs(restarted);
    const maxDiff = (a: Float32Array[], b: Float32Array[]) =>
      Math.max(...a.map((w, i) => Math.max(...w.map((v, j) => Math.abs(v - (b[i]?.[j] ?? Number.NaN))))));
    // Adam's state comes back (its β powers are recomputed from the step count: last-bit differences).
    expect(maxDiff(weightsOf(resumed), weightsOf(model))).toBeLessThan(1e-6);
    // Without it, Adam restarts with zero moments and takes visibly different steps.
    expect(maxDiff(weightsOf(restarted), weightsOf(model))).toBeGreaterThan(1e-4);
  });

  it("loads on another backend with the same predictions", async () => {
    const model = smallCnn(5);
    const dir = join(root, "cross-backend");
    await saveModel(model, dir);
    const x = Float32Array.from(new Rng(6).uniformArray(3 * 64));
    const onWasm = (model.predict(tf.tensor4d(x, [3, 8, 8, 1])) as tfTypes.Tensor).dataSync();
    await getTf({ backend: "cpu" });
    try {
      const loaded = await loadModel(dir);
      const onCpu = (loaded.predict(tf.tensor4d(x, [3, 8, 8, 1])) as tfTypes.Tensor).dataSync();
      for (let i = 0; i < onCpu.length; i++) expect(onCpu[i]).toBeCloseTo(onWasm[i] ?? Number.NaN, 6);
    } finally {
      await getTf({ backend: "wasm" });
    }
  });

  it("fails clearly on a missing folder or a file that is not a model.json", async () => {
    await expect(loadModel(join(root, "nothing-here"))).rejects.toThrow(InvalidArgument);
    await expect(loadModel(join(root, "nothing-here"))).rejects.toThrow(/cannot read .*model\.json/);
    const dir = join(root, "not-a-model");
    await saveModel(smallCnn(1), dir);
    await writeFile(join(dir, MODEL_JSON), JSON.stringify({ hello: "world" }));
    await expect(loadModel(dir)).rejects.toThrow(/is not a TensorFlow.js model.json/);
  });
});
