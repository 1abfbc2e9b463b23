import type * as tfTypes from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { InvalidArgument } from "../errors";
import { Rng } from "../rng";
import { getTf, type Tf } from "./index";
import { batches, epochOrder, gatherBatch, oneHotBatch, SeededInit } from "./seeded";

let tf: Tf;
beforeAll(async () => {
  tf = await getTf({ backend: "wasm" });
});

function mlp(seed: number): tfTypes.Sequential {
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [6],
      units: 6,
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.dense({ units: 6, activation: "relu", kernelInitializer: init.heNormal() }));
  model.add(tf.layers.dense({ units: 3, kernelInitializer: init.glorotNormal() }));
  return model;
}

const weights = (m: tfTypes.LayersModel) => m.getWeights().map((w) => Array.from(w.dataSync()));

describe("SeededInit", () => {
  it("gives the same initial weights for the same seed, other weights for another seed", () => {
    expect(weights(mlp(7))).toEqual(weights(mlp(7)));
    expect(weights(mlp(8))).not.toEqual(weights(mlp(7)));
  });

  it("gives two layers of the same shape different weights", () => {
    const [w1, , w2] = weights(mlp(7));
    expect(w1).toHaveLength(36);
    expect(w2).toHaveLength(36);
    expect(w2).not.toEqual(w1);
  });
});

describe("seeded shuffling", () => {
  it("epochOrder is a permutation that depends only on the seed", () => {
    const a = epochOrder(new Rng(3), 100);
    expect(Array.from(a).sort((x, y) => x - y)).toEqual([...Array(100).keys()]);
    expect(epochOrder(new Rng(3), 100)).toEqual(a);
    expect(epochOrder(new Rng(4), 100)).not.toEqual(a);
  });

  it("batches cover the order once, the last batch smaller", () => {
    const order = epochOrder(new Rng(1), 10);
    const bs = batches(order, 4);
    expect(bs.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(bs.flatMap((b) => Array.from(b))).toEqual(Array.from(order));
    expect(() => batches(order, 0)).toThrow(InvalidArgument);
  });

  it("gatherBatch and oneHotBatch copy the chosen rows", () => {
    const source = Uint8Array.of(0, 255, 10, 20, 30, 40);
    expect(Array.from(gatherBatch(source, 2, [2, 0], 1 / 10))).toEqual([3, 4, 0, 25.5]);
    expect(Array.from(oneHotBatch([2, 0, 1], [0, 2], 3))).toEqual([0, 0, 1, 0, 1, 0]);
    expect(() => gatherBatch(source, 2, [3])).toThrow(/outside/);
    expect(() => oneHotBatch([5], [0], 3)).toThrow(/not in 0..2/);
  });
});

describe("reproducible training", () => {
  async function train(seed: number): Promise<number[][]> {
    const model = mlp(seed);
    const optimizer = tf.train.adam(0.05);
    const rng = new Rng(seed + 1);
    const data = new Rng(99);
    const x = Float32Array.from(data.normalArray(40 * 6));
    const labels = Uint8Array.from({ length: 40 }, () => data.int(0, 3));
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const idx of batches(epochOrder(rng, 40), 8)) {
        const xb = tf.tensor2d(gatherBatch(x, 6, idx), [idx.length, 6]);
        const yb = tf.tensor2d(oneHotBatch(labels, idx, 3), [idx.length, 3]);
        optimizer.minimize(
          () => tf.losses.softmaxCrossEntropy(yb, model.apply(xb) as tfTypes.Tensor) as tfTypes.Scalar,
        );
        tf.dispose([xb, yb]);
      }
    }
    const w = weights(model);
    model.dispose();
    optimizer.dispose();
    return w;
  }

  it("the same seeds give bit-identical weights after training", async () => {
    const a = await train(11);
    expect(await train(11)).toEqual(a);
    expect(await train(12)).not.toEqual(a);
  });
});

/** A small CNN (conv → max-pool → conv → avg-pool → dense) on 12×12 images, seeded. */
function smallCnn(seed: number): tfTypes.Sequential {
  const init = new SeededInit(seed);
  const model = tf.sequential();
  model.add(
    tf.layers.conv2d({
      inputShape: [12, 12, 1],
      filters: 4,
      kernelSize: 3,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(
    tf.layers.conv2d({
      filters: 6,
      kernelSize: 3,
      strides: 2,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.heNormal(),
    }),
  );
  model.add(tf.layers.averagePooling2d({ poolSize: 3 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 3, kernelInitializer: init.glorotUniform() }));
  return model;
}

describe("a seeded CNN training loop on the course runtime", () => {
  /**
   * Trains on 50 random byte images with the seeded helpers (the loop of exercise 6.2.1 in
   * miniature: conv and pool gradients through the course kernels). Returns the losses, the
   * final weights and tf.memory().numTensors after each epoch.
   */
  function trainCnn(seed: number): { losses: number[]; weights: number[][]; tensors: number[] } {
    const data = new Rng(5);
    const images = Uint8Array.from({ length: 50 * 144 }, () => data.int(0, 256));
    const labels = Uint8Array.from({ length: 50 }, () => data.int(0, 3));
    const model = smallCnn(seed);
    const optimizer = tf.train.adam(0.01);
    const rng = new Rng(seed + 1);
    const losses: number[] = [];
    const tensors: number[] = [];
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const idx of batches(epochOrder(rng, 50), 16)) {
        const x = tf.tensor4d(gatherBatch(images, 144, idx, 1 / 255), [idx.length, 12, 12, 1]);
        const y = tf.tensor2d(oneHotBatch(labels, idx, 3), [idx.length, 3]);
        const loss = optimizer.minimize(
          () =>
            tf.losses.softmaxCrossEntropy(
              y,
              model.apply(x, { training: true }) as tfTypes.Tensor,
            ) as tfTypes.Scalar,
          true,
        );
        losses.push(loss?.dataSync()[0] ?? Number.NaN);
        tf.dispose([x, y, ...(loss ? [loss] : [])]);
      }
      tensors.push(tf.memory().numTensors);
    }
    const w = weights(model);
    model.dispose();
    optimizer.dispose();
    return { losses, weights: w, tensors };
  }

  it("leaks no tensor from one epoch to the next, and none once model and optimizer are disposed", () => {
    const before = tf.memory().numTensors;
    const { tensors } = trainCnn(21);
    expect(tensors, "tf.memory().numTensors after each epoch").toEqual([tensors[0], tensors[0], tensors[0]]);
    expect(tf.memory().numTensors, "after disposing model and optimizer").toBe(before);
  });

  it("gives bit-identical losses and weights for the same seeds", () => {
    const a = trainCnn(21);
    const b = trainCnn(21);
    expect(b.losses).toEqual(a.losses);
    expect(b.weights).toEqual(a.weights);
    expect(trainCnn(22).losses).not.toEqual(a.losses);
    expect(a.losses.every(Number.isFinite)).toBe(true);
  });
});
