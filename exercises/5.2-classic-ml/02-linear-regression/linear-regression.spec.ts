/**
 * Public specs for 5.2.2 Linear regression, tasks 4 and 5: OLS and ridge.
 *
 * Data with a known answer: noise-free data must be fitted to 1e-10; noisy data is checked
 * against properties that hold exactly (residuals orthogonal to the features, zero mean).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, type Matrix, matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff } from "../../../lib/testing";
import { LinearRegression } from "./linear-regression";

/** n × 3 features (seed 8) and y = 2x₀ − 3x₁ + 0.5x₂ + 7 (+ noise). */
function data(n: number, noise: number): { X: Matrix; y: Float64Array } {
  const rng = new Rng(8);
  const X = matrix(n, 3, rng.normalArray(n * 3, 0, 2));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [X.data[i * 3], X.data[i * 3 + 1], X.data[i * 3 + 2]];
    y[i] = 2 * a - 3 * b + 0.5 * c + 7 + rng.normal(0, noise);
  }
  return { X, y };
}

describe("4. Linear regression (OLS)", () => {
  test("recovers the coefficients and intercept of noise-free data", () => {
    const { X, y } = data(30, 0);
    const model = new LinearRegression().fit(X, y);
    expect(maxAbsDiff(model.coef ?? [], [2, -3, 0.5]), "coef").toBeLessThan(1e-10);
    expect(model.intercept, "intercept").toBeCloseTo(7, 10);
    expect(model.score(X, y), "R² of a perfect fit").toBeCloseTo(1, 12);
  });

  test("with noise: residuals have mean 0 and are orthogonal to every feature", () => {
    const { X, y } = data(200, 1);
    const model = new LinearRegression().fit(X, y);
    const pred = model.predict(X);
    const r = y.map((v, i) => v - pred[i]);
    expect(Math.abs(r.reduce((s, v) => s + v, 0)), "Σ residuals").toBeLessThan(1e-9);
    for (let j = 0; j < 3; j++) {
      let dot = 0;
      for (let i = 0; i < 200; i++) dot += r[i] * X.data[i * 3 + j];
      expect(Math.abs(dot), `residuals · feature ${j}`).toBeLessThan(1e-8);
    }
    expect(maxAbsDiff(model.coef ?? [], [2, -3, 0.5]), "coef close to the truth").toBeLessThan(0.1);
  });

  test("a single feature: the textbook slope cov(x, y)/var(x) and intercept ȳ − slope·x̄", () => {
    const X = fromRows([[1], [2], [3], [4], [5]]);
    const y = [2, 4, 5, 4, 5]; // x̄ = 3, ȳ = 4, Σ(x−x̄)(y−ȳ) = 6, Σ(x−x̄)² = 10
    const model = new LinearRegression().fit(X, y);
    expect(model.coef?.[0], "slope 0.6").toBeCloseTo(0.6, 12);
    expect(model.intercept, "intercept 2.2").toBeCloseTo(2.2, 12);
    expect(
      Array.from(model.predict(fromRows([[0], [10]]))).map((v) => Math.round(v * 1e9) / 1e9),
      "predict",
    ).toEqual([2.2, 8.2]);
  });

  test("fitIntercept: false fits a line through the origin", () => {
    const X = fromRows([[1], [2], [3]]);
    const model = new LinearRegression({ fitIntercept: false }).fit(X, [2, 4.5, 5.5]);
    // w = Σxy / Σx² = (2 + 9 + 16.5) / 14.
    expect(model.coef?.[0], "slope").toBeCloseTo(27.5 / 14, 12);
    expect(model.intercept, "intercept").toBe(0);
  });

  test("collinear features (a column repeated) → InvalidArgument suggesting ridge", () => {
    const X = fromRows([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expectThrows(() => new LinearRegression().fit(X, [1, 2, 3, 4]), InvalidArgument, "two equal columns");
  });

  describeEstimatorContract(
    "4. Linear regression (OLS)",
    () => new LinearRegression(),
    {
      X: fromRows([
        [0, 1],
        [1, 0],
        [2, 1],
        [3, 3],
        [4, 2],
      ]),
      y: [1, 2, 4, 7, 8],
    },
    { name: "LinearRegression", targetMethods: ["score"] },
  );

  test("errors: not fitted, y of the wrong length, NaN, wrong column count in predict", () => {
    const { X, y } = data(10, 0.1);
    expectThrows(() => new LinearRegression().predict(X), NotFittedError, "predict before fit");
    expectThrows(() => new LinearRegression().fit(X, y.subarray(0, 9)), ShapeError, "9 targets for 10 rows");
    expectThrows(
      () =>
        new LinearRegression().fit(
          X,
          y.map((v, i) => (i === 3 ? Number.NaN : v)),
        ),
      InvalidArgument,
      "NaN in y",
    );
    const model = new LinearRegression().fit(X, y);
    expectThrows(
      () => model.predict(fromRows([[1, 2]])),
      ShapeError,
      "predict with 2 columns after fit with 3",
    );
  });
});

describe("5. Ridge regression", () => {
  test("one feature: w = Σxy / (Σx² + α) on centred data", () => {
    const X = fromRows([[1], [2], [3], [4], [5]]);
    const y = [2, 4, 5, 4, 5];
    const model = new LinearRegression({ alpha: 5 }).fit(X, y);
    // Centred: Σxy = 6, Σx² = 10 → w = 6 / 15 = 0.4, b = 4 − 0.4·3 = 2.8.
    expect(model.coef?.[0], "slope").toBeCloseTo(0.4, 12);
    expect(model.intercept, "intercept (not penalised)").toBeCloseTo(2.8, 12);
  });

  test("α = 0 equals OLS; larger α shrinks the coefficients' norm", () => {
    const { X, y } = data(50, 1);
    const ols = new LinearRegression().fit(X, y);
    const zero = new LinearRegression({ alpha: 0 }).fit(X, y);
    expect(maxAbsDiff(zero.coef ?? [], ols.coef ?? []), "alpha 0 vs OLS").toBeLessThan(1e-12);
    let previous = Number.POSITIVE_INFINITY;
    for (const alpha of [0.1, 10, 1000, 1e6]) {
      const coef = new LinearRegression({ alpha }).fit(X, y).coef ?? new Float64Array(3);
      const norm = Math.hypot(...coef);
      expect(norm, `‖w‖ with alpha ${alpha}`).toBeLessThan(previous);
      previous = norm;
    }
    expect(previous, "‖w‖ → 0 as alpha → ∞").toBeLessThan(0.01);
  });

  test("the ridge solution satisfies (XcᵀXc + αI) w = Xcᵀyc", () => {
    const { X, y } = data(40, 1);
    const alpha = 3;
    const model = new LinearRegression({ alpha }).fit(X, y);
    const w = model.coef ?? new Float64Array(3);
    const mean = [0, 1, 2].map(
      (j) => Array.from({ length: 40 }, (_, i) => X.data[i * 3 + j]).reduce((s, v) => s + v, 0) / 40,
    );
    const yMean = y.reduce((s, v) => s + v, 0) / 40;
    for (let j = 0; j < 3; j++) {
      let lhs = alpha * w[j];
      let rhs = 0;
      for (let i = 0; i < 40; i++) {
        const xij = X.data[i * 3 + j] - mean[j];
        let xw = 0;
        for (let k = 0; k < 3; k++) xw += (X.data[i * 3 + k] - mean[k]) * w[k];
        lhs += xij * xw;
        rhs += xij * (y[i] - yMean);
      }
      expect(Math.abs(lhs - rhs) / Math.abs(rhs), `normal equation ${j}`).toBeLessThan(1e-10);
    }
  });

  test("ridge handles collinear features that OLS rejects", () => {
    const X = fromRows([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    const model = new LinearRegression({ alpha: 1 }).fit(X, [2, 4, 6, 8]);
    const w = model.coef ?? new Float64Array(2);
    expect(w[0], "equal weights for equal columns").toBeCloseTo(w[1], 12);
    // Centred x has Σx² = 5 per column: minimise ‖y − (w₀+w₁)x‖² + (w₀²+w₁²) → w = 10/11 each.
    expect(w[0], "w₀").toBeCloseTo(10 / 11, 12);
  });

  describeEstimatorContract(
    "5. Ridge regression",
    () => new LinearRegression({ alpha: 2 }),
    {
      X: fromRows([
        [0, 1],
        [1, 0],
        [2, 1],
        [3, 3],
        [4, 2],
      ]),
      y: [1, 2, 4, 7, 8],
    },
    { name: "Ridge", targetMethods: ["score"] },
  );

  test("errors: negative or NaN alpha", () => {
    const { X, y } = data(10, 0.1);
    expectThrows(() => new LinearRegression({ alpha: -1 }).fit(X, y), InvalidArgument, "alpha -1");
    expectThrows(() => new LinearRegression({ alpha: Number.NaN }).fit(X, y), InvalidArgument, "alpha NaN");
  });
});
