/** Known-wrong variants of the 5.2-classic-ml/02-linear-regression solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "linear-regression-gd-gradient-not-averaged",
    file: "gradient-descent.ts",
    task: 6,
    why: "the gradient is the sum Xᵀr instead of the mean Xᵀr/n, so the effective step is n times larger and a learning rate that suits the mean loss makes the run diverge.",
    edits: [
      { find: "        grad[j] /= n;\n", replace: "" },
      {
        find: "      if (this.fitIntercept) b -= (eta * gb) / n;\n",
        replace: "      if (this.fitIntercept) b -= eta * gb;\n",
      },
    ],
  },
  {
    name: "linear-regression-gd-intercept-frozen",
    file: "gradient-descent.ts",
    task: 6,
    why: "gradient descent never updates the intercept (it stays 0), so data whose mean is not 0 cannot be fitted.",
    edits: [{ find: "      if (this.fitIntercept) b -= (eta * gb) / n;\n", replace: "" }],
  },
  {
    name: "linear-regression-gd-max-iter-checked-first",
    file: "gradient-descent.ts",
    task: 6,
    why: "the maxIter test comes before the convergence test, so a run whose gradient falls below tol exactly after the maxIter-th update reports converged = false although it met the tolerance (the README says the convergence test wins).",
    edits: [
      {
        find: `      if (worst < tol) {
        this.converged = true;
        break;
      }
      if (t === maxIter) break;
`,
        replace: `      if (t === maxIter) break;
      if (worst < tol) {
        this.converged = true;
        break;
      }
`,
      },
    ],
  },
  {
    name: "linear-regression-gd-converged-means-fewer-updates",
    file: "gradient-descent.ts",
    task: 6,
    why: "converged is derived from the count (nIter < maxIter) instead of the gradient test, so a run that meets tol on its last allowed update is reported as not converged.",
    edits: [
      { find: "    this.nIter = t;\n", replace: "    this.nIter = t;\n    this.converged = t < maxIter;\n" },
    ],
  },
  {
    name: "linear-regression-gd-tol-not-strict",
    file: "gradient-descent.ts",
    task: 6,
    why: "stops when every gradient component is ≤ tol instead of strictly below it, so a gradient exactly equal to tol already counts as converged, one update early.",
    edits: [{ find: "      if (worst < tol) {\n", replace: "      if (worst <= tol) {\n" }],
  },
  {
    name: "linear-regression-mae-signed-errors",
    file: "metrics.ts",
    task: 1,
    why: "the mean absolute error forgets the absolute value, so errors of opposite sign cancel.",
    edits: [
      {
        find: "  for (let i = 0; i < n; i++) s += Math.abs(yTrue[i] - yPred[i]);\n",
        replace: "  for (let i = 0; i < n; i++) s += yTrue[i] - yPred[i];\n",
      },
    ],
  },
  {
    name: "linear-regression-no-rank-check",
    file: "least-squares.ts",
    task: 3,
    why: "leastSquares back-substitutes without checking R's diagonal, so collinear columns give huge, meaningless coefficients (or NaN) instead of an InvalidArgument.",
    edits: [
      { find: "    if (!(Math.abs(r[k * n + k]) > tol)) {\n", replace: "    if (Number.isNaN(tol)) {\n" },
    ],
  },
  {
    name: "linear-regression-normal-equations",
    file: "least-squares.ts",
    task: 3,
    why: "leastSquares forms the normal equations AᵀA x = Aᵀb and solves those (here with the same QR). Correct in exact arithmetic, but it squares the condition number and loses about twice as many digits.",
    edits: [
      {
        find: `export function leastSquares(A: Matrix, b: ArrayLike<number>): Float64Array {
  assertMatrix(A, "leastSquares: A");
  assertVector(b, "leastSquares: b", { length: A.rows });
`,
        replace: `export function leastSquares(X: Matrix, y: ArrayLike<number>): Float64Array {
  assertMatrix(X, "leastSquares: A");
  assertVector(y, "leastSquares: b", { length: X.rows });
  const p = X.cols;
  const A: Matrix = { data: new Float64Array(p * p), rows: p, cols: p }; // AᵀA
  const b = new Float64Array(p); // Aᵀb
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < p; j++) {
      b[j] += X.data[i * p + j] * y[i];
      for (let k = 0; k < p; k++) A.data[j * p + k] += X.data[i * p + j] * X.data[i * p + k];
    }
  }
`,
      },
    ],
  },
  {
    name: "linear-regression-r2-squared-correlation",
    file: "metrics.ts",
    task: 1,
    why: "R² computed as the squared Pearson correlation between yTrue and yPred. The two agree only for the least-squares fit on its own training data; a biased prediction keeps correlation 1 while its R² drops.",
    edits: [
      {
        find: `  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    ssTot += (yTrue[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
`,
        replace: `  let pMean = 0;
  for (let i = 0; i < n; i++) pMean += yPred[i] / n;
  let [st, sp, stp] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    st += (yTrue[i] - mean) ** 2;
    sp += (yPred[i] - pMean) ** 2;
    stp += (yTrue[i] - mean) * (yPred[i] - pMean);
  }
  if (st === 0 || sp === 0) return st === sp ? 1 : 0;
  return (stp * stp) / (st * sp);
`,
      },
    ],
  },
  {
    name: "linear-regression-reflector-sign-cancels",
    file: "least-squares.ts",
    task: 2,
    why: "the Householder reflector always maps x onto +‖x‖·e₁, so v₀ = x₀ − ‖x‖ cancels catastrophically when x is already close to a positive multiple of e₁.",
    edits: [{ find: "    const alpha = x0 >= 0 ? -norm : norm;\n", replace: "    const alpha = norm;\n" }],
  },
  {
    name: "linear-regression-ridge-penalizes-intercept",
    file: "linear-regression.ts",
    task: 5,
    why: "ridge appends a column of ones for the intercept and penalises it like every other coefficient (‖[b, w]‖² instead of ‖w‖²), which pulls the intercept towards 0.",
    edits: [
      {
        find: `import { assertMatrix, assertVector, type Matrix } from "../../../lib/ml/matrix";\n`,
        replace: `import { assertMatrix, assertVector, hstack, type Matrix, matrix } from "../../../lib/ml/matrix";\n`,
      },
      {
        find: `    assertMatrix(X, "LinearRegression.fit: X");\n`,
        replace: `    assertMatrix(X, "LinearRegression.fit: X");
    if (this.alpha > 0 && this.fitIntercept) {
      const ones = matrix(X.rows, 1, new Float64Array(X.rows).fill(1));
      const all = new LinearRegression({ alpha: this.alpha, fitIntercept: false }).fit(hstack(ones, X), y).coef;
      [this.coef, this.intercept] = [all?.slice(1) ?? null, all?.[0] ?? 0];
      return this;
    }
`,
      },
    ],
  },
];
