/**
 * Hidden specs for 6.1.2 Activation functions: larger random batches, more extreme inputs,
 * in-place use and the edge cases the README promises. Tolerances as in the public spec:
 * 1e-12 relative on values (a correct implementation is within a few ulps), 1e-9 absolute on
 * derivatives against a central difference with h = 1e-5.
 */

import {
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  softmaxBackward,
  tanh,
  tanhDerivative,
} from "@exercise/6.1-nn-core/02-activations/activations";
import {
  allFinite,
  numericDerivative,
  values,
} from "@exercise/6.1-nn-core/02-activations/activations.testkit";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { at, expectThrows, maxAbsDiff, relativeError } from "../../../../lib/testing";

/** A reference sigmoid, written independently of the learner's. */
function refSigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** A reference row-wise softmax. */
function refSoftmax(z: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(z.length);
  for (let r = 0; r < rows; r++) {
    const row = z.subarray(r * cols, (r + 1) * cols);
    const m = Math.max(...row);
    const e = Array.from(row, (v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    e.forEach((v, j) => {
      out[r * cols + j] = v / s;
    });
  }
  return out;
}

describe("1. Sigmoid and tanh", () => {
  test("sigmoid at 2000 random points in [−60, 60] (seed 11) matches a reference to 1e-12 relative", () => {
    const x = new Rng(11).uniformArray(2000, -60, 60);
    const y = sigmoid(x);
    let worst = 0;
    for (let i = 0; i < x.length; i++) worst = Math.max(worst, relativeError(at(y, i), refSigmoid(at(x, i))));
    expect(worst, "largest relative error of sigmoid over 2000 points").toBeLessThan(1e-12);
  });

  test("σ(−x) = 1 − σ(x), and sigmoid is finite, in [0, 1] and non-decreasing over [−1e5, 1e5]", () => {
    const xs = new Rng(3).uniformArray(500, -1e5, 1e5).sort();
    const y = sigmoid(xs);
    expect(allFinite(y), "sigmoid of 500 values up to |x| = 1e5 is all finite").toBe(true);
    for (let i = 0; i < y.length; i++) {
      expect(at(y, i) >= 0 && at(y, i) <= 1, `sigmoid(${at(xs, i)}) = ${at(y, i)} is in [0, 1]`).toBe(true);
      if (i > 0)
        expect(at(y, i), `sigmoid is non-decreasing at ${at(xs, i)}`).toBeGreaterThanOrEqual(at(y, i - 1));
    }
    for (const x of [0.3, 1.7, 4, 9]) {
      const pair = sigmoid(Float64Array.of(x, -x));
      expect(Math.abs(at(pair, 1) - (1 - at(pair, 0))), `σ(−${x}) vs 1 − σ(${x})`).toBeLessThan(1e-15);
    }
  });

  test("the limits: sigmoid(±Infinity) = 1, 0; the derivatives there are 0, not NaN", () => {
    const inf = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    expect(values(sigmoid(inf)), "sigmoid([∞, −∞])").toEqual([1, 0]);
    expect(values(sigmoidDerivative(inf)), "σ′([∞, −∞])").toEqual([0, 0]);
    expect(values(tanh(inf)), "tanh([∞, −∞])").toEqual([1, -1]);
    expect(values(tanhDerivative(inf)), "tanh′([∞, −∞])").toEqual([0, 0]);
  });

  test("σ′ and tanh′ at 60 random points match central differences and the closed forms", () => {
    const rng = new Rng(23);
    for (let k = 0; k < 60; k++) {
      const x = rng.uniform(-8, 8);
      const s = refSigmoid(x);
      const ds = at(sigmoidDerivative(Float64Array.of(x)), 0);
      expect(relativeError(ds, s * (1 - s)), `σ′(${x})`).toBeLessThan(1e-12);
      expect(Math.abs(ds - numericDerivative(sigmoid, x)), `σ′(${x}) vs a central difference`).toBeLessThan(
        1e-9,
      );
      const dt = at(tanhDerivative(Float64Array.of(x)), 0);
      expect(Math.abs(dt - (1 - Math.tanh(x) ** 2)), `tanh′(${x})`).toBeLessThan(1e-15);
      expect(Math.abs(dt - numericDerivative(tanh, x)), `tanh′(${x}) vs a central difference`).toBeLessThan(
        1e-9,
      );
    }
  });

  test("tanh near 0: 200 points with |x| log-uniform in [1e-300, 1e-2] (seed 41) to 1e-12 relative", () => {
    const rng = new Rng(41);
    for (let k = 0; k < 200; k++) {
      const x = (rng.uniform() < 0.5 ? -1 : 1) * 10 ** rng.uniform(-300, -2);
      const got = at(tanh(Float64Array.of(x)), 0);
      expect(relativeError(got, Math.tanh(x)), `tanh(${x}) = ${got}`).toBeLessThan(1e-12);
    }
  });

  test("huge inputs to the derivatives: exactly 0 at ±1e4 and ±800, no NaN", () => {
    const x = Float64Array.of(1e4, -1e4, 800, -800);
    expect(values(sigmoidDerivative(x)), "σ′([1e4, −1e4, 800, −800])").toEqual([0, 0, 0, 0]);
    expect(values(tanhDerivative(x)), "tanh′([1e4, −1e4, 800, −800])").toEqual([0, 0, 0, 0]);
    expect(allFinite(tanh(Float64Array.of(354, 356, 710, 711, -711))), "tanh around e^(2x) overflow").toBe(
      true,
    );
  });

  test("Float32Array: derivatives keep the type, and in-place updates work", () => {
    const x = Float32Array.of(-2, 0, 2);
    const d = sigmoidDerivative(x);
    expect(d, "sigmoidDerivative(Float32Array)").toBeInstanceOf(Float32Array);
    expect(tanhDerivative(x), "tanhDerivative(Float32Array)").toBeInstanceOf(Float32Array);
    const expected = [-2, 0, 2].map((v) => Math.fround(refSigmoid(v) * (1 - refSigmoid(v))));
    expect(maxAbsDiff(d, expected), "σ′ in float32").toBeLessThan(1e-7);
    const y = Float32Array.of(-3, 3);
    expect(sigmoid(y, y), "sigmoid(y, y) returns y").toBe(y);
    expect(
      maxAbsDiff(y, [Math.fround(refSigmoid(-3)), Math.fround(refSigmoid(3))]),
      "y after in-place sigmoid",
    ).toBe(0);
  });

  test("tanh and the derivatives reject an `out` of the wrong length", () => {
    const x = Float64Array.of(1, 2);
    expectThrows(() => tanh(x, new Float64Array(1)), ShapeError, "tanh with out of length 1");
    expectThrows(
      () => sigmoidDerivative(x, new Float64Array(3)),
      ShapeError,
      "sigmoidDerivative with out of length 3",
    );
    expectThrows(
      () => tanhDerivative(x, new Float64Array(0)),
      ShapeError,
      "tanhDerivative with out of length 0",
    );
  });
});

describe("2. ReLU and leaky ReLU", () => {
  test("relu and leakyRelu at 1000 random points (seed 5), and α = 0 is plain ReLU", () => {
    const x = new Rng(5).uniformArray(1000, -1e4, 1e4);
    const r = relu(x);
    const l = leakyRelu(x, 0.3);
    const l0 = leakyRelu(x, 0);
    // `+ 0` turns −0 into 0: the sign of a zero is not part of the contract.
    for (let i = 0; i < x.length; i++) {
      const v = at(x, i);
      expect(at(r, i) + 0, `relu(${v})`).toBe(Math.max(0, v));
      expect(at(l, i) + 0, `leakyRelu(${v}, 0.3)`).toBe(v > 0 ? v : 0.3 * v);
      expect(at(l0, i) + 0, `leakyRelu(${v}, 0)`).toBe(Math.max(v, 0));
    }
  });

  test("derivatives are the step functions, NaN stays NaN, and ±Infinity is handled", () => {
    const x = Float64Array.of(Number.NEGATIVE_INFINITY, -1e-300, 0, 1e-300, Number.POSITIVE_INFINITY);
    expect(values(reluDerivative(x)), "relu′([−∞, −1e-300, 0, 1e-300, ∞])").toEqual([0, 0, 0, 1, 1]);
    expect(values(leakyReluDerivative(x, 0.5)), "leakyRelu′(…, 0.5)").toEqual([0.5, 0.5, 0.5, 1, 1]);
    expect(values(leakyRelu(x, 0)), "leakyRelu([−∞, …, ∞], 0) is relu").toEqual([
      0,
      0,
      0,
      1e-300,
      Number.POSITIVE_INFINITY,
    ]);
    expect(values(leakyRelu(Float32Array.of(Number.NEGATIVE_INFINITY, -2), 0)), "float32, α = 0").toEqual([
      0, 0,
    ]);
    expect(values(leakyReluDerivative(x, 0)), "leakyRelu′(…, 0)").toEqual([0, 0, 0, 1, 1]);
    expect(values(relu(x)), "relu([−∞, …, ∞])").toEqual([0, 0, 0, 1e-300, Number.POSITIVE_INFINITY]);
    const nan = Float64Array.of(Number.NaN);
    expect(Number.isNaN(at(reluDerivative(nan), 0)), "relu′(NaN) is NaN").toBe(true);
    expect(Number.isNaN(at(leakyReluDerivative(nan), 0)), "leakyRelu′(NaN) is NaN").toBe(true);
  });

  test("in place with Float32Array, and the derivative types follow the input", () => {
    const x = Float32Array.of(-4, 0.5, 8);
    expect(leakyRelu(x, 0.25, x), "leakyRelu(x, 0.25, x) returns x").toBe(x);
    expect(values(x), "x after in-place leakyRelu").toEqual([-1, 0.5, 8]);
    expect(reluDerivative(x), "reluDerivative(Float32Array)").toBeInstanceOf(Float32Array);
    expect(leakyReluDerivative(x), "leakyReluDerivative(Float32Array)").toBeInstanceOf(Float32Array);
  });

  test("bad α and wrong `out` lengths", () => {
    const x = Float64Array.of(1);
    expectThrows(() => leakyRelu(x, Number.POSITIVE_INFINITY), InvalidArgument, "leakyRelu(x, ∞)");
    expectThrows(() => leakyRelu(x, 1.5), InvalidArgument, "leakyRelu(x, 1.5)");
    expectThrows(() => leakyReluDerivative(x, -1), InvalidArgument, "leakyReluDerivative(x, −1)");
    expectThrows(
      () => reluDerivative(x, new Float64Array(2)),
      ShapeError,
      "reluDerivative with out of length 2",
    );
    expectThrows(() => leakyRelu(x, 0.1, new Float64Array(2)), ShapeError, "leakyRelu with out of length 2");
  });
});

describe("3. Softmax over a batch", () => {
  test("a 64 × 10 batch of logits in [−1e4, 1e4] (seed 9) matches a reference to 1e-12", () => {
    const rows = 64;
    const cols = 10;
    const z = new Rng(9).uniformArray(rows * cols, -1e4, 1e4);
    const p = softmax(z, rows, cols);
    expect(allFinite(p), "all probabilities finite").toBe(true);
    expect(maxAbsDiff(p, refSoftmax(z, rows, cols)), "softmax vs reference").toBeLessThan(1e-12);
  });

  test("logits that are all large but close together: [1e4, 1e4 + 1] → [1/(1+e), e/(1+e)]", () => {
    const p = softmax(Float64Array.of(1e4, 1e4 + 1, -5000, -5000 + Math.LN2), 2, 2);
    const e = Math.E;
    expect(
      maxAbsDiff(p, [1 / (1 + e), e / (1 + e), 1 / 3, 2 / 3]),
      `softmax([1e4, 1e4+1 | −5000, −5000+ln 2]) = [${Array.from(p)}]`,
    ).toBeLessThan(1e-12);
  });

  test("every row of a 50 × 7 batch sums to 1 and keeps the argmax of its logits", () => {
    const rows = 50;
    const cols = 7;
    const z = new Rng(13).normalArray(rows * cols, 0, 5);
    const p = softmax(z, rows, cols);
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      let argZ = 0;
      let argP = 0;
      for (let j = 0; j < cols; j++) {
        sum += at(p, r * cols + j);
        if (at(z, r * cols + j) > at(z, r * cols + argZ)) argZ = j;
        if (at(p, r * cols + j) > at(p, r * cols + argP)) argP = j;
      }
      expect(Math.abs(sum - 1), `row ${r} sums to 1`).toBeLessThan(1e-12);
      expect(argP, `row ${r}: the most likely class is the largest logit`).toBe(argZ);
    }
  });

  test("degenerate shapes: one column gives probability 1; a single row works", () => {
    expect(values(softmax(Float64Array.of(-3, 0, 1e4), 3, 1)), "softmax over 1 column").toEqual([1, 1, 1]);
    expect(values(softmax(Float64Array.of(7), 1, 1)), "softmax of a 1 × 1 batch").toEqual([1]);
  });

  test("in place: softmax(z, rows, cols, z) overwrites z with the probabilities (Float32Array too)", () => {
    const z = Float64Array.of(0, Math.LN2, 0, 0);
    expect(softmax(z, 2, 2, z), "softmax(z, 2, 2, z) returns z").toBe(z);
    expect(
      maxAbsDiff(z, [1 / 3, 2 / 3, 0.5, 0.5]),
      `z after in-place softmax = [${Array.from(z)}]`,
    ).toBeLessThan(1e-15);
    const f = Float32Array.of(1e4, 0, 0, 1e4);
    softmax(f, 2, 2, f);
    expect(values(f), "float32 in place").toEqual([1, 0, 0, 1]);
  });

  test("bad shapes: cols = 0, non-integer cols, too few values, out of the wrong length", () => {
    const z = new Float64Array(4);
    expectThrows(() => softmax(z, 4, 0), InvalidArgument, "softmax with cols = 0");
    expectThrows(() => softmax(z, 2, 2.0001), InvalidArgument, "softmax with cols = 2.0001");
    expectThrows(() => softmax(z, -2, -2), InvalidArgument, "softmax with rows = cols = −2");
    expectThrows(() => softmax(z, 1, 3), ShapeError, "softmax of 4 values as 1 × 3");
    expectThrows(() => softmax(z, 2, 2, new Float64Array(8)), ShapeError, "softmax with out of length 8");
  });
});

describe("4. The softmax backward pass", () => {
  test("a 16 × 5 batch (seed 17) matches the explicit Jacobian product to 1e-12", () => {
    const rows = 16;
    const cols = 5;
    const rng = new Rng(17);
    const p = refSoftmax(rng.normalArray(rows * cols, 0, 2), rows, cols);
    const g = rng.normalArray(rows * cols, 0, 3);
    const got = softmaxBackward(p, g, rows, cols);
    const expected = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let k = 0; k < cols; k++) {
          const pj = at(p, r * cols + j);
          const pk = at(p, r * cols + k);
          s += ((j === k ? pj : 0) - pj * pk) * at(g, r * cols + k);
        }
        expected[r * cols + j] = s;
      }
    }
    expect(maxAbsDiff(got, expected), "softmaxBackward vs (diag(p) − ppᵀ)g").toBeLessThan(1e-12);
  });

  test("with g = ∂(−log p_y)/∂p = −onehot(y)/p it gives the famous p − onehot(y)", () => {
    const p = refSoftmax(Float64Array.of(2, 1, 0.1, -1, 0.5, 3), 2, 3);
    const labels = [0, 2];
    const g = new Float64Array(6);
    labels.forEach((y, r) => {
      g[r * 3 + y] = -1 / at(p, r * 3 + y);
    });
    const got = softmaxBackward(p, g, 2, 3);
    const expected = Array.from(p, (v, i) => v - (i === 0 || i === 5 ? 1 : 0));
    expect(maxAbsDiff(got, expected), `softmaxBackward(p, −onehot/p) = [${Array.from(got)}]`).toBeLessThan(
      1e-12,
    );
  });

  test("a constant upstream gradient gives 0; `out` (also aliasing probs) is used; Float32 keeps its type", () => {
    const p = Float64Array.of(0.2, 0.3, 0.5);
    const zero = softmaxBackward(p, Float64Array.of(4, 4, 4), 1, 3);
    expect(maxAbsDiff(zero, [0, 0, 0]), "softmaxBackward with g = [4, 4, 4]").toBeLessThan(1e-15);
    const g = Float64Array.of(1, 0, 0);
    const expected = [0.2 * 0.8, -0.3 * 0.2, -0.5 * 0.2];
    const out = new Float64Array(3);
    expect(softmaxBackward(p, g, 1, 3, out), "returns out").toBe(out);
    expect(maxAbsDiff(out, expected), "out").toBeLessThan(1e-15);
    softmaxBackward(p, g, 1, 3, p);
    expect(maxAbsDiff(p, expected), "in place over probs").toBeLessThan(1e-15);
    const f = softmaxBackward(Float32Array.of(0.5, 0.5), Float64Array.of(1, -1), 1, 2);
    expect(f, "softmaxBackward(Float32Array, …)").toBeInstanceOf(Float32Array);
    expect(values(f), "float32 result").toEqual([0.5, -0.5]);
  });

  test("shape errors", () => {
    const p = new Float64Array(6);
    expectThrows(
      () => softmaxBackward(p, new Float64Array(6), 2, 3, new Float64Array(5)),
      ShapeError,
      "out of length 5",
    );
    expectThrows(() => softmaxBackward(p, new Float64Array(7), 2, 3), ShapeError, "gradOutput of length 7");
    expectThrows(() => softmaxBackward(p, new Float64Array(6), 2, 1.5), InvalidArgument, "cols = 1.5");
  });
});
