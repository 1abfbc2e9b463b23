/**
 * Public specs for 6.1.1 The perceptron. Run them with
 *
 *     npm test exercises/6.1-nn-core/01-perceptron
 *
 * The perceptron algorithm is deterministic: from zero weights, visiting the samples in a fixed
 * order, every correct implementation makes the same mistakes in the same order. So the specs
 * compare whole training runs with hand traces (exact numbers), and use Novikoff's theorem
 * (the number of updates is at most (R/γ)²) on random separable data.
 */
import { describe, expect, test } from "vitest";
import { loadDataset } from "../../../datasets";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { accuracyOf, at, expectThrows, recordMetric } from "../../../lib/testing";
import {
  accuracy,
  irisBinary,
  perceptronUpdate,
  predict,
  predictBatch,
  step,
  trainPerceptron,
  weightedSum,
} from "./perceptron";
import { createPerceptron } from "./perceptron.given";

/** The four corners of the unit square, row-major: (0,0), (0,1), (1,0), (1,1). */
const CORNERS = Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1);

/**
 * The documented shuffled run, written out: from zero weights, each epoch draws
 * `rng.permutation(n)` first (or, without an rng, takes them in order), then applies the rule to
 * the samples in that order, until an epoch makes no mistake. Returns the mistakes per epoch,
 * their sum and the final [...w, b].
 */
function replayShuffled(
  X: Float64Array,
  y: ArrayLike<number>,
  d: number,
  rng: Rng | null,
  maxEpochs: number,
) {
  const w = new Float64Array(d);
  let b = 0;
  const mistakesPerEpoch: number[] = [];
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    let mistakes = 0;
    // rng null: the fixed order 0, 1, …, n − 1.
    for (const i of rng ? rng.permutation(y.length) : Array.from({ length: y.length }, (_, k) => k)) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
      const error = y[i] - (z >= 0 ? 1 : 0);
      if (error === 0) continue;
      for (let j = 0; j < d; j++) w[j] += error * X[i * d + j];
      b += error;
      mistakes++;
    }
    mistakesPerEpoch.push(mistakes);
    if (mistakes === 0) break;
  }
  return { mistakesPerEpoch, updates: mistakesPerEpoch.reduce((s, m) => s + m, 0), model: [...w, b] };
}

describe("1. Weighted sum and step", () => {
  test("weightedSum computes w·x + b", () => {
    const model = { weights: Float64Array.of(2, -1, 0.5), bias: 0.25 };
    expect(weightedSum(model, [1, 3, 4]), "2·1 − 1·3 + 0.5·4 + 0.25").toBe(1.25);
    expect(weightedSum(model, Float64Array.of(0, 0, 0)), "only the bias").toBe(0.25);
  });

  test("step is 1 for z ≥ 0 (step(0) = 1) and 0 for z < 0", () => {
    expect(step(0), "step(0)").toBe(1);
    expect(step(3.5), "step(3.5)").toBe(1);
    expect(step(-1e-300), "step(−1e-300)").toBe(0);
    expect(step(-2), "step(−2)").toBe(0);
  });

  test("predict is step(w·x + b); predictBatch does every row of a row-major batch", () => {
    const and = { weights: Float64Array.of(1, 1), bias: -1.5 }; // fires only when both inputs are 1
    expect(predict(and, [1, 1]), "AND(1, 1)").toBe(1);
    expect(predict(and, [0, 1]), "AND(0, 1)").toBe(0);
    const all = predictBatch(and, CORNERS);
    expect(all, "predictBatch returns a Uint8Array").toBeInstanceOf(Uint8Array);
    expect(Array.from(all), "AND on the four corners").toEqual([0, 0, 0, 1]);
    expect(predictBatch(and, new Float64Array(0)).length, "an empty batch").toBe(0);
  });

  test("wrong lengths → ShapeError; NaN → InvalidArgument", () => {
    const model = createPerceptron(2);
    expectThrows(() => weightedSum(model, [1, 2, 3]), ShapeError, "3 features for 2 weights");
    expectThrows(() => predictBatch(model, new Float64Array(5)), ShapeError, "5 values are not rows of 2");
    expectThrows(() => weightedSum(model, [1, Number.NaN]), InvalidArgument, "a NaN feature");
    expectThrows(() => step(Number.NaN), InvalidArgument, "step(NaN)");
  });
});

describe("2. The learning rule", () => {
  test("a correctly classified sample changes nothing and returns false", () => {
    const model = { weights: Float64Array.of(1, 1), bias: -1.5 };
    expect(perceptronUpdate(model, [1, 1], 1), "update on a correct positive").toBe(false);
    expect(perceptronUpdate(model, [0, 0], 0), "update on a correct negative").toBe(false);
    expect([...model.weights, model.bias], "the model after two correct samples").toEqual([1, 1, -1.5]);
  });

  test("a missed positive (ŷ = 0, y = 1) adds η·x to w and η to b", () => {
    const model = { weights: Float64Array.of(0, -1), bias: -1 };
    expect(perceptronUpdate(model, [2, 3], 1, 0.5), "update on a missed positive").toBe(true);
    expect([...model.weights, model.bias], "w + 0.5·(2, 3), b + 0.5").toEqual([1, 0.5, -0.5]);
  });

  test("a false positive (ŷ = 1, y = 0) subtracts η·x from w and η from b", () => {
    const model = createPerceptron(2); // z = 0, so it predicts 1
    expect(perceptronUpdate(model, [0, 0], 0), "update on (0, 0) labelled 0").toBe(true);
    expect([...model.weights, model.bias], "only the bias moves, since x = 0").toEqual([0, 0, -1]);
    expect(perceptronUpdate(model, [3, 1], 0, 2), "z = −1 < 0: now correct").toBe(false);
  });

  test("labels other than 0/1 and bad learning rates → InvalidArgument", () => {
    const model = createPerceptron(1);
    expectThrows(() => perceptronUpdate(model, [1], -1), InvalidArgument, "label −1 (use 0/1, not ±1)");
    expectThrows(() => perceptronUpdate(model, [1], 2), InvalidArgument, "label 2");
    expectThrows(() => perceptronUpdate(model, [1], 1, 0), InvalidArgument, "η = 0");
  });
});

describe("3. Training until convergence (or not)", () => {
  test("AND, visiting the corners in order with η = 1: the hand trace", () => {
    // Epoch 1: (0,0) → z = 0 ≥ 0 predicts 1, wrong: b = −1. (1,1) predicts 0, wrong: w = (1, 1), b = 0.
    // … 11 updates in total; epoch 6 is the first without a mistake.
    const result = trainPerceptron(CORNERS, [0, 0, 0, 1], 2);
    expect(result.converged, "AND is linearly separable").toBe(true);
    expect(result.mistakesPerEpoch, "mistakes per epoch").toEqual([2, 3, 3, 2, 1, 0]);
    expect(result.epochs, "epochs, the clean one included").toBe(6);
    expect(result.updates, "total updates").toBe(11);
    expect([...result.model.weights, result.model.bias], "final w and b").toEqual([2, 1, -3]);
  });

  test("OR converges too: 4 epochs, 5 updates", () => {
    const result = trainPerceptron(CORNERS, [0, 1, 1, 1], 2);
    expect([result.converged, result.epochs, result.updates], "[converged, epochs, updates]").toEqual([
      true,
      4,
      5,
    ]);
    expect(Array.from(predictBatch(result.model, CORNERS)), "the model computes OR").toEqual([0, 1, 1, 1]);
  });

  test("XOR is not linearly separable: no convergence within maxEpochs, reported (not thrown)", () => {
    const result = trainPerceptron(CORNERS, [0, 1, 1, 0], 2, { maxEpochs: 50 });
    expect(result.converged, "converged on XOR").toBe(false);
    expect(result.epochs, "ran all 50 epochs").toBe(50);
    expect(result.mistakesPerEpoch.length, "one entry per epoch").toBe(50);
    expect(Math.min(...result.mistakesPerEpoch), "every epoch makes at least one mistake").toBeGreaterThan(0);
    const right = predictBatch(result.model, CORNERS).filter((p, i) => p === [0, 1, 1, 0][i]).length;
    expect(right, "no line gets more than 3 of the 4 XOR corners right").toBeLessThanOrEqual(3);
  });

  test("Novikoff: on separable data with margin γ and radius R, at most (R/γ)² updates (seed 42)", () => {
    // Points in [−1, 1]² at distance ≥ 0.1 from the line 0.6x − 0.8y + 0.1 = 0, labelled by its side.
    const rng = new Rng(42);
    const norm = Math.hypot(0.6, -0.8, 0.1);
    const X: number[] = [];
    const y: number[] = [];
    let gamma = Number.POSITIVE_INFINITY; // the margin of (w*, b*)/‖(w*, b*)‖ on the points (x, 1)
    let radius = 0; // the largest ‖(x, 1)‖
    while (y.length < 60) {
      const p = [rng.uniform(-1, 1), rng.uniform(-1, 1)] as const;
      const s = (0.6 * p[0] - 0.8 * p[1] + 0.1) / norm;
      if (Math.abs(s) < 0.1) continue;
      X.push(...p);
      y.push(s > 0 ? 1 : 0);
      gamma = Math.min(gamma, Math.abs(s));
      radius = Math.max(radius, Math.hypot(p[0], p[1], 1));
    }
    const result = trainPerceptron(Float64Array.from(X), y, 2, { maxEpochs: 1000 });
    expect(result.converged, "converged on separable data").toBe(true);
    expect(result.updates, `updates ≤ (R/γ)² = ${((radius / gamma) ** 2).toFixed(1)}`).toBeLessThanOrEqual(
      (radius / gamma) ** 2,
    );
    expect(
      Array.from(predictBatch(result.model, Float64Array.from(X))),
      "every training point right",
    ).toEqual(y);
  });

  test("with an Rng, the samples are visited in a new random order each epoch; AND still converges", () => {
    const result = trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { rng: new Rng(7) });
    expect(result.converged, "converged").toBe(true);
    expect(Array.from(predictBatch(result.model, CORNERS)), "the model computes AND").toEqual([0, 0, 0, 1]);
  });

  test("with an Rng, epoch e visits the samples in the order of the e-th rng.permutation(n): a 43-epoch replay (seeds 40, 140)", () => {
    // 40 points at distance ≥ 0.005 from the line 0.7x − 0.4y + 0.05 = 0: a thin margin, so the
    // shuffled run needs 43 epochs, and every epoch's order shows in the trace.
    const rng = new Rng(40);
    const X: number[] = [];
    const y: number[] = [];
    const norm = Math.hypot(0.7, -0.4, 0.05);
    while (y.length < 40) {
      const p = [rng.uniform(-1, 1), rng.uniform(-1, 1)] as const;
      const s = (0.7 * p[0] - 0.4 * p[1] + 0.05) / norm;
      if (Math.abs(s) < 0.005) continue;
      X.push(...p);
      y.push(s > 0 ? 1 : 0);
    }
    const data = Float64Array.from(X);
    const replay = replayShuffled(data, y, 2, new Rng(140), 1000);
    expect(replay.mistakesPerEpoch.length, "the replay itself needs many epochs").toBe(43);
    const result = trainPerceptron(data, y, 2, { rng: new Rng(140), maxEpochs: 1000 });
    expect(
      result.mistakesPerEpoch,
      "mistakes per epoch vs a replay with one rng.permutation(n) per epoch",
    ).toEqual(replay.mistakesPerEpoch);
    expect([result.converged, result.epochs, result.updates], "[converged, epochs, updates]").toEqual([
      true,
      43,
      replay.updates,
    ]);
    expect([...result.model.weights, result.model.bias], "the final model").toEqual(replay.model);
  });

  test("a clean epoch that is the last allowed one converges; one epoch fewer hits maxEpochs (AND)", () => {
    // AND in order makes its first clean epoch the 6th (see the hand trace above).
    const six = trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { maxEpochs: 6 });
    expect([six.converged, six.epochs, six.updates], "maxEpochs 6: [converged, epochs, updates]").toEqual([
      true,
      6,
      11,
    ]);
    expect(six.mistakesPerEpoch, "maxEpochs 6: mistakes per epoch").toEqual([2, 3, 3, 2, 1, 0]);
    const five = trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { maxEpochs: 5 });
    expect([five.converged, five.epochs, five.updates], "maxEpochs 5: [converged, epochs, updates]").toEqual([
      false,
      5,
      11,
    ]);
    expect(five.mistakesPerEpoch, "maxEpochs 5: mistakes per epoch").toEqual([2, 3, 3, 2, 1]);
  });

  test("XOR hitting maxEpochs = 50 reports the whole history and the model after the 50th epoch", () => {
    // In order, XOR settles into a cycle: 3 mistakes in epochs 1 and 2, then 4 in every epoch,
    // each epoch returning to w = (−1, 0), b = 0. After epoch 1 the model was (−1, 0), b = −1.
    const result = trainPerceptron(CORNERS, [0, 1, 1, 0], 2, { maxEpochs: 50 });
    expect(result.mistakesPerEpoch, "mistakes per epoch").toEqual([3, 3, ...Array<number>(48).fill(4)]);
    expect(result.updates, "updates = Σ mistakesPerEpoch").toBe(198);
    expect([...result.model.weights, result.model.bias], "the LAST model, not the best one").toEqual([
      -1, 0, 0,
    ]);
  });

  test("bad input: labels of the wrong length, ragged X, bad labels, bad options", () => {
    expectThrows(() => trainPerceptron(CORNERS, [0, 1, 1], 2), ShapeError, "3 labels for 4 samples");
    expectThrows(() => trainPerceptron(CORNERS, [0, 1], 3), ShapeError, "8 values are not rows of 3");
    expectThrows(() => trainPerceptron(CORNERS, [0, 1, 1, 2], 2), InvalidArgument, "a label 2");
    expectThrows(() => trainPerceptron(new Float64Array(0), [], 2), InvalidArgument, "no samples");
    expectThrows(
      () => trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { maxEpochs: 0 }),
      InvalidArgument,
      "maxEpochs 0",
    );
    expectThrows(
      () => trainPerceptron(CORNERS, [0, 0, 0, 1], 2, { learningRate: -1 }),
      InvalidArgument,
      "learningRate −1",
    );
  });
});

describe("4. Real data: Iris", () => {
  test("irisBinary keeps setosa (0) and versicolor (1), in order, with the chosen columns", async () => {
    const { rows } = await loadDataset("iris");
    const data = irisBinary(rows, ["sepalLength", "petalLength"]);
    expect(data.X.length, "100 flowers × 2 features").toBe(200);
    expect(data.labels, "labels are a Uint8Array").toBeInstanceOf(Uint8Array);
    expect(
      data.labels.reduce((s, v) => s + v, 0),
      "50 versicolor",
    ).toBe(50);
    const first = rows[0];
    expect([at(data.X, 0), at(data.X, 1)], "row 0 = [sepalLength, petalLength] of the first flower").toEqual([
      first.sepalLength,
      first.petalLength,
    ]);
    expect(at(data.labels, 0), "the first flower is a setosa").toBe(0);
  });

  test("accuracy is the fraction of correct predictions", () => {
    const and = { weights: Float64Array.of(1, 1), bias: -1.5 };
    expect(accuracy(and, CORNERS, [0, 0, 0, 1]), "AND model on AND labels").toBe(1);
    expect(accuracy(and, CORNERS, [0, 1, 1, 1]), "AND model on OR labels").toBe(0.5);
    expectThrows(() => accuracy(and, CORNERS, [0, 1]), ShapeError, "2 labels for 4 rows");
    expectThrows(() => accuracy(and, new Float64Array(0), []), InvalidArgument, "no rows");
  });

  test("setosa vs versicolor on sepal length and petal length: converges within 10 epochs, accuracy 1", async (ctx) => {
    const { rows } = await loadDataset("iris");
    // The data set built here, and irisBinary's compared with it.
    const kept = rows.filter((r) => r.species === "setosa" || r.species === "versicolor");
    const X = Float64Array.from(kept.flatMap((r) => [r.sepalLength, r.petalLength]));
    const labels = Uint8Array.from(kept, (r) => (r.species === "versicolor" ? 1 : 0));
    const data = irisBinary(rows, ["sepalLength", "petalLength"]);
    expect(Array.from(data.X), "irisBinary's X").toEqual(Array.from(X));
    expect(Array.from(data.labels), "irisBinary's labels").toEqual(Array.from(labels));
    const result = trainPerceptron(X, labels, 2);
    // The recorded figures are the spec's: the epochs of its replay of the fixed-order run (which
    // your run must repeat), and the accuracy counted from predictBatch's answers.
    const replay = replayShuffled(X, labels, 2, null, 100);
    expect(result.mistakesPerEpoch, "mistakes per epoch vs the replayed run").toEqual(
      replay.mistakesPerEpoch,
    );
    const acc = accuracyOf(labels, predictBatch(result.model, X), "training accuracy");
    expect(accuracy(result.model, X, labels), "accuracy vs the count of predictBatch's hits").toBeCloseTo(
      acc,
      12,
    );
    recordMetric(ctx, "iris.epochs", replay.mistakesPerEpoch.length, "epochs");
    recordMetric(ctx, "iris.accuracy", acc);
    expect(result.converged, "setosa and versicolor are linearly separable on these two features").toBe(true);
    expect(
      replay.mistakesPerEpoch.length,
      "epochs to convergence (6 in the fixed order)",
    ).toBeLessThanOrEqual(10);
    expect(acc, "training accuracy").toBe(1);
  });
});
