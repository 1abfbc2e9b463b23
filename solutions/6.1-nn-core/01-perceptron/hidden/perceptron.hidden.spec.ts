/**
 * Hidden specs for 6.1.1 The perceptron: other hand traces (NAND, a scaled learning rate),
 * Novikoff's bound on other separable data (3-D, random visiting orders), the documented
 * shuffling order, and more Iris experiments — including a pair of species that is NOT
 * linearly separable.
 */

import {
  accuracy,
  irisBinary,
  perceptronUpdate,
  predict,
  predictBatch,
  step,
  trainPerceptron,
  weightedSum,
} from "@exercise/6.1-nn-core/01-perceptron/perceptron";
import type { Perceptron } from "@exercise/6.1-nn-core/01-perceptron/perceptron.given";
import { createPerceptron } from "@exercise/6.1-nn-core/01-perceptron/perceptron.given";
import { describe, expect, test } from "vitest";
import { loadDataset } from "../../../../datasets";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { accuracyOf, at, expectThrows } from "../../../../lib/testing";

/** The training accuracy counted by the spec from predictBatch's answers; accuracy must agree. */
function checkedAccuracy(model: Perceptron, X: Float64Array, labels: ArrayLike<number>): number {
  const counted = accuracyOf(labels, predictBatch(model, X), "training accuracy");
  expect(accuracy(model, X, labels), "accuracy vs the count of predictBatch's hits").toBeCloseTo(counted, 12);
  return counted;
}

const CORNERS = Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1);

/** Separable data around the hyperplane w·x + b = 0, keeping points at distance ≥ minMargin. */
function separable(seed: number, w: number[], b: number, n: number, minMargin: number) {
  const rng = new Rng(seed);
  const norm = Math.hypot(...w, b);
  const X: number[] = [];
  const y: number[] = [];
  let gamma = Number.POSITIVE_INFINITY;
  let radius = 0;
  while (y.length < n) {
    const p = w.map(() => rng.uniform(-1, 1));
    const s = (p.reduce((acc, v, i) => acc + v * w[i], 0) + b) / norm;
    if (Math.abs(s) < minMargin) continue;
    X.push(...p);
    y.push(s > 0 ? 1 : 0);
    gamma = Math.min(gamma, Math.abs(s));
    radius = Math.max(radius, Math.hypot(...p, 1));
  }
  return { X: Float64Array.from(X), y, bound: (radius / gamma) ** 2 };
}

describe("1. Weighted sum and step", () => {
  test("weightedSum on 40 random 30-feature samples (seed 31) matches a plain loop to 1e-12", () => {
    const rng = new Rng(31);
    const model = { weights: rng.normalArray(30), bias: rng.normal() };
    for (let k = 0; k < 40; k++) {
      const x = rng.normalArray(30, 0, 3);
      let z = model.bias;
      for (let i = 0; i < 30; i++) z += model.weights[i] * x[i];
      expect(Math.abs(weightedSum(model, x) - z), `sample ${k}`).toBeLessThan(1e-12);
      expect(predict(model, x), `predict of sample ${k}`).toBe(z >= 0 ? 1 : 0);
    }
  });

  test("predictBatch agrees with predict row by row; a zero model predicts 1 everywhere (step(0) = 1)", () => {
    const rng = new Rng(32);
    const model = { weights: rng.normalArray(3), bias: 0.2 };
    const X = rng.normalArray(300);
    const batch = predictBatch(model, X);
    expect(batch.length, "100 rows of 3").toBe(100);
    for (let i = 0; i < 100; i++) {
      expect(at(batch, i), `row ${i}`).toBe(predict(model, X.subarray(3 * i, 3 * i + 3)));
    }
    expect(Array.from(predictBatch(createPerceptron(2), CORNERS)), "zero model").toEqual([1, 1, 1, 1]);
    expect(
      [step(Number.POSITIVE_INFINITY), step(Number.NEGATIVE_INFINITY), step(-0)],
      "step(∞), step(−∞), step(−0)",
    ).toEqual([1, 0, 1]);
  });

  test("a NaN weight or bias → InvalidArgument; a Float32Array sample works", () => {
    expectThrows(
      () => weightedSum({ weights: Float64Array.of(Number.NaN), bias: 0 }, [1]),
      InvalidArgument,
      "NaN weight",
    );
    expectThrows(
      () => predict({ weights: Float64Array.of(1), bias: Number.NaN }, [1]),
      InvalidArgument,
      "NaN bias",
    );
    expect(
      weightedSum({ weights: Float64Array.of(0.5, 2), bias: 1 }, Float32Array.of(2, -1)),
      "0.5·2 + 2·(−1) + 1",
    ).toBe(0);
    expectThrows(() => predict(createPerceptron(3), [1, 2]), ShapeError, "2 features for 3 weights");
  });
});

describe("2. The learning rule", () => {
  test("the update is exactly η(y − ŷ)·x, and x is not modified", () => {
    const model = { weights: Float64Array.of(1, 1, 1), bias: 0.5 };
    const x = Float64Array.of(0.5, -1, 2);
    expect(perceptronUpdate(model, x, 0, 0.25), "z = 3 predicts 1 for a 0").toBe(true);
    expect([...model.weights, model.bias], "w − 0.25·x, b − 0.25").toEqual([0.875, 1.25, 0.5, 0.25]);
    expect(Array.from(x), "x unchanged").toEqual([0.5, -1, 2]);
  });

  test("repeated updates on the same missed sample stop once it is classified correctly", () => {
    const model = { weights: Float64Array.of(-3), bias: 0 };
    let updates = 0;
    while (perceptronUpdate(model, [1], 1, 1) && updates < 10) updates++;
    // z = −3 → update (w = −2, b = 1); z = −1 → update (w = −1, b = 2); z = 1 ≥ 0 → correct.
    expect(updates, "2 updates, then the sample is classified correctly").toBe(2);
    expect([...model.weights, model.bias], "w = −1, b = 2").toEqual([-1, 2]);
  });

  test("bad labels, learning rates and lengths", () => {
    const model = createPerceptron(2);
    expectThrows(() => perceptronUpdate(model, [1, 1], 0.5), InvalidArgument, "label 0.5");
    expectThrows(() => perceptronUpdate(model, [1, 1], Number.NaN), InvalidArgument, "label NaN");
    expectThrows(() => perceptronUpdate(model, [1, 1], 1, Number.NaN), InvalidArgument, "η = NaN");
    expectThrows(
      () => perceptronUpdate(model, [1, 1], 1, Number.POSITIVE_INFINITY),
      InvalidArgument,
      "η = ∞",
    );
    expectThrows(() => perceptronUpdate(model, [1], 1), ShapeError, "1 feature for 2 weights");
    expect([...model.weights, model.bias], "rejected updates change nothing").toEqual([0, 0, 0]);
  });
});

describe("3. Training until convergence (or not)", () => {
  test("NAND, in order with η = 1: mistakes [1, 3, 3, 2, 1, 0], final w = (−2, −1), b = 2", () => {
    const result = trainPerceptron(CORNERS, [1, 1, 1, 0], 2);
    expect(result.mistakesPerEpoch, "mistakes per epoch").toEqual([1, 3, 3, 2, 1, 0]);
    expect([result.converged, result.epochs, result.updates], "[converged, epochs, updates]").toEqual([
      true,
      6,
      10,
    ]);
    expect([...result.model.weights, result.model.bias], "final w and b").toEqual([-2, -1, 2]);
  });

  test("from zero weights, η only scales the model: AND with η = 0.5 makes the same mistakes", () => {
    const result = trainPerceptron(CORNERS, Uint8Array.of(0, 0, 0, 1), 2, { learningRate: 0.5 });
    expect(result.mistakesPerEpoch, "mistakes per epoch").toEqual([2, 3, 3, 2, 1, 0]);
    expect([...result.model.weights, result.model.bias], "half of (2, 1, −3)").toEqual([1, 0.5, -1.5]);
  });

  test("XOR over 1000 epochs never converges, and the weights stay bounded (the perceptron cycles)", () => {
    const result = trainPerceptron(CORNERS, [0, 1, 1, 0], 2, { maxEpochs: 1000 });
    expect([result.converged, result.epochs], "[converged, epochs]").toEqual([false, 1000]);
    expect(
      result.mistakesPerEpoch.every((m) => m > 0),
      "a mistake in every epoch",
    ).toBe(true);
    expect(
      result.mistakesPerEpoch.reduce((s, m) => s + m, 0),
      "updates = Σ mistakesPerEpoch",
    ).toBe(result.updates);
    const size = Math.hypot(...result.model.weights, result.model.bias);
    expect(size, "‖(w, b)‖ after 1000 epochs").toBeLessThan(10);
    expect(
      [...result.model.weights, result.model.bias],
      "the model after the last epoch of the cycle",
    ).toEqual([-1, 0, 0]);
  });

  test("Novikoff's bound in 3-D and with random visiting orders (seeds 33, 34)", () => {
    const { X, y, bound } = separable(33, [0.3, -0.5, 0.8], -0.2, 80, 0.05);
    const fixed = trainPerceptron(X, y, 3, { maxEpochs: 2000 });
    expect(fixed.converged, "converged (fixed order)").toBe(true);
    expect(fixed.updates, `updates ≤ (R/γ)² = ${bound.toFixed(1)}`).toBeLessThanOrEqual(bound);
    const shuffled = trainPerceptron(X, y, 3, { maxEpochs: 2000, rng: new Rng(34) });
    expect(shuffled.converged, "converged (random order)").toBe(true);
    expect(shuffled.updates, `updates ≤ (R/γ)² in any order`).toBeLessThanOrEqual(bound);
    expect(shuffled.mistakesPerEpoch.at(-1), "the last epoch is the clean one").toBe(0);
    expect(Array.from(predictBatch(shuffled.model, X)), "all training points right").toEqual(y);
  });

  test("with an Rng, epoch e visits the samples in the order of the e-th rng.permutation(n): 32 epochs in 3-D (seeds 38, 36)", () => {
    // A thin margin (0.005), so that the shuffled run needs 32 epochs and each epoch's order counts.
    const { X, y } = separable(38, [0.5, -0.3, 0.8], 0.1, 50, 0.005);
    const replay = (maxEpochs: number) => {
      // The documented algorithm with the learner's own update rule and a twin Rng.
      const twin = new Rng(36);
      const model = createPerceptron(3);
      const mistakes: number[] = [];
      for (let e = 0; e < maxEpochs; e++) {
        const order = twin.permutation(50);
        let m = 0;
        for (const i of order) if (perceptronUpdate(model, X.subarray(3 * i, 3 * i + 3), y[i])) m++;
        mistakes.push(m);
        if (m === 0) break;
      }
      return { mistakes, model: [...model.weights, model.bias] };
    };
    const full = replay(2000);
    expect(full.mistakes.length, "the replay needs 32 epochs").toBe(32);
    const result = trainPerceptron(X, y, 3, { rng: new Rng(36), maxEpochs: 2000 });
    expect(result.mistakesPerEpoch, "mistakes per epoch vs a replay with rng.permutation(n)").toEqual(
      full.mistakes,
    );
    expect([...result.model.weights, result.model.bias], "the same final model").toEqual(full.model);
    // The same run cut at its clean epoch converges; cut one epoch earlier it hits the limit.
    const exact = trainPerceptron(X, y, 3, { rng: new Rng(36), maxEpochs: 32 });
    expect([exact.converged, exact.epochs], "maxEpochs 32: [converged, epochs]").toEqual([true, 32]);
    const cut = trainPerceptron(X, y, 3, { rng: new Rng(36), maxEpochs: 31 });
    const early = replay(31);
    expect([cut.converged, cut.epochs], "maxEpochs 31: [converged, epochs]").toEqual([false, 31]);
    expect(cut.mistakesPerEpoch, "maxEpochs 31: mistakes per epoch").toEqual(early.mistakes);
    expect([...cut.model.weights, cut.model.bias], "maxEpochs 31: the model after epoch 31").toEqual(
      early.model,
    );
  });

  test("NAND: maxEpochs 6 (the clean epoch) converges, maxEpochs 5 does not and keeps the last model", () => {
    const six = trainPerceptron(CORNERS, [1, 1, 1, 0], 2, { maxEpochs: 6 });
    expect([six.converged, six.epochs, six.updates], "maxEpochs 6").toEqual([true, 6, 10]);
    const five = trainPerceptron(CORNERS, [1, 1, 1, 0], 2, { maxEpochs: 5 });
    expect([five.converged, five.epochs, five.updates], "maxEpochs 5").toEqual([false, 5, 10]);
    expect(five.mistakesPerEpoch, "maxEpochs 5: mistakes per epoch").toEqual([1, 3, 3, 2, 1]);
    expect([...five.model.weights, five.model.bias], "maxEpochs 5: the model after epoch 5").toEqual([
      -2, -1, 2,
    ]);
    const one = trainPerceptron(CORNERS, [1, 1, 1, 0], 2, { maxEpochs: 1 });
    expect([one.converged, one.epochs, one.mistakesPerEpoch], "maxEpochs 1").toEqual([false, 1, [1]]);
  });

  test("one feature: a threshold on a line; inputs are not modified", () => {
    const X = Float64Array.of(1, 2, 3, 4);
    const labels = [0, 0, 1, 1];
    const result = trainPerceptron(X, labels, 1);
    expect(result.converged, "converged").toBe(true);
    expect(Array.from(predictBatch(result.model, X)), "predictions").toEqual(labels);
    expect(Array.from(X), "X unchanged").toEqual([1, 2, 3, 4]);
    expect(labels, "labels unchanged").toEqual([0, 0, 1, 1]);
  });

  test("bad input: NaN in X, features 0 or fractional, fractional maxEpochs", () => {
    expectThrows(
      () => trainPerceptron(Float64Array.of(0, Number.NaN), [0, 1], 1),
      InvalidArgument,
      "a NaN in X",
    );
    expectThrows(() => trainPerceptron(CORNERS, [0, 0, 0, 1], 0), InvalidArgument, "features 0");
    expectThrows(
      () => trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { maxEpochs: 2.5 }),
      InvalidArgument,
      "maxEpochs 2.5",
    );
    expectThrows(
      () => trainPerceptron(Float64Array.of(0, Number.POSITIVE_INFINITY), [0, 1], 1),
      InvalidArgument,
      "∞ in X",
    );
  });
});

describe("4. Real data: Iris", () => {
  test("other species and columns: versicolor (0) vs virginica (1), columns in the order asked", async () => {
    const { rows } = await loadDataset("iris");
    const data = irisBinary(rows, ["petalWidth", "sepalLength", "sepalWidth"], "versicolor", "virginica");
    expect(data.X.length, "100 flowers × 3 features").toBe(300);
    const firstVersicolor = rows.find((r) => r.species === "versicolor");
    expect([at(data.X, 0), at(data.X, 1), at(data.X, 2)], "first row").toEqual([
      firstVersicolor?.petalWidth,
      firstVersicolor?.sepalLength,
      firstVersicolor?.sepalWidth,
    ]);
    expect(
      Array.from(data.labels.subarray(0, 50)).every((v) => v === 0),
      "the 50 versicolor come first, as 0",
    ).toBe(true);
    expect(
      Array.from(data.labels.subarray(50)).every((v) => v === 1),
      "then the 50 virginica, as 1",
    ).toBe(true);
    const swapped = irisBinary(rows, ["petalWidth"], "versicolor", "setosa");
    expect(at(swapped.labels, 0), "with setosa as positive, the first flower is 1").toBe(1);
  });

  test("all four features, setosa vs versicolor: converges, also in random order, accuracy 1", async () => {
    const { rows } = await loadDataset("iris");
    const { X, labels } = irisBinary(rows, ["sepalLength", "sepalWidth", "petalLength", "petalWidth"]);
    const fixed = trainPerceptron(X, labels, 4);
    expect([fixed.converged, fixed.epochs <= 10], "[converged, within 10 epochs]").toEqual([true, true]);
    expect(checkedAccuracy(fixed.model, X, labels), "accuracy").toBe(1);
    const shuffled = trainPerceptron(X, labels, 4, { rng: new Rng(37) });
    expect(shuffled.converged, "converged in random order").toBe(true);
  });

  test("versicolor vs virginica is NOT linearly separable: no convergence in 100 epochs, accuracy < 1", async () => {
    const { rows } = await loadDataset("iris");
    const { X, labels } = irisBinary(
      rows,
      ["sepalLength", "sepalWidth", "petalLength", "petalWidth"],
      "versicolor",
      "virginica",
    );
    const result = trainPerceptron(X, labels, 4, { maxEpochs: 100 });
    expect([result.converged, result.epochs], "[converged, epochs]").toEqual([false, 100]);
    expect(checkedAccuracy(result.model, X, labels), "training accuracy of the last model").toBeLessThan(1);
  });

  test("bad arguments: no features, the same species twice", async () => {
    const { rows } = await loadDataset("iris");
    expectThrows(() => irisBinary(rows, []), InvalidArgument, "no features");
    expectThrows(
      () => irisBinary(rows, ["petalLength"], "virginica", "virginica"),
      InvalidArgument,
      "virginica twice",
    );
    const model = { weights: Float64Array.of(1), bias: -2.5 };
    expect(accuracy(model, Float64Array.of(1, 2, 3, 4), Uint8Array.of(0, 0, 1, 0)), "3 of 4 right").toBe(
      0.75,
    );
  });
});
