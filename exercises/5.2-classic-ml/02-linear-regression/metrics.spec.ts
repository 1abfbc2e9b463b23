/**
 * Public specs for 5.2.2 Linear regression, task 1 (regression metrics). Hand-computed
 * examples; 1e-12 relative tolerance where the result is not exact in floating point.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { expectThrows } from "../../../lib/testing";
import { meanAbsoluteError, meanSquaredError, r2Score, rootMeanSquaredError } from "./metrics";

const yTrue = [3, -0.5, 2, 7];
const yPred = [2.5, 0.0, 2, 8];

describe("1. Regression metrics", () => {
  test("MAE, MSE and RMSE of scikit-learn's documentation example", () => {
    // Errors: 0.5, -0.5, 0, -1 → |e| sum 2, e² sum 1.5.
    expect(meanAbsoluteError(yTrue, yPred), "MAE").toBe(0.5);
    expect(meanSquaredError(yTrue, yPred), "MSE").toBe(0.375);
    expect(rootMeanSquaredError(yTrue, yPred), "RMSE = √0.375").toBeCloseTo(Math.sqrt(0.375), 14);
  });

  test("R² = 1 − SS_res / SS_tot", () => {
    // ȳ = 2.875, SS_tot = 29.1875, SS_res = 1.5 → 1 − 1.5/29.1875.
    expect(r2Score(yTrue, yPred), "r2Score").toBeCloseTo(1 - 1.5 / 29.1875, 14);
  });

  test("R² is 1 for a perfect fit, 0 for always predicting the mean, negative when worse", () => {
    expect(r2Score([1, 2, 3], [1, 2, 3]), "perfect").toBe(1);
    expect(r2Score([1, 2, 3], [2, 2, 2]), "the mean").toBe(0);
    expect(r2Score([1, 2, 3], [3, 2, 1]), "reversed: SS_res = 8, SS_tot = 2").toBe(-3);
  });

  test("R² is not the squared correlation: a shifted perfect predictor scores below 1", () => {
    // Correlation 1, but every prediction is off by 1: SS_res = 3, SS_tot = 2.
    expect(r2Score([1, 2, 3], [2, 3, 4]), "shifted by +1").toBe(-0.5);
  });

  test("R² with a constant yTrue: 1 if perfect, else 0 (scikit-learn's convention)", () => {
    expect(r2Score([5, 5, 5], [5, 5, 5]), "perfect").toBe(1);
    expect(r2Score([5, 5, 5], [5, 4, 5]), "imperfect").toBe(0);
  });

  test("accepts number[] and Float64Array alike", () => {
    expect(meanAbsoluteError(Float64Array.from(yTrue), Float64Array.from(yPred)), "Float64Array").toBe(0.5);
  });

  test("errors: lengths differ, empty input, NaN, fewer than two values for R²", () => {
    expectThrows(() => meanSquaredError([1, 2], [1]), ShapeError, "MSE of 2 vs 1 values");
    expectThrows(() => r2Score([1, 2, 3], [1, 2]), ShapeError, "R² of 3 vs 2 values");
    expectThrows(() => meanAbsoluteError([], []), InvalidArgument, "MAE of nothing");
    expectThrows(() => rootMeanSquaredError([1, Number.NaN], [1, 2]), InvalidArgument, "RMSE with NaN");
    expectThrows(() => r2Score([1], [1]), InvalidArgument, "R² of one value");
  });
});
