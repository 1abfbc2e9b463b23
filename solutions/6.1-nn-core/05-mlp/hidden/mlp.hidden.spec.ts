/**
 * Hidden specs for 6.1.5: held-out shapes and seeds, sparse and NaN inputs, float32 layers,
 * deeper networks, the mean over the batch, the exact shuffling order, weighted epoch losses.
 *
 * Tolerances as in the public spec: float64 1e-12 (relative to Σ|xᵢwᵢ| where sums are long),
 * float32 1e-5 relative to Σ|xᵢwᵢ|, gradient check < 1e-6 normwise relative error.
 */

import {
  accuracy,
  createDense,
  createMlp,
  denseBackward,
  denseForward,
  forward,
  lossAndGradients,
  loss as mlpLoss,
  numericalGradients,
  predict,
  relativeError,
  train,
} from "@exercise/6.1-nn-core/05-mlp/mlp";
import type { DenseLayer, FloatArray, Mlp } from "@exercise/6.1-nn-core/05-mlp/mlp.given";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import {
  accuracyOf,
  expectAllClose,
  expectThrows,
  maxAbsDiff,
  normwiseRelativeError,
} from "../../../../lib/testing";

// ─────────────────────────────── references ───────────────────────────────

function refForward(l: DenseLayer, x: ArrayLike<number>, rows: number): { y: number[]; scale: number[] } {
  const y: number[] = [];
  const scale: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < l.outputs; j++) {
      let s = l.bias[j];
      let a = Math.abs(s);
      for (let i = 0; i < l.inputs; i++) {
        const p = x[r * l.inputs + i] * l.weights[i * l.outputs + j];
        s += p;
        a += Math.abs(p);
      }
      y.push(s);
      scale.push(a);
    }
  }
  return { y, scale };
}

function refLoss(mlp: Mlp, x: ArrayLike<number>, labels: ArrayLike<number>, rows: number): number {
  let a: number[] = Array.from(x);
  mlp.layers.forEach((l, k) => {
    const z = refForward(l, a, rows).y;
    a = k + 1 < mlp.layers.length ? z.map((v) => Math.max(0, v)) : z;
  });
  const classes = mlp.layers[mlp.layers.length - 1].outputs;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const row = a.slice(r * classes, (r + 1) * classes);
    const max = Math.max(...row);
    total += max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0)) - row[labels[r]];
  }
  return total / rows;
}

function refNumericalGradients(
  mlp: Mlp,
  x: ArrayLike<number>,
  labels: ArrayLike<number>,
  rows: number,
  h = 1e-5,
) {
  const diff = (p: FloatArray) =>
    Float64Array.from(p, (_, i) => {
      const saved = p[i];
      p[i] = saved + h;
      const up = refLoss(mlp, x, labels, rows);
      p[i] = saved - h;
      const down = refLoss(mlp, x, labels, rows);
      p[i] = saved;
      return (up - down) / (2 * h);
    });
  return mlp.layers.map((l) => ({ weights: diff(l.weights), bias: diff(l.bias) }));
}

function randomLabels(rng: Rng, rows: number, classes: number): Int32Array {
  return Int32Array.from({ length: rows }, () => rng.int(0, classes));
}

function withRandomBias(mlp: Mlp, rng: Rng): Mlp {
  for (const l of mlp.layers) for (let j = 0; j < l.bias.length; j++) l.bias[j] = rng.normal(0, 0.1);
  return mlp;
}

/** Plain SGD that records the gradients it is given. */
class RecordingSgd {
  iterations = 0;
  readonly grads: Float64Array[] = [];
  constructor(readonly learningRate: number) {}
  step(params: FloatArray, grads: FloatArray): void {
    this.grads.push(Float64Array.from(grads));
    for (let i = 0; i < params.length; i++) params[i] -= this.learningRate * grads[i];
    this.iterations++;
  }
  reset(): void {
    this.iterations = 0;
  }
}

/** SGD with momentum, v ← μv + g, θ ← θ − ηv, in float64 state: the spec's own, independent of 6.1.4. */
class RecordingMomentum {
  iterations = 0;
  #velocity: Float64Array | undefined;
  constructor(
    readonly learningRate: number,
    readonly momentum: number,
  ) {}
  step(params: FloatArray, grads: FloatArray): void {
    this.#velocity ??= new Float64Array(params.length);
    const v = this.#velocity;
    for (let i = 0; i < params.length; i++) {
      v[i] = this.momentum * v[i] + grads[i];
      params[i] -= this.learningRate * v[i];
    }
    this.iterations++;
  }
  reset(): void {
    this.iterations = 0;
    this.#velocity = undefined;
  }
}

// ─────────────────────────────── the tasks ───────────────────────────────

describe("1. Dense layers", () => {
  it("a 784 → 128 float32 layer on a sparse batch (70% zeros) matches the reference", () => {
    const rng = new Rng(1001);
    const l = createDense(784, 128, rng, "float32");
    for (let j = 0; j < 128; j++) l.bias[j] = rng.normal(0, 0.1);
    const x = new Float32Array(3 * 784);
    for (let i = 0; i < x.length; i++) x[i] = rng.next() < 0.7 ? 0 : rng.next();
    for (let i = 0; i < 784; i++) x[i] = 0; // a blank first row: its output is the bias
    const y = denseForward(l, x, 3);
    expect(y, "a float32 layer's output").toBeInstanceOf(Float32Array);
    const ref = refForward(l, x, 3);
    expectAllClose(y, ref.y, 1e-5, "784 → 128 float32", ref.scale);
  });

  it("a float32 layer fed float64 input gives float32 output; NaN inputs propagate", () => {
    const l: DenseLayer = {
      inputs: 2,
      outputs: 2,
      weights: Float32Array.from([1, 2, 3, 4]),
      bias: Float32Array.from([0.5, 0.25]),
    };
    const y = denseForward(l, Float64Array.from([1, 1, Number.NaN, 0]), 2);
    expect(y, "output dtype follows the layer").toBeInstanceOf(Float32Array);
    expect(Array.from(y.subarray(0, 2)), "first row").toEqual([4.5, 6.25]);
    expect(Number.isNaN(y[2]) && Number.isNaN(y[3]), "a NaN input makes its row NaN").toBe(true);
  });

  it("1-input, 1-output layers and a single row", () => {
    const l: DenseLayer = {
      inputs: 1,
      outputs: 1,
      weights: Float64Array.from([-3]),
      bias: Float64Array.from([2]),
    };
    expect(Array.from(denseForward(l, Float64Array.from([4]), 1)), "−3·4 + 2").toEqual([-10]);
    const back = denseBackward(l, Float64Array.from([4]), Float64Array.from([0.5]), 1);
    expect([back.weights[0], back.bias[0], back.input?.[0]], "[x·g, g, g·w]").toEqual([2, 0.5, -1.5]);
  });

  it("denseBackward on a float32 layer, with sparse input and without the input gradient", () => {
    const rng = new Rng(1002);
    const l = createDense(20, 7, rng, "float32");
    const x = Float32Array.from({ length: 6 * 20 }, () => (rng.next() < 0.5 ? 0 : rng.normal()));
    const g = Float32Array.from(rng.normalArray(6 * 7));
    const full = denseBackward(l, x, g, 6);
    const partial = denseBackward(l, x, g, 6, false);
    expect(full.weights, "float32 gradients").toBeInstanceOf(Float32Array);
    expect(Array.from(partial.weights), "∂L/∂W does not depend on withInputGradient").toEqual(
      Array.from(full.weights),
    );
    expect(partial.input, "no input gradient when not asked").toBeUndefined();
    // ∂L/∂W[i][j] = Σ_r x[r][i]·g[r][j]: 6 terms; float32 accumulation, 1e-5 relative to Σ|terms|.
    for (let i = 0; i < 20; i++) {
      for (let j = 0; j < 7; j++) {
        let s = 0;
        let a = 0;
        for (let r = 0; r < 6; r++) {
          const p = x[r * 20 + i] * g[r * 7 + j];
          s += p;
          a += Math.abs(p);
        }
        const got = full.weights[i * 7 + j];
        if (!(Math.abs(got - s) <= 1e-5 * a + 1e-30))
          expect.fail(`∂L/∂W[${i}][${j}] = ${got}, expected ${s}`);
      }
    }
  });

  it("createDense in float32 stores the same draws, rounded", () => {
    const l = createDense(3, 5, new Rng(1003), "float32");
    const replay = new Rng(1003);
    const want = Array.from({ length: 15 }, () => Math.fround(replay.normal(0, Math.sqrt(2 / 3))));
    expect(Array.from(l.weights), "float32 weights").toEqual(want);
    expectThrows(() => createDense(Number.NaN, 2, new Rng(1)), InvalidArgument, "inputs NaN");
    expectThrows(() => createDense(2, -1, new Rng(1)), InvalidArgument, "outputs −1");
  });
});

describe("2. The network", () => {
  it("a deeper network [3, 4, 5, 6, 2]: shapes and the reference forward pass", () => {
    const rng = new Rng(2001);
    const mlp = withRandomBias(createMlp([3, 4, 5, 6, 2], rng), rng);
    const x = rng.normalArray(4 * 3);
    const pass = forward(mlp, x, 4);
    expect(
      pass.inputs.map((a) => a.length),
      "layer inputs",
    ).toEqual([12, 16, 20, 24]);
    expect(
      pass.outputs.map((a) => a.length),
      "layer outputs",
    ).toEqual([16, 20, 24, 8]);
    expect(pass.logits, "logits is the last output").toBe(pass.outputs[3]);
    let a: number[] = Array.from(x);
    mlp.layers.forEach((l, k) => {
      const z = refForward(l, a, 4).y;
      a = k < 3 ? z.map((v) => Math.max(0, v)) : z;
    });
    expect(maxAbsDiff(pass.logits, a), "max |logit − reference|").toBeLessThan(1e-12);
  });

  it("keeps its own copy of sizes; float32 forward agrees with float64", () => {
    const sizes = [6, 9, 4];
    const m64 = createMlp(sizes, new Rng(2002));
    const m32 = createMlp(sizes, new Rng(2002), "float32");
    sizes[1] = 100;
    expect(m64.sizes, "sizes after the caller changed its array").toEqual([6, 9, 4]);
    const x = new Rng(2003).normalArray(5 * 6);
    const l64 = forward(m64, x, 5).logits;
    const l32 = forward(m32, Float32Array.from(x), 5).logits;
    expect(l32, "float32 logits").toBeInstanceOf(Float32Array);
    expect(maxAbsDiff(l32, l64), "float32 vs float64 logits").toBeLessThan(1e-4);
  });

  it("predict and accuracy on one row, all right and all wrong", () => {
    const mlp = createMlp([4, 3], new Rng(2004));
    const x = new Rng(2005).normalArray(4);
    const [c] = predict(mlp, x, 1);
    expect(accuracy(mlp, x, [c], 1), "the predicted label").toBe(1);
    expect(accuracy(mlp, x, [(c + 1) % 3], 1), "another label").toBe(0);
    expectThrows(() => forward(mlp, new Float64Array(7), 2), ShapeError, "7 values for 2 rows of 4");
    expectThrows(() => createMlp([2, 1.5], new Rng(1)), InvalidArgument, "a size of 1.5");
  });
});

describe("3. Backpropagation", () => {
  it("passes the gradient check on a deeper network [3, 8, 8, 8, 4], 7 samples", () => {
    const rng = new Rng(3001);
    const mlp = withRandomBias(createMlp([3, 8, 8, 8, 4], rng), rng);
    const x = rng.normalArray(7 * 3);
    const labels = randomLabels(rng, 7, 4);
    const numeric = refNumericalGradients(mlp, x, labels, 7);
    lossAndGradients(mlp, x, labels, 7).gradients.forEach((g, k) => {
      expect(normwiseRelativeError(g.weights, numeric[k].weights), `∂L/∂W of layer ${k}`).toBeLessThan(1e-6);
      expect(normwiseRelativeError(g.bias, numeric[k].bias), `∂L/∂b of layer ${k}`).toBeLessThan(1e-6);
    });
  });

  it("passes the gradient check on a wide network [10, 20, 5] with one sample", () => {
    const rng = new Rng(3002);
    const mlp = withRandomBias(createMlp([10, 20, 5], rng), rng);
    const x = rng.normalArray(10);
    const numeric = refNumericalGradients(mlp, x, [2], 1);
    lossAndGradients(mlp, x, [2], 1).gradients.forEach((g, k) => {
      expect(normwiseRelativeError(g.weights, numeric[k].weights), `∂L/∂W of layer ${k}`).toBeLessThan(1e-6);
      expect(normwiseRelativeError(g.bias, numeric[k].bias), `∂L/∂b of layer ${k}`).toBeLessThan(1e-6);
    });
  });

  it("averages over the batch: the same batch twice gives the same loss and gradients", () => {
    const rng = new Rng(3003);
    const mlp = withRandomBias(createMlp([5, 6, 3], rng), rng);
    const x = rng.normalArray(4 * 5);
    const labels = randomLabels(rng, 4, 3);
    const twice = new Float64Array(8 * 5);
    twice.set(x);
    twice.set(x, 20);
    const once = lossAndGradients(mlp, x, labels, 4);
    const doubled = lossAndGradients(mlp, twice, [...labels, ...labels], 8);
    expect(Math.abs(doubled.loss - once.loss), "loss of the doubled batch").toBeLessThan(1e-12);
    once.gradients.forEach((g, k) => {
      expect(maxAbsDiff(doubled.gradients[k].weights, g.weights), `∂L/∂W ${k}`).toBeLessThan(1e-12);
      expect(maxAbsDiff(doubled.gradients[k].bias, g.bias), `∂L/∂b ${k}`).toBeLessThan(1e-12);
    });
  });

  it("a dead hidden unit (always Z ≤ 0) gets exactly zero gradient", () => {
    const rng = new Rng(3004);
    const mlp = createMlp([3, 4, 2], rng);
    const first = mlp.layers[0];
    for (let i = 0; i < 3; i++) first.weights[i * 4 + 2] = 0; // unit 2 sees nothing …
    first.bias[2] = -1; // … and is pushed below 0: ReLU kills it
    const x = rng.normalArray(5 * 3);
    const { gradients } = lossAndGradients(mlp, x, randomLabels(rng, 5, 2), 5);
    const g0 = gradients[0];
    expect(
      [0, 1, 2].map((i) => g0?.weights[i * 4 + 2]),
      "∂L/∂W into the dead unit",
    ).toEqual([0, 0, 0]);
    expect(g0?.bias[2], "∂L/∂b of the dead unit").toBe(0);
    const g1 = gradients[1];
    expect([g1?.weights[2 * 2], g1?.weights[2 * 2 + 1]], "∂L/∂W out of the dead unit (its A is 0)").toEqual([
      0, 0,
    ]);
  });
});

describe("4. Gradient check", () => {
  it("numericalGradients with h = 1e-4, on a network with biases", () => {
    const rng = new Rng(4001);
    const mlp = withRandomBias(createMlp([4, 3, 3], rng), rng);
    const x = rng.normalArray(3 * 4);
    const labels = randomLabels(rng, 3, 3);
    const got = numericalGradients(mlp, x, labels, 3, 1e-4);
    const want = refNumericalGradients(mlp, x, labels, 3, 1e-4);
    got.forEach((g, k) => {
      expectAllClose(g.weights, want[k].weights, 1e-8, `∂L/∂W ${k} with h = 1e-4`);
      expectAllClose(g.bias, want[k].bias, 1e-8, `∂L/∂b ${k} with h = 1e-4`);
    });
    expectThrows(() => numericalGradients(mlp, x, labels, 3, Number.NaN), InvalidArgument, "h = NaN");
    expectThrows(() => numericalGradients(mlp, x, labels, 3, -1e-5), InvalidArgument, "h < 0");
  });

  it("restores a float32 network exactly and returns Float64Arrays", () => {
    const rng = new Rng(4002);
    const mlp = createMlp([3, 4, 2], rng, "float32");
    const x = Float32Array.from(rng.normalArray(2 * 3));
    const before = mlp.layers.map((l) => Array.from(l.weights));
    const got = numericalGradients(mlp, x, [0, 1], 2, 1e-2);
    expect(
      mlp.layers.map((l) => Array.from(l.weights)),
      "float32 weights afterwards",
    ).toEqual(before);
    expect(got[0].bias, "bias gradient type").toBeInstanceOf(Float64Array);
  });

  it("loss agrees with lossAndGradients and the reference", () => {
    const rng = new Rng(4003);
    const mlp = withRandomBias(createMlp([6, 5, 4], rng), rng);
    const x = rng.normalArray(9 * 6);
    const labels = randomLabels(rng, 9, 4);
    const l = mlpLoss(mlp, x, labels, 9);
    expect(Math.abs(l - refLoss(mlp, x, labels, 9)), "loss vs reference").toBeLessThan(1e-12);
    expect(Math.abs(l - lossAndGradients(mlp, x, labels, 9).loss), "loss vs lossAndGradients").toBeLessThan(
      1e-12,
    );
  });

  it("relativeError is symmetric, scale-free and NaN-proof", () => {
    const a = [1, -2, 3];
    const b = [1.1, -2, 2.9];
    expect(relativeError(a, b), "symmetric").toBe(relativeError(b, a));
    expect(
      relativeError(
        a.map((v) => v * 1e6),
        b.map((v) => v * 1e6),
      ),
      "scaled by 1e6",
    ).toBeCloseTo(relativeError(a, b), 12);
    expect(relativeError(Float64Array.from([0, 0]), Float64Array.from([0, 1e-100])), "tiny vs zeros").toBe(1);
    expect(relativeError([1, 2], [Number.NaN, 2]), "a NaN in b").toBe(Number.POSITIVE_INFINITY);
    expect(relativeError([], []), "two empty arrays").toBe(0);
  });
});

describe("5. Training loop", () => {
  it("shuffles with rng.permutation(count) at the start of every epoch", () => {
    const rng = new Rng(5001);
    const count = 12;
    const x = rng.normalArray(count * 3);
    const labels = randomLabels(rng, count, 2);
    const mlp = createMlp([3, 4, 2], new Rng(5002));
    const start = createMlp([3, 4, 2], new Rng(5002));
    const made: RecordingSgd[] = [];
    train(
      mlp,
      { x, labels, count, features: 3 },
      {
        epochs: 1,
        batchSize: 5,
        rng: new Rng(5003),
        optimizer: () => {
          const o = new RecordingSgd(0.1);
          made.push(o);
          return o;
        },
      },
    );
    // The first batch is the first 5 indices of new Rng(5003).permutation(12).
    const order = new Rng(5003).permutation(count).subarray(0, 5);
    const bx = new Float64Array(5 * 3);
    const by = new Int32Array(5);
    order.forEach((s, r) => {
      bx.set(x.subarray(s * 3, s * 3 + 3), r * 3);
      by[r] = labels[s];
    });
    const want = lossAndGradients(start, bx, by, 5).gradients;
    expect(maxAbsDiff(made[0].grads[0], want[0].weights), "first step's ∂L/∂W₀").toBeLessThan(1e-12);
    expect(maxAbsDiff(made[3].grads[0], want[1].bias), "first step's ∂L/∂b₁").toBeLessThan(1e-12);
    expect(made[0].iterations, "steps for 12 samples in batches of 5").toBe(3);
  });

  it("float32, momentum, inputScale: every step of 5 epochs replayed (a fresh permutation each epoch)", () => {
    const rng = new Rng(5011);
    const count = 7;
    const x = Uint8Array.from({ length: count * 4 }, () => rng.int(0, 256));
    const labels = randomLabels(rng, count, 3);
    const made: RecordingMomentum[] = [];
    const mlp = createMlp([4, 6, 3], new Rng(5012), "float32");
    const reports = train(
      mlp,
      { x, labels, count, features: 4 },
      {
        epochs: 5,
        batchSize: 3, // 3, 3, 1
        rng: new Rng(5013),
        inputScale: 1 / 255,
        optimizer: () => {
          const o = new RecordingMomentum(0.2, 0.5);
          made.push(o);
          return o;
        },
      },
    );
    // The replay: the same steps with the same optimizer class, batch by batch.
    const replay = createMlp([4, 6, 3], new Rng(5012), "float32");
    const optimizers = replay.layers.flatMap(() => [
      new RecordingMomentum(0.2, 0.5),
      new RecordingMomentum(0.2, 0.5),
    ]);
    const shuffle = new Rng(5013);
    for (let epoch = 1; epoch <= 5; epoch++) {
      const order = shuffle.permutation(count);
      let sum = 0;
      for (let start = 0; start < count; start += 3) {
        const batch = order.subarray(start, Math.min(start + 3, count));
        const bx = new Float32Array(batch.length * 4);
        batch.forEach((s, r) => {
          for (let i = 0; i < 4; i++) bx[r * 4 + i] = x[s * 4 + i] * (1 / 255);
        });
        const step = lossAndGradients(
          replay,
          bx,
          Int32Array.from(batch, (s) => labels[s]),
          batch.length,
        );
        sum += step.loss * batch.length;
        replay.layers.forEach((l, k) => {
          optimizers[2 * k].step(l.weights, step.gradients[k].weights);
          optimizers[2 * k + 1].step(l.bias, step.gradients[k].bias);
        });
      }
      // float32 parameters, the same operations: the losses agree to float32 rounding of the sums.
      const got = reports[epoch - 1].meanLoss;
      expect(Math.abs(got - sum / count), `epoch ${epoch}: meanLoss ${got} vs ${sum / count}`).toBeLessThan(
        1e-6,
      );
    }
    expect(
      made.map((o) => o.iterations),
      "steps of each optimizer: 5 epochs × 3",
    ).toEqual([15, 15, 15, 15]);
    mlp.layers.forEach((l, k) => {
      expect(
        maxAbsDiff(l.weights, replay.layers[k].weights),
        `layer ${k} weights after 15 steps`,
      ).toBeLessThan(1e-6);
    });
  });

  it("meanLoss weights each batch by its size (batches of 4, 4 and 2)", () => {
    const rng = new Rng(5004);
    const count = 10;
    const x = rng.normalArray(count * 4);
    const labels = randomLabels(rng, count, 3);
    const mlp = createMlp([4, 6, 3], new Rng(5005));
    const seen: number[] = [];
    const reports = train(
      mlp,
      { x, labels, count, features: 4 },
      {
        epochs: 2,
        batchSize: 4,
        rng: new Rng(5006),
        optimizer: () => new RecordingSgd(0), // learning rate 0: the network never changes
        onEpoch: (r) => seen.push(r.epoch),
      },
    );
    const full = refLoss(mlp, x, labels, count);
    reports.forEach((r) => {
      expect(
        Math.abs(r.meanLoss - full),
        `epoch ${r.epoch}: mean loss = the loss on all 10 samples`,
      ).toBeLessThan(1e-12);
    });
    expect(seen, "onEpoch calls").toEqual([1, 2]);
  });

  it("a float32 network trains from float64 data, and learns", () => {
    const rng = new Rng(5007);
    const count = 200;
    const x = new Float64Array(count * 2);
    const labels = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const c = i % 2;
      x[2 * i] = (c ? 1.5 : -1.5) + rng.normal(0, 0.5);
      x[2 * i + 1] = rng.normal(0, 0.5);
      labels[i] = c;
    }
    const mlp = createMlp([2, 8, 2], new Rng(5008), "float32");
    const reports = train(
      mlp,
      { x, labels, count, features: 2 },
      {
        epochs: 10,
        batchSize: 10,
        rng: new Rng(5009),
        optimizer: () => new RecordingSgd(0.1),
      },
    );
    expect(mlp.layers[0].weights, "still float32").toBeInstanceOf(Float32Array);
    expect(reports.at(-1)?.meanLoss, "last epoch's loss").toBeLessThan(reports[0].meanLoss);
    const acc = accuracyOf(labels, predict(mlp, Float32Array.from(x), count), "training accuracy");
    expect(accuracy(mlp, Float32Array.from(x), labels, count), "accuracy vs the count").toBeCloseTo(acc, 12);
    expect(acc, "training accuracy").toBeGreaterThan(0.95);
  });

  it("rejects more bad input", () => {
    const mlp = createMlp([2, 3], new Rng(5010));
    const data = { x: new Float64Array(8), labels: [0, 1, 2, 0], count: 4, features: 2 };
    const ok = { epochs: 1, batchSize: 2, rng: new Rng(1), optimizer: () => new RecordingSgd(0.1) };
    expectThrows(
      () => train(mlp, data, { ...ok, inputScale: Number.NaN }),
      InvalidArgument,
      "inputScale NaN",
    );
    expectThrows(() => train(mlp, data, { ...ok, batchSize: 1.5 }), InvalidArgument, "batchSize 1.5");
    expectThrows(
      () => train(mlp, { ...data, x: new Float64Array(0), labels: [], count: 0 }, ok),
      InvalidArgument,
      "count 0",
    );
    expectThrows(
      () => train(mlp, { ...data, labels: [0, 1, 5, 0] }, ok),
      InvalidArgument,
      "label 5 with 3 classes",
    );
  });
});
