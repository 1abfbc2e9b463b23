/** Known-wrong variants of the 5.1-math/06-mse-bias-variance solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "mse-bias-variance-mse-absolute-error",
    file: "mse.ts",
    task: 1,
    why: "uses |ŷ − y| instead of (ŷ − y)², i.e. computes the mean ABSOLUTE error.",
    edits: [{ find: "    sum += r * r;", replace: "    sum += Math.abs(r);" }],
  },
  {
    name: "mse-bias-variance-mse-sum-not-mean",
    file: "mse.ts",
    task: 1,
    why: 'the "mean" squared error forgets to divide by n — it returns the sum of squares.',
    edits: [{ find: "  return sum / yTrue.length;", replace: "  return sum;" }],
  },
  {
    name: "mse-bias-variance-gradient-missing-two",
    file: "mse.ts",
    task: 2,
    why: "the gradient forgets the 2 from d(r²)/dr = 2r and returns (ŷ − y)/n.",
    edits: [
      {
        find: "grad[i] = (2 / n) * (yPred[i] - yTrue[i]);",
        replace: "grad[i] = (yPred[i] - yTrue[i]) / n;",
      },
    ],
  },
  {
    name: "mse-bias-variance-polyfit-no-intercept",
    file: "bias-variance.ts",
    task: 3,
    why: "the Vandermonde matrix has the columns z¹ … zᵈ but no column of ones, so the fit has no intercept (coeffs[0] stays 0) and every polynomial is forced through p(center) = 0; degree 0 predicts 0 instead of the mean.",
    edits: [
      {
        find: "  const q = degree + 1; // the coefficients c₀ … c_d",
        replace: "  const q = degree; // columns z¹ … zᵈ",
      },
      { find: "    let power = 1;", replace: "    let power = z;" },
      {
        find: "  return { coeffs, center, halfRange };",
        replace: "  return { coeffs: Float64Array.of(0, ...coeffs), center, halfRange };",
      },
    ],
  },
  {
    name: "mse-bias-variance-polyfit-normal-equations",
    file: "bias-variance.ts",
    task: 3,
    why: "solves the normal equations VᵀV c = Vᵀy (here with the same QR, on the q×q system). Correct on paper and fine at low degree on scaled inputs, but VᵀV squares the condition number of V: at degrees 20–22 the fit misses exact data by far more than 1e-10, whatever solver then handles VᵀV.",
    edits: [
      {
        find: "  const coeffs = householderSolve(V, Float64Array.from(y), n, q);",
        replace: `  const G = new Float64Array(q * q);
  const b = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < q; a++) {
      b[a] += V[i * q + a] * y[i];
      for (let c = 0; c < q; c++) G[a * q + c] += V[i * q + a] * V[i * q + c];
    }
  }
  const coeffs = householderSolve(G, b, q, q);`,
      },
    ],
  },
  {
    name: "mse-bias-variance-halfrange-at-least-one",
    file: "bias-variance.ts",
    task: 3,
    why: 'reads "1 if all x are equal" as a floor and takes halfRange = max((max − min)/2, 1). For x spanning less than 2 (the experiment\'s [0, 1)) the inputs no longer span z ∈ [−1, 1] and the coefficients are those of another variable; the fits still interpolate, so only the exact scaling contract shows it.',
    edits: [
      {
        find: "  const halfRange = hi > lo ? (hi - lo) / 2 : 1;",
        replace: "  const halfRange = Math.max((hi - lo) / 2, 1);",
      },
    ],
  },
  {
    name: "mse-bias-variance-test-error-on-train",
    file: "bias-variance.ts",
    task: 4,
    why: 'the "test" MSE is measured on the training set (the test set is drawn but never used), so the test error falls with the degree exactly like the training error and over-fitting becomes invisible.',
    edits: [
      {
        find: "      testMse: mse(test.y, polyPredict(poly, test.x)),",
        replace: "      testMse: mse(train.y, polyPredict(poly, train.x)),",
      },
    ],
  },
  {
    name: "mse-bias-variance-curve-flatters-test-error",
    file: "bias-variance.ts",
    task: 4,
    why: "a curve that reports less than its polynomials err: 90% of the test MSE for every degree above 0 (degree 0, which the draw-order spec replays, is left honest). Every threshold of task 4 passes on these numbers (best 0.96σ² instead of 1.07σ²); the specs now compute the errors themselves from a replay of the experiment with polyFit and polyPredict, and the curve must report those.",
    edits: [
      {
        find: "      testMse: mse(test.y, polyPredict(poly, test.x)),",
        replace: "      testMse: (degree === 0 ? 1 : 0.9) * mse(test.y, polyPredict(poly, test.x)),",
      },
    ],
  },
  {
    name: "mse-bias-variance-draws-interleaved",
    file: "bias-variance.ts",
    task: 4,
    why: "draws each point's x and then its noise before the next point (x₀, ε₀, x₁, ε₁, …) instead of all the inputs first and then all the noise. The sample is just as random, but not the documented one: the same seed gives another experiment than everyone else's.",
    edits: [
      {
        find: `    const x = rng.uniformArray(n);
    const y = x.map((xi) => trueFn(xi) + rng.normal(0, noiseStd));`,
        replace: `    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = rng.next();
      y[i] = trueFn(x[i]) + rng.normal(0, noiseStd);
    }`,
      },
    ],
  },
  {
    name: "mse-bias-variance-draws-test-first",
    file: "bias-variance.ts",
    task: 4,
    why: "draws the test set before the training set. Statistically the same experiment, but with the documented order broken the same seed gives other training points and other curves.",
    edits: [
      {
        find: `  const train = draw(nTrain);
  const test = draw(nTest);`,
        replace: `  const test = draw(nTest);
  const train = draw(nTrain);`,
      },
    ],
  },
  {
    name: "mse-bias-variance-reseeds-test-set",
    file: "bias-variance.ts",
    task: 4,
    why: "creates a new Rng(seed) for each set, so the test set replays the training set's random numbers: its first inputs are the training inputs themselves, and the test error is measured partly on training points.",
    edits: [
      {
        find: `  const rng = new Rng(seed);
  const draw = (n: number) => {`,
        replace: `  const draw = (n: number) => {
    const rng = new Rng(seed);`,
      },
    ],
  },
  {
    name: "mse-bias-variance-max-degree-off-by-one",
    file: "bias-variance.ts",
    task: 4,
    why: "rejects degree nTrain − 1 (`d >= nTrain − 1` instead of `d > nTrain − 1`), the largest degree nTrain points determine: the interpolating polynomial, the extreme end of the bias–variance curve.",
    edits: [{ find: "d > nTrain - 1) {", replace: "d >= nTrain - 1) {" }],
  },
  {
    name: "mse-bias-variance-classify-swapped",
    file: "bias-variance.ts",
    task: 5,
    why: '"underfit" and "overfit" swapped — a high training error is called over-fitting, a low training error with a high test error under-fitting.',
    edits: [
      {
        find: `  if (trainMse > high) return "underfit";
  if (testMse > high) return "overfit";`,
        replace: `  if (trainMse > high) return "overfit";
  if (testMse > high) return "underfit";`,
      },
    ],
  },
];
