/**
 * Hidden specs for 5.3.1, task 5: every log_loss fixture of scikit-learn 1.2.1
 * (golden/metrics.json: 1-D and n × k probabilities, eps "auto", 1e-15, 1e-7, 0.1 and 0.01,
 * unnormalised rows, zeros), larger random cases, and more bad input. Within 1e-12, or 1e-10
 * relative where clipping makes the loss about 36 per sample.
 */
import { logLoss } from "@exercise/5.3-mlops/01-metrics/metrics";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { fromRows } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, logLossOf } from "../../../../lib/testing";
import { golden } from "./golden";

describe("5. Log loss", () => {
  test(`scikit-learn's log_loss of ${golden.logLoss.length} cases (clipped, then renormalised)`, () => {
    for (const c of golden.logLoss) {
      const p = Array.isArray(c.probabilities[0])
        ? fromRows(c.probabilities as number[][])
        : (c.probabilities as number[]);
      const value = logLoss(c.yTrue, p, c.eps === null ? {} : { eps: c.eps });
      expect(
        Math.abs(value - c.logLoss),
        `${c.name} (eps ${c.eps ?? "2⁻⁵²"}): |${value} − ${c.logLoss}|`,
      ).toBeLessThanOrEqual(1e-12 * Math.max(1, c.logLoss));
    }
  });

  test("5 000 random binary probabilities with exact 0s and 1s: the clipped loss, for three eps", () => {
    const rng = new Rng(31);
    const y = Int32Array.from({ length: 5000 }, () => (rng.uniform() < 0.2 ? 1 : 0));
    const p = Float64Array.from(y, () => {
      const u = rng.uniform();
      return u < 0.05 ? 0 : u > 0.95 ? 1 : rng.uniform();
    });
    for (const eps of [Number.EPSILON, 1e-15, 1e-6]) {
      const trusted = logLossOf(y, p, eps);
      expect(Math.abs(logLoss(y, p, { eps }) - trusted), `eps ${eps}`).toBeLessThanOrEqual(1e-12 * trusted);
    }
  });

  test("the multiclass form with two columns equals the binary form; a softmax of 10 classes sums ln of the true column", () => {
    const rng = new Rng(32);
    const n = 400;
    const k = 10;
    const data = new Float64Array(n * k);
    const y = new Int32Array(n);
    let expected = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        data[i * k + j] = Math.exp(rng.normal() * 2);
        sum += data[i * k + j];
      }
      for (let j = 0; j < k; j++) data[i * k + j] /= sum;
      y[i] = rng.int(0, k);
      expected -= Math.log(data[i * k + y[i]]);
    }
    expect(
      Math.abs(logLoss(y, { data, rows: n, cols: k }) - expected / n),
      "softmax, 10 classes",
    ).toBeLessThanOrEqual(1e-12);
    const p = Float64Array.from({ length: n }, () => rng.uniform());
    const yb = Int32Array.from({ length: n }, () => (rng.uniform() < 0.5 ? 1 : 0));
    const two = fromRows(Array.from(p, (q) => [1 - q, q]));
    expect(Math.abs(logLoss(yb, two) - logLoss(yb, p)), "2 columns vs 1-D").toBeLessThanOrEqual(1e-12);
  });

  test("eps = 0 is allowed: a certain mistake then costs Infinity; inputs are not modified", () => {
    expect(logLoss([1, 0], [0, 0], { eps: 0 }), "eps 0, p = 0 for y = 1").toBe(Number.POSITIVE_INFINITY);
    const p = Float64Array.of(0, 1, 0.3);
    logLoss([1, 1, 0], p);
    expect(Array.from(p), "probabilities after logLoss").toEqual([0, 1, 0.3]);
  });

  test("more bad input: ±Infinity, a NaN label, a non-integer class, eps NaN, NaN in a matrix", () => {
    expectThrows(() => logLoss([1], [Number.POSITIVE_INFINITY]), InvalidArgument, "p = +∞");
    expectThrows(() => logLoss([Number.NaN], [0.5]), InvalidArgument, "a NaN label");
    expectThrows(() => logLoss([0.5], fromRows([[0.5, 0.5]])), InvalidArgument, "class 0.5");
    expectThrows(() => logLoss([1], [0.5], { eps: Number.NaN }), InvalidArgument, "eps NaN");
    expectThrows(() => logLoss([0], fromRows([[Number.NaN, 0.5]])), InvalidArgument, "NaN in the matrix");
    expectThrows(() => logLoss([0], fromRows([[-0.1, 1.1]])), InvalidArgument, "probabilities −0.1, 1.1");
  });
});
