/**
 * Hidden specs for 6.1.3 Loss functions: bigger batches, more gradient checks at other
 * points, extreme logits, soft targets and the edge cases of each contract. Same tolerances
 * as the public spec: 12 digits on values, and a gradient-check relative error
 * ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) below 1e-6 with central differences of step h = 1e-5.
 */

import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  categoricalCrossEntropyFromLogits,
  logSumExp,
  mse,
  sparseCategoricalCrossEntropyFromLogits,
} from "@exercise/6.1-nn-core/03-losses/losses";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { at, expectThrows, maxAbsDiff } from "../../../../lib/testing";

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

/** Reference log-sum-exp of one row. */
function refLse(row: ArrayLike<number>): number {
  const values = Array.from(row);
  const m = Math.max(...values);
  return m + Math.log(values.reduce((s, v) => s + Math.exp(v - m), 0));
}

function allFinite(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(at(a, i))) return false;
  return true;
}

describe("1. Mean squared error", () => {
  test("a 64 × 10 batch (seed 21): loss to 12 digits and a gradient check on all 640 values", () => {
    const rng = new Rng(21);
    const p = rng.normalArray(640, 1, 3);
    const t = rng.normalArray(640, 0, 2);
    const { loss, grad } = mse(p, t);
    const expected = p.reduce((s, v, i) => s + (v - at(t, i)) ** 2, 0) / 640;
    expect(loss, "loss").toBeCloseTo(expected, 12);
    const error = gradientCheckError(
      grad,
      numericGradient((x) => mse(x, t).loss, p),
    );
    expect(error, "gradient check over 640 values").toBeLessThan(1e-6);
  });

  test("one value: mse([3], [1]) = 4 with gradient [4]; swapping the roles flips the gradient", () => {
    const a = mse(Float64Array.of(3), [1]);
    expect(a.loss, "mse([3], [1])").toBe(4);
    expect(Array.from(a.grad), "2·(3 − 1)/1").toEqual([4]);
    const b = mse(Float64Array.of(1), Float64Array.of(3));
    expect(Array.from(b.grad), "2·(1 − 3)/1").toEqual([-4]);
  });

  test("inputs are not modified; Float32Array predictions with a Uint8Array of targets work", () => {
    const p = Float32Array.of(0.25, 1.5, 2);
    const t = Uint8Array.of(0, 1, 2);
    const { loss, grad } = mse(p, t);
    expect(loss, "(0.0625 + 0.25 + 0)/3").toBeCloseTo(0.3125 / 3, 12);
    expect(maxAbsDiff(grad, [0.5 / 3, 1 / 3, 0]), "grad").toBeLessThan(1e-15);
    expect(Array.from(p), "predictions unchanged").toEqual([0.25, 1.5, 2]);
  });

  test("NaN targets and mismatched lengths", () => {
    expectThrows(() => mse(Float64Array.of(1, 2), [1, Number.NaN]), InvalidArgument, "a NaN target");
    expectThrows(() => mse(new Float64Array(0), [1]), ShapeError, "0 predictions, 1 target");
    expectThrows(() => mse(Float64Array.of(Number.NEGATIVE_INFINITY), [0]), InvalidArgument, "prediction −∞");
  });
});

describe("2. Binary cross-entropy", () => {
  test("gradient checks: 100 probabilities in [0.02, 0.98] with soft targets (seed 22)", () => {
    const rng = new Rng(22);
    const p = rng.uniformArray(100, 0.02, 0.98);
    const t = rng.uniformArray(100);
    const error = gradientCheckError(
      binaryCrossEntropy(p, t).grad,
      numericGradient((x) => binaryCrossEntropy(x, t).loss, p),
    );
    expect(error, "BCE gradient check").toBeLessThan(1e-6);
  });

  test("the loss is smallest where p = t: t = 0.3 gives gradient 0 at p = 0.3 and the entropy as loss", () => {
    const { loss, grad } = binaryCrossEntropy(Float64Array.of(0.3), [0.3]);
    expect(at(grad, 0), "∂loss/∂p at p = t").toBeCloseTo(0, 14);
    expect(loss, "H(0.3) = −0.3 log 0.3 − 0.7 log 0.7").toBeCloseTo(
      -0.3 * Math.log(0.3) - 0.7 * Math.log(0.7),
      12,
    );
  });

  test("clipping in detail: p in (0, ε) is clipped to ε with gradient 0; p = ε itself is not clipped", () => {
    const eps = 1e-3;
    const clipped = binaryCrossEntropy(Float64Array.of(1e-5, 1 - 1e-5), [1, 0], eps);
    expect(clipped.loss, "both clipped: −log ε").toBeCloseTo(-Math.log(eps), 9);
    expect(Array.from(clipped.grad), "no gradient where clipped").toEqual([0, 0]);
    const edge = binaryCrossEntropy(Float64Array.of(eps), [1], eps);
    expect(at(edge.grad, 0), "at p = ε: (ε − 1)/(ε(1 − ε))").toBeCloseTo((eps - 1) / (eps * (1 - eps)), 9);
    // The default ε = 1e-7 at the upper edge, in a batch of 2 with a soft target.
    const top = 1 - 1e-7;
    const upper = binaryCrossEntropy(Float64Array.of(top, 0.5), [0.25, 0.5]);
    const want = (top - 0.25) / (top * (1 - top) * 2);
    expect(Math.abs(at(upper.grad, 0) - want) / want, "at p = 1 − ε: not clipped").toBeLessThan(1e-9);
    const all = binaryCrossEntropy(Float64Array.of(0, 0, 1, 1), [0, 1, 0, 1]);
    expect(allFinite([all.loss, ...all.grad]), "p ∈ {0, 1} never gives NaN or ∞").toBe(true);
  });

  test("from logits: 200 logits in [−1e4, 1e4] (seed 23) give finite values equal to the stable formula", () => {
    const rng = new Rng(23);
    const z = rng.uniformArray(200, -1e4, 1e4);
    const t = Array.from({ length: 200 }, () => rng.int(0, 2));
    const { loss, grad } = binaryCrossEntropyWithLogits(z, t);
    let expected = 0;
    z.forEach((v, i) => {
      expected += Math.max(v, 0) - v * at(t, i) + Math.log1p(Math.exp(-Math.abs(v)));
    });
    expect(allFinite(grad), "all gradients finite").toBe(true);
    expect(Math.abs(loss - expected / 200) / (expected / 200), "relative error of the loss").toBeLessThan(
      1e-12,
    );
  });

  test("from logits at moderate extremes: z = 40 with t = 0 costs 40, z = −800 with t = 1 costs 800", () => {
    const { loss, grad } = binaryCrossEntropyWithLogits(Float64Array.of(40, -800), [0, 1]);
    expect(loss, "(40 + 800)/2").toBeCloseTo(420, 10);
    expect(maxAbsDiff(grad, [0.5, -0.5]), "(σ(z) − t)/2").toBeLessThan(1e-15);
    const small = binaryCrossEntropyWithLogits(Float64Array.of(40), [1]);
    // log(1 + e^−40) ≈ 4.25e-18: log1p keeps it, log(1 + x) would round it to 0.
    expect(small.loss, "loss at z = 40, t = 1").toBeGreaterThan(0);
    expect(small.loss, "loss at z = 40, t = 1").toBeCloseTo(Math.exp(-40), 25);
  });

  test("from logits: gradient check with 0/1 targets and a batch of 50 (seed 24)", () => {
    const rng = new Rng(24);
    const z = rng.normalArray(50, 0, 4);
    const t = Array.from({ length: 50 }, () => rng.int(0, 2));
    const error = gradientCheckError(
      binaryCrossEntropyWithLogits(z, t).grad,
      numericGradient((x) => binaryCrossEntropyWithLogits(x, t).loss, z),
    );
    expect(error, "BCE-with-logits gradient check").toBeLessThan(1e-6);
  });

  test("bad input: ε ≥ 0.5 or NaN, NaN targets, logit NaN, mismatched lengths", () => {
    expectThrows(() => binaryCrossEntropy(Float64Array.of(0.5), [1], 0.5), InvalidArgument, "ε = 0.5");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(0.5), [1], Number.NaN), InvalidArgument, "ε = NaN");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(0.5), [Number.NaN]), InvalidArgument, "t = NaN");
    expectThrows(() => binaryCrossEntropy(Float64Array.of(-0.01), [0]), InvalidArgument, "p = −0.01");
    expectThrows(() => binaryCrossEntropy(new Float64Array(0), []), InvalidArgument, "empty");
    expectThrows(
      () => binaryCrossEntropyWithLogits(Float64Array.of(Number.NaN), [0]),
      InvalidArgument,
      "z = NaN",
    );
    expectThrows(
      () => binaryCrossEntropyWithLogits(Float64Array.of(0, 1), [0, 1, 1]),
      ShapeError,
      "2 logits, 3 targets",
    );
    expectThrows(
      () => binaryCrossEntropyWithLogits(Float64Array.of(3), Float64Array.of(Number.NaN)),
      InvalidArgument,
      "logits form, t = NaN",
    );
  });
});

describe("3. Log-sum-exp", () => {
  test("a 100 × 10 batch in [−1e4, 1e4] (seed 25) matches a reference to 1e-12 relative", () => {
    const z = new Rng(25).uniformArray(1000, -1e4, 1e4);
    const lse = logSumExp(z, 100, 10);
    for (let r = 0; r < 100; r++) {
      const expected = refLse(z.subarray(r * 10, r * 10 + 10));
      expect(Math.abs(at(lse, r) - expected) / Math.abs(expected), `row ${r}`).toBeLessThan(1e-12);
    }
  });

  test("edge rows: one column is the logit itself; [0, −1000] is exactly 0; [700, 710] stays finite", () => {
    expect(Array.from(logSumExp(Float64Array.of(-3, 5e3), 2, 1)), "one column").toEqual([-3, 5e3]);
    const lse = logSumExp(Float64Array.of(0, -1000, 700, 710), 2, 2);
    expect(at(lse, 0), "log(1 + e^−1000)").toBe(0);
    expect(at(lse, 1), "710 + log(1 + e^−10)").toBeCloseTo(710 + Math.log1p(Math.exp(-10)), 10);
  });

  test("Float32Array input; ±Infinity logits and non-integer shapes are rejected", () => {
    const lse = logSumExp(Float32Array.of(0, 0, 0, 0), 1, 4);
    expect(at(lse, 0), "log 4").toBeCloseTo(Math.log(4), 12);
    expectThrows(
      () => logSumExp(Float64Array.of(0, Number.POSITIVE_INFINITY), 1, 2),
      InvalidArgument,
      "a logit of ∞",
    );
    expectThrows(() => logSumExp(new Float64Array(4), 2, 2.5), InvalidArgument, "cols = 2.5");
    expectThrows(() => logSumExp(new Float64Array(4), 1, 3), ShapeError, "4 values as 1 × 3");
  });
});

describe("4. Categorical cross-entropy from logits", () => {
  test("gradient checks on a 16 × 10 batch (seed 26): class labels and soft targets", () => {
    const rows = 16;
    const cols = 10;
    const rng = new Rng(26);
    const z = rng.normalArray(rows * cols, 0, 3);
    const labels = Int32Array.from({ length: rows }, () => rng.int(0, cols));
    const sparseError = gradientCheckError(
      sparseCategoricalCrossEntropyFromLogits(z, labels, rows, cols).grad,
      numericGradient((x) => sparseCategoricalCrossEntropyFromLogits(x, labels, rows, cols).loss, z),
    );
    expect(sparseError, "sparse gradient check").toBeLessThan(1e-6);
    const soft = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const w = rng.uniformArray(cols);
      const s = w.reduce((a, b) => a + b, 0);
      for (let j = 0; j < cols; j++) soft[r * cols + j] = at(w, j) / s;
    }
    const denseError = gradientCheckError(
      categoricalCrossEntropyFromLogits(z, soft, rows, cols).grad,
      numericGradient((x) => categoricalCrossEntropyFromLogits(x, soft, rows, cols).loss, z),
    );
    expect(denseError, "soft-target gradient check").toBeLessThan(1e-6);
  });

  test("one-hot targets give exactly the sparse result on a 50 × 7 batch (seed 27)", () => {
    const rows = 50;
    const cols = 7;
    const rng = new Rng(27);
    const z = rng.normalArray(rows * cols, 0, 5);
    const labels = Uint8Array.from({ length: rows }, () => rng.int(0, cols));
    const onehot = new Float64Array(rows * cols);
    labels.forEach((c, r) => {
      onehot[r * cols + c] = 1;
    });
    const a = sparseCategoricalCrossEntropyFromLogits(z, labels, rows, cols);
    const b = categoricalCrossEntropyFromLogits(z, onehot, rows, cols);
    expect(b.loss, "dense vs sparse loss").toBeCloseTo(a.loss, 12);
    expect(maxAbsDiff(a.grad, b.grad), "dense vs sparse gradient").toBeLessThan(1e-15);
  });

  test("uniform logits cost log(cols) whatever the label; the loss is never negative", () => {
    const { loss } = sparseCategoricalCrossEntropyFromLogits(new Float64Array(30), [0, 3, 9], 3, 10);
    expect(loss, "log 10").toBeCloseTo(Math.log(10), 12);
    const rng = new Rng(28);
    for (let k = 0; k < 20; k++) {
      const z = rng.normalArray(5, 0, 10);
      expect(
        sparseCategoricalCrossEntropyFromLogits(z, [rng.int(0, 5)], 1, 5).loss,
        `loss of case ${k}`,
      ).toBeGreaterThanOrEqual(0);
    }
  });

  test("a 256 × 10 batch of logits in [−1e4, 1e4]: finite loss, finite gradient, rows summing to 0", () => {
    const rows = 256;
    const cols = 10;
    const rng = new Rng(29);
    const z = rng.uniformArray(rows * cols, -1e4, 1e4);
    const labels = Array.from({ length: rows }, () => rng.int(0, cols));
    const { loss, grad } = sparseCategoricalCrossEntropyFromLogits(z, labels, rows, cols);
    let expected = 0;
    for (let r = 0; r < rows; r++)
      expected += refLse(z.subarray(r * cols, (r + 1) * cols)) - at(z, r * cols + at(labels, r));
    expect(Math.abs(loss - expected / rows) / (expected / rows), "relative error of the loss").toBeLessThan(
      1e-12,
    );
    expect(allFinite(grad), "all gradients finite").toBe(true);
    for (let r = 0; r < rows; r += 37) {
      let s = 0;
      for (let j = 0; j < cols; j++) s += at(grad, r * cols + j);
      expect(Math.abs(s), `row ${r} sums to 0`).toBeLessThan(1e-15);
    }
  });

  test("soft targets with zeros next to very negative logits: no 0·∞ = NaN", () => {
    const { loss } = categoricalCrossEntropyFromLogits(Float64Array.of(0, -1e4, 0), [0.5, 0, 0.5], 1, 3);
    expect(loss, "loss = log 2").toBeCloseTo(Math.LN2, 12);
  });

  test("target rows may be off by rounding (≤ 1e-6), but not more; negative and NaN targets are rejected", () => {
    const z = new Float64Array(3);
    const ok = categoricalCrossEntropyFromLogits(z, [0.3, 0.3, 0.4 + 5e-7], 1, 3);
    expect(Number.isFinite(ok.loss), "a row summing to 1 + 5e-7 is accepted").toBe(true);
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [0.3, 0.3, 0.41], 1, 3),
      InvalidArgument,
      "sum 1.01",
    );
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, [1.5, -0.5, 0], 1, 3),
      InvalidArgument,
      "t = −0.5",
    );
    expectThrows(
      () => categoricalCrossEntropyFromLogits(z, Float64Array.of(0.5, Number.NaN, 0.5), 1, 3),
      InvalidArgument,
      "a NaN in a soft target row",
    );
    expectThrows(() => sparseCategoricalCrossEntropyFromLogits(z, [-1], 1, 3), InvalidArgument, "label −1");
    expectThrows(
      () => sparseCategoricalCrossEntropyFromLogits(z, [Number.NaN], 1, 3),
      InvalidArgument,
      "label NaN",
    );
    expectThrows(
      () => sparseCategoricalCrossEntropyFromLogits(Float64Array.of(0, Number.NaN, 0), [0], 1, 3),
      InvalidArgument,
      "a NaN logit",
    );
  });
});
