/** Known-wrong variants of the 5.2-classic-ml/02-linear-regression solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "linear-regression-gd-gradient-not-averaged",
    file: "gradient-descent.ts",
    task: 0,
    why: "the gradient is the sum Xᵀr instead of the mean Xᵀr/n, so the effective step is n times larger and a learning rate that suits the mean loss makes the run diverge.",
    edits: [
      {
        find: `    const { learningRate: eta, maxIter, tol, alpha } = this;
    if (!(Number.isFinite(eta) && eta > 0))
      throw new InvalidArgument(\`GDRegressor: learningRate must be > 0, got \${eta}\`);
    if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
      throw new InvalidArgument(\`GDRegressor: maxIter must be an integer ≥ 1, got \${maxIter}\`);
    }
    if (!(Number.isFinite(tol) && tol >= 0))
      throw new InvalidArgument(\`GDRegressor: tol must be ≥ 0, got \${tol}\`);
    if (!(Number.isFinite(alpha) && alpha >= 0))
      throw new InvalidArgument(\`GDRegressor: alpha must be ≥ 0, got \${alpha}\`);
    assertMatrix(X, "GDRegressor.fit: X");
    assertVector(y, "GDRegressor.fit: y", { length: X.rows });
    const { rows: n, cols: p, data } = X;
    const w = new Float64Array(p);
    let b = 0;
    const residual = new Float64Array(n);
    const grad = new Float64Array(p);
    const history: number[] = [];
    this.converged = false;
    let t = 0;
    for (;;) {
      let ss = 0;
      for (let i = 0; i < n; i++) {
        let s = b - (y[i] as number);
        for (let j = 0; j < p; j++) s += (data[i * p + j] as number) * (w[j] as number);
        residual[i] = s;
        ss += s * s;
      }
      let penalty = 0;
      for (let j = 0; j < p; j++) penalty += (w[j] as number) ** 2;
      const loss = (ss + alpha * penalty) / (2 * n);
      if (!Number.isFinite(loss)) {
        throw new InvalidArgument(
          \`GDRegressor diverged after \${t} updates (loss \${loss}): lower the learning rate (\${eta}) or scale the features\`,
        );
      }
      history.push(loss);
      for (let j = 0; j < p; j++) grad[j] = alpha * (w[j] as number);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const r = residual[i] as number;
        gb += r;
        for (let j = 0; j < p; j++) grad[j] = (grad[j] as number) + (data[i * p + j] as number) * r;
      }
      let worst = this.fitIntercept ? Math.abs(gb / n) : 0;
      for (let j = 0; j < p; j++) {
        grad[j] = (grad[j] as number) / n;
        worst = Math.max(worst, Math.abs(grad[j] as number));
      }
      if (worst < tol) {
        this.converged = true;
        break;
      }
      if (t === maxIter) break;
      for (let j = 0; j < p; j++) w[j] = (w[j] as number) - eta * (grad[j] as number);
      if (this.fitIntercept) b -= (eta * gb) / n;
      t++;
    }
    this.coef = w;
    this.intercept = b;
    this.nIter = t;
    this.lossHistory = Float64Array.from(history);
`,
        replace: `    // Same algorithm with the step multiplied by n: w ← w − η·n·∇w.
    const scaled = new Reference({
      learningRate: this.learningRate * X.rows,
      maxIter: this.maxIter,
      tol: this.tol,
      alpha: this.alpha,
      fitIntercept: this.fitIntercept,
    }).fit(X, y);
    this.coef = scaled.coef;
    this.intercept = scaled.intercept;
    this.lossHistory = scaled.lossHistory;
    this.nIter = scaled.nIter;
    this.converged = scaled.converged;
`,
      },
    ],
  },
  {
    name: "linear-regression-gd-intercept-frozen",
    file: "gradient-descent.ts",
    task: 0,
    why: "gradient descent never updates the intercept (it stays 0), so data whose mean is not 0 cannot be fitted.",
    edits: [
      {
        find: `    const { learningRate: eta, maxIter, tol, alpha } = this;
    if (!(Number.isFinite(eta) && eta > 0))
      throw new InvalidArgument(\`GDRegressor: learningRate must be > 0, got \${eta}\`);
    if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
      throw new InvalidArgument(\`GDRegressor: maxIter must be an integer ≥ 1, got \${maxIter}\`);
    }
    if (!(Number.isFinite(tol) && tol >= 0))
      throw new InvalidArgument(\`GDRegressor: tol must be ≥ 0, got \${tol}\`);
    if (!(Number.isFinite(alpha) && alpha >= 0))
      throw new InvalidArgument(\`GDRegressor: alpha must be ≥ 0, got \${alpha}\`);
    assertMatrix(X, "GDRegressor.fit: X");
    assertVector(y, "GDRegressor.fit: y", { length: X.rows });
    const { rows: n, cols: p, data } = X;
    const w = new Float64Array(p);
    let b = 0;
    const residual = new Float64Array(n);
    const grad = new Float64Array(p);
    const history: number[] = [];
    this.converged = false;
    let t = 0;
    for (;;) {
      let ss = 0;
      for (let i = 0; i < n; i++) {
        let s = b - (y[i] as number);
        for (let j = 0; j < p; j++) s += (data[i * p + j] as number) * (w[j] as number);
        residual[i] = s;
        ss += s * s;
      }
      let penalty = 0;
      for (let j = 0; j < p; j++) penalty += (w[j] as number) ** 2;
      const loss = (ss + alpha * penalty) / (2 * n);
      if (!Number.isFinite(loss)) {
        throw new InvalidArgument(
          \`GDRegressor diverged after \${t} updates (loss \${loss}): lower the learning rate (\${eta}) or scale the features\`,
        );
      }
      history.push(loss);
      for (let j = 0; j < p; j++) grad[j] = alpha * (w[j] as number);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const r = residual[i] as number;
        gb += r;
        for (let j = 0; j < p; j++) grad[j] = (grad[j] as number) + (data[i * p + j] as number) * r;
      }
      let worst = this.fitIntercept ? Math.abs(gb / n) : 0;
      for (let j = 0; j < p; j++) {
        grad[j] = (grad[j] as number) / n;
        worst = Math.max(worst, Math.abs(grad[j] as number));
      }
      if (worst < tol) {
        this.converged = true;
        break;
      }
      if (t === maxIter) break;
      for (let j = 0; j < p; j++) w[j] = (w[j] as number) - eta * (grad[j] as number);
      if (this.fitIntercept) b -= (eta * gb) / n;
      t++;
    }
    this.coef = w;
    this.intercept = b;
    this.nIter = t;
    this.lossHistory = Float64Array.from(history);
`,
        replace: `    const frozen = new Reference({
      learningRate: this.learningRate,
      maxIter: this.maxIter,
      tol: this.tol,
      alpha: this.alpha,
      fitIntercept: false,
    }).fit(X, y);
    this.coef = frozen.coef;
    this.intercept = 0;
    this.lossHistory = frozen.lossHistory;
    this.nIter = frozen.nIter;
    this.converged = frozen.converged;
`,
      },
    ],
  },
  {
    name: "linear-regression-mae-signed-errors",
    file: "metrics.ts",
    task: 0,
    why: "the mean absolute error forgets the absolute value, so errors of opposite sign cancel.",
    edits: [
      {
        find: `  const n = check(yTrue, yPred, "meanAbsoluteError");
`,
        replace: `  meanSquaredError(yTrue, yPred); // validation
`,
      },
      {
        find: `  for (let i = 0; i < n; i++) s += Math.abs((yTrue[i] as number) - (yPred[i] as number));
  return s / n;
`,
        replace: `  for (let i = 0; i < yTrue.length; i++) s += (yTrue[i] as number) - (yPred[i] as number);
  return s / yTrue.length;
`,
      },
    ],
  },
  {
    name: "linear-regression-no-rank-check",
    file: "least-squares.ts",
    task: 0,
    why: "leastSquares back-substitutes without checking R's diagonal, so collinear columns give huge, meaningless coefficients (or NaN) instead of an InvalidArgument.",
    edits: [
      {
        find: `  assertMatrix(A, "leastSquares: A");
`,
        replace: `  const { Q, R } = householderQR(A);
`,
      },
      {
        find: `  const qr = factor(A, "leastSquares");
  const { m, n, r } = qr;
  let maxDiag = 0;
  for (let k = 0; k < n; k++) maxDiag = Math.max(maxDiag, Math.abs(r[k * n + k] as number));
  const tol = Math.max(m, n) * Number.EPSILON * maxDiag;
  for (let k = 0; k < n; k++) {
    if (!(Math.abs(r[k * n + k] as number) > tol)) {
      throw new InvalidArgument(
        \`leastSquares: A is rank deficient (column \${k} is a linear combination of the previous ones, |R[\${k}][\${k}]| = \${Math.abs(r[k * n + k] as number)}); the solution is not unique\`,
      );
    }
  }
  const qtb = Float64Array.from(b);
  applyQt(qr, qtb);
`,
        replace: `  const n = A.cols;
  const qtb = new Float64Array(n);
  for (let i = 0; i < A.rows; i++)
    for (let j = 0; j < n; j++)
      qtb[j] = (qtb[j] as number) + (Q.data[i * n + j] as number) * (b[i] as number);
`,
      },
      {
        find: `    for (let j = i + 1; j < n; j++) s -= (r[i * n + j] as number) * (x[j] as number);
    x[i] = s / (r[i * n + i] as number);
`,
        replace: `    for (let j = i + 1; j < n; j++) s -= (R.data[i * n + j] as number) * (x[j] as number);
    x[i] = s / (R.data[i * n + i] as number);
`,
      },
    ],
  },
  {
    name: "linear-regression-normal-equations",
    file: "least-squares.ts",
    task: 0,
    why: "leastSquares solves the normal equations AᵀA x = Aᵀb (by Gaussian elimination with partial pivoting) instead of using QR. Correct in exact arithmetic, but it squares the condition number and loses about twice as many digits.",
    edits: [
      {
        find: `  const qr = factor(A, "leastSquares");
  const { m, n, r } = qr;
  let maxDiag = 0;
  for (let k = 0; k < n; k++) maxDiag = Math.max(maxDiag, Math.abs(r[k * n + k] as number));
  const tol = Math.max(m, n) * Number.EPSILON * maxDiag;
  for (let k = 0; k < n; k++) {
    if (!(Math.abs(r[k * n + k] as number) > tol)) {
      throw new InvalidArgument(
        \`leastSquares: A is rank deficient (column \${k} is a linear combination of the previous ones, |R[\${k}][\${k}]| = \${Math.abs(r[k * n + k] as number)}); the solution is not unique\`,
      );
`,
        replace: `  const { rows: m, cols: n, data } = A;
  if (m < n) throw new ShapeError(\`leastSquares needs at least as many rows as columns, got \${m}×\${n}\`);
  const M = new Float64Array(n * (n + 1));
  for (let i = 0; i < m; i++)
    for (let a = 0; a < n; a++) {
      const va = data[i * n + a] as number;
      for (let c = 0; c < n; c++)
        M[a * (n + 1) + c] = (M[a * (n + 1) + c] as number) + va * (data[i * n + c] as number);
      M[a * (n + 1) + n] = (M[a * (n + 1) + n] as number) + va * (b[i] as number);
    }
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(M[r * (n + 1) + c] as number) > Math.abs(M[piv * (n + 1) + c] as number)) piv = r;
    if (M[piv * (n + 1) + c] === 0) throw new InvalidArgument("leastSquares: A is rank deficient");
    for (let k = 0; k <= n; k++) {
      const t = M[c * (n + 1) + k] as number;
      M[c * (n + 1) + k] = M[piv * (n + 1) + k] as number;
      M[piv * (n + 1) + k] = t;
    }
    for (let r = c + 1; r < n; r++) {
      const f = (M[r * (n + 1) + c] as number) / (M[c * (n + 1) + c] as number);
      for (let k = c; k <= n; k++)
        M[r * (n + 1) + k] = (M[r * (n + 1) + k] as number) - f * (M[c * (n + 1) + k] as number);
`,
      },
      {
        find: `  const qtb = Float64Array.from(b);
  applyQt(qr, qtb);
`,
        replace: ``,
      },
      {
        find: `  for (let i = n - 1; i >= 0; i--) {
    let s = qtb[i] as number;
    for (let j = i + 1; j < n; j++) s -= (r[i * n + j] as number) * (x[j] as number);
    x[i] = s / (r[i * n + i] as number);
`,
        replace: `  for (let r = n - 1; r >= 0; r--) {
    let s = M[r * (n + 1) + n] as number;
    for (let k = r + 1; k < n; k++) s -= (M[r * (n + 1) + k] as number) * (x[k] as number);
    x[r] = s / (M[r * (n + 1) + r] as number);
`,
      },
    ],
  },
  {
    name: "linear-regression-r2-squared-correlation",
    file: "metrics.ts",
    task: 0,
    why: "R² computed as the squared Pearson correlation between yTrue and yPred. The two agree only for the least-squares fit on its own training data; a biased prediction keeps correlation 1 while its R² drops.",
    edits: [
      {
        find: `  const n = check(yTrue, yPred, "r2Score", 2);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i] as number;
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
`,
        replace: `  meanSquaredError(yTrue, yPred); // validation
  const n = yTrue.length;
  let mt = 0;
  let mp = 0;
  for (let i = 0; i < n; i++) {
    mt += (yTrue[i] as number) / n;
    mp += (yPred[i] as number) / n;
  }
  let st = 0;
  let sp = 0;
  let stp = 0;
`,
      },
      {
        find: `    ssRes += ((yTrue[i] as number) - (yPred[i] as number)) ** 2;
    ssTot += ((yTrue[i] as number) - mean) ** 2;
`,
        replace: `    const a = (yTrue[i] as number) - mt;
    const b = (yPred[i] as number) - mp;
    st += a * a;
    sp += b * b;
    stp += a * b;
`,
      },
      {
        find: `  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
`,
        replace: `  if (st === 0 || sp === 0) return st === sp ? 1 : 0;
  return (stp * stp) / (st * sp);
`,
      },
    ],
  },
  {
    name: "linear-regression-reflector-sign-cancels",
    file: "least-squares.ts",
    task: 0,
    why: "the Householder reflector always maps x onto +‖x‖·e₁, so v₀ = x₀ − ‖x‖ cancels catastrophically when x is already close to a positive multiple of e₁.",
    edits: [
      {
        find: `  const qr = factor(A, "householderQR");
  const { m, n, r, vs } = qr;
`,
        replace: `  assertMatrix(A, "householderQR: A");
  const { rows: m, cols: n } = A;
  if (m < n) throw new ShapeError(\`householderQR needs at least as many rows as columns, got \${m}×\${n}\`);
  const r = Float64Array.from(A.data);
  const vs: Float64Array[] = [];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm = Math.hypot(norm, r[i * n + k] as number);
    const v = new Float64Array(m - k);
    for (let i = k; i < m; i++) v[i - k] = r[i * n + k] as number;
    v[0] = (v[0] as number) - norm; // always +‖x‖: the mistake
    let vNorm = 0;
    for (const x of v) vNorm = Math.hypot(vNorm, x);
    if (vNorm === 0) {
      vs.push(new Float64Array(m - k));
      continue;
    }
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / vNorm;
    for (let j = k; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += (v[i - k] as number) * (r[i * n + j] as number);
      dot *= 2;
      for (let i = k; i < m; i++) r[i * n + j] = (r[i * n + j] as number) - dot * (v[i - k] as number);
    }
    for (let i = k + 1; i < m; i++) r[i * n + k] = 0;
    vs.push(v);
  }
`,
      },
      {
        find: `  // Q = H₀ H₁ … Hₙ₋₁ applied to the first n columns of the identity (last reflector first).
`,
        replace: ``,
      },
      {
        find: `      if (dot === 0) continue;
`,
        replace: ``,
      },
    ],
  },
  {
    name: "linear-regression-ridge-penalizes-intercept",
    file: "linear-regression.ts",
    task: 0,
    why: "ridge appends a column of ones for the intercept and penalises it like every other coefficient (‖[b, w]‖² instead of ‖w‖²), which pulls the intercept towards 0.",
    edits: [
      {
        find: `    if (!(Number.isFinite(this.alpha) && this.alpha >= 0)) {
      throw new InvalidArgument(\`LinearRegression: alpha must be finite and ≥ 0, got \${this.alpha}\`);
`,
        replace: `    if (this.alpha === 0 || !this.fitIntercept) return super.fit(X, y);
    const p = X.cols;
    const ones: Matrix = { data: new Float64Array(X.rows * (p + 1)), rows: X.rows, cols: p + 1 };
    for (let i = 0; i < X.rows; i++) {
      ones.data[i * (p + 1)] = 1;
      ones.data.set(X.data.subarray(i * p, (i + 1) * p), i * (p + 1) + 1);
`,
      },
      {
        find: `    assertMatrix(X, "LinearRegression.fit: X");
    assertVector(y, "LinearRegression.fit: y", { length: X.rows });
    const { rows: n, cols: p, data } = X;
    const xMean = new Float64Array(p);
    let yMean = 0;
    if (this.fitIntercept) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < p; j++) xMean[j] = (xMean[j] as number) + (data[i * p + j] as number);
        yMean += y[i] as number;
      }
      for (let j = 0; j < p; j++) xMean[j] = (xMean[j] as number) / n;
      yMean /= n;
    }
    const extra = this.alpha > 0 ? p : 0;
    const rowsA = n + extra;
    if (rowsA < p || (this.alpha === 0 && this.fitIntercept && n <= p)) {
      throw new InvalidArgument(
        \`LinearRegression: \${n} samples cannot determine \${p} coefficients\${this.fitIntercept ? " and an intercept" : ""}; use alpha > 0 (ridge)\`,
      );
    }
    const A = new Float64Array(rowsA * p);
    const b = new Float64Array(rowsA);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) A[i * p + j] = (data[i * p + j] as number) - (xMean[j] as number);
      b[i] = (y[i] as number) - yMean;
    }
    const root = Math.sqrt(this.alpha);
    for (let j = 0; j < extra; j++) A[(n + j) * p + j] = root;
    let coef: Float64Array;
    try {
      coef = leastSquares({ data: A, rows: rowsA, cols: p }, b);
    } catch (error) {
      if (error instanceof InvalidArgument) {
        throw new InvalidArgument(
          \`LinearRegression: the features are collinear (\${error.message}); drop a column (e.g. OneHotEncoder drop: "first") or use alpha > 0\`,
        );
      }
      throw error;
    }
    let intercept = 0;
    if (this.fitIntercept) {
      intercept = yMean;
      for (let j = 0; j < p; j++) intercept -= (xMean[j] as number) * (coef[j] as number);
    }
    this.coef = coef;
    this.intercept = intercept;
`,
        replace: `    const inner = new Reference({ alpha: this.alpha, fitIntercept: false }).fit(ones, y);
    const all = inner.coef as Float64Array;
    this.coef = all.slice(1);
    this.intercept = all[0] as number;
`,
      },
    ],
  },
];
