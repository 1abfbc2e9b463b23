/**
 * Public specs for 5.1.6, tasks 3–5.
 *
 * The experiment of tasks 4–5 is the classic one (Bishop, PRML §1.1): y = sin(2πx) + ε with
 * ε ~ N(0, 0.2²) — so the noise variance is σ² = 0.04 — 20 training points, 1,000 test points,
 * polynomial degrees 0…15, seed 7. With the draw order of the README, the reference solution
 * gets (in units of σ²): degree 1 train 6.6 / test 6.5, degree 3 (the best) train 0.66 / test
 * 1.07, degree 15 train 0.12 / test ≈ 3·10⁶. The checks below leave wide margins around those.
 *
 * The public spec also draws the curve to `.course/plots/5.1.6-bias-variance.svg` (and `.png`):
 * open it in a browser or an image viewer.
 *
 * Tolerances for task 3: fitting exact polynomial data must reproduce it up to rounding;
 * 1e-9 (relative to the size of y) allows for the conditioning of the fit. The degree-20 test
 * allows 1e-10 absolute, 10⁵ times what QR achieves (~1e-15). center and halfRange are exact
 * formulas of min x and max x, so they are compared exactly.
 *
 * Task 4 replays the README's draw order with lib/rng: a degree-0 fit is the mean of the
 * training labels, so its train and test MSE follow from the drawn labels alone, and must match
 * to 1e-10 relative (summation order and the QR's rounding of the mean differ by ~1e-14; any
 * other draw order gives other labels and misses by O(1)).
 *
 * Every figure of task 4 that is checked or recorded is computed here: the spec replays the
 * experiment (the README's draws, your polyFit and polyPredict for each degree) and computes
 * the MSEs itself, and your biasVarianceCurve must report the same errors (1e-9 relative: only
 * the summation order may differ). So the curve cannot claim an error its polynomials do not make.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { lineChart, writeChart } from "../../../lib/plot";
import { Rng } from "../../../lib/rng";
import { meanSquaredErrorOf, recordMetric, relativeError, thrown } from "../../../lib/testing";
import { biasVarianceCurve, classifyFit, polyFit, polyPredict } from "./bias-variance";
import type { CurveOptions, CurvePoint } from "./bias-variance.given";

const linspace = (lo: number, hi: number, n: number): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

const SIGMA = 0.2;
const NOISE_VAR = SIGMA ** 2;
const EXPERIMENT: CurveOptions = {
  trueFn: (x) => Math.sin(2 * Math.PI * x),
  noiseStd: SIGMA,
  nTrain: 20,
  nTest: 1000,
  degrees: Array.from({ length: 16 }, (_, d) => d),
  seed: 7,
};

/**
 * The experiment of `options` replayed by the spec: one Rng(seed) draws the nTrain inputs, then
 * their noise, then the test inputs and their noise; each degree is fitted with your polyFit on
 * the training set, and both MSEs are computed here (lib/testing) from polyPredict's values.
 */
function replayCurve(options: CurveOptions): CurvePoint[] {
  const rng = new Rng(options.seed);
  const sample = (n: number) => {
    const inputs = rng.uniformArray(n);
    return { inputs, labels: inputs.map((v) => options.trueFn(v) + rng.normal(0, options.noiseStd)) };
  };
  const fitSet = sample(options.nTrain);
  const heldOut = sample(options.nTest);
  return options.degrees.map((degree) => {
    const fitted = polyFit(fitSet.inputs, fitSet.labels, degree);
    return {
      degree,
      trainMse: meanSquaredErrorOf(
        fitSet.labels,
        polyPredict(fitted, fitSet.inputs),
        `train MSE, degree ${degree}`,
      ),
      testMse: meanSquaredErrorOf(
        heldOut.labels,
        polyPredict(fitted, heldOut.inputs),
        `test MSE, degree ${degree}`,
      ),
    };
  });
}

/** biasVarianceCurve(options), required to report the replayed errors; returns the replayed (trusted) curve. */
function checkedCurve(options: CurveOptions): CurvePoint[] {
  const reported = biasVarianceCurve(options);
  const replayed = replayCurve(options);
  expect(
    reported.map((p) => p.degree),
    "the degrees, in the order given",
  ).toEqual(replayed.map((p) => p.degree));
  replayed.forEach((want, i) => {
    const got = reported[i];
    for (const key of ["trainMse", "testMse"] as const) {
      expect(
        relativeError(got[key], want[key]),
        `${key} of degree ${want.degree}: reported ${got[key]}, the replayed fit gives ${want[key]}`,
      ).toBeLessThan(1e-9);
    }
  });
  return replayed;
}

/** The curve of EXPERIMENT, checked against the replay once for all the tests that need it. */
let cached: CurvePoint[] | undefined;
function curve(): CurvePoint[] {
  cached ??= checkedCurve(EXPERIMENT);
  return cached;
}

function point(points: CurvePoint[], degree: number): CurvePoint {
  const point = points.find((p) => p.degree === degree);
  if (!point) return expect.fail(`the curve has no point for degree ${degree}`);
  return point;
}

function best(points: CurvePoint[]): CurvePoint {
  return points.reduce((b, p) => (p.testMse < b.testMse ? p : b));
}

describe("3. Polynomial least squares", () => {
  it("recovers 1 + 2x − 3x² exactly from 11 points on [−1, 1]", () => {
    const x = linspace(-1, 1, 11);
    const y = x.map((v) => 1 + 2 * v - 3 * v * v);
    const poly = polyFit(x, y, 2);
    // x already spans [−1, 1], so z = x and the coefficients are those of the formula.
    expect(poly.center, "center = (min + max) / 2").toBe(0);
    expect(poly.halfRange, "halfRange = (max − min) / 2").toBe(1);
    expect(poly.coeffs.length, "degree 2 has 3 coefficients").toBe(3);
    expect(poly.coeffs[0], "constant term (the intercept)").toBeCloseTo(1, 9);
    expect(poly.coeffs[1], "coefficient of z").toBeCloseTo(2, 9);
    expect(poly.coeffs[2], "coefficient of z²").toBeCloseTo(-3, 9);
  });

  it("scales x to [−1, 1] and reproduces a cubic on x ∈ [10, 20]", () => {
    const f = (v: number) => 3 - 2 * v + 0.05 * v ** 3;
    const x = linspace(10, 20, 15);
    const poly = polyFit(x, x.map(f), 3);
    expect(poly.center, "center of [10, 20]").toBe(15);
    expect(poly.halfRange, "halfRange of [10, 20]").toBe(5);
    const xNew = [10, 11.3, 14.9, 17.77, 20];
    const got = polyPredict(poly, xNew);
    expect(got, "polyPredict returns a Float64Array").toBeInstanceOf(Float64Array);
    xNew.forEach((v, i) => {
      expect(Math.abs(got[i] - f(v)) / 400, `p(${v}) vs ${f(v)} (relative to |y| ≤ 400)`).toBeLessThan(1e-9);
    });
  });

  it("scales a span shorter than 2 up to z ∈ [−1, 1]: x ∈ [0, 1] gives center 0.5, halfRange 0.5", () => {
    // x = 0.5 + 0.5z turns 1 + 2x − 3x² into 1.25 − 0.5z − 0.75z². halfRange is (max − min)/2
    // exactly, also when that is below 1 (it is 1 only when all x are equal).
    const x = linspace(0, 1, 9);
    const poly = polyFit(
      x,
      x.map((v) => 1 + 2 * v - 3 * v * v),
      2,
    );
    expect(poly.center, "center of [0, 1]").toBe(0.5);
    expect(poly.halfRange, "halfRange of [0, 1]").toBe(0.5);
    expect(poly.coeffs[0], "c₀ in z").toBeCloseTo(1.25, 9);
    expect(poly.coeffs[1], "c₁ in z").toBeCloseTo(-0.5, 9);
    expect(poly.coeffs[2], "c₂ in z").toBeCloseTo(-0.75, 9);
  });

  it("fits the mean with degree 0", () => {
    const poly = polyFit([0, 1, 2, 3], [1, 5, 2, 8], 0);
    expect(poly.coeffs.length, "degree 0 has 1 coefficient").toBe(1);
    expect(
      polyPredict(poly, [-5, 1.5, 100])[1],
      "a degree-0 fit predicts mean(y) = 4 everywhere",
    ).toBeCloseTo(4, 12);
  });

  it("leaves residuals orthogonal to 1 and x (the least-squares condition) for a noisy line", () => {
    // The best line makes the residuals r = y − p(x) satisfy Σ rᵢ = 0 and Σ rᵢxᵢ = 0: these
    // are the normal equations. A fit without an intercept, for example, breaks the first.
    const x = [0, 1, 2, 3, 4, 5];
    const y = [10.2, 11.9, 14.1, 16.2, 17.7, 20.3];
    const fitted = polyPredict(polyFit(x, y, 1), x);
    const r = y.map((v, i) => v - fitted[i]);
    const sum = r.reduce((s, v) => s + v, 0);
    const sumX = r.reduce((s, v, i) => s + v * x[i], 0);
    expect(Math.abs(sum), "Σ residuals").toBeLessThan(1e-9);
    expect(Math.abs(sumX), "Σ residual·x").toBeLessThan(1e-9);
  });

  it("stays accurate at degree 20: reproduces exact data at 30 points to 1e-10", () => {
    // A stable solver (QR) reproduces the data to ~1e-15. The normal equations square the
    // condition number of V and miss by ~1e-9 here, or fail outright — see the README.
    const rng = new Rng(320);
    const coeffs = rng.uniformArray(21, -1, 1);
    const x = rng.uniformArray(30, 0, 1);
    const f = (v: number) => {
      let acc = 0;
      for (let j = 20; j >= 0; j--) acc = acc * v + coeffs[j];
      return acc;
    };
    const y = x.map(f);
    const fitted = polyPredict(polyFit(x, y, 20), x);
    let worst = 0;
    for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(fitted[i] - y[i]));
    expect(worst, "largest |p(xᵢ) − yᵢ| at the 30 training points").toBeLessThan(1e-10);
  });

  it("rejects bad input with typed errors", () => {
    expect(
      thrown(() => polyFit([1, 2, 3], [1, 2], 1)),
      "x and y of lengths 3 and 2",
    ).toBeInstanceOf(ShapeError);
    expect(
      thrown(() => polyFit([], [], 0)),
      "no data",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => polyFit([1, 2], [1, 2], -1)),
      "degree −1",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => polyFit([1, 2], [1, 2], 1.5)),
      "degree 1.5",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => polyFit([1, 1, 2], [1, 2, 3], 2)),
      "degree 2 through 2 distinct x",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => polyFit([1, 2, Number.NaN], [1, 2, 3], 1)),
      "NaN in x",
    ).toBeInstanceOf(InvalidArgument);
  });
});

describe("4. Bias vs variance experiment", () => {
  it("returns train and test MSE for every degree, in order", () => {
    const points = curve();
    expect(
      points.map((p) => p.degree),
      "the degrees, in the order given",
    ).toEqual(EXPERIMENT.degrees);
    for (const p of points) {
      expect(Number.isFinite(p.trainMse) && p.trainMse >= 0, `trainMse of degree ${p.degree}`).toBe(true);
      expect(Number.isFinite(p.testMse) && p.testMse >= 0, `testMse of degree ${p.degree}`).toBe(true);
    }
  });

  it("never lets the training error grow with the degree", () => {
    // A degree-(d+1) polynomial can do anything a degree-d one can, so its least-squares
    // training error is at most as large (up to rounding: 1e-9 relative).
    const points = curve();
    for (let i = 1; i < points.length; i++) {
      const prev = points[i - 1];
      const cur = points[i];
      expect(
        cur.trainMse,
        `train MSE of degree ${cur.degree} vs degree ${prev.degree} (${prev.trainMse})`,
      ).toBeLessThanOrEqual(prev.trainMse * (1 + 1e-9) + 1e-15);
    }
  });

  it("degree 1 underfits: train and test MSE both well above σ²", () => {
    const p = point(curve(), 1);
    expect(p.trainMse / NOISE_VAR, "train MSE / σ² of a straight line through a sine").toBeGreaterThan(3);
    expect(p.testMse / NOISE_VAR, "test MSE / σ² of a straight line through a sine").toBeGreaterThan(3);
  });

  it("the best test MSE is reached at a moderate degree (3–6), close to σ²", (ctx) => {
    const b = best(curve());
    recordMetric(ctx, "best-degree", b.degree);
    recordMetric(ctx, "best-test-mse", b.testMse);
    recordMetric(ctx, "best-test-mse-over-noise", b.testMse / NOISE_VAR, "× σ²");
    expect(b.degree, "the degree with the lowest test MSE").toBeGreaterThanOrEqual(3);
    expect(b.degree, "the degree with the lowest test MSE").toBeLessThanOrEqual(6);
    expect(b.testMse / NOISE_VAR, "best test MSE / σ² (no model beats 1 on average)").toBeLessThan(1.5);
  });

  it("degree 15 on 20 points overfits: train MSE far below σ², test MSE far above", () => {
    const p = point(curve(), 15);
    expect(p.trainMse / NOISE_VAR, "train MSE / σ² at degree 15 (it fits the noise)").toBeLessThan(0.5);
    expect(p.testMse / NOISE_VAR, "test MSE / σ² at degree 15 (on points it never saw)").toBeGreaterThan(10);
  });

  it("is reproducible: the same seed gives the same curve", () => {
    const first = biasVarianceCurve(EXPERIMENT);
    const again = biasVarianceCurve({ ...EXPERIMENT, degrees: [1, 3] });
    expect(again.length, "points for degrees [1, 3]").toBe(2);
    expect(again[0].testMse, "test MSE of degree 1, second run").toBe(point(first, 1).testMse);
    expect(again[1].trainMse, "train MSE of degree 3, second run").toBe(point(first, 3).trainMse);
  });

  it("draws the documented sample: all training x, then their noise, then the test set, from one Rng(seed)", () => {
    const rng = new Rng(EXPERIMENT.seed);
    const labels = (n: number) => {
      const x = rng.uniformArray(n);
      return x.map((v) => EXPERIMENT.trueFn(v) + rng.normal(0, EXPERIMENT.noiseStd));
    };
    const yTrain = labels(EXPERIMENT.nTrain);
    const yTest = labels(EXPERIMENT.nTest);
    // Degree 0 fits the mean m of the training labels: train MSE = mean((y − m)²) on each set.
    const m = yTrain.reduce((s, v) => s + v, 0) / yTrain.length;
    const meanSquare = (ys: Float64Array) => ys.reduce((s, v) => s + (v - m) ** 2, 0) / ys.length;
    const [p] = biasVarianceCurve({ ...EXPERIMENT, degrees: [0] });
    expect(
      relativeError(p.trainMse, meanSquare(yTrain)),
      "degree-0 train MSE vs the replayed sample",
    ).toBeLessThan(1e-10);
    expect(
      relativeError(p.testMse, meanSquare(yTest)),
      "degree-0 test MSE vs the replayed sample",
    ).toBeLessThan(1e-10);
  });

  it("allows the largest degree, nTrain − 1: it interpolates the training set", () => {
    const [p] = biasVarianceCurve({ ...EXPERIMENT, nTrain: 8, degrees: [7] });
    expect(p.degree, "degree").toBe(7);
    expect(p.trainMse, "train MSE of the interpolating polynomial").toBeLessThan(1e-20);
  });

  it("rejects a degree the training set cannot determine, and empty settings", () => {
    expect(
      thrown(() => biasVarianceCurve({ ...EXPERIMENT, degrees: [20] })),
      "degree 20 with 20 points",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => biasVarianceCurve({ ...EXPERIMENT, degrees: [] })),
      "no degrees",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => biasVarianceCurve({ ...EXPERIMENT, nTrain: 0 })),
      "nTrain = 0",
    ).toBeInstanceOf(InvalidArgument);
  });

  it("draws the curve to .course/plots/5.1.6-bias-variance.svg and .png", async () => {
    const points = curve();
    // Values above the top of the axis are drawn at the top (100), so that a curve far off the
    // chart still renders.
    const top = (v: number) => Math.min(v, 100);
    const spec = lineChart({
      title: "sin(2πx) + noise, 20 training points: error vs polynomial degree",
      xLabel: "polynomial degree",
      yLabel: "MSE",
      logY: true,
      yMax: 100,
      series: [
        { name: "train MSE", points: points.map((p) => [p.degree, top(p.trainMse)]) },
        { name: "test MSE", points: points.map((p) => [p.degree, top(p.testMse)]) },
        {
          name: "noise σ²",
          points: [
            [0, NOISE_VAR],
            [15, NOISE_VAR],
          ],
          dashed: true,
          color: "#777",
        },
      ],
    });
    const files = await writeChart(
      spec,
      new URL("../../../.course/plots/5.1.6-bias-variance", import.meta.url),
    );
    expect(readFileSync(files.svg, "utf8"), "an SVG document").toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe("5. Under- or over-fitting?", () => {
  it("follows the definition of the README (high = above 2σ²)", () => {
    // σ² = 0.04, so "high" means above 0.08.
    expect(classifyFit(0.3, 0.31, 0.04), "train 0.3, test 0.31: can't fit its own data").toBe("underfit");
    expect(classifyFit(0.01, 0.5, 0.04), "train 0.01, test 0.5: memorised the training set").toBe("overfit");
    expect(classifyFit(0.035, 0.05, 0.04), "train 0.035, test 0.05: both at the noise level").toBe("good");
    expect(classifyFit(0.3, 9, 0.04), "both high: the training error decides, underfit").toBe("underfit");
  });

  it("names the three regimes of the experiment", () => {
    const points = replayCurve(EXPERIMENT);
    const verdict = (p: CurvePoint) => classifyFit(p.trainMse, p.testMse, NOISE_VAR);
    expect(verdict(point(points, 1)), "degree 1").toBe("underfit");
    expect(verdict(best(points)), `degree ${best(points).degree} (the best)`).toBe("good");
    expect(verdict(point(points, 15)), "degree 15").toBe("overfit");
  });

  it("rejects a missing noise level and impossible errors", () => {
    expect(
      thrown(() => classifyFit(0.1, 0.1, 0)),
      "noiseVar = 0",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => classifyFit(-0.1, 0.1, 0.04)),
      "trainMse < 0",
    ).toBeInstanceOf(InvalidArgument);
    expect(
      thrown(() => classifyFit(0.1, Number.NaN, 0.04)),
      "testMse = NaN",
    ).toBeInstanceOf(InvalidArgument);
  });
});
