/**
 * Public specs for 5.2.2 Linear regression, task 6: batch gradient descent.
 *
 * On standardised features the loss is well conditioned, so 2000 steps of size 0.1 reach
 * the closed-form solution to 1e-6 (the stopping tolerance on the gradient).
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, type Matrix, matrix } from "../../../lib/ml/matrix";
import { Rng } from "../../../lib/rng";
import { describeEstimatorContract, expectThrows, maxAbsDiff } from "../../../lib/testing";
import { GDRegressor } from "./gradient-descent";

/** 100 × 3 standard-normal features (seed 12); y = x₀ − 2x₁ + 0.5x₂ + 3 + N(0, 0.1²). */
function data(): { X: Matrix; y: Float64Array } {
  const rng = new Rng(12);
  const X = matrix(100, 3, rng.normalArray(300));
  const y = new Float64Array(100);
  for (let i = 0; i < 100; i++) {
    y[i] = X.data[i * 3] - 2 * X.data[i * 3 + 1] + 0.5 * X.data[i * 3 + 2] + 3 + rng.normal(0, 0.1);
  }
  return { X, y };
}

/**
 * The exact minimiser, for comparison: the normal equations of [1, X] with the ridge penalty on
 * w only, solved by Gaussian elimination. Fine here (4 × 4, well conditioned); task 3 explains
 * why this is not how you should solve least squares in general.
 */
function exact(X: Matrix, y: Float64Array, alpha: number): { coef: number[]; intercept: number } {
  const p = X.cols + 1;
  const A = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < X.rows; i++) {
    const row = [1, ...X.data.subarray(i * X.cols, (i + 1) * X.cols)];
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) A[a][b] += row[a] * row[b];
      A[a][p] += row[a] * y[i];
    }
  }
  for (let a = 1; a < p; a++) A[a][a] += alpha;
  for (let c = 0; c < p; c++) {
    for (let r = c + 1; r < p; r++) {
      const f = A[r][c] / A[c][c];
      for (let k = c; k <= p; k++) A[r][k] -= f * A[c][k];
    }
  }
  const x = new Array<number>(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = A[r][p];
    for (let k = r + 1; k < p; k++) s -= A[r][k] * x[k];
    x[r] = s / A[r][r];
  }
  return { intercept: x[0], coef: x.slice(1) };
}

describe("6. Gradient descent", () => {
  test("converges to the least-squares solution", () => {
    const { X, y } = data();
    const gd = new GDRegressor({ learningRate: 0.1, maxIter: 2000, tol: 1e-8 }).fit(X, y);
    const best = exact(X, y, 0);
    expect(gd.converged, "converged").toBe(true);
    expect(maxAbsDiff(gd.coef ?? [], best.coef), "coef vs the exact least-squares solution").toBeLessThan(
      1e-6,
    );
    expect(Math.abs(gd.intercept - best.intercept), "intercept vs the exact solution").toBeLessThan(1e-6);
  });

  test("with alpha, converges to the ridge solution of the same alpha", () => {
    const { X, y } = data();
    const gd = new GDRegressor({ learningRate: 0.1, maxIter: 2000, tol: 1e-8, alpha: 20 }).fit(X, y);
    const best = exact(X, y, 20);
    expect(maxAbsDiff(gd.coef ?? [], best.coef), "coef vs the exact ridge solution").toBeLessThan(1e-6);
    expect(Math.abs(gd.intercept - best.intercept), "intercept vs the exact ridge solution").toBeLessThan(
      1e-6,
    );
  });

  test("lossHistory starts at Σy²/(2n) (w = 0, b = 0) and never increases for a small step", () => {
    const { X, y } = data();
    const gd = new GDRegressor({ learningRate: 0.1, maxIter: 50, tol: 0 }).fit(X, y);
    const history = gd.lossHistory ?? new Float64Array(0);
    expect(gd.nIter, "50 updates (tol 0 never stops early)").toBe(50);
    expect(history.length, "one loss per update, plus the initial one").toBe(51);
    const start = y.reduce((s, v) => s + v * v, 0) / 200;
    expect(history[0], "initial loss").toBeCloseTo(start, 10);
    for (let t = 1; t < history.length; t++) {
      expect(history[t], `loss after update ${t}`).toBeLessThanOrEqual(history[t - 1]);
    }
  });

  test("stops after maxIter updates without converging", () => {
    const { X, y } = data();
    const gd = new GDRegressor({ learningRate: 0.001, maxIter: 5 }).fit(X, y);
    expect(gd.nIter, "nIter").toBe(5);
    expect(gd.converged, "converged").toBe(false);
  });

  test("the tolerance is strict, and met on the last allowed update it still counts as converged", () => {
    // X = [[1]], y = [1], no intercept, η = 0.5: after t updates w = 1 − 2⁻ᵗ and the gradient
    // is −2⁻ᵗ, all exact in floating point. With tol = 2⁻³ the gradient after 3 updates equals
    // tol (not below it), and after 4 updates it is 2⁻⁴ < tol.
    const X = fromRows([[1]]);
    const run = (maxIter: number) =>
      new GDRegressor({ learningRate: 0.5, maxIter, tol: 0.125, fitIntercept: false }).fit(X, [1]);
    const last = run(4); // converges exactly on its 4th and last allowed update
    expect(last.converged, "maxIter 4: |∇| = 2⁻⁴ < tol after the 4th update → converged").toBe(true);
    expect(last.nIter, "maxIter 4: nIter").toBe(4);
    expect(Array.from(last.coef ?? []), "maxIter 4: w = 1 − 2⁻⁴").toEqual([0.9375]);
    expect(Array.from(last.lossHistory ?? []), "maxIter 4: losses (1 − w)²/2").toEqual([
      0.5, 0.125, 0.03125, 0.0078125, 0.001953125,
    ]);
    const equal = run(3); // |∇| = 2⁻³ = tol after the 3rd update: not below tol
    expect(equal.converged, "maxIter 3: |∇| = tol is not below tol → not converged").toBe(false);
    expect(equal.nIter, "maxIter 3: nIter").toBe(3);
    const roomy = run(10); // the same run with room to spare stops after 4 updates
    expect([roomy.converged, roomy.nIter], "maxIter 10: [converged, nIter]").toEqual([true, 4]);
  });

  test("a learning rate far too large diverges → InvalidArgument instead of NaN weights", () => {
    const X = fromRows([[1000], [2000], [3000]]); // unscaled feature: the loss curvature is ~4·10⁶
    expectThrows(
      () => new GDRegressor({ learningRate: 0.1, maxIter: 2000 }).fit(X, [1, 2, 3]),
      InvalidArgument,
      "learningRate 0.1 on a feature of size 1000",
      /diverg/i,
    );
  });

  describeEstimatorContract(
    "6. Gradient descent",
    () => new GDRegressor({ learningRate: 0.1, maxIter: 200 }),
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
    { name: "GDRegressor", targetMethods: ["score"] },
  );

  test("errors: not fitted, bad options", () => {
    const { X, y } = data();
    expectThrows(() => new GDRegressor().predict(X), NotFittedError, "predict before fit");
    expectThrows(() => new GDRegressor({ learningRate: 0 }).fit(X, y), InvalidArgument, "learningRate 0");
    expectThrows(() => new GDRegressor({ maxIter: 2.5 }).fit(X, y), InvalidArgument, "maxIter 2.5");
    expectThrows(() => new GDRegressor({ alpha: -1 }).fit(X, y), InvalidArgument, "alpha -1");
  });
});
