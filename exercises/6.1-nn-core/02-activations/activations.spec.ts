/**
 * Public specs for 6.1.2 Activation functions. Run them with
 *
 *     npm test exercises/6.1-nn-core/02-activations
 *
 * Tolerances.
 * - Values are compared with a relative error below 1e-12: every function here is a handful
 *   of float64 operations, so a correct implementation is accurate to a few ulps (~1e-16).
 * - Derivatives are also compared with a central difference of YOUR forward function,
 *   (f(x + h) − f(x − h)) / 2h with h = 1e-5, to an absolute error below 1e-9 (the
 *   difference's own error is about h²·|f‴|/6 + ε/h ≈ 1e-11 here).
 * - Float32Array results are compared with the float32 rounding of the exact value
 *   (`Math.fround`), to 1e-7 — one float32 ulp near 1 is 6e-8.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { at, expectThrows, maxAbsDiff, relativeError } from "../../../lib/testing";
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
} from "./activations";
import { allFinite, numericDerivative, values } from "./activations.testkit";

const exactSigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("1. Sigmoid and tanh", () => {
  test("sigmoid at a few points matches 1 / (1 + e^(−x)) to 1e-12 relative", () => {
    const xs = [-5, -2, -0.5, 0, 0.5, 2, 5];
    const y = sigmoid(Float64Array.from(xs));
    expect(y, "sigmoid returns a Float64Array for a Float64Array").toBeInstanceOf(Float64Array);
    expect(y.length, "one output per input").toBe(xs.length);
    xs.forEach((x, i) => {
      expect(relativeError(at(y, i), exactSigmoid(x)), `sigmoid(${x})`).toBeLessThan(1e-12);
    });
    expect(at(y, 3), "sigmoid(0) is exactly 0.5").toBe(0.5);
  });

  test("sigmoid is stable for |x| up to 1e4: no NaN, the limits 0 and 1, and tiny values kept", () => {
    const y = sigmoid(Float64Array.of(1e4, -1e4, 800, -800, -40));
    expect(allFinite(y), `sigmoid([1e4, −1e4, 800, −800, −40]) = [${Array.from(y)}] is all finite`).toBe(
      true,
    );
    expect(at(y, 0), "sigmoid(1e4)").toBe(1);
    expect(at(y, 1), "sigmoid(−1e4)").toBe(0);
    expect(at(y, 2), "sigmoid(800)").toBe(1);
    expect(at(y, 3), "sigmoid(−800) (e^−800 underflows to 0)").toBe(0);
    // σ(−40) = e^−40 / (1 + e^−40) ≈ 4.25e-18: tiny, but representable, so it must not be 0.
    expect(relativeError(at(y, 4), Math.exp(-40) / (1 + Math.exp(-40))), "sigmoid(−40)").toBeLessThan(1e-12);
  });

  test("sigmoidDerivative(x) = σ(x)(1 − σ(x)): 0.25 at 0, exactly 0 at ±1e4, and it matches a central difference", () => {
    const d = sigmoidDerivative(Float64Array.of(0, 1e4, -1e4));
    expect(at(d, 0), "σ′(0) = 0.25").toBe(0.25);
    expect(at(d, 1), "σ′(1e4)").toBe(0);
    expect(at(d, 2), "σ′(−1e4)").toBe(0);
    for (const x of [-3, -1, -0.2, 0.7, 2.5]) {
      const s = exactSigmoid(x);
      const got = at(sigmoidDerivative(Float64Array.of(x)), 0);
      expect(relativeError(got, s * (1 - s)), `σ′(${x}) vs σ(${x})(1 − σ(${x}))`).toBeLessThan(1e-12);
      expect(
        Math.abs(got - numericDerivative(sigmoid, x)),
        `σ′(${x}) vs a central difference of sigmoid`,
      ).toBeLessThan(1e-9);
    }
  });

  test("tanh matches Math.tanh and is stable at ±1e4; tanhDerivative = 1 − tanh²", () => {
    const xs = [-1e4, -3, -0.5, 0, 0.5, 3, 400, 1e4];
    const y = tanh(Float64Array.from(xs));
    expect(allFinite(y), `tanh([${xs}]) = [${Array.from(y)}] is all finite`).toBe(true);
    xs.forEach((x, i) => {
      expect(relativeError(at(y, i), Math.tanh(x)), `tanh(${x})`).toBeLessThan(1e-12);
    });
    const d = tanhDerivative(Float64Array.from(xs));
    expect(at(d, 3), "tanh′(0) = 1").toBe(1);
    expect(at(d, 0), "tanh′(−1e4)").toBe(0);
    expect(at(d, 7), "tanh′(1e4)").toBe(0);
    for (const x of [-2, -0.3, 0.8, 1.7]) {
      const got = at(tanhDerivative(Float64Array.of(x)), 0);
      expect(relativeError(got, 1 - Math.tanh(x) ** 2), `tanh′(${x})`).toBeLessThan(1e-12);
      expect(
        Math.abs(got - numericDerivative(tanh, x)),
        `tanh′(${x}) vs a central difference of tanh`,
      ).toBeLessThan(1e-9);
    }
  });

  test("tanh keeps its relative precision near 0: tanh(±1e-8), tanh(2e-5), tanh(1e-300) to 1e-12 relative", () => {
    // tanh(x) ≈ x for tiny x. A formula that subtracts two numbers near 1 (such as 2σ(2x) − 1,
    // or (e^(2x) − 1)/(e^(2x) + 1)) loses about 16 + log₁₀|x| of its 16 digits there.
    const xs = [1e-8, -1e-8, 2e-5, 1e-300];
    const y = tanh(Float64Array.from(xs));
    xs.forEach((x, i) => {
      expect(relativeError(at(y, i), Math.tanh(x)), `tanh(${x}) = ${at(y, i)}`).toBeLessThan(1e-12);
    });
  });

  test("a Float32Array in gives a Float32Array out", () => {
    const x = Float32Array.of(-1e4, -1, 0, 0.5, 1e4);
    const y = sigmoid(x);
    expect(y, "sigmoid(Float32Array)").toBeInstanceOf(Float32Array);
    const expected = Array.from(x, (v) => Math.fround(exactSigmoid(v)));
    expect(maxAbsDiff(y, expected), `sigmoid(float32) = [${Array.from(y)}]`).toBeLessThan(1e-7);
    expect(tanh(x), "tanh(Float32Array)").toBeInstanceOf(Float32Array);
  });

  test("writes into `out` when given (also in place), and leaves the input alone otherwise", () => {
    const x = Float64Array.of(-1, 0, 1);
    const out = new Float64Array(3);
    expect(sigmoid(x, out), "sigmoid(x, out) returns out itself").toBe(out);
    expect(at(out, 1), "out[1] = σ(0)").toBe(0.5);
    expect(values(x), "x is unchanged").toEqual([-1, 0, 1]);
    const inPlace = Float64Array.of(0, 0);
    tanhDerivative(inPlace, inPlace);
    expect(values(inPlace), "tanhDerivative(x, x) overwrites x with 1 − tanh²(0)").toEqual([1, 1]);
    expectThrows(
      () => sigmoid(x, new Float64Array(2)),
      ShapeError,
      "sigmoid with an `out` of length 2 for 3 inputs",
    );
  });

  test("NaN propagates, empty arrays give empty arrays", () => {
    expect(Number.isNaN(at(sigmoid(Float64Array.of(Number.NaN)), 0)), "sigmoid(NaN) is NaN").toBe(true);
    expect(Number.isNaN(at(tanh(Float64Array.of(Number.NaN)), 0)), "tanh(NaN) is NaN").toBe(true);
    expect(sigmoid(new Float64Array(0)).length, "sigmoid([]) is empty").toBe(0);
  });
});

describe("2. ReLU and leaky ReLU", () => {
  test("relu = max(0, x), and its derivative is 1 for x > 0, 0 for x ≤ 0 (0 at 0)", () => {
    const x = Float64Array.of(-1e4, -2, 0, 0.5, 1e4);
    expect(values(relu(x)), "relu([−1e4, −2, 0, 0.5, 1e4])").toEqual([0, 0, 0, 0.5, 1e4]);
    expect(values(reluDerivative(x)), "relu′([−1e4, −2, 0, 0.5, 1e4])").toEqual([0, 0, 0, 1, 1]);
  });

  test("leakyRelu uses α for x ≤ 0 (default 0.01), and its derivative is α there", () => {
    const x = Float64Array.of(-100, -1, 0, 2);
    expect(values(leakyRelu(x)), "leakyRelu(x) with the default α = 0.01").toEqual([-1, -0.01, 0, 2]);
    expect(values(leakyRelu(x, 0.2)), "leakyRelu(x, 0.2)").toEqual([-20, -0.2, 0, 2]);
    expect(values(leakyReluDerivative(x, 0.2)), "leakyRelu′(x, 0.2)").toEqual([0.2, 0.2, 0.2, 1]);
    expect(values(leakyReluDerivative(x)), "leakyRelu′(x) with the default α").toEqual([0.01, 0.01, 0.01, 1]);
  });

  test("the derivatives match central differences away from the kink at 0", () => {
    for (const x of [-2.5, -0.1, 0.1, 3]) {
      expect(
        Math.abs(at(reluDerivative(Float64Array.of(x)), 0) - numericDerivative(relu, x)),
        `relu′(${x})`,
      ).toBeLessThan(1e-9);
      expect(
        Math.abs(
          at(leakyReluDerivative(Float64Array.of(x), 0.1), 0) -
            numericDerivative((v) => leakyRelu(v, 0.1), x),
        ),
        `leakyRelu′(${x}, 0.1)`,
      ).toBeLessThan(1e-9);
    }
  });

  test("NaN stays NaN; Float32Array in, Float32Array out", () => {
    expect(Number.isNaN(at(relu(Float64Array.of(Number.NaN)), 0)), "relu(NaN) is NaN, not 0").toBe(true);
    expect(Number.isNaN(at(leakyRelu(Float64Array.of(Number.NaN)), 0)), "leakyRelu(NaN) is NaN").toBe(true);
    const y = relu(Float32Array.of(-1, 2.5));
    expect(y, "relu(Float32Array)").toBeInstanceOf(Float32Array);
    expect(values(y), "relu(Float32Array [−1, 2.5])").toEqual([0, 2.5]);
  });

  test("±Infinity behaves as the limit: leakyRelu(−∞, 0) = 0 like relu, leakyRelu(−∞, 0.1) = −∞", () => {
    // α = 0 is plain ReLU, also at −∞ — where α·x would be 0·(−∞) = NaN.
    const inf = Float64Array.of(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(values(relu(inf)), "relu([−∞, ∞])").toEqual([0, Number.POSITIVE_INFINITY]);
    expect(values(leakyRelu(inf, 0)), "leakyRelu([−∞, ∞], 0)").toEqual([0, Number.POSITIVE_INFINITY]);
    expect(values(leakyRelu(inf, 0.1)), "leakyRelu([−∞, ∞], 0.1)").toEqual([
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(values(leakyReluDerivative(inf, 0)), "leakyRelu′([−∞, ∞], 0)").toEqual([0, 1]);
  });

  test("α outside [0, 1) → InvalidArgument; a wrong `out` → ShapeError", () => {
    const x = Float64Array.of(1, -1);
    expectThrows(() => leakyRelu(x, -0.1), InvalidArgument, "leakyRelu(x, −0.1)");
    expectThrows(() => leakyRelu(x, 1), InvalidArgument, "leakyRelu(x, 1)");
    expectThrows(() => leakyReluDerivative(x, Number.NaN), InvalidArgument, "leakyReluDerivative(x, NaN)");
    expectThrows(
      () => relu(x, new Float64Array(3)),
      ShapeError,
      "relu with an `out` of length 3 for 2 inputs",
    );
  });
});

describe("3. Softmax over a batch", () => {
  test("each row of a 2 × 3 batch becomes a probability distribution", () => {
    const p = softmax(Float64Array.of(1, 2, 3, 0, 0, 0), 2, 3);
    const [e1, e2, e3] = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const s = e1 + e2 + e3;
    expect(p, "softmax of a Float64Array").toBeInstanceOf(Float64Array);
    expect(
      maxAbsDiff(p, [e1 / s, e2 / s, e3 / s, 1 / 3, 1 / 3, 1 / 3]),
      `softmax = [${Array.from(p)}]`,
    ).toBeLessThan(1e-12);
  });

  test("rows are independent: changing row 1 does not change row 0", () => {
    const a = softmax(Float64Array.of(0.5, -1, 2, 0, 0, 0), 2, 3);
    const b = softmax(Float64Array.of(0.5, -1, 2, 9, -9, 4), 2, 3);
    expect(maxAbsDiff(a.subarray(0, 3), b.subarray(0, 3)), "row 0 of both batches").toBeLessThan(1e-15);
  });

  test("huge logits do not overflow: [1e4, 0, −1e4] → [1, 0, 0], [1000, 1000] and [−1e4, −1e4] → [0.5, 0.5]", () => {
    const p = softmax(Float64Array.of(1e4, 0, -1e4), 1, 3);
    expect(allFinite(p), `softmax([1e4, 0, −1e4]) = [${Array.from(p)}] is all finite`).toBe(true);
    expect(values(p), "softmax([1e4, 0, −1e4])").toEqual([1, 0, 0]);
    expect(values(softmax(Float64Array.of(1000, 1000), 1, 2)), "softmax([1000, 1000])").toEqual([0.5, 0.5]);
    // All logits far below 0: shifting by the row's own maximum (not by 0) keeps e^0 = 1 in the sum.
    expect(values(softmax(Float64Array.of(-1e4, -1e4), 1, 2)), "softmax([−1e4, −1e4])").toEqual([0.5, 0.5]);
  });

  test("adding a constant to a row changes nothing (shift invariance), to 1e-12", () => {
    const rng = new Rng(42);
    const z = rng.normalArray(12, 0, 3);
    const shifted = Float64Array.from(z, (v) => v + 500);
    expect(
      maxAbsDiff(softmax(z, 3, 4), softmax(shifted, 3, 4)),
      "softmax(z) vs softmax(z + 500)",
    ).toBeLessThan(1e-12);
  });

  test("−Infinity logits get probability 0 (masking)", () => {
    const p = softmax(Float64Array.of(0, Number.NEGATIVE_INFINITY, 0), 1, 3);
    expect(values(p), "softmax([0, −∞, 0])").toEqual([0.5, 0, 0.5]);
  });

  test("Float32Array in, Float32Array out; rows still sum to 1 within float32 precision", () => {
    const p = softmax(Float32Array.of(1, 2, 3, 4, 5, 6), 2, 3);
    expect(p, "softmax(Float32Array)").toBeInstanceOf(Float32Array);
    expect(Math.abs(at(p, 0) + at(p, 1) + at(p, 2) - 1), "row 0 sums to 1").toBeLessThan(1e-6);
  });

  test("bad rows/cols → InvalidArgument; rows·cols ≠ length → ShapeError", () => {
    const z = new Float64Array(6);
    expectThrows(() => softmax(z, 0, 6), InvalidArgument, "softmax with rows = 0");
    expectThrows(() => softmax(z, 2.5, 3), InvalidArgument, "softmax with rows = 2.5");
    expectThrows(() => softmax(z, 4, 2), ShapeError, "softmax of 6 values as 4 × 2");
    expectThrows(
      () => softmax(z, 2, 3, new Float64Array(5)),
      ShapeError,
      "softmax with an `out` of length 5",
    );
  });
});

describe("4. The softmax backward pass", () => {
  /** Jᵀg with the explicit Jacobian J = diag(p) − ppᵀ, for one row. */
  function jacobianTimes(p: number[], g: number[]): number[] {
    return p.map((_, j) =>
      p.reduce((s, pk, k) => s + ((j === k ? at(p, j) : 0) - at(p, j) * pk) * at(g, k), 0),
    );
  }

  test("equals the explicit Jacobian product (diag(p) − ppᵀ)·g, row by row, to 1e-12", () => {
    const probs = softmax(Float64Array.of(0.2, -1, 1.5, 3, 0, 0.1), 2, 3);
    const g = Float64Array.of(1, -2, 0.5, 0.3, 0.3, -4);
    const got = softmaxBackward(probs, g, 2, 3);
    const row0 = jacobianTimes(Array.from(probs.subarray(0, 3)), Array.from(g.subarray(0, 3)));
    const row1 = jacobianTimes(Array.from(probs.subarray(3, 6)), Array.from(g.subarray(3, 6)));
    expect(maxAbsDiff(got, [...row0, ...row1]), `softmaxBackward = [${Array.from(got)}]`).toBeLessThan(1e-12);
  });

  test("matches a central difference of L(z) = Σ g·softmax(z) through your softmax (abs. error < 1e-8)", () => {
    const rng = new Rng(7);
    const rows = 3;
    const cols = 4;
    const z = rng.normalArray(rows * cols, 0, 2);
    const g = rng.normalArray(rows * cols);
    const loss = (logits: Float64Array) =>
      softmax(logits, rows, cols).reduce((s, p, i) => s + p * at(g, i), 0);
    const got = softmaxBackward(softmax(z, rows, cols), g, rows, cols);
    const h = 1e-5;
    for (let i = 0; i < z.length; i++) {
      const plus = Float64Array.from(z);
      const minus = Float64Array.from(z);
      plus[i] = at(z, i) + h;
      minus[i] = at(z, i) - h;
      const numeric = (loss(plus) - loss(minus)) / (2 * h);
      expect(Math.abs(at(got, i) - numeric), `∂L/∂z[${i}]`).toBeLessThan(1e-8);
    }
  });

  test("every row of the result sums to 0 (softmax ignores a shift of its input)", () => {
    const probs = softmax(Float64Array.of(1, 2, 3, -1, 0, 4), 2, 3);
    const got = softmaxBackward(probs, Float64Array.of(5, -1, 2, 0.5, 7, -3), 2, 3);
    expect(Math.abs(at(got, 0) + at(got, 1) + at(got, 2)), "row 0 sums to 0").toBeLessThan(1e-12);
    expect(Math.abs(at(got, 3) + at(got, 4) + at(got, 5)), "row 1 sums to 0").toBeLessThan(1e-12);
  });

  test("shape errors: gradOutput of another length, rows·cols ≠ length → ShapeError", () => {
    const p = Float64Array.of(0.5, 0.5, 0.25, 0.75);
    expectThrows(
      () => softmaxBackward(p, new Float64Array(3), 2, 2),
      ShapeError,
      "gradOutput of length 3 for 4 probs",
    );
    expectThrows(() => softmaxBackward(p, new Float64Array(4), 3, 2), ShapeError, "4 values as 3 × 2");
    expectThrows(() => softmaxBackward(p, new Float64Array(4), 0, 4), InvalidArgument, "rows = 0");
  });
});
