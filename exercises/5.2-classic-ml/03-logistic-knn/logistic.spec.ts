/**
 * Public specs for 5.2.3, tasks 1 to 3: the stable sigmoid and log-loss, fitting logistic
 * regression, and predicting with it. Run them with
 *
 *     npm test exercises/5.2-classic-ml/03-logistic-knn
 *
 * Reference values marked "scikit-learn" come from scikit-learn 1.2.1
 * (solutions/5.2-classic-ml/03-logistic-knn/golden/make_golden.py). Its lbfgs optimiser stops at a
 * gradient tolerance, so its coefficients are only accurate to about 1e-5 relative; the specs
 * therefore compare coefficients to 1e-3 relative and, more strictly, require your objective to
 * be at least as low as scikit-learn's and your gradient to vanish.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { fromRows, type Matrix } from "../../../lib/ml/matrix";
import { describeEstimatorContract, expectThrows, iris } from "../../../lib/testing";
import { LogisticRegression, logLoss, logLossFromLogits, sigmoid } from "./logistic";

/** The course's objective, computed independently of your code: mean log-loss + ‖w‖²/(2Cn). */
function objective(
  X: Matrix,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  b: number,
  C: number | null,
): number {
  let loss = 0;
  for (let i = 0; i < X.rows; i++) {
    let z = b;
    for (let j = 0; j < X.cols; j++) z += X.data[i * X.cols + j] * w[j];
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
  }
  let ww = 0;
  for (let j = 0; j < w.length; j++) ww += w[j] ** 2;
  return loss / X.rows + (C === null ? 0 : ww / (2 * C * X.rows));
}

/** The gradient of that objective with respect to (w, b); all zeros at the optimum. */
function gradient(
  X: Matrix,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  b: number,
  C: number | null,
): number[] {
  const g = new Array<number>(X.cols + 1).fill(0);
  for (let i = 0; i < X.rows; i++) {
    let z = b;
    for (let j = 0; j < X.cols; j++) z += X.data[i * X.cols + j] * w[j];
    const r = 1 / (1 + Math.exp(-z)) - y[i];
    for (let j = 0; j < X.cols; j++) g[j] += (r * X.data[i * X.cols + j]) / X.rows;
    g[X.cols] += r / X.rows;
  }
  if (C !== null) for (let j = 0; j < X.cols; j++) g[j] += w[j] / (C * X.rows);
  return g;
}

function fitted(model: LogisticRegression): Float64Array {
  expect(model.coef, "coef after fit").toBeInstanceOf(Float64Array);
  return model.coef as Float64Array;
}

describe("1. A stable sigmoid and log-loss", () => {
  test("sigmoid at familiar points: σ(0) = 0.5, σ(2) = 0.8808, σ(−z) = 1 − σ(z)", () => {
    expect(sigmoid(0), "σ(0)").toBe(0.5);
    expect(sigmoid(2), "σ(2)").toBeCloseTo(0.8807970779778823, 15);
    for (const z of [0.1, 1, 3.5, 10]) {
      expect(sigmoid(-z) + sigmoid(z), `σ(−${z}) + σ(${z})`).toBeCloseTo(1, 15);
    }
  });

  test("sigmoid never returns NaN: σ(1000) = 1, σ(−1000) = 0, σ(±∞) = 1 / 0", () => {
    // e^1000 overflows to Infinity, and Infinity / (1 + Infinity) is NaN.
    expect(sigmoid(1000), "σ(1000)").toBe(1);
    expect(sigmoid(800), "σ(800)").toBe(1);
    expect(sigmoid(-1000), "σ(−1000)").toBe(0);
    expect(sigmoid(-800), "σ(−800)").toBe(0);
    expect(sigmoid(Number.POSITIVE_INFINITY), "σ(+∞)").toBe(1);
    expect(sigmoid(Number.NEGATIVE_INFINITY), "σ(−∞)").toBe(0);
  });

  test("sigmoid keeps tiny probabilities: σ(−40) = 4.248e-18 to 1e-12 relative, not 0", () => {
    // 1 − σ(40) computes 1 − 0.99999999999999999575…, which rounds to 0.
    const expected = 4.248354255291589e-18;
    expect(Math.abs(sigmoid(-40) - expected) / expected, "relative error of σ(−40)").toBeLessThan(1e-12);
  });

  test("sigmoid(NaN) → InvalidArgument", () => {
    expectThrows(() => sigmoid(Number.NaN), InvalidArgument, "sigmoid(NaN)");
  });

  test("logLoss: mean of −ln p for y = 1 and −ln(1 − p) for y = 0 (scikit-learn: 0.2899092476264711)", () => {
    expect(logLoss([1, 0], [0.8, 0.3]), "logLoss([1, 0], [0.8, 0.3])").toBeCloseTo(0.2899092476264711, 14);
    expect(logLoss(Int32Array.of(1), Float64Array.of(0.5)), "logLoss([1], [0.5]) = ln 2").toBeCloseTo(
      Math.LN2,
      15,
    );
  });

  test("logLoss clips probabilities to [ε, 1 − ε] with ε = 2⁻⁵², so certainty and error stays finite", () => {
    // scikit-learn 1.2.1: log_loss([1, 0], [0.0, 1.0]) = 36.04365338911715 = −ln(2⁻⁵²).
    const value = logLoss([1, 0], [0, 1]);
    expect(Number.isFinite(value), `logLoss([1, 0], [0, 1]) = ${value} must be finite`).toBe(true);
    expect(value, "logLoss([1, 0], [0, 1])").toBeCloseTo(36.04365338911715, 10);
    expect(logLoss([1, 0], [1, 0]), "a perfect, certain prediction").toBeCloseTo(0, 14);
    expect(logLoss([1], [0], 1e-15), "explicit eps 1e-15 → −ln(1e-15)").toBeCloseTo(34.538776394910684, 10);
  });

  test("logLossFromLogits never overflows: y = 1, z = −800 costs 800; y = 0, z = 800 costs 800", () => {
    // ln σ(−800) is ln 0 = −Infinity; ln(1 + e^z) − y·z written as softplus stays exact.
    expect(logLossFromLogits([1], [-800]), "y = 1, z = −800").toBeCloseTo(800, 10);
    expect(logLossFromLogits([0], [800]), "y = 0, z = 800").toBeCloseTo(800, 10);
    expect(logLossFromLogits([1], [800]), "y = 1, z = 800").toBeCloseTo(0, 14);
    expect(logLossFromLogits([0, 1], [0, 0]), "z = 0 → ln 2").toBeCloseTo(Math.LN2, 15);
  });

  test("logLossFromLogits agrees with logLoss(y, σ(z)) for moderate logits (1e-12)", () => {
    const y = [1, 0, 1, 1, 0, 0];
    const z = [-3, 2.5, 0.1, 7, -0.4, -12];
    expect(logLossFromLogits(y, z), "from logits").toBeCloseTo(logLoss(y, z.map(sigmoid)), 12);
  });

  test("bad input: labels other than 0/1, probabilities outside [0, 1], NaN, mismatched or empty arrays", () => {
    expectThrows(() => logLoss([2, 0], [0.5, 0.5]), InvalidArgument, "logLoss with label 2");
    expectThrows(() => logLoss([1, 0], [1.5, 0.5]), InvalidArgument, "logLoss with p = 1.5");
    expectThrows(() => logLoss([1, 0], [Number.NaN, 0.5]), InvalidArgument, "logLoss with p = NaN");
    expectThrows(() => logLoss([1, 0, 1], [0.5, 0.5]), ShapeError, "logLoss with 3 labels, 2 probabilities");
    expectThrows(() => logLoss([], []), InvalidArgument, "logLoss([], [])");
    expectThrows(
      () => logLossFromLogits([1], [Number.NaN]),
      InvalidArgument,
      "logLossFromLogits with z = NaN",
    );
    expectThrows(
      () => logLossFromLogits([1, 0], [1]),
      ShapeError,
      "logLossFromLogits with 2 labels, 1 logit",
    );
  });
});

describe("2. Fit logistic regression by Newton’s method", () => {
  test("a case with a closed form: P(y=1 | x=0) = 1/3 and P(y=1 | x=1) = 2/3 → b = −ln 2, w = 2 ln 2", () => {
    const X = fromRows([[0], [0], [0], [1], [1], [1]]);
    const y = [0, 0, 1, 0, 1, 1];
    const model = new LogisticRegression({ penalty: "none" }).fit(X, y);
    // The maximum-likelihood fit reproduces each group's frequency: σ(b) = 1/3, σ(w + b) = 2/3.
    expect(fitted(model)[0], "w").toBeCloseTo(2 * Math.LN2, 8);
    expect(model.intercept, "b").toBeCloseTo(-Math.LN2, 8);
  });

  test("Iris versicolor vs virginica, no penalty: the coefficients of scikit-learn (1e-3 relative)", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const model = new LogisticRegression({ penalty: "none" }).fit(X, y);
    // scikit-learn 1.2.1, LogisticRegression(penalty=None, solver="lbfgs", tol=1e-12).
    const sk = [-2.465217438737718, -6.680935176054458, 9.429391431894121, 18.28619623859348];
    const skIntercept = -42.63781291121349;
    const w = fitted(model);
    for (let j = 0; j < 4; j++) {
      expect(Math.abs(w[j] - sk[j]), `|w[${j}] − ${sk[j]}|`).toBeLessThan(
        1e-3 * Math.max(1, Math.abs(sk[j])),
      );
    }
    expect(Math.abs(model.intercept - skIntercept), "|b − (−42.638)|").toBeLessThan(1e-3 * 42.64);
  });

  test("Iris, L2 penalty with C = 1: scikit-learn's coefficients, and an objective at least as low", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const model = new LogisticRegression({ penalty: "l2", C: 1 }).fit(X, y);
    // scikit-learn 1.2.1, LogisticRegression(C=1, solver="lbfgs", tol=1e-12); its objective 0.2405466234036297.
    const sk = [-0.39443136430168696, -0.5132702454098126, 2.9307504270756763, 2.4170433008306897];
    const w = fitted(model);
    for (let j = 0; j < 4; j++) {
      expect(Math.abs(w[j] - sk[j]), `|w[${j}] − ${sk[j]}|`).toBeLessThan(
        1e-3 * Math.max(1, Math.abs(sk[j])),
      );
    }
    expect(model.intercept, "b").toBeCloseTo(-14.430804325587475, 1);
    const J = objective(X, y, w, model.intercept, 1);
    expect(J, "your objective ≤ scikit-learn's + 1e-9").toBeLessThanOrEqual(0.2405466234036297 + 1e-9);
  });

  test("at the optimum the gradient vanishes: every component below 1e-6", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    for (const C of [0.01, 1, 100]) {
      const model = new LogisticRegression({ C }).fit(X, y);
      const g = gradient(X, y, fitted(model), model.intercept, C);
      const worst = Math.max(...g.map(Math.abs));
      expect(worst, `‖∇J‖∞ at your fit with C = ${C}`).toBeLessThan(1e-6);
    }
  });

  test("a smaller C shrinks the weights: ‖w(C = 0.01)‖ < ‖w(C = 1)‖ < ‖w(no penalty)‖", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const size = (m: LogisticRegression) => Math.hypot(...fitted(m));
    const strong = size(new LogisticRegression({ C: 0.01 }).fit(X, y));
    const medium = size(new LogisticRegression({ C: 1 }).fit(X, y));
    const none = size(new LogisticRegression({ penalty: "none" }).fit(X, y));
    expect(strong, "‖w‖ with C = 0.01 vs C = 1").toBeLessThan(medium);
    expect(medium, "‖w‖ with C = 1 vs no penalty").toBeLessThan(none);
  });

  test("the intercept is not penalised: with a huge penalty, w → 0 but b → the log-odds of the base rate", () => {
    // 3 positives out of 10: with w ≈ 0 the best intercept is ln(0.3 / 0.7) = −0.847.
    const X = fromRows([[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]]);
    const y = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0];
    const model = new LogisticRegression({ C: 1e-8 }).fit(X, y);
    expect(Math.abs(fitted(model)[0]), "|w| with C = 1e-8").toBeLessThan(1e-5);
    expect(model.intercept, "b with C = 1e-8").toBeCloseTo(Math.log(0.3 / 0.7), 4);
  });

  test("fitIntercept: false keeps b = 0", () => {
    const X = fromRows([[-2], [-1], [1], [2], [0.5], [-0.5]]);
    const model = new LogisticRegression({ fitIntercept: false }).fit(X, [0, 1, 1, 1, 0, 0]);
    expect(model.intercept, "intercept with fitIntercept: false").toBe(0);
    const g = gradient(X, [0, 1, 1, 1, 0, 0], fitted(model), 0, 1);
    expect(Math.abs(g[0]), "∂J/∂w at the fit (the intercept's component does not apply)").toBeLessThan(1e-6);
  });

  test("fit returns the model itself, and leaves X and y unchanged", () => {
    const X = fromRows([[0], [1], [2], [3]]);
    const before = Array.from(X.data);
    const y = Int32Array.of(0, 1, 0, 1);
    const model = new LogisticRegression();
    expect(model.fit(X, y), "fit(X, y) returns this").toBe(model);
    expect(Array.from(X.data), "X after fit").toEqual(before);
    expect(Array.from(y), "y after fit").toEqual([0, 1, 0, 1]);
  });

  test("the gradient test comes before the maxIter stop: meeting tol on the last allowed step counts", () => {
    // The closed-form case again. A free fit converges after K Newton steps; allowed exactly K
    // steps, the fit must still test the gradient at the point its K-th step reached and report
    // converged = true, with the same weights; allowed K − 1 steps it stops unconverged.
    const X = fromRows([[0], [0], [0], [1], [1], [1]]);
    const y = [0, 0, 1, 0, 1, 1];
    const options = { penalty: "none", tol: 1e-10 } as const;
    const free = new LogisticRegression({ ...options, maxIter: 100 }).fit(X, y);
    const K = free.nIter;
    expect(free.converged, "a free fit converges").toBe(true);
    expect(K, "Newton steps of the free fit (from w = 0, b = 0)").toBeGreaterThanOrEqual(2);
    expect(K, "Newton steps of the free fit (from w = 0, b = 0)").toBeLessThanOrEqual(10);
    const last = new LogisticRegression({ ...options, maxIter: K }).fit(X, y);
    expect([last.converged, last.nIter], `maxIter = K = ${K}: [converged, nIter]`).toEqual([true, K]);
    expect([fitted(last)[0], last.intercept], "maxIter = K: the free fit's w and b").toEqual([
      fitted(free)[0],
      free.intercept,
    ]);
    const short = new LogisticRegression({ ...options, maxIter: K - 1 }).fit(X, y);
    expect([short.converged, short.nIter], `maxIter = K − 1: [converged, nIter]`).toEqual([false, K - 1]);
  });

  test("bad input: labels not 0/1, one class only, length mismatch, NaN, empty X, C ≤ 0", () => {
    const X = fromRows([[0], [1], [2]]);
    expectThrows(() => new LogisticRegression().fit(X, [0, 2, 1]), InvalidArgument, "fit with label 2");
    expectThrows(() => new LogisticRegression().fit(X, [1, 1, 1]), InvalidArgument, "fit with only class 1");
    expectThrows(() => new LogisticRegression().fit(X, [0, 1]), ShapeError, "fit with 3 rows, 2 labels");
    expectThrows(
      () => new LogisticRegression().fit(fromRows([[0], [Number.NaN], [2]]), [0, 1, 1]),
      InvalidArgument,
      "fit with NaN in X",
    );
    expectThrows(() => new LogisticRegression().fit(fromRows([]), []), InvalidArgument, "fit on an empty X");
    expectThrows(() => new LogisticRegression({ C: 0 }), InvalidArgument, "C = 0");
    expectThrows(() => new LogisticRegression({ C: -1 }), InvalidArgument, "C = −1");
  });
});

describe("3. Predict probabilities and classes", () => {
  test("predictProba is n × 2: [P(y=0), P(y=1)] = [σ(−z), σ(z)], rows summing to 1", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const model = new LogisticRegression().fit(X, y);
    const z = model.decisionFunction(X);
    const P = model.predictProba(X);
    expect([P.rows, P.cols], "shape of predictProba").toEqual([100, 2]);
    for (let i = 0; i < X.rows; i++) {
      const zi = z[i];
      expect(P.data[2 * i + 1], `P(y=1) of row ${i}`).toBeCloseTo(1 / (1 + Math.exp(-zi)), 14);
      expect(P.data[2 * i] + P.data[2 * i + 1], `row ${i} sums to 1`).toBeCloseTo(1, 14);
    }
  });

  test("decisionFunction is X·w + b", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const model = new LogisticRegression().fit(X, y);
    const w = fitted(model);
    const z = model.decisionFunction(X);
    for (const i of [0, 17, 50, 99]) {
      let expected = model.intercept;
      for (let j = 0; j < 4; j++) expected += X.data[i * 4 + j] * w[j];
      expect(z[i], `z of row ${i}`).toBeCloseTo(expected, 12);
    }
  });

  test("P(y=0) stays accurate far from the boundary: σ(−30), not 1 − σ(30)", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const model = new LogisticRegression().fit(X, y);
    const w = fitted(model);
    // A point whose logit is exactly 30 up to rounding: x = (30 − b) · w / ‖w‖².
    const ww = w.reduce((s, v) => s + v * v, 0);
    const x = fromRows([Array.from(w, (v) => ((30 - model.intercept) * v) / ww)]);
    const z = model.decisionFunction(x)[0];
    const p0 = model.predictProba(x).data[0];
    const expected = 1 / (1 + Math.exp(z));
    // 1 − σ(30) = 1 − 0.99999999999990641… keeps only about 3 significant digits.
    expect(Math.abs(p0 - expected) / expected, "relative error of P(y=0) at z ≈ 30").toBeLessThan(1e-9);
  });

  test("predict: class 1 where z > 0, class 0 where z ≤ 0 (z = 0 exactly → 0, as in scikit-learn)", () => {
    const X = fromRows([[-2], [-1], [1], [2], [0.5], [-0.5]]);
    const model = new LogisticRegression({ fitIntercept: false }).fit(X, [0, 1, 1, 1, 0, 0]);
    const pred = model.predict(fromRows([[0], [3], [-3]]));
    expect(pred, "predict returns an Int32Array").toBeInstanceOf(Int32Array);
    expect(Array.from(pred), "predict([[0], [3], [−3]])").toEqual([0, 1, 0]);
    expect(Array.from(model.predictProba(fromRows([[0]])).data), "predictProba at z = 0").toEqual([0.5, 0.5]);
  });

  test("predict thresholds the logit, not the probability: z = 1e-17 > 0 is class 1 although σ(z) rounds to 0.5", () => {
    const model = new LogisticRegression({ fitIntercept: false }).fit(
      fromRows([[-1], [1], [2], [-2]]),
      [0, 1, 0, 1],
    );
    // Set the weights directly (they are public fields) so that z = x exactly.
    model.coef = Float64Array.of(1);
    model.intercept = 0;
    expect(model.predictProba(fromRows([[1e-17]])).data[1], "σ(1e-17) in float64").toBe(0.5);
    expect(
      Array.from(model.predict(fromRows([[1e-17], [0], [-1e-17]]))),
      "predict at z = 1e-17, 0, −1e-17",
    ).toEqual([1, 0, 0]);
  });

  describeEstimatorContract(
    "3. Predict probabilities and classes",
    () => new LogisticRegression(),
    {
      X: fromRows([
        [0, 1],
        [1, 0],
        [2, 2],
        [3, 1],
        [1, 1],
        [2, 0],
      ]),
      y: [0, 0, 1, 1, 1, 0],
    },
    { name: "LogisticRegression", methods: ["decisionFunction", "predictProba", "predict"] },
  );

  test("Iris versicolor vs virginica: 96 of 100 training flowers right with C = 1 (scikit-learn: 0.96)", async () => {
    const { X, y } = await iris(["versicolor", "virginica"]);
    const pred = new LogisticRegression().fit(X, y).predict(X);
    let correct = 0;
    for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) correct++;
    expect(correct, "correct training predictions").toBe(96);
  });

  test("before fit → NotFittedError; a wrong number of columns → ShapeError", () => {
    const model = new LogisticRegression();
    const X = fromRows([[1, 2]]);
    expectThrows(() => model.predict(X), NotFittedError, "predict before fit");
    expectThrows(() => model.predictProba(X), NotFittedError, "predictProba before fit");
    expectThrows(() => model.decisionFunction(X), NotFittedError, "decisionFunction before fit");
    model.fit(
      fromRows([
        [0, 1],
        [1, 0],
        [2, 2],
        [3, 1],
      ]),
      [0, 0, 1, 1],
    );
    expectThrows(
      () => model.predict(fromRows([[1, 2, 3]])),
      ShapeError,
      "predict with 3 columns after fitting 2",
    );
    expectThrows(
      () => model.predictProba(fromRows([[Number.NaN, 1]])),
      InvalidArgument,
      "predictProba with NaN",
    );
  });
});
