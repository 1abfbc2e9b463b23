/**
 * Public specs for 6.1.3 Loss functions. Run them with
 *
 *     npm test exercises/6.1-nn-core/03-losses
 *
 * Tolerances.
 * - Hand examples: 12 digits (`toBeCloseTo(x, 12)`), or exact where the arithmetic is exact.
 * - Gradient checks: your `grad` is compared with a central difference of your `loss`,
 *   (L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h with h = 1e-5, through the relative error
 *
 *       ‖g − ĝ‖₂ / (‖g‖₂ + ‖ĝ‖₂)
 *
 *   which must be below 1e-6. A correct gradient measures between about 1e-11 and 1e-8 here
 *   (the central difference's own error); a gradient that forgets the 1/N or the factor 2
 *   measures 0.3 or more. The figure is recorded on the test (`gradcheck.<loss>`) and shown in the report.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { at, expectThrows, maxAbsDiff, recordMetric, relativeError } from "../../../lib/testing";
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  categoricalCrossEntropyFromLogits,
  logSumExp,
  mse,
  sparseCategoricalCrossEntropyFromLogits,
} from "./losses";

/** The central-difference gradient of `loss` at x, one coordinate at a time (x is not modified). */
function numericGradient(loss: (x: Float64Array) => number, x: Float64Array, h = 1e-5): Float64Array {
  const g = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const plus = Float64Array.from(x);
    const minus = Float64Array.from(x);
    plus[i] = x[i] + h;
    minus[i] = x[i] - h;
    g[i] = (loss(plus) - loss(minus)) / (2 * h);
  }
  return g;
}

/** ‖a − b‖₂ / (‖a‖₂ + ‖b‖₂), the relative error of a gradient check (0 when both are 0). */
function gradientCheckError(analytic: ArrayLike<number>, numeric: ArrayLike<number>): number {
  if (analytic.length !== numeric.length) return Number.POSITIVE_INFINITY;
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < analytic.length; i++) {
    diff += (at(analytic, i) - at(numeric, i)) ** 2;
    na += at(analytic, i) ** 2;
    nb += at(numeric, i) ** 2;
  }
  const denominator = Math.sqrt(na) + Math.sqrt(nb);
  return denominator === 0 ? 0 : Math.sqrt(diff) / denominator;
}

/** `rows` random class labels in [0, cols). */
function randomLabels(rng: Rng, rows: number, cols: number): number[] {
  return Array.from({ length: rows }, () => rng.int(0, cols));
}

describe("1. Mean squared error", () => {
  test("mse([1, 2, 3], [1, 2, 5]) = 4/3, with gradient 2(p − t)/N = [0, 0, −4/3]", () => {
    const { loss, grad } = mse(Float64Array.of(1, 2, 3), [1, 2, 5]);
    expect(loss, "loss").toBeCloseTo(4 / 3, 12);
    expect(grad, "grad is a Float64Array").toBeInstanceOf(Float64Array);
    expect(maxAbsDiff(grad, [0, 0, -4 / 3]), `grad = [${Array.from(grad)}]`).toBeLessThan(1e-12);
  });

  test("a 4 × 3 batch: the mean runs over all 12 values, and the gradient passes a gradient check", (ctx) => {
    const rng = new Rng(42);
    const p = rng.normalArray(12);
    const t = rng.normalArray(12);
    const { loss, grad } = mse(p, t);
    const expected = p.reduce((s, v, i) => s + (v - at(t, i)) ** 2, 0) / 12;
    expect(loss, "loss = Σ(p − t)²/12").toBeCloseTo(expected, 12);
    const error = gradientCheckError(
      grad,
      numericGradient((x) => mse(x, t).loss, p),
    );
    recordMetric(ctx, "gradcheck.mse", error);
    expect(error, "‖grad − numeric‖ / (‖grad‖ + ‖numeric‖)").toBeLessThan(1e-6);
  });

  test("a perfect prediction has loss 0 and gradient 0; Float32Array predictions are accepted", () => {
    const { loss, grad } = mse(Float32Array.of(0.5, -2), [0.5, -2]);
    expect(loss, "loss of a perfect prediction").toBe(0);
    expect(Array.from(grad), "grad of a perfect prediction").toEqual([0, 0]);
    expect(grad, "grad is a Float64Array even for Float32Array input").toBeInstanceOf(Float64Array);
  });

  test("different lengths → ShapeError; empty input or NaN → InvalidArgument", () => {
    expectThrows(() => mse(Float64Array.of(1, 2), [1]), ShapeError, "mse of 2 predictions and 1 target");
    expectThrows(() => mse(new Float64Array(0), []), InvalidArgument, "mse of empty arrays");
    expectThrows(() => mse(Float64Array.of(Number.NaN), [1]), InvalidArgument, "mse with a NaN prediction");
    expectThrows(
      () => mse(Float64Array.of(1), [Number.POSITIVE_INFINITY]),
      InvalidArgument,
      "mse with target ∞",
    );
  });
});

describe("2. Binary cross-entropy", () => {
  test("hand example: p = [0.9, 0.2], t = [1, 0]", () => {
    const { loss, grad } = binaryCrossEntropy(Float64Array.of(0.9, 0.2), [1, 0]);
    expect(loss, "−(log 0.9 + log 0.8)/2").toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    // (p − t) / (p(1 − p)·N): (0.9 − 1)/(0.9·0.1·2) and (0.2 − 0)/(0.2·0.8·2)
    expect(at(grad, 0), "∂loss/∂p₀").toBeCloseTo(-0.1 / 0.18, 12);
    expect(at(grad, 1), "∂loss/∂p₁").toBeCloseTo(0.2 / 0.32, 12);
  });

  test("clipping: p = 0 with t = 1 costs −log(ε), not Infinity, and the clipped entries get gradient 0", () => {
    const { loss, grad } = binaryCrossEntropy(Float64Array.of(0, 1), [1, 0]);
    expect(Number.isFinite(loss), `loss = ${loss} is finite`).toBe(true);
    // Both entries are clipped: −log(1e-7) and −log(1 − (1 − 1e-7)) = −log(1e-7) (to rounding).
    expect(loss, "loss = −log(1e-7) ≈ 16.118").toBeCloseTo(-Math.log(1e-7), 6);
    expect(Array.from(grad), "grad where p was clipped").toEqual([0, 0]);
    const custom = binaryCrossEntropy(Float64Array.of(0), [1], 1e-3);
    expect(custom.loss, "with ε = 1e-3 the worst loss is −log(1e-3)").toBeCloseTo(-Math.log(1e-3), 12);
  });

  test("clipping is strict: p = ε and p = 1 − ε themselves are not clipped and keep the formula's gradient", () => {
    const eps = 1e-3;
    for (const p of [eps, 1 - eps]) {
      for (const t of [0, 1]) {
        const { grad } = binaryCrossEntropy(Float64Array.of(p), [t], eps);
        const expected = (p - t) / (p * (1 - p));
        expect(relativeError(at(grad, 0), expected), `∂loss/∂p at p = ${p}, t = ${t}`).toBeLessThan(1e-12);
      }
    }
  });

  test("gradient check at 24 probabilities in [0.05, 0.95] with 0/1 targets (seed 1)", (ctx) => {
    const rng = new Rng(1);
    const p = rng.uniformArray(24, 0.05, 0.95);
    const t = Array.from({ length: 24 }, () => rng.int(0, 2));
    const { grad } = binaryCrossEntropy(p, t);
    const error = gradientCheckError(
      grad,
      numericGradient((x) => binaryCrossEntropy(x, t).loss, p),
    );
    recordMetric(ctx, "gradcheck.bce", error);
    expect(error, "‖grad − numeric‖ / (‖grad‖ + ‖numeric‖)").toBeLessThan(1e-6);
  });

  test("from logits: z = 0 costs log 2; z = ±1e4 is handled exactly, without overflow", () => {
    const zero = binaryCrossEntropyWithLogits(Float64Array.of(0, 0), [1, 0]);
    expect(zero.loss, "loss at z = 0").toBeCloseTo(Math.LN2, 12);
    expect(Array.from(zero.grad), "grad = (σ(0) − t)/2").toEqual([-0.25, 0.25]);
    const wrong = binaryCrossEntropyWithLogits(Float64Array.of(1e4, -1e4), [0, 1]);
    expect(wrong.loss, "confidently wrong: (1e4 + 1e4)/2").toBe(1e4);
    expect(Array.from(wrong.grad), "grad = (σ(z) − t)/2").toEqual([0.5, -0.5]);
    const right = binaryCrossEntropyWithLogits(Float64Array.of(1e4, -1e4), [1, 0]);
    expect(right.loss, "confidently right: loss 0").toBe(0);
    expect(
      Array.from(right.grad, (v) => v + 0),
      "grad 0",
    ).toEqual([0, 0]);
  });

  test("from logits agrees with binaryCrossEntropy(σ(z)) for moderate z, and passes a gradient check", (ctx) => {
    const rng = new Rng(2);
    const z = rng.normalArray(20, 0, 3);
    const t = rng.uniformArray(20); // soft targets are allowed
    const sigma = Float64Array.from(z, (v) => 1 / (1 + Math.exp(-v)));
    const fromLogits = binaryCrossEntropyWithLogits(z, t);
    expect(fromLogits.loss, "BCE from logits vs BCE(σ(z))").toBeCloseTo(
      binaryCrossEntropy(sigma, t).loss,
      10,
    );
    const error = gradientCheckError(
      fromLogits.grad,
      numericGradient((x) => binaryCrossEntropyWithLogits(x, t).loss, z),
    );
    recordMetric(ctx, "gradcheck.bce-with-logits", error);
    expect(error, "‖grad − numeric‖ / (‖grad‖ + ‖numeric‖)").toBeLessThan(1e-6);
  });

  test("bad input: probability or target outside [0, 1], NaN, bad ε, non-finite logit, lengths", () => {
    expectThrows(() => binaryCrossEntropy(Float64Array.of(1.2), [1]), InvalidArgument, "p = 1.2");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(0.5), [-0.1]), InvalidArgument, "t = −0.1");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(Number.NaN), [1]), InvalidArgument, "p = NaN");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(0.5), [1], 0), InvalidArgument, "ε = 0");
    expectThrows(
      () => binaryCrossEntropy(Float64Array.of(0.5, 0.5), [1]),
      ShapeError,
      "2 probabilities, 1 target",
    );
    expectThrows(
      () => binaryCrossEntropyWithLogits(Float64Array.of(Number.POSITIVE_INFINITY), [1]),
      InvalidArgument,
      "logit = ∞",
    );
    expectThrows(() => binaryCrossEntropyWithLogits(Float64Array.of(0), [2]), InvalidArgument, "t = 2");
    // NaN is outside [0, 1] too — but `t < 0 || t > 1` is false for NaN.
    expectThrows(
      () => binaryCrossEntropyWithLogits(Float64Array.of(0, 1), [1, Number.NaN]),
      InvalidArgument,
      "logits form, target NaN",
    );
    expectThrows(() => binaryCrossEntropyWithLogits(new Float64Array(0), []), InvalidArgument, "empty");
  });
});

describe("3. Log-sum-exp", () => {
  test("logSumExp([1, 2, 3]) = log(e + e² + e³), one value per row", () => {
    const lse = logSumExp(Float64Array.of(1, 2, 3, 0, 0, 0), 2, 3);
    expect(lse, "a Float64Array").toBeInstanceOf(Float64Array);
    expect(lse.length, "one value per row").toBe(2);
    expect(at(lse, 0), "row 0").toBeCloseTo(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), 12);
    expect(at(lse, 1), "row 1 = log 3").toBeCloseTo(Math.log(3), 12);
  });

  test("no overflow and no underflow: [1e4, 1e4] → 1e4 + log 2, [−1e4, −1e4] → −1e4 + log 2", () => {
    const lse = logSumExp(Float64Array.of(1e4, 1e4, -1e4, -1e4), 2, 2);
    expect(at(lse, 0), "logSumExp([1e4, 1e4])").toBeCloseTo(1e4 + Math.LN2, 10);
    expect(at(lse, 1), "logSumExp([−1e4, −1e4])").toBeCloseTo(-1e4 + Math.LN2, 10);
  });

  test("it is a smooth maximum: max ≤ lse ≤ max + log(cols)", () => {
    const rng = new Rng(3);
    const z = rng.normalArray(40, 0, 10);
    const lse = logSumExp(z, 8, 5);
    for (let r = 0; r < 8; r++) {
      const max = Math.max(...z.subarray(r * 5, r * 5 + 5));
      expect(at(lse, r), `row ${r}: lse ≥ max`).toBeGreaterThanOrEqual(max);
      expect(at(lse, r), `row ${r}: lse ≤ max + log 5`).toBeLessThanOrEqual(max + Math.log(5) + 1e-12);
    }
  });

  test("bad shapes → InvalidArgument / ShapeError; a NaN logit → InvalidArgument", () => {
    expectThrows(() => logSumExp(new Float64Array(6), 0, 6), InvalidArgument, "rows = 0");
    expectThrows(() => logSumExp(new Float64Array(6), 4, 2), ShapeError, "6 values as 4 × 2");
    expectThrows(() => logSumExp(Float64Array.of(1, Number.NaN), 1, 2), InvalidArgument, "a NaN logit");
  });
});

describe("4. Categorical cross-entropy from logits", () => {
  test("hand example: logits [[2, 1, 0], [0, 0, 0]], labels [0, 2]", () => {
    const logits = Float64Array.of(2, 1, 0, 0, 0, 0);
    const lse0 = Math.log(Math.exp(2) + Math.exp(1) + 1);
    const expectedLoss = (lse0 - 2 + Math.log(3)) / 2;
    const sparse = sparseCategoricalCrossEntropyFromLogits(logits, [0, 2], 2, 3);
    expect(sparse.loss, "sparse: mean of (lse − z_label)").toBeCloseTo(expectedLoss, 12);
    const p0 = [Math.exp(2 - lse0), Math.exp(1 - lse0), Math.exp(-lse0)];
    const expectedGrad = [(at(p0, 0) - 1) / 2, at(p0, 1) / 2, at(p0, 2) / 2, 1 / 6, 1 / 6, (1 / 3 - 1) / 2];
    expect(
      maxAbsDiff(sparse.grad, expectedGrad),
      `grad = (softmax − onehot)/2 = [${Array.from(sparse.grad)}]`,
    ).toBeLessThan(1e-12);
    const dense = categoricalCrossEntropyFromLogits(logits, [1, 0, 0, 0, 0, 1], 2, 3);
    expect(dense.loss, "one-hot targets give the same loss").toBeCloseTo(expectedLoss, 12);
    expect(maxAbsDiff(dense.grad, expectedGrad), "and the same gradient").toBeLessThan(1e-12);
  });

  test("logits of ±1e4 do not overflow: a confident wrong answer costs 2e4, with gradient [1, −1]", () => {
    const { loss, grad } = sparseCategoricalCrossEntropyFromLogits(Float64Array.of(1e4, -1e4), [1], 1, 2);
    expect(loss, "lse − z₁ = 1e4 − (−1e4)").toBe(2e4);
    expect(Array.from(grad), "softmax − onehot").toEqual([1, -1]);
    const right = categoricalCrossEntropyFromLogits(Float64Array.of(1e4, -1e4), [1, 0], 1, 2);
    expect(right.loss, "a confident right answer costs 0").toBe(0);
  });

  test("gradient checks: 6 × 4 logits (seed 4), with class labels and with soft targets", (ctx) => {
    const rows = 6;
    const cols = 4;
    const rng = new Rng(4);
    const z = rng.normalArray(rows * cols, 0, 2);
    const labels = randomLabels(rng, rows, cols);
    const sparse = sparseCategoricalCrossEntropyFromLogits(z, labels, rows, cols);
    const sparseError = gradientCheckError(
      sparse.grad,
      numericGradient((x) => sparseCategoricalCrossEntropyFromLogits(x, labels, rows, cols).loss, z),
    );
    recordMetric(ctx, "gradcheck.sparse-categorical", sparseError);
    expect(sparseError, "sparse: ‖grad − numeric‖ / (‖grad‖ + ‖numeric‖)").toBeLessThan(1e-6);

    const soft = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const w = rng.uniformArray(cols, 0.1, 1);
      const s = w.reduce((a, b) => a + b, 0);
      for (let j = 0; j < cols; j++) soft[r * cols + j] = at(w, j) / s;
    }
    const dense = categoricalCrossEntropyFromLogits(z, soft, rows, cols);
    const denseError = gradientCheckError(
      dense.grad,
      numericGradient((x) => categoricalCrossEntropyFromLogits(x, soft, rows, cols).loss, z),
    );
    recordMetric(ctx, "gradcheck.categorical", denseError);
    expect(denseError, "soft targets: ‖grad − numeric‖ / (‖grad‖ + ‖numeric‖)").toBeLessThan(1e-6);
  });

  test("each row of the gradient sums to 0 (softmax and the targets both sum to 1)", () => {
    const z = new Rng(5).normalArray(12, 0, 3);
    const { grad } = sparseCategoricalCrossEntropyFromLogits(z, [0, 1, 2], 3, 4);
    for (let r = 0; r < 3; r++) {
      const s = at(grad, 4 * r) + at(grad, 4 * r + 1) + at(grad, 4 * r + 2) + at(grad, 4 * r + 3);
      expect(Math.abs(s), `row ${r} of the gradient sums to 0`).toBeLessThan(1e-15);
    }
  });

  test("bad labels and targets → InvalidArgument; lengths that do not fit → ShapeError", () => {
    const z = new Float64Array(6);
    expectThrows(
      () => sparseCategoricalCrossEntropyFromLogits(z, [0, 3], 2, 3),
      InvalidArgument,
      "label 3 with 3 classes",
    );
    expectThrows(
      () => sparseCategoricalCrossEntropyFromLogits(z, [0, 1.5], 2, 3),
      InvalidArgument,
      "label 1.5",
    );
    expectThrows(
      () => sparseCategoricalCrossEntropyFromLogits(z, [0, 1, 2], 2, 3),
      ShapeError,
      "3 labels for 2 rows",
    );
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [0.5, 0.5, 0.5, 0, 0, 1], 2, 3),
      InvalidArgument,
      "a target row summing to 1.5",
    );
    // A NaN target is outside [0, 1]; neither `t < 0 || t > 1` nor |Σt − 1| > 1e-6 notices it.
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [1, 0, 0, 0, Number.NaN, 1], 2, 3),
      InvalidArgument,
      "a NaN target",
    );
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [1, 0, 0], 2, 3),
      ShapeError,
      "3 targets for 6 logits",
    );
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [1, 0, 0, 0, 0, 1], 3, 3),
      ShapeError,
      "6 logits as 3 × 3",
    );
  });
});
