/**
 * Hidden specs for 5.2.2 Linear regression: agreement with scikit-learn 1.2.1 / NumPy on the
 * fixtures of solutions/5.2-classic-ml/02-linear-regression/golden/ (see make_golden.py there),
 * larger random inputs and more edge cases.
 *
 * Tolerances: OLS and ridge are deterministic, so coefficients, intercepts and predictions must
 * match scikit-learn to 1e-8 relative (|a − b| ≤ 1e-8 · max(1, |b|)); the metrics to 1e-10.
 */
import { GDRegressor } from "@exercise/5.2-classic-ml/02-linear-regression/gradient-descent";
import { householderQR, leastSquares } from "@exercise/5.2-classic-ml/02-linear-regression/least-squares";
import { LinearRegression } from "@exercise/5.2-classic-ml/02-linear-regression/linear-regression";
import {
  meanAbsoluteError,
  meanSquaredError,
  r2Score,
  rootMeanSquaredError,
} from "@exercise/5.2-classic-ml/02-linear-regression/metrics";
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { NotFittedError } from "../../../../lib/ml/errors";
import { fromRows, type Matrix, matrix } from "../../../../lib/ml/matrix";
import { Rng } from "../../../../lib/rng";
import { expectThrows, maxAbsDiff } from "../../../../lib/testing";
import golden from "../golden/linear-regression.json";

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i]));
    if (Number.isNaN(d)) return Number.NaN;
    worst = Math.max(worst, d);
  }
  return worst;
}
const REL = 1e-8;

const syn = golden.synthetic;
const Xtrain = fromRows(syn.X_train);
const Xtest = fromRows(syn.X_test);
const diabetesX = fromRows(golden.diabetes.X);

function matmul(a: Matrix, b: Matrix): Matrix {
  const out = matrix(a.rows, b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let k = 0; k < a.cols; k++) {
      const v = a.data[i * a.cols + k];
      if (v === 0) continue;
      for (let j = 0; j < b.cols; j++)
        out.data[i * b.cols + j] = out.data[i * b.cols + j] + v * b.data[k * b.cols + j];
    }
  return out;
}
function gram(q: Matrix): Float64Array {
  const n = q.cols;
  const out = new Float64Array(n * n);
  for (let i = 0; i < q.rows; i++)
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) out[a * n + b] = out[a * n + b] + q.data[i * n + a] * q.data[i * n + b];
  return out;
}
function identity(n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  return out;
}
function checkQR(A: Matrix, what: string, tol = 1e-12): void {
  const { Q, R } = householderQR(A);
  expect([Q.rows, Q.cols, R.rows, R.cols], `${what}: shapes of Q and R`).toEqual([
    A.rows,
    A.cols,
    A.cols,
    A.cols,
  ]);
  expect(maxAbsDiff(gram(Q), identity(A.cols)), `${what}: QᵀQ = I`).toBeLessThan(tol);
  let scale = 0;
  for (const v of A.data) scale = Math.max(scale, Math.abs(v));
  expect(
    maxAbsDiff(matmul(Q, R).data, A.data) / Math.max(scale, 1e-300),
    `${what}: QR = A (relative)`,
  ).toBeLessThan(tol);
  for (let i = 1; i < R.rows; i++)
    for (let j = 0; j < i; j++) expect(R.data[i * R.cols + j], `${what}: R[${i}][${j}]`).toBe(0);
}

/** [1, X] with a column of ones in front. */
function withOnes(X: Matrix): Matrix {
  const out = matrix(X.rows, X.cols + 1);
  for (let i = 0; i < X.rows; i++) {
    out.data[i * (X.cols + 1)] = 1;
    out.data.set(X.data.subarray(i * X.cols, (i + 1) * X.cols), i * (X.cols + 1) + 1);
  }
  return out;
}

describe("1. Regression metrics", () => {
  test("match scikit-learn's r2_score, mean_absolute_error, mean_squared_error and its root", () => {
    const yPred = syn.ols.pred_test;
    const m = syn.metrics_test;
    expect(Math.abs(r2Score(syn.y_test, yPred) - m.r2), "R²").toBeLessThan(1e-10);
    expect(Math.abs(meanAbsoluteError(syn.y_test, yPred) - m.mae), "MAE").toBeLessThan(1e-10);
    expect(Math.abs(meanSquaredError(syn.y_test, yPred) - m.mse), "MSE").toBeLessThan(1e-10);
    expect(Math.abs(rootMeanSquaredError(syn.y_test, yPred) - m.rmse), "RMSE").toBeLessThan(1e-10);
    const c = golden.r2_constant;
    expect(r2Score(c.y_true, c.y_true), "constant y, perfect").toBe(c.perfect);
    expect(r2Score(c.y_true, [3, 2, 3]), "constant y, imperfect").toBe(c.imperfect);
  });

  test("10 000 random values (seed 41) against a direct computation", () => {
    const rng = new Rng(41);
    const y = rng.normalArray(10_000, 50, 10);
    const p = Float64Array.from(y, (v) => v + rng.normal(1, 3));
    let ae = 0;
    let se = 0;
    let mean = 0;
    for (const v of y) mean += v / y.length;
    let tot = 0;
    for (let i = 0; i < y.length; i++) {
      const e = y[i] - p[i];
      ae += Math.abs(e);
      se += e * e;
      tot += (y[i] - mean) ** 2;
    }
    const n = y.length;
    expect(meanAbsoluteError(y, p) / (ae / n), "MAE ratio").toBeCloseTo(1, 10);
    expect(meanSquaredError(y, p) / (se / n), "MSE ratio").toBeCloseTo(1, 10);
    expect(rootMeanSquaredError(y, p) / Math.sqrt(se / n), "RMSE ratio").toBeCloseTo(1, 10);
    expect(r2Score(y, p), "R²").toBeCloseTo(1 - se / tot, 9);
    expect(r2Score(y, p), "R² is not symmetric in its arguments").not.toBeCloseTo(r2Score(p, y), 3);
  });

  test("inputs are not modified; Infinity is rejected; an empty R² is rejected", () => {
    const y = Float64Array.of(1, 2, 3);
    const p = Float64Array.of(1, 1, 1);
    r2Score(y, p);
    meanSquaredError(y, p);
    expect([...y, ...p], "inputs").toEqual([1, 2, 3, 1, 1, 1]);
    expectThrows(
      () => meanSquaredError([1, Number.POSITIVE_INFINITY], [1, 2]),
      InvalidArgument,
      "MSE with Infinity",
    );
    expectThrows(() => r2Score([], []), InvalidArgument, "R² of nothing");
    expectThrows(() => meanAbsoluteError([1], [1, 2]), ShapeError, "MAE of 1 vs 2 values");
  });
});

describe("2. Householder QR", () => {
  test("diabetes (442 × 10) and the golden synthetic data", () => {
    checkQR(diabetesX, "diabetes");
    checkQR(Xtrain, "synthetic 40 × 4");
  });

  test("a tall random matrix (1000 × 20, seed 43) and a square one (15 × 15)", () => {
    const rng = new Rng(43);
    checkQR(matrix(1000, 20, rng.normalArray(20_000)), "1000 × 20");
    checkQR(matrix(15, 15, rng.normalArray(225, 0, 100)), "15 × 15");
  });

  test("a nearly diagonal matrix: the reflector sign must avoid cancellation", () => {
    // Column k is almost e_k. Reflecting x onto +‖x‖e₁ computes v₀ = x₀ − ‖x‖ ≈ 1 − (1 + 10⁻²⁰),
    // all cancellation; choosing −sign(x₀)‖x‖ keeps v accurate.
    const rng = new Rng(44);
    const n = 8;
    const A = matrix(12, n);
    for (let i = 0; i < 12; i++)
      for (let j = 0; j < n; j++) A.data[i * n + j] = (i === j ? 1 : 0) + rng.normal(0, 1e-10);
    checkQR(A, "identity + 1e-10 noise");
  });

  test("a zero column and a 1 × 1 matrix", () => {
    const A = fromRows([
      [1, 0, 2],
      [3, 0, 1],
      [0, 0, 5],
      [2, 0, 2],
    ]);
    checkQR(A, "zero middle column");
    const { R } = householderQR(fromRows([[-4]]));
    expect(Math.abs(R.data[0]), "|R| of [[-4]]").toBe(4);
  });

  test("errors: Infinity, a wide matrix", () => {
    expectThrows(
      () => householderQR(fromRows([[Number.POSITIVE_INFINITY], [1]])),
      InvalidArgument,
      "Infinity",
    );
    expectThrows(() => householderQR(matrix(3, 4, new Float64Array(12).fill(1))), ShapeError, "3 × 4");
  });
});

describe("3. Least squares", () => {
  test("a degree-9 polynomial fit matches numpy.linalg.lstsq (SVD) to 1e-7 relative", () => {
    const p = golden.polynomial;
    const V = matrix(p.x.length, p.degree + 1);
    for (const [i, t] of p.x.entries())
      for (let k = 0; k <= p.degree; k++) V.data[i * (p.degree + 1) + k] = t ** k;
    const x = leastSquares(V, p.y);
    // cond(V) ≈ 3.6e6: the normal equations would be off by about 4e-4 here.
    expect(maxRelDiff(x, p.coef), "coefficients").toBeLessThan(1e-7);
  });

  test("diabetes with a column of ones equals scikit-learn's OLS intercept and coefficients", () => {
    const x = leastSquares(withOnes(diabetesX), golden.diabetes.y);
    const expected = [golden.diabetes.ols.intercept, ...golden.diabetes.ols.coef];
    expect(maxRelDiff(x, expected), "[intercept, coef]").toBeLessThan(REL);
  });

  test("a consistent random system (300 × 12, seed 45) is solved to 1e-10", () => {
    const rng = new Rng(45);
    const A = matrix(300, 12, rng.normalArray(3600));
    const truth = rng.normalArray(12, 0, 5);
    const b = new Float64Array(300);
    for (let i = 0; i < 300; i++) for (let j = 0; j < 12; j++) b[i] += A.data[i * 12 + j] * truth[j];
    expect(maxAbsDiff(leastSquares(A, b), truth), "solution").toBeLessThan(1e-10);
  });

  test("rank deficiency hidden in a linear combination (col₂ = 2·col₀ − col₁) → InvalidArgument", () => {
    const rng = new Rng(46);
    const A = matrix(20, 3);
    for (let i = 0; i < 20; i++) {
      const a = rng.normal();
      const b = rng.normal();
      A.data.set([a, b, 2 * a - b], i * 3);
    }
    expectThrows(() => leastSquares(A, rng.normalArray(20)), InvalidArgument, "col₂ = 2·col₀ − col₁");
    expectThrows(() => leastSquares(matrix(5, 2), [1, 2, 3, 4, 5]), InvalidArgument, "an all-zero matrix");
  });

  test("errors: Infinity in A, empty A", () => {
    expectThrows(
      () => leastSquares(fromRows([[1], [Number.NEGATIVE_INFINITY]]), [1, 2]),
      InvalidArgument,
      "-Infinity in A",
    );
    expectThrows(() => leastSquares(matrix(0, 0), []), InvalidArgument, "0 × 0");
  });
});

describe("4. Linear regression (OLS)", () => {
  test("matches scikit-learn's LinearRegression on the synthetic data (coef_, intercept_, predict)", () => {
    const model = new LinearRegression().fit(Xtrain, syn.y_train);
    expect(maxRelDiff(model.coef ?? [], syn.ols.coef), "coef").toBeLessThan(REL);
    expect(maxRelDiff([model.intercept], [syn.ols.intercept]), "intercept").toBeLessThan(REL);
    expect(maxRelDiff(model.predict(Xtest), syn.ols.pred_test), "predict(X_test)").toBeLessThan(REL);
    expect(Math.abs(model.score(Xtest, syn.y_test) - syn.metrics_test.r2), "score = R²").toBeLessThan(1e-9);
  });

  test("fit_intercept=False matches scikit-learn", () => {
    const model = new LinearRegression({ fitIntercept: false }).fit(Xtrain, syn.y_train);
    expect(maxRelDiff(model.coef ?? [], syn.ols_no_intercept.coef), "coef").toBeLessThan(REL);
    expect(model.intercept, "intercept").toBe(0);
    expect(maxRelDiff(model.predict(Xtest), syn.ols_no_intercept.pred_test), "predict").toBeLessThan(REL);
  });

  test("diabetes (442 × 10): coefficients, intercept and training R² as scikit-learn", () => {
    const model = new LinearRegression().fit(diabetesX, golden.diabetes.y);
    expect(maxRelDiff(model.coef ?? [], golden.diabetes.ols.coef), "coef").toBeLessThan(REL);
    expect(maxRelDiff([model.intercept], [golden.diabetes.ols.intercept]), "intercept").toBeLessThan(REL);
    expect(Math.abs(model.score(diabetesX, golden.diabetes.y) - golden.diabetes.ols.r2), "R²").toBeLessThan(
      1e-10,
    );
  });

  test("refitting replaces the old model; inputs are not modified", () => {
    const model = new LinearRegression().fit(fromRows([[0], [1], [2]]), [5, 5, 5]);
    expect(model.coef?.[0] ?? Number.NaN, "slope of constant data").toBeCloseTo(0, 12);
    const X = fromRows([[0], [1], [2]]);
    const y = Float64Array.of(1, 3, 5);
    model.fit(X, y);
    expect(model.coef?.[0], "slope after refit").toBeCloseTo(2, 12);
    expect(model.intercept, "intercept after refit").toBeCloseTo(1, 12);
    expect([...X.data, ...y], "inputs").toEqual([0, 1, 2, 1, 3, 5]);
  });

  test("too few samples: 3 samples cannot determine 3 coefficients and an intercept", () => {
    const X = fromRows([
      [1, 2, 3],
      [4, 5, 7],
      [1, 0, 1],
    ]);
    expectThrows(
      () => new LinearRegression().fit(X, [1, 2, 3]),
      InvalidArgument,
      "3 samples, 3 features + intercept",
    );
  });

  test("errors: NaN in predict, empty X, predict with Infinity", () => {
    const model = new LinearRegression().fit(Xtrain, syn.y_train);
    expectThrows(() => model.predict(fromRows([[1, 2, Number.NaN, 4]])), InvalidArgument, "NaN in predict");
    expectThrows(() => new LinearRegression().fit(matrix(0, 4), []), InvalidArgument, "empty X");
    expectThrows(() => new LinearRegression().score(Xtest, syn.y_test), NotFittedError, "score before fit");
  });
});

describe("5. Ridge regression", () => {
  test("matches scikit-learn's Ridge(alpha=0.5) and Ridge(alpha=10)", () => {
    for (const [alpha, g] of [
      [0.5, syn["ridge_0.5"]],
      [10, syn.ridge_10],
    ] as const) {
      const model = new LinearRegression({ alpha }).fit(Xtrain, syn.y_train);
      expect(maxRelDiff(model.coef ?? [], g.coef), `coef, alpha ${alpha}`).toBeLessThan(REL);
      expect(maxRelDiff([model.intercept], [g.intercept]), `intercept, alpha ${alpha}`).toBeLessThan(REL);
      expect(maxRelDiff(model.predict(Xtest), g.pred_test), `predict, alpha ${alpha}`).toBeLessThan(REL);
    }
  });

  test("Ridge(alpha=10, fit_intercept=False) and diabetes Ridge(alpha=1) match scikit-learn", () => {
    const noInt = new LinearRegression({ alpha: 10, fitIntercept: false }).fit(Xtrain, syn.y_train);
    expect(
      maxRelDiff(noInt.coef ?? [], syn.ridge_10_no_intercept.coef),
      "coef without intercept",
    ).toBeLessThan(REL);
    const model = new LinearRegression({ alpha: 1 }).fit(diabetesX, golden.diabetes.y);
    expect(maxRelDiff(model.coef ?? [], golden.diabetes.ridge_1.coef), "diabetes coef").toBeLessThan(REL);
    expect(
      maxRelDiff([model.intercept], [golden.diabetes.ridge_1.intercept]),
      "diabetes intercept",
    ).toBeLessThan(REL);
    expect(
      Math.abs(model.score(diabetesX, golden.diabetes.y) - golden.diabetes.ridge_1.r2),
      "diabetes R²",
    ).toBeLessThan(1e-10);
  });

  test("more features than samples: ridge still has a unique solution (3 × 6, seed 47)", () => {
    const rng = new Rng(47);
    const X = matrix(3, 6, rng.normalArray(18));
    const y = rng.normalArray(3);
    const model = new LinearRegression({ alpha: 0.7, fitIntercept: false }).fit(X, y);
    const w = model.coef ?? new Float64Array(6);
    // Normal equations (XᵀX + αI) w = Xᵀy.
    for (let j = 0; j < 6; j++) {
      let lhs = 0.7 * w[j];
      let rhs = 0;
      for (let i = 0; i < 3; i++) {
        let xw = 0;
        for (let k = 0; k < 6; k++) xw += X.data[i * 6 + k] * w[k];
        lhs += X.data[i * 6 + j] * xw;
        rhs += X.data[i * 6 + j] * y[i];
      }
      expect(Math.abs(lhs - rhs), `normal equation ${j}`).toBeLessThan(1e-12);
    }
  });

  test("errors: alpha Infinity", () => {
    expectThrows(
      () => new LinearRegression({ alpha: Number.POSITIVE_INFINITY }).fit(Xtrain, syn.y_train),
      InvalidArgument,
      "alpha Infinity",
    );
  });
});

/** The exact (ridge) minimiser by Gaussian elimination on the small normal equations of [1, X]. */
function exact(X: Matrix, y: ArrayLike<number>, alpha: number, intercept: boolean): number[] {
  const A = intercept ? withOnes(X) : X;
  const p = A.cols;
  const M = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < A.rows; i++)
    for (let a = 0; a < p; a++) {
      const row = M[a];
      const va = A.data[i * p + a];
      for (let b = 0; b < p; b++) row[b] += va * A.data[i * p + b];
      row[p] += va * y[i];
    }
  for (let a = intercept ? 1 : 0; a < p; a++) M[a][a] += alpha;
  for (let c = 0; c < p; c++)
    for (let r = c + 1; r < p; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= p; k++) M[r][k] -= f * M[c][k];
    }
  const x = new Array<number>(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = M[r][p];
    for (let k = r + 1; k < p; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

describe("6. Gradient descent", () => {
  test("one update by hand: X = [[1], [2]], y = [1, 2], η = 0.1", () => {
    // w = b = 0: r = [−1, −2]; ∇w = (1·(−1) + 2·(−2))/2 = −2.5, ∇b = −1.5 → w = 0.25, b = 0.15.
    const gd = new GDRegressor({ learningRate: 0.1, maxIter: 1, tol: 0 }).fit(fromRows([[1], [2]]), [1, 2]);
    expect(gd.coef?.[0], "w after one update").toBeCloseTo(0.25, 14);
    expect(gd.intercept, "b after one update").toBeCloseTo(0.15, 14);
    expect(
      Array.from(gd.lossHistory ?? []).map((v) => Math.round(v * 1e12) / 1e12),
      "losses",
    ).toEqual([1.25, ((1 - 0.4) ** 2 + (2 - 0.65) ** 2) / 4].map((v) => Math.round(v * 1e12) / 1e12));
  });

  test("1000 × 5 standardised data (seed 48): OLS, ridge and no-intercept fits reach the exact minimiser", () => {
    const rng = new Rng(48);
    const X = matrix(1000, 5, rng.normalArray(5000));
    const y = new Float64Array(1000);
    for (let i = 0; i < 1000; i++) {
      y[i] = 10 + rng.normal(0, 0.5);
      for (let j = 0; j < 5; j++) y[i] += (j - 2) * X.data[i * 5 + j];
    }
    for (const [alpha, fitIntercept] of [
      [0, true],
      [50, true],
      [5, false],
    ] as const) {
      const gd = new GDRegressor({ learningRate: 0.2, maxIter: 3000, tol: 1e-9, alpha, fitIntercept }).fit(
        X,
        y,
      );
      const x = exact(X, y, alpha, fitIntercept);
      const coef = fitIntercept ? x.slice(1) : x;
      expect(gd.converged, `converged (alpha ${alpha}, intercept ${fitIntercept})`).toBe(true);
      expect(
        maxAbsDiff(gd.coef ?? [], coef),
        `coef (alpha ${alpha}, intercept ${fitIntercept})`,
      ).toBeLessThan(1e-6);
      expect(Math.abs(gd.intercept - (fitIntercept ? x[0] : 0)), `intercept (alpha ${alpha})`).toBeLessThan(
        1e-6,
      );
      expect(Math.abs(gd.score(X, y) - gd.score(X, y)), "score is deterministic").toBe(0);
    }
  });

  test("a huge tolerance stops before the first update; the loss with alpha includes the penalty", () => {
    const X = fromRows([[1], [2], [3]]);
    const gd = new GDRegressor({ tol: 1e9 }).fit(X, [1, 2, 3]);
    expect(gd.nIter, "no update").toBe(0);
    expect(gd.converged, "converged at once").toBe(true);
    expect(Array.from(gd.coef ?? []), "w stays 0").toEqual([0]);
    const ridge = new GDRegressor({ learningRate: 0.05, maxIter: 3, tol: 0, alpha: 2 }).fit(X, [1, 2, 3]);
    const w = ridge.coef?.[0] ?? 0;
    const b = ridge.intercept;
    const ss = [1, 2, 3].reduce((s, y, i) => s + (w * (i + 1) + b - y) ** 2, 0);
    expect(ridge.lossHistory?.[3], "final loss = (Σr² + α·w²)/(2n)").toBeCloseTo((ss + 2 * w * w) / 6, 12);
  });

  test("errors: negative tol, y of the wrong length, predict with the wrong width", () => {
    const X = fromRows([[1], [2]]);
    expectThrows(() => new GDRegressor({ tol: -1 }).fit(X, [1, 2]), InvalidArgument, "tol -1");
    expectThrows(() => new GDRegressor().fit(X, [1, 2, 3]), ShapeError, "3 targets for 2 rows");
    const gd = new GDRegressor().fit(X, [1, 2]);
    expectThrows(() => gd.predict(fromRows([[1, 2]])), ShapeError, "predict with 2 columns");
  });
});
