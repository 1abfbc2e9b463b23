/**
 * Hidden specs for 6.2.1: the layers' configuration and exact seeded initial weights, held-out
 * images and indices, a replay of the documented training loop, odd batch sizes, more leak
 * checks and error paths, and an evaluation case where forgetting to scale the pixels changes
 * the answer.
 *
 * Tolerances:
 * - Initial weights are compared exactly: the same initializer with the same seed draws the
 *   same float32 values.
 * - The replayed training run uses the documented calls (tf.train.adam, softmax cross-entropy
 *   on the logits, the lib/tf/seeded order and batches). The same calls on the same backend are
 *   bit-identical; an equivalent loss written another way differs by float32 rounding, a few
 *   1e-7. Adam moves every weight by about the learning rate (1e-3) per step, so batches in
 *   another order, another optimizer or a skipped batch differ by ≫ 1e-5 after 8 steps: the
 *   spec allows 1e-5 on the weights and a relative 1e-5 on the mean losses.
 */

import { buildCnn, evaluate, toBatch, trainCnn } from "@exercise/6.2-cnn/01-mnist-cnn/cnn";
import type { DigitImages } from "@exercise/6.2-cnn/01-mnist-cnn/cnn.given";
import type { LayersModel, Scalar, Sequential, Tensor } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMnist, type MnistSplit } from "../../../../datasets/loaders/mnist";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectRejects, expectThrows, liveTensors, maxAbsDiff } from "../../../../lib/testing";
import { getTf, type Tf } from "../../../../lib/tf";
import { batches, epochOrder, gatherBatch, oneHotBatch, SeededInit } from "../../../../lib/tf/seeded";

let tf: Tf;
let mnistTrain: MnistSplit;

beforeAll(async () => {
  tf = await getTf();
  mnistTrain = await loadMnist("train");
});

function slice(split: MnistSplit, start: number, count: number): DigitImages {
  return {
    images: split.images.subarray(start * 784, (start + count) * 784),
    labels: split.labels.subarray(start, start + count),
    count,
  };
}

const weightsOf = (model: LayersModel): Float32Array[] =>
  model.getWeights().map((w) => Float32Array.from(w.dataSync()));

/** The documented training loop, written out here to replay it. */
function replayTraining(
  model: LayersModel,
  data: DigitImages,
  options: { epochs: number; batchSize: number; learningRate: number; shuffleSeed: number },
): number[] {
  const optimizer = tf.train.adam(options.learningRate);
  const rng = new Rng(options.shuffleSeed);
  const meanLosses: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let sum = 0;
    for (const indices of batches(epochOrder(rng, data.count), options.batchSize)) {
      const n = indices.length;
      const x = tf.tensor4d(gatherBatch(data.images, 784, indices, 1 / 255), [n, 28, 28, 1]);
      const y = tf.tensor2d(oneHotBatch(data.labels, indices, 10), [n, 10]);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      sum += (loss?.dataSync()[0] ?? Number.NaN) * n;
      tf.dispose([x, y, ...(loss ? [loss] : [])]);
    }
    meanLosses.push(sum / data.count);
  }
  optimizer.dispose();
  return meanLosses;
}

describe("1. The network", () => {
  it("configures each layer as the recipe says (3×3 same convolutions, 2×2 pools, ReLU, linear output)", async () => {
    const model = await buildCnn(5);
    try {
      const config = model.layers.map((layer) => {
        const c = layer.getConfig();
        return {
          type: layer.getClassName(),
          ...(c.kernelSize === undefined
            ? {}
            : { kernelSize: c.kernelSize, strides: c.strides, padding: c.padding }),
          ...(c.poolSize === undefined ? {} : { poolSize: c.poolSize, strides: c.strides }),
          ...(c.activation === undefined ? {} : { activation: c.activation }),
        };
      });
      expect(config, "layer configurations").toEqual([
        { type: "Conv2D", kernelSize: [3, 3], strides: [1, 1], padding: "same", activation: "relu" },
        { type: "MaxPooling2D", poolSize: [2, 2], strides: [2, 2] },
        { type: "Conv2D", kernelSize: [3, 3], strides: [1, 1], padding: "same", activation: "relu" },
        { type: "MaxPooling2D", poolSize: [2, 2], strides: [2, 2] },
        { type: "Flatten" },
        { type: "Dense", activation: "relu" },
        { type: "Dense", activation: "linear" },
      ]);
    } finally {
      model.dispose();
    }
  });

  it("draws every kernel from one SeededInit(seed), in layer order, with Glorot uniform", async () => {
    for (const seed of [0, 99, 123_456]) {
      const model = await buildCnn(seed);
      try {
        const init = new SeededInit(seed);
        const kernels = model.getWeights().filter((w) => w.rank > 1);
        expect(
          kernels.map((k) => k.shape),
          "kernel shapes",
        ).toEqual([
          [3, 3, 1, 16],
          [3, 3, 16, 32],
          [1568, 128],
          [128, 10],
        ]);
        kernels.forEach((kernel, i) => {
          const expected = tf.tidy(() => Array.from(init.glorotUniform().apply(kernel.shape).dataSync()));
          expect(
            maxAbsDiff(kernel.dataSync(), expected),
            `kernel ${i + 1} of buildCnn(${seed}) vs new SeededInit(${seed}).glorotUniform() #${i + 1}`,
          ).toBe(0);
        });
      } finally {
        model.dispose();
      }
    }
  });

  it("uses the default seed 2024", async () => {
    const a = await buildCnn();
    const b = await buildCnn(2024);
    try {
      const wa = weightsOf(a);
      const wb = weightsOf(b);
      wa.forEach((w, i) => {
        expect(maxAbsDiff(w, wb[i]), `weight tensor ${i}: buildCnn() vs buildCnn(2024)`).toBe(0);
      });
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it("predicts one row of 10 logits per image, for 1 and 5 images", async () => {
    const model = await buildCnn(6);
    try {
      for (const n of [1, 5]) {
        const shape = tf.tidy(() => (model.predict(tf.zeros([n, 28, 28, 1])) as Tensor).shape);
        expect(shape, `predict on ${n} image(s)`).toEqual([n, 10]);
      }
    } finally {
      model.dispose();
    }
  });

  it("rejects NaN and infinite seeds", async () => {
    await expectRejects(() => buildCnn(Number.NaN), InvalidArgument, "buildCnn(NaN)");
    await expectRejects(() => buildCnn(Number.POSITIVE_INFINITY), InvalidArgument, "buildCnn(Infinity)");
  });
});

describe("2. From bytes to batches", () => {
  it("converts held-out MNIST images exactly, in index order, from a Uint32Array of indices", () => {
    const data = slice(mnistTrain, 30_000, 50);
    const indices = Uint32Array.of(49, 0, 17, 17, 3);
    const { x, y } = toBatch(tf, data, indices);
    try {
      expect(x.shape, "x.shape").toEqual([5, 28, 28, 1]);
      const pixels = x.dataSync();
      let worst = 0;
      indices.forEach((image, b) => {
        for (let p = 0; p < 784; p++) {
          const expected = data.images[image * 784 + p] / 255;
          worst = Math.max(worst, Math.abs(pixels[b * 784 + p] - expected));
        }
      });
      expect(worst, "max |x − byte/255| over 5 images").toBeLessThanOrEqual(1e-7);
      const digits = Array.from(tf.tidy(() => y.argMax(-1).dataSync()));
      expect(digits, "arg-max of the one-hot rows").toEqual(Array.from(indices, (i) => data.labels[i]));
      expect(Array.from(y.sum(1).dataSync()), "each one-hot row sums to 1").toEqual([1, 1, 1, 1, 1]);
    } finally {
      tf.dispose([x, y]);
    }
  });

  it("handles one image, blank and fully inked images, and leaves the data unchanged", () => {
    const images = new Uint8Array(2 * 784);
    images.fill(255, 784);
    const data: DigitImages = { images, labels: Uint8Array.of(0, 9), count: 2 };
    const copy = Uint8Array.from(images);
    for (const [image, value, label] of [
      [0, 0, 0],
      [1, 1, 9],
    ] as const) {
      const { x, y } = toBatch(tf, data, [image]);
      try {
        expect(x.shape, "one image").toEqual([1, 28, 28, 1]);
        expect(new Set(x.dataSync()), `pixels of image ${image}`).toEqual(new Set([value]));
        expect(Array.from(y.dataSync()).indexOf(1), `label of image ${image}`).toBe(label);
      } finally {
        tf.dispose([x, y]);
      }
    }
    expect(maxAbsDiff(images, copy), "max |Δ| of the image bytes after toBatch").toBe(0);
  });

  it("rejects negative, fractional and NaN indices and labels above 9, creating nothing", () => {
    const data = slice(mnistTrain, 0, 4);
    const before = liveTensors(tf);
    expectThrows(() => toBatch(tf, data, [-1]), InvalidArgument, "index −1");
    expectThrows(() => toBatch(tf, data, [1.5]), InvalidArgument, "index 1.5");
    expectThrows(() => toBatch(tf, data, [Number.NaN]), InvalidArgument, "index NaN");
    expectThrows(
      () => toBatch(tf, { ...data, labels: Uint8Array.of(1, 2, 255, 3) }, [0, 2]),
      InvalidArgument,
      "a label of 255",
    );
    expectThrows(
      () => toBatch(tf, { images: new Uint8Array(784 * 2 + 1), labels: Uint8Array.of(1, 2), count: 2 }, [0]),
      ShapeError,
      "2 images and one extra byte",
    );
    expect(liveTensors(tf), "tensors after the refused calls").toBe(before);
  });
});

describe("3. The training loop", () => {
  it("follows the documented loop: replayed step by step, same weights and mean losses", async () => {
    const data = slice(mnistTrain, 7000, 112);
    const options = { epochs: 2, batchSize: 32, learningRate: 2e-3, shuffleSeed: 77 }; // 32+32+32+16
    const yours = await buildCnn(21);
    const replay = await buildCnn(21);
    try {
      const report = await trainCnn(yours, data, options);
      const expected = replayTraining(replay, data, options);
      const got = report.epochs.map((e) => e.meanLoss);
      expect(got.length, "one report per epoch").toBe(2);
      got.forEach((loss, i) => {
        const want = expected[i];
        expect(Math.abs(loss - want) / want, `epoch ${i + 1} mean loss ${loss} vs ${want}`).toBeLessThan(
          1e-5,
        );
      });
      const a = weightsOf(yours);
      const b = weightsOf(replay);
      a.forEach((w, i) => {
        expect(maxAbsDiff(w, b[i]), `weight tensor ${i} after training`).toBeLessThan(1e-5);
      });
    } finally {
      yours.dispose();
      replay.dispose();
    }
  });

  it("uses the documented defaults: 2 epochs, batch 64, Adam 1e-3, shuffleSeed 2025", async () => {
    const data = slice(mnistTrain, 9000, 100);
    const yours = await buildCnn(4);
    const replay = await buildCnn(4);
    try {
      const report = await trainCnn(yours, data);
      const expected = replayTraining(replay, data, {
        epochs: 2,
        batchSize: 64,
        learningRate: 1e-3,
        shuffleSeed: 2025,
      });
      expect(report.epochs.length, "default epochs").toBe(2);
      report.epochs.forEach((e, i) => {
        const want = expected[i];
        expect(Math.abs(e.meanLoss - want) / want, `epoch ${i + 1} mean loss with the defaults`).toBeLessThan(
          1e-5,
        );
      });
    } finally {
      yours.dispose();
      replay.dispose();
    }
  });

  it("handles a batch larger than the data, and does not leak with an uneven last batch", async () => {
    const model = await buildCnn(8);
    try {
      const before = liveTensors(tf);
      const big = await trainCnn(model, slice(mnistTrain, 100, 40), { epochs: 2, batchSize: 500 });
      expect(big.epochs.length, "epochs with one batch each").toBe(2);
      const uneven = await trainCnn(model, slice(mnistTrain, 200, 101), { epochs: 4, batchSize: 25 });
      const counts = uneven.epochs.map((e) => e.numTensors);
      expect(counts, "numTensors after each of 4 epochs (batches 25, 25, 25, 25, 1)").toEqual(
        counts.map(() => counts[0]),
      );
      expect(liveTensors(tf), "numTensors after both runs").toBe(before);
      for (const e of uneven.epochs) {
        expect(
          Number.isFinite(e.meanLoss) && e.meanLoss > 0,
          `epoch ${e.epoch} mean loss ${e.meanLoss}`,
        ).toBe(true);
        expect(e.samplesPerSecond, `epoch ${e.epoch} samples/s`).toBeCloseTo(101 / e.seconds, 6);
      }
    } finally {
      model.dispose();
    }
  });

  it("awaits onEpoch before the next epoch", async () => {
    const model = await buildCnn(9);
    const events: string[] = [];
    try {
      await trainCnn(model, slice(mnistTrain, 300, 20), {
        epochs: 3,
        batchSize: 10,
        onEpoch: async (r) => {
          events.push(`start ${r.epoch}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          events.push(`end ${r.epoch}`);
        },
      });
    } finally {
      model.dispose();
    }
    expect(events, "onEpoch calls").toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
  });

  it("rejects more bad options and models, creating nothing", async () => {
    const model = await buildCnn(10);
    const fiveClasses = tf.sequential();
    fiveClasses.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
    fiveClasses.add(tf.layers.dense({ units: 5 }));
    const data = slice(mnistTrain, 400, 8);
    const before = liveTensors(tf);
    try {
      await expectRejects(() => trainCnn(model, data, { epochs: 2.5 }), InvalidArgument, "epochs: 2.5");
      await expectRejects(() => trainCnn(model, data, { batchSize: -8 }), InvalidArgument, "batchSize: −8");
      await expectRejects(
        () => trainCnn(model, data, { learningRate: Number.NaN }),
        InvalidArgument,
        "learningRate: NaN",
      );
      await expectRejects(
        () => trainCnn(model, data, { learningRate: Number.POSITIVE_INFINITY }),
        InvalidArgument,
        "learningRate: Infinity",
      );
      await expectRejects(
        () => trainCnn(model, data, { shuffleSeed: 0.5 }),
        InvalidArgument,
        "shuffleSeed: 0.5",
      );
      await expectRejects(() => trainCnn(fiveClasses, data), ShapeError, "a model with 5 outputs");
      await expectRejects(
        () => trainCnn(model, { ...data, images: data.images.subarray(0, 7 * 784) }),
        ShapeError,
        "8 labels, 7 images",
      );
      expect(liveTensors(tf), "tensors after the refused calls").toBe(before);
    } finally {
      model.dispose();
      fiveClasses.dispose();
    }
  });
});

/**
 * Pixel c votes for digit c with weight 1, and digit 0 gets a bias of 0.75: an image whose only
 * ink is pixel k (byte 128, i.e. 0.502 once scaled) is a 0 — unless the pixel is left at 128.
 */
function biasedVoter(): Sequential {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
  model.add(tf.layers.dense({ units: 10 }));
  const kernel = new Float32Array(784 * 10);
  for (let c = 0; c < 10; c++) kernel[c * 10 + c] = 1;
  const bias = new Float32Array(10);
  bias[0] = 0.75;
  const w = [tf.tensor2d(kernel, [784, 10]), tf.tensor1d(bias)];
  model.layers[1].setWeights(w);
  tf.dispose(w);
  return model;
}

function inkAt(pixels: number[], labels: number[], value: number): DigitImages {
  const images = new Uint8Array(pixels.length * 784);
  pixels.forEach((p, i) => {
    images[i * 784 + p] = value;
  });
  return { images, labels: Uint8Array.from(labels), count: pixels.length };
}

describe("4. Accuracy", () => {
  it("sees the pixels scaled to [0, 1], as in training", async () => {
    const model = biasedVoter();
    try {
      // Scaled: 0.502 < 0.75, every image is a 0. Left at 128, pixel k would win.
      const faint = inkAt([3, 5, 7, 9, 0], [0, 0, 0, 9, 0], 128);
      expect(await evaluate(model, faint), "faint ink: 4 of the 5 labels are 0").toBeCloseTo(4 / 5, 12);
      // Full ink (1.0 > 0.75): pixel k wins.
      const strong = inkAt([3, 5, 7, 9, 0], [0, 0, 7, 9, 0], 255);
      expect(await evaluate(model, strong), "full ink: images 3, 4, 5 are right").toBeCloseTo(3 / 5, 12);
      expect(await evaluate(model, inkAt([3, 5], [3, 5], 255)), "full ink, right labels").toBe(1);
      expect(await evaluate(model, inkAt([3, 5], [3, 5], 128)), "faint ink, labels 3 and 5").toBe(0);
    } finally {
      model.dispose();
    }
  });

  it("counts every image whatever the batch size: 1, 4, 1000 on 1,001 images", async () => {
    const model = biasedVoter();
    try {
      const pixels = Array.from({ length: 1001 }, (_, i) => 1 + (i % 9)); // digits 1..9
      const labels = pixels.map((p, i) => (i % 7 === 0 ? (p + 1) % 10 : p)); // every 7th wrong: 143
      const data = inkAt(pixels, labels, 255);
      const want = (1001 - 143) / 1001;
      for (const batchSize of [1000, 4, 1]) {
        expect(await evaluate(model, data, batchSize), `accuracy with batchSize ${batchSize}`).toBeCloseTo(
          want,
          12,
        );
      }
      expect(await evaluate(model, data, 5000), "one batch larger than the data").toBeCloseTo(want, 12);
    } finally {
      model.dispose();
    }
  });

  it("rejects bad input without leaking", async () => {
    const model = biasedVoter();
    const before = liveTensors(tf);
    try {
      const data = inkAt([1, 2], [1, 2], 255);
      await expectRejects(() => evaluate(model, data, 1.5), InvalidArgument, "batchSize 1.5");
      await expectRejects(
        () => evaluate(model, { ...data, labels: Uint8Array.of(1) }),
        ShapeError,
        "2 images, 1 label",
      );
      expect(liveTensors(tf), "tensors after the refused calls").toBe(before);
    } finally {
      model.dispose();
    }
  });
});
