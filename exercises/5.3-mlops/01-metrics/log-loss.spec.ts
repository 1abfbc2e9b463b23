/**
 * Public specs for 5.3.1, task 5: log loss, clipped and renormalised like scikit-learn 1.2.1's
 * `log_loss` (values marked "scikit-learn" come from it, with labels=[0, 1] or range(k)). Run
 * them with
 *
 *     npm test exercises/5.3-mlops/01-metrics
 *
 * Losses are compared to 12 decimal places (a sum of logarithms in another order differs in
 * the 16th digit), the clipped extremes such as −ln 2⁻⁵² = 36.04 to 10.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { fromRows } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { expectThrows, logLossOf } from "../../../lib/testing";
import { logLoss } from "./metrics";

const DIGITS = 12;

describe("5. Log loss", () => {
  test("binary: the mean of −ln p for y = 1 and −ln(1 − p) for y = 0 (scikit-learn: 0.2899092476264711)", () => {
    expect(logLoss([1, 0], [0.8, 0.3]), "logLoss([1, 0], [0.8, 0.3])").toBeCloseTo(
      0.2899092476264711,
      DIGITS,
    );
    expect(logLoss(Int32Array.of(1, 0), Float64Array.of(0.5, 0.5)), "p = ½ everywhere → ln 2").toBeCloseTo(
      Math.LN2,
      DIGITS,
    );
  });

  test("clipping to [ε, 1 − ε], ε = 2⁻⁵² by default: a certain mistake costs −ln ε = 36.04, never Infinity", () => {
    // scikit-learn: log_loss([1, 0], [0.0, 1.0]) = 36.04365338911715 — both sides are clipped.
    expect(logLoss([1, 0], [0, 1]), "two certain mistakes").toBeCloseTo(36.04365338911715, 10);
    expect(logLoss([0], [1]), "y = 0, p = 1: clipped to 1 − ε").toBeCloseTo(36.04365338911715, 10);
    expect(logLoss([1, 0], [1, 0]), "two certain hits").toBeCloseTo(0, DIGITS);
    // scikit-learn: log_loss([1, 0, 1, 0], [0, 1, 1, 0], eps=1e-15) = 17.26958809681289
    expect(logLoss([1, 0, 1, 0], [0, 1, 1, 0], { eps: 1e-15 }), "eps 1e-15").toBeCloseTo(
      17.26958809681289,
      10,
    );
    expect(logLoss([1, 0, 1], [0.95, 0.02, 0.5], { eps: 0.1 }), "eps 0.1 (scikit-learn)").toBeCloseTo(
      0.3012894039585326,
      DIGITS,
    );
  });

  test("the always-no detector's probabilities (p = 0 everywhere) cost 36.04 per positive (scikit-learn)", () => {
    const y = [0, 1, 0, 0, 1, 0, 0, 0, 1, 0];
    expect(logLoss(y, new Array(10).fill(0)), "3 positives of 10").toBeCloseTo(10.813096016735146, 10);
  });

  test("multiclass: an n × k matrix of class probabilities, yTrue the column of the true class", () => {
    const P = fromRows([
      [0.7, 0.2, 0.1],
      [0.1, 0.8, 0.1],
      [0.2, 0.3, 0.5],
    ]);
    const expected = -(Math.log(0.7) + Math.log(0.8) + Math.log(0.5)) / 3;
    expect(logLoss([0, 1, 2], P), "−mean ln of the diagonal").toBeCloseTo(expected, DIGITS);
    expect(expected, "scikit-learn").toBeCloseTo(0.42432189193762904, DIGITS);
    // Two columns: the same as the 1-D form with p = column 1.
    const two = fromRows([
      [0.2, 0.8],
      [0.7, 0.3],
    ]);
    expect(logLoss([1, 0], two), "2 columns").toBeCloseTo(logLoss([1, 0], [0.8, 0.3]), DIGITS);
  });

  test("rows are clipped, then renormalised to sum to 1 — as scikit-learn 1.2.1 does", () => {
    // [0.2, 0.2, 0.1] becomes [0.4, 0.4, 0.2]; [1, 1, 0] is clipped to [1 − ε, 1 − ε, ε], then divided by 2 − ε.
    const unnormalised = fromRows([
      [0.2, 0.2, 0.1],
      [0.5, 0.3, 0.6],
      [1, 1, 0],
    ]);
    expect(logLoss([0, 2, 1], unnormalised), "scikit-learn: 0.818911924273768").toBeCloseTo(
      0.818911924273768,
      DIGITS,
    );
    // A zero for the true class: clipped to ε first, and the row [ε, 1 − ε, ε] then sums to 1 + ε.
    const zeros = fromRows([
      [0, 1, 0],
      [0, 1, 0],
      [0.5, 0.5, 0],
    ]);
    expect(logLoss([0, 1, 2], zeros), "scikit-learn: 24.029102259411435").toBeCloseTo(24.029102259411435, 10);
    expect(
      logLoss([0, 1, 2], zeros, { eps: 0.01 }),
      "eps 0.01, scikit-learn: 3.0834139001297296",
    ).toBeCloseTo(3.0834139001297296, DIGITS);
  });

  test("agrees with a direct computation on 1 000 random binary probabilities", () => {
    const rng = new Rng(5);
    const y = Int32Array.from({ length: 1000 }, () => (rng.uniform() < 0.4 ? 1 : 0));
    const p = Float64Array.from(y, (v) => Math.min(1, Math.max(0, 0.3 * v + rng.uniform() * 0.7)));
    expect(logLoss(y, p), "logLoss").toBeCloseTo(logLossOf(y, p), DIGITS);
  });

  test("bad input: NaN or out-of-range probabilities, bad labels, eps outside [0, 0.5) → InvalidArgument; sizes → ShapeError", () => {
    expectThrows(() => logLoss([1, 0], [1.5, 0.5]), InvalidArgument, "p = 1.5");
    expectThrows(() => logLoss([1, 0], [Number.NaN, 0.5]), InvalidArgument, "p = NaN");
    expectThrows(() => logLoss([2, 0], [0.5, 0.5]), InvalidArgument, "label 2 with 1-D probabilities");
    expectThrows(() => logLoss([1, 0], [0.5, 0.5], { eps: 0.5 }), InvalidArgument, "eps 0.5");
    expectThrows(() => logLoss([1, 0], [0.5, 0.5], { eps: -1e-3 }), InvalidArgument, "eps < 0");
    expectThrows(() => logLoss([1, 0, 1], [0.5, 0.5]), ShapeError, "3 labels, 2 probabilities");
    expectThrows(() => logLoss([], []), InvalidArgument, "logLoss([], [])");
    const P = fromRows([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expectThrows(() => logLoss([0, 2], P), InvalidArgument, "label 2 with 2 columns");
    expectThrows(() => logLoss([0, 1, 1], P), ShapeError, "3 labels, 2 rows");
    expectThrows(() => logLoss([0], fromRows([[1]])), InvalidArgument, "a matrix with one column");
  });
});
