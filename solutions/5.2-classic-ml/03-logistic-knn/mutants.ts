/** Known-wrong variants of the 5.2-classic-ml/03-logistic-knn solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "logistic-knn-accuracy-counts",
    file: "metrics.ts",
    task: 6,
    why: "accuracyScore returns the NUMBER of correct predictions instead of the fraction.",
    edits: [
      {
        find: `  if (yTrue.length !== yPred.length) {
    throw new ShapeError(\`accuracyScore: yTrue has \${yTrue.length} labels but yPred has \${yPred.length}\`);
  }
`,
        replace: `  if (yTrue.length !== yPred.length) throw new ShapeError("accuracyScore: lengths differ");
`,
      },
      {
        find: `  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i] as number;
    const p = yPred[i] as number;
    if (Number.isNaN(t) || Number.isNaN(p))
      throw new InvalidArgument(\`accuracyScore: NaN label at position \${i}\`);
    if (t === p) correct++;
  }
  return correct / yTrue.length;
`,
        replace: `  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct;
`,
      },
    ],
  },
  {
    name: "logistic-knn-cosine-zero-vector-nan",
    file: "knn.ts",
    task: 4,
    why: "the cosine distance divides by ‖a‖‖b‖ without checking for a zero vector, so any distance to [0, 0, …] is 0/0 = NaN.",
    edits: [
      {
        find: `  checkMetric(metric, "pairwiseDistances");
  assertMatrix(A, "pairwiseDistances: A");
  assertMatrix(B, "pairwiseDistances: B");
  if (A.cols !== B.cols) {
    throw new ShapeError(\`pairwiseDistances: A has \${A.cols} columns but B has \${B.cols}\`);
  }
  const normA = metric === "cosine" ? rowNorms(A) : null;
  const normB = metric === "cosine" ? rowNorms(B) : null;
  const out = new Float64Array(A.rows * B.rows);
`,
        replace: `  const D = reference(A, B, metric);
  if (metric !== "cosine") return D;
`,
      },
      {
        find: `    distancesFromRow(A, i, B, metric, normA, normB, out.subarray(i * B.rows, (i + 1) * B.rows));
`,
        replace: `    for (let j = 0; j < B.rows; j++) {
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let c = 0; c < A.cols; c++) {
        const a = A.data[i * A.cols + c] as number;
        const b = B.data[j * B.cols + c] as number;
        dot += a * b;
        na += a * a;
        nb += b * b;
      }
      D.data[i * B.rows + j] = 1 - dot / Math.sqrt(na * nb);
    }
`,
      },
      {
        find: `  return { data: out, rows: A.rows, cols: B.rows };
`,
        replace: `  return D;
`,
      },
    ],
  },
  {
    name: "logistic-knn-euclidean-no-sqrt",
    file: "knn.ts",
    task: 4,
    why: "the euclidean distance forgets the square root and returns Σ(aⱼ − bⱼ)². The neighbours and predictions are the same (√ is monotone), but every reported distance is wrong.",
    edits: [
      {
        find: `  checkMetric(metric, "pairwiseDistances");
  assertMatrix(A, "pairwiseDistances: A");
  assertMatrix(B, "pairwiseDistances: B");
  if (A.cols !== B.cols) {
    throw new ShapeError(\`pairwiseDistances: A has \${A.cols} columns but B has \${B.cols}\`);
  }
  const normA = metric === "cosine" ? rowNorms(A) : null;
  const normB = metric === "cosine" ? rowNorms(B) : null;
  const out = new Float64Array(A.rows * B.rows);
  for (let i = 0; i < A.rows; i++) {
    distancesFromRow(A, i, B, metric, normA, normB, out.subarray(i * B.rows, (i + 1) * B.rows));
  }
  return { data: out, rows: A.rows, cols: B.rows };
`,
        replace: `  const D = reference(A, B, metric);
  if (metric === "euclidean") for (let t = 0; t < D.data.length; t++) D.data[t] = (D.data[t] as number) ** 2;
  return D;
`,
      },
    ],
  },
  {
    name: "logistic-knn-fit-keeps-reference",
    file: "knn.ts",
    task: 5,
    why: 'fit stores a reference to the caller\'s X instead of a copy. When the caller later reuses or changes its array, the "trained" model changes with it.',
    edits: [
      {
        find: `  #X: Matrix | null = null;
`,
        replace: `  #y: ArrayLike<number> = [];
`,
      },
      {
        find: `    assertMatrix(X, "KNeighborsClassifier.fit: X");
    if (y.length !== X.rows) {
      throw new ShapeError(\`KNeighborsClassifier.fit: X has \${X.rows} rows but y has \${y.length} labels\`);
    }
    for (let i = 0; i < y.length; i++) {
      const label = y[i] as number;
      if (!(Number.isInteger(label) && Math.abs(label) < 2 ** 31)) {
        throw new InvalidArgument(
          \`KNeighborsClassifier.fit: y[\${i}] is \${label}; labels must be 32-bit integers\`,
        );
      }
    }
    if (this.nNeighbors > X.rows) {
      throw new InvalidArgument(
        \`KNeighborsClassifier.fit: nNeighbors = \${this.nNeighbors} but there are only \${X.rows} training rows\`,
      );
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const position = new Map<number, number>();
    classes.forEach((c, k) => {
      position.set(c, k);
    });
    this.#yIndex = Int32Array.from(y, (label) => position.get(label) as number);
    this.#X = { data: X.data.slice(), rows: X.rows, cols: X.cols };
    this.#normX = this.metric === "cosine" ? rowNorms(this.#X) : null;
    this.classes = classes;
`,
        replace: `    super.fit(X, y);
    this.#X = X; // the mistake: no copy
    this.#y = y;
`,
      },
      {
        find: `    this.#fitted();
    const { winner } = this.#vote(X);
    const classes = this.classes as Int32Array;
    return Int32Array.from(winner, (w) => classes[w] as number);
`,
        replace: `    // Refit on the (possibly changed) caller's data before every prediction.
    if (this.#X) super.fit(this.#X, this.#y);
    return super.predict(X);
`,
      },
    ],
  },
  {
    name: "logistic-knn-gradient-descent-fixed-steps",
    file: "logistic.ts",
    task: 2,
    why: "fit by plain gradient descent with a fixed learning rate (0.01) and a fixed number of steps (maxIter × 10), on unscaled features. It runs without error and the training accuracy looks plausible, but it stops far from the optimum: the coefficients are not scikit-learn's and the gradient does not vanish.",
    edits: [
      {
        find: `    checkLabels(y, X.rows, "LogisticRegression.fit");
`,
        replace: `    if (y.length !== X.rows) throw new ShapeError("LogisticRegression.fit: y length");
`,
      },
      {
        find: `    for (let i = 0; i < y.length; i++) ones += y[i] as number;
    if (ones === 0 || ones === y.length) {
      throw new InvalidArgument("LogisticRegression.fit: y must contain both classes 0 and 1");
    }
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0); // parameters: w (d), then b
`,
        replace: `    for (let i = 0; i < y.length; i++) {
      if (y[i] !== 0 && y[i] !== 1) throw new InvalidArgument(\`LogisticRegression.fit: label \${y[i]}\`);
      ones += y[i] as number;
    }
    if (ones === 0 || ones === y.length) throw new InvalidArgument("LogisticRegression.fit: one class only");
    const { rows: n, cols: d, data } = X;
`,
      },
      {
        find: `    const theta = new Float64Array(p);
    const z = new Float64Array(n);
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    const trial = new Float64Array(p);

    const logits = (t: Float64Array, out: Float64Array): void => {
      const b = this.fitIntercept ? (t[d] as number) : 0;
`,
        replace: `    const w = new Float64Array(d);
    let b = 0;
    const steps = this.maxIter * 10;
    for (let step = 0; step < steps; step++) {
      const gw = new Float64Array(d);
      let gb = 0;
`,
      },
      {
        find: `        let s = b;
        for (let j = 0; j < d; j++) s += (data[i * d + j] as number) * (t[j] as number);
        out[i] = s;
`,
        replace: `        let z = b;
        for (let j = 0; j < d; j++) z += (data[i * d + j] as number) * (w[j] as number);
        const r = sigmoid(z) - (y[i] as number);
        for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + (r * (data[i * d + j] as number)) / n;
        gb += r / n;
`,
      },
      {
        find: `    };
    const objective = (t: Float64Array, zz: Float64Array): number => {
      let loss = 0;
      for (let i = 0; i < n; i++) loss += softplus(zz[i] as number) - (y[i] as number) * (zz[i] as number);
      let ww = 0;
      for (let j = 0; j < d; j++) ww += (t[j] as number) ** 2;
      return loss / n + 0.5 * lambda * ww;
    };

    logits(theta, z);
    let J = objective(theta, z);
    this.converged = false;
    let iter = 0;
    for (; iter < this.maxIter; iter++) {
      grad.fill(0);
      hess.fill(0);
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(z[i] as number);
        const r = pi - (y[i] as number);
        const s = pi * (1 - pi);
        const row = i * d;
        for (let a = 0; a < p; a++) {
          const xa = a < d ? (data[row + a] as number) : 1;
          grad[a] = (grad[a] as number) + r * xa;
          const sxa = s * xa;
          for (let c = 0; c <= a; c++) {
            const xc = c < d ? (data[row + c] as number) : 1;
            hess[a * p + c] = (hess[a * p + c] as number) + sxa * xc;
          }
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        grad[a] = (grad[a] as number) / n + (a < d ? lambda * (theta[a] as number) : 0);
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
        for (let c = 0; c <= a; c++) {
          const h = (hess[a * p + c] as number) / n + (a === c && a < d ? lambda : 0);
          hess[a * p + c] = h;
          hess[c * p + a] = h;
        }
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      let step = choleskySolve(hess, grad, p);
      if (step === null) {
        // Singular Hessian (e.g. separable data without penalty): fall back to a tiny ridge.
        for (let a = 0; a < p; a++) hess[a * p + a] = (hess[a * p + a] as number) + 1e-10;
        step = choleskySolve(hess, grad, p) ?? Float64Array.from(grad);
      }
      // Backtracking line search: halve the Newton step until the objective decreases.
      let t = 1;
      let accepted = false;
      for (let halvings = 0; halvings < 50; halvings++, t /= 2) {
        for (let a = 0; a < p; a++) trial[a] = (theta[a] as number) - t * (step[a] as number);
        logits(trial, z);
        const Jt = objective(trial, z);
        if (Jt <= J) {
          theta.set(trial);
          J = Jt;
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        logits(theta, z); // no progress possible in floating point: we are at the optimum
        this.converged = true;
        iter++;
        break;
      }
`,
        replace: `      for (let j = 0; j < d; j++)
        w[j] = (w[j] as number) - 0.01 * ((gw[j] as number) + lambda * (w[j] as number));
      if (this.fitIntercept) b -= 0.01 * gb;
`,
      },
      {
        find: `    this.nIter = iter;
    this.coef = theta.slice(0, d);
    this.intercept = this.fitIntercept ? (theta[d] as number) : 0;
`,
        replace: `    this.nIter = steps;
    this.converged = true;
    this.coef = w;
    this.intercept = b;
`,
      },
    ],
  },
  {
    name: "logistic-knn-logits-via-sigmoid",
    file: "logistic.ts",
    task: 1,
    why: "logLossFromLogits forms the probabilities first and takes their logarithms: −[y ln σ(z) + (1 − y) ln(1 − σ(z))]. For z = −800, σ(z) underflows to 0 and the loss is Infinity instead of 800.",
    edits: [
      {
        find: `  checkLabels(yTrue, logits.length, "logLossFromLogits");
`,
        replace: `  if (yTrue.length !== logits.length) throw new ShapeError("logLossFromLogits: lengths differ");
`,
      },
      {
        find: `  for (let i = 0; i < yTrue.length; i++) {
    const z = logits[i] as number;
    if (!Number.isFinite(z)) throw new InvalidArgument(\`logLossFromLogits: logits[\${i}] is \${z}\`);
    sum += softplus(z) - (yTrue[i] as number) * z;
`,
        replace: `  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i] as number;
    const z = logits[i] as number;
    if (y !== 0 && y !== 1) throw new InvalidArgument(\`logLossFromLogits: label \${y}\`);
    if (!Number.isFinite(z)) throw new InvalidArgument(\`logLossFromLogits: logit \${z}\`);
    const p = sigmoid(z);
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
`,
      },
    ],
  },
  {
    name: "logistic-knn-logloss-no-clip",
    file: "logistic.ts",
    task: 1,
    why: "logLoss without clipping the probabilities, so a certain wrong answer (p = 0 for y = 1) costs −ln 0 = Infinity instead of −ln ε.",
    edits: [
      {
        find: `export function logLoss(
  yTrue: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  eps: number = Number.EPSILON,
): number {
`,
        replace: `export function logLoss(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, _eps?: number): number {
`,
      },
      {
        find: `  checkLabels(yTrue, probabilities.length, "logLoss");
  if (!(eps >= 0 && eps < 0.5)) throw new InvalidArgument(\`logLoss: eps must be in [0, 0.5), got \${eps}\`);
`,
        replace: `  if (yTrue.length !== probabilities.length) throw new ShapeError("logLoss: lengths differ");
`,
      },
      {
        find: `  for (let i = 0; i < yTrue.length; i++) {
    const p = probabilities[i] as number;
    if (!(p >= 0 && p <= 1)) throw new InvalidArgument(\`logLoss: probabilities[\${i}] is \${p}, not in [0, 1]\`);
    const q = Math.min(Math.max(p, eps), 1 - eps);
    sum -= yTrue[i] === 1 ? Math.log(q) : Math.log(1 - q);
`,
        replace: `  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i] as number;
    const p = probabilities[i] as number;
    if (y !== 0 && y !== 1) throw new InvalidArgument(\`logLoss: label \${y}\`);
    if (!(p >= 0 && p <= 1)) throw new InvalidArgument(\`logLoss: probability \${p}\`);
    sum -= y === 1 ? Math.log(p) : Math.log(1 - p);
`,
      },
    ],
  },
  {
    name: "logistic-knn-penalises-intercept",
    file: "logistic.ts",
    task: 2,
    why: "the L2 penalty also shrinks the intercept (λ‖θ‖² over all parameters, b included). With a strong penalty b is pulled to 0 instead of to the log-odds of the base rate, and every fit differs from scikit-learn's, which never penalises the intercept.",
    edits: [
      {
        find: `    checkLabels(y, X.rows, "LogisticRegression.fit");
    let ones = 0;
    for (let i = 0; i < y.length; i++) ones += y[i] as number;
    if (ones === 0 || ones === y.length) {
      throw new InvalidArgument("LogisticRegression.fit: y must contain both classes 0 and 1");
    }
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0); // parameters: w (d), then b
    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;
    const theta = new Float64Array(p);
    const z = new Float64Array(n);
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    const trial = new Float64Array(p);

    const logits = (t: Float64Array, out: Float64Array): void => {
      const b = this.fitIntercept ? (t[d] as number) : 0;
      for (let i = 0; i < n; i++) {
        let s = b;
        for (let j = 0; j < d; j++) s += (data[i * d + j] as number) * (t[j] as number);
        out[i] = s;
      }
    };
    const objective = (t: Float64Array, zz: Float64Array): number => {
      let loss = 0;
      for (let i = 0; i < n; i++) loss += softplus(zz[i] as number) - (y[i] as number) * (zz[i] as number);
      let ww = 0;
      for (let j = 0; j < d; j++) ww += (t[j] as number) ** 2;
      return loss / n + 0.5 * lambda * ww;
    };

    logits(theta, z);
    let J = objective(theta, z);
    this.converged = false;
    let iter = 0;
    for (; iter < this.maxIter; iter++) {
      grad.fill(0);
      hess.fill(0);
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(z[i] as number);
        const r = pi - (y[i] as number);
        const s = pi * (1 - pi);
        const row = i * d;
        for (let a = 0; a < p; a++) {
          const xa = a < d ? (data[row + a] as number) : 1;
          grad[a] = (grad[a] as number) + r * xa;
          const sxa = s * xa;
          for (let c = 0; c <= a; c++) {
            const xc = c < d ? (data[row + c] as number) : 1;
            hess[a * p + c] = (hess[a * p + c] as number) + sxa * xc;
          }
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        grad[a] = (grad[a] as number) / n + (a < d ? lambda * (theta[a] as number) : 0);
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
        for (let c = 0; c <= a; c++) {
          const h = (hess[a * p + c] as number) / n + (a === c && a < d ? lambda : 0);
          hess[a * p + c] = h;
          hess[c * p + a] = h;
        }
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      let step = choleskySolve(hess, grad, p);
      if (step === null) {
        // Singular Hessian (e.g. separable data without penalty): fall back to a tiny ridge.
        for (let a = 0; a < p; a++) hess[a * p + a] = (hess[a * p + a] as number) + 1e-10;
        step = choleskySolve(hess, grad, p) ?? Float64Array.from(grad);
      }
      // Backtracking line search: halve the Newton step until the objective decreases.
      let t = 1;
      let accepted = false;
      for (let halvings = 0; halvings < 50; halvings++, t /= 2) {
        for (let a = 0; a < p; a++) trial[a] = (theta[a] as number) - t * (step[a] as number);
        logits(trial, z);
        const Jt = objective(trial, z);
        if (Jt <= J) {
          theta.set(trial);
          J = Jt;
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        logits(theta, z); // no progress possible in floating point: we are at the optimum
        this.converged = true;
        iter++;
        break;
      }
`,
        replace: `    if (y.length !== X.rows) throw new ShapeError("LogisticRegression.fit: y length");
    let ones = 0;
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== 0 && y[i] !== 1) throw new InvalidArgument(\`LogisticRegression.fit: label \${y[i]}\`);
      ones += y[i] as number;
    }
    if (ones === 0 || ones === y.length) throw new InvalidArgument("LogisticRegression.fit: one class only");
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0);
    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;
    const penalised = (a: number) => a < d || true;
    const theta = new Float64Array(p);
    const x = (i: number, a: number) => (a < d ? (data[i * d + a] as number) : 1);
    let iter = 0;
    this.converged = false;
    for (; iter < this.maxIter; iter++) {
      const grad = new Float64Array(p);
      const hess = new Float64Array(p * p);
      for (let i = 0; i < n; i++) {
        let z = 0;
        for (let a = 0; a < p; a++) z += x(i, a) * (theta[a] as number);
        const pi = sigmoid(z);
        for (let a = 0; a < p; a++) {
          grad[a] = (grad[a] as number) + ((pi - (y[i] as number)) * x(i, a)) / n;
          for (let c = 0; c < p; c++)
            hess[a * p + c] = (hess[a * p + c] as number) + (pi * (1 - pi) * x(i, a) * x(i, c)) / n;
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        if (penalised(a)) {
          grad[a] = (grad[a] as number) + lambda * (theta[a] as number);
          hess[a * p + a] = (hess[a * p + a] as number) + lambda;
        }
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      // Gaussian elimination on [H | g] (H is symmetric positive definite here).
      const m = hess.slice();
      const r = grad.slice();
      for (let k = 0; k < p; k++) {
        for (let i = k + 1; i < p; i++) {
          const f = (m[i * p + k] as number) / (m[k * p + k] as number);
          for (let j = k; j < p; j++) m[i * p + j] = (m[i * p + j] as number) - f * (m[k * p + j] as number);
          r[i] = (r[i] as number) - f * (r[k] as number);
        }
      }
      for (let k = p - 1; k >= 0; k--) {
        let s = r[k] as number;
        for (let j = k + 1; j < p; j++) s -= (m[k * p + j] as number) * (r[j] as number);
        r[k] = s / (m[k * p + k] as number);
      }
      for (let a = 0; a < p; a++) theta[a] = (theta[a] as number) - (r[a] as number);
`,
      },
    ],
  },
  {
    name: "logistic-knn-penalty-ignores-n",
    file: "logistic.ts",
    task: 2,
    why: "the penalty is added to the MEAN loss as ‖w‖²/(2C), forgetting the 1/n that makes it scikit-learn's C·Σloss + ½‖w‖². The model is regularised n times too strongly.",
    edits: [
      {
        find: `    checkLabels(y, X.rows, "LogisticRegression.fit");
    let ones = 0;
    for (let i = 0; i < y.length; i++) ones += y[i] as number;
    if (ones === 0 || ones === y.length) {
      throw new InvalidArgument("LogisticRegression.fit: y must contain both classes 0 and 1");
    }
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0); // parameters: w (d), then b
    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;
    const theta = new Float64Array(p);
    const z = new Float64Array(n);
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    const trial = new Float64Array(p);

    const logits = (t: Float64Array, out: Float64Array): void => {
      const b = this.fitIntercept ? (t[d] as number) : 0;
      for (let i = 0; i < n; i++) {
        let s = b;
        for (let j = 0; j < d; j++) s += (data[i * d + j] as number) * (t[j] as number);
        out[i] = s;
      }
    };
    const objective = (t: Float64Array, zz: Float64Array): number => {
      let loss = 0;
      for (let i = 0; i < n; i++) loss += softplus(zz[i] as number) - (y[i] as number) * (zz[i] as number);
      let ww = 0;
      for (let j = 0; j < d; j++) ww += (t[j] as number) ** 2;
      return loss / n + 0.5 * lambda * ww;
    };

    logits(theta, z);
    let J = objective(theta, z);
    this.converged = false;
    let iter = 0;
    for (; iter < this.maxIter; iter++) {
      grad.fill(0);
      hess.fill(0);
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(z[i] as number);
        const r = pi - (y[i] as number);
        const s = pi * (1 - pi);
        const row = i * d;
        for (let a = 0; a < p; a++) {
          const xa = a < d ? (data[row + a] as number) : 1;
          grad[a] = (grad[a] as number) + r * xa;
          const sxa = s * xa;
          for (let c = 0; c <= a; c++) {
            const xc = c < d ? (data[row + c] as number) : 1;
            hess[a * p + c] = (hess[a * p + c] as number) + sxa * xc;
          }
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        grad[a] = (grad[a] as number) / n + (a < d ? lambda * (theta[a] as number) : 0);
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
        for (let c = 0; c <= a; c++) {
          const h = (hess[a * p + c] as number) / n + (a === c && a < d ? lambda : 0);
          hess[a * p + c] = h;
          hess[c * p + a] = h;
        }
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      let step = choleskySolve(hess, grad, p);
      if (step === null) {
        // Singular Hessian (e.g. separable data without penalty): fall back to a tiny ridge.
        for (let a = 0; a < p; a++) hess[a * p + a] = (hess[a * p + a] as number) + 1e-10;
        step = choleskySolve(hess, grad, p) ?? Float64Array.from(grad);
      }
      // Backtracking line search: halve the Newton step until the objective decreases.
      let t = 1;
      let accepted = false;
      for (let halvings = 0; halvings < 50; halvings++, t /= 2) {
        for (let a = 0; a < p; a++) trial[a] = (theta[a] as number) - t * (step[a] as number);
        logits(trial, z);
        const Jt = objective(trial, z);
        if (Jt <= J) {
          theta.set(trial);
          J = Jt;
          accepted = true;
          break;
        }
      }
      if (!accepted) {
        logits(theta, z); // no progress possible in floating point: we are at the optimum
        this.converged = true;
        iter++;
        break;
      }
`,
        replace: `    if (y.length !== X.rows) throw new ShapeError("LogisticRegression.fit: y length");
    let ones = 0;
    for (let i = 0; i < y.length; i++) {
      if (y[i] !== 0 && y[i] !== 1) throw new InvalidArgument(\`LogisticRegression.fit: label \${y[i]}\`);
      ones += y[i] as number;
    }
    if (ones === 0 || ones === y.length) throw new InvalidArgument("LogisticRegression.fit: one class only");
    const { rows: n, cols: d, data } = X;
    const p = d + (this.fitIntercept ? 1 : 0);
    const lambda = this.penalty === "l2" ? 1 / this.C : 0;
    const penalised = (a: number) => a < d || false;
    const theta = new Float64Array(p);
    const x = (i: number, a: number) => (a < d ? (data[i * d + a] as number) : 1);
    let iter = 0;
    this.converged = false;
    for (; iter < this.maxIter; iter++) {
      const grad = new Float64Array(p);
      const hess = new Float64Array(p * p);
      for (let i = 0; i < n; i++) {
        let z = 0;
        for (let a = 0; a < p; a++) z += x(i, a) * (theta[a] as number);
        const pi = sigmoid(z);
        for (let a = 0; a < p; a++) {
          grad[a] = (grad[a] as number) + ((pi - (y[i] as number)) * x(i, a)) / n;
          for (let c = 0; c < p; c++)
            hess[a * p + c] = (hess[a * p + c] as number) + (pi * (1 - pi) * x(i, a) * x(i, c)) / n;
        }
      }
      let gmax = 0;
      for (let a = 0; a < p; a++) {
        if (penalised(a)) {
          grad[a] = (grad[a] as number) + lambda * (theta[a] as number);
          hess[a * p + a] = (hess[a * p + a] as number) + lambda;
        }
        gmax = Math.max(gmax, Math.abs(grad[a] as number));
      }
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      // Gaussian elimination on [H | g] (H is symmetric positive definite here).
      const m = hess.slice();
      const r = grad.slice();
      for (let k = 0; k < p; k++) {
        for (let i = k + 1; i < p; i++) {
          const f = (m[i * p + k] as number) / (m[k * p + k] as number);
          for (let j = k; j < p; j++) m[i * p + j] = (m[i * p + j] as number) - f * (m[k * p + j] as number);
          r[i] = (r[i] as number) - f * (r[k] as number);
        }
      }
      for (let k = p - 1; k >= 0; k--) {
        let s = r[k] as number;
        for (let j = k + 1; j < p; j++) s -= (m[k * p + j] as number) * (r[j] as number);
        r[k] = s / (m[k * p + k] as number);
      }
      for (let a = 0; a < p; a++) theta[a] = (theta[a] as number) - (r[a] as number);
`,
      },
    ],
  },
  {
    name: "logistic-knn-proba-one-minus",
    file: "logistic.ts",
    task: 2,
    why: "predictProba computes P(y = 0) as 1 − σ(z). Far from the boundary (z ≈ 30) that subtraction keeps only about three significant digits, and beyond z ≈ 37 it gives exactly 0.",
    edits: [
      {
        find: `      out[2 * i] = sigmoid(-(z[i] as number));
      out[2 * i + 1] = sigmoid(z[i] as number);
`,
        replace: `      const p = sigmoid(z[i] as number);
      out[2 * i] = 1 - p;
      out[2 * i + 1] = p;
`,
      },
    ],
  },
  {
    name: "logistic-knn-sigmoid-exp-ratio",
    file: "logistic.ts",
    task: 1,
    why: "the sigmoid written as e^z / (1 + e^z) for every z. For z > 709, e^z overflows to Infinity and the result is Infinity / Infinity = NaN.",
    edits: [
      {
        find: `  if (z >= 0) return 1 / (1 + Math.exp(-z));
`,
        replace: ``,
      },
    ],
  },
  {
    name: "logistic-knn-ties-later-index-first",
    file: "knn.ts",
    task: 5,
    why: "neighbours at equal distances come out in DESCENDING training-row order (an insertion that goes before equal elements, `>=` instead of `>`), so which of several equally distant points makes the cut is not the stated one.",
    edits: [
      {
        find: `    assertMatrix(X, "KNeighborsClassifier.fit: X");
    if (y.length !== X.rows) {
      throw new ShapeError(\`KNeighborsClassifier.fit: X has \${X.rows} rows but y has \${y.length} labels\`);
    }
    for (let i = 0; i < y.length; i++) {
      const label = y[i] as number;
      if (!(Number.isInteger(label) && Math.abs(label) < 2 ** 31)) {
        throw new InvalidArgument(
          \`KNeighborsClassifier.fit: y[\${i}] is \${label}; labels must be 32-bit integers\`,
        );
      }
    }
    if (this.nNeighbors > X.rows) {
      throw new InvalidArgument(
        \`KNeighborsClassifier.fit: nNeighbors = \${this.nNeighbors} but there are only \${X.rows} training rows\`,
      );
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const position = new Map<number, number>();
    classes.forEach((c, k) => {
      position.set(c, k);
    });
    this.#yIndex = Int32Array.from(y, (label) => position.get(label) as number);
`,
        replace: `    super.fit(X, y);
`,
      },
      {
        find: `    this.#normX = this.metric === "cosine" ? rowNorms(this.#X) : null;
    this.classes = classes;
`,
        replace: ``,
      },
      {
        find: `    const train = this.#fitted();
    assertMatrix(X, "KNeighborsClassifier.kneighbors: X", { cols: train.cols });
    if (!(Number.isInteger(k) && k >= 1 && k <= train.rows)) {
      throw new InvalidArgument(
        \`KNeighborsClassifier.kneighbors: k must be an integer in [1, \${train.rows}], got \${k}\`,
      );
    }
    const normQ = this.metric === "cosine" ? rowNorms(X) : null;
    const dist = new Float64Array(train.rows);
`,
        replace: `    super.kneighbors(X, k); // validation and NotFittedError
    const train = this.#X as Matrix;
    if (!(Number.isInteger(k) && k >= 1 && k <= train.rows)) throw new InvalidArgument(\`k = \${k}\`);
    const D = pairwiseDistances(X, train, this.metric);
`,
      },
      {
        find: `      distancesFromRow(X, i, train, this.metric, normQ, this.#normX, dist);
      // Keep the k best in a sorted buffer; insert after equal distances, so ties keep index order.
      const bi = indices.subarray(i * k, (i + 1) * k);
      const bd = distances.subarray(i * k, (i + 1) * k);
      let filled = 0;
      for (let r = 0; r < train.rows; r++) {
        const dr = dist[r] as number;
        if (filled === k && dr >= (bd[k - 1] as number)) continue;
        let pos = filled < k ? filled++ : k - 1;
        while (pos > 0 && (bd[pos - 1] as number) > dr) {
          bd[pos] = bd[pos - 1] as number;
          bi[pos] = bi[pos - 1] as number;
          pos--;
        }
        bd[pos] = dr;
        bi[pos] = r;
`,
        replace: `      const order = Array.from({ length: train.rows }, (_, r) => r).sort(
        (a, b) => (D.data[i * train.rows + a] as number) - (D.data[i * train.rows + b] as number) || b - a,
      );
      for (let t = 0; t < k; t++) {
        indices[i * k + t] = order[t] as number;
        distances[i * k + t] = D.data[i * train.rows + (order[t] as number)] as number;
`,
      },
    ],
  },
  {
    name: "logistic-knn-vote-tie-smallest-label",
    file: "knn.ts",
    task: 5,
    why: "a tie in the vote always goes to the smallest label (scikit-learn's rule), instead of the tied class with the nearest neighbour as this exercise specifies.",
    edits: [
      {
        find: `  #X: Matrix | null = null;
`,
        replace: `  #y: Float64Array = new Float64Array(0);
`,
      },
      {
        find: `    assertMatrix(X, "KNeighborsClassifier.fit: X");
    if (y.length !== X.rows) {
      throw new ShapeError(\`KNeighborsClassifier.fit: X has \${X.rows} rows but y has \${y.length} labels\`);
    }
    for (let i = 0; i < y.length; i++) {
      const label = y[i] as number;
      if (!(Number.isInteger(label) && Math.abs(label) < 2 ** 31)) {
        throw new InvalidArgument(
          \`KNeighborsClassifier.fit: y[\${i}] is \${label}; labels must be 32-bit integers\`,
        );
      }
    }
    if (this.nNeighbors > X.rows) {
      throw new InvalidArgument(
        \`KNeighborsClassifier.fit: nNeighbors = \${this.nNeighbors} but there are only \${X.rows} training rows\`,
      );
    }
    const classes = Int32Array.from(new Set(Array.from(y))).sort();
    const position = new Map<number, number>();
    classes.forEach((c, k) => {
      position.set(c, k);
    });
    this.#yIndex = Int32Array.from(y, (label) => position.get(label) as number);
    this.#X = { data: X.data.slice(), rows: X.rows, cols: X.cols };
    this.#normX = this.metric === "cosine" ? rowNorms(this.#X) : null;
    this.classes = classes;
`,
        replace: `    super.fit(X, y);
    this.#y = Float64Array.from(y);
`,
      },
      {
        find: `    this.#fitted();
    const { winner } = this.#vote(X);
    const classes = this.classes as Int32Array;
    return Int32Array.from(winner, (w) => classes[w] as number);
`,
        replace: `    const { indices, k } = this.kneighbors(X);
    const out = new Int32Array(X.rows);
    for (let i = 0; i < X.rows; i++) {
      const votes = new Map<number, number>();
      for (let t = 0; t < k; t++) {
        const label = this.#y[indices[i * k + t] as number] as number;
        votes.set(label, (votes.get(label) ?? 0) + 1);
      }
      const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      out[i] = (ranked[0] as [number, number])[0];
    }
    return out;
`,
      },
    ],
  },
];
