/** Known-wrong variants of the 5.1-math/06-mse-bias-variance solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "mse-bias-variance-classify-swapped",
    file: "bias-variance.ts",
    task: 5,
    why: '"underfit" and "overfit" swapped — a high training error is called over-fitting, a low training error with a high test error under-fitting.',
    edits: [
      {
        find: `  for (const [name, value] of [
    ["trainMse", trainMse],
    ["testMse", testMse],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new InvalidArgument(\`classifyFit: \${name} must be finite and ≥ 0, got \${value}\`);
    }
  }
  if (!Number.isFinite(noiseVar) || noiseVar <= 0) {
    throw new InvalidArgument(\`classifyFit: noiseVar must be finite and > 0, got \${noiseVar}\`);
  }
  const high = FIT_FACTOR * noiseVar;
  if (trainMse > high) return "underfit";
  if (testMse > high) return "overfit";
  return "good";
`,
        replace: `  const verdict = reference(trainMse, testMse, noiseVar);
  if (verdict === "underfit") return "overfit";
  if (verdict === "overfit") return "underfit";
  return verdict;
`,
      },
    ],
  },
  {
    name: "mse-bias-variance-gradient-missing-two",
    file: "mse.ts",
    task: 2,
    why: "the gradient forgets the 2 from d(r²)/dr = 2r and returns (ŷ − y)/n.",
    edits: [
      {
        find: `  check(yTrue, yPred, "mseGradient");
`,
        replace: `  if (yTrue.length !== yPred.length)
    throw new ShapeError(\`lengths \${yTrue.length} and \${yPred.length} differ\`);
  if (yTrue.length === 0) throw new InvalidArgument("empty");
`,
      },
      {
        find: `  const grad = new Float64Array(n);
  for (let i = 0; i < n; i++) grad[i] = (2 / n) * ((yPred[i] as number) - (yTrue[i] as number));
  return grad;
`,
        replace: `  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = (yPred[i] as number) - (yTrue[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(\`value \${i} is not finite\`);
    g[i] = r / n;
  }
  return g;
`,
      },
    ],
  },
  {
    name: "mse-bias-variance-mse-absolute-error",
    file: "mse.ts",
    task: 1,
    why: "uses |ŷ − y| instead of (ŷ − y)², i.e. computes the mean ABSOLUTE error.",
    edits: [
      {
        find: `  check(yTrue, yPred, "mse");
`,
        replace: `  if (yTrue.length !== yPred.length)
    throw new ShapeError(\`lengths \${yTrue.length} and \${yPred.length} differ\`);
  if (yTrue.length === 0) throw new InvalidArgument("empty");
`,
      },
      {
        find: `    sum += r * r;
`,
        replace: `    if (!Number.isFinite(r)) throw new InvalidArgument(\`value \${i} is not finite\`);
    sum += Math.abs(r);
`,
      },
    ],
  },
  {
    name: "mse-bias-variance-mse-sum-not-mean",
    file: "mse.ts",
    task: 1,
    why: 'the "mean" squared error forgets to divide by n — it returns the sum of squares.',
    edits: [
      {
        find: `  check(yTrue, yPred, "mse");
`,
        replace: `  if (yTrue.length !== yPred.length)
    throw new ShapeError(\`lengths \${yTrue.length} and \${yPred.length} differ\`);
  if (yTrue.length === 0) throw new InvalidArgument("empty");
`,
      },
      {
        find: `    const r = (yPred[i] as number) - (yTrue[i] as number);
`,
        replace: `    const r = (yPred[i] as number) - (yTrue[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(\`value \${i} is not finite\`);
`,
      },
      {
        find: `  return sum / yTrue.length;
`,
        replace: `  return sum;
`,
      },
    ],
  },
  {
    name: "mse-bias-variance-polyfit-no-intercept",
    file: "bias-variance.ts",
    task: 3,
    why: "the Vandermonde matrix starts at z¹ instead of z⁰, so the fit has no intercept (coeffs[0] stays 0) and every polynomial is forced through p(center) = 0.",
    edits: [
      {
        find: `  if (x.length !== y.length) throw new ShapeError(\`polyFit: x has \${x.length} values but y has \${y.length}\`);
  if (!Number.isInteger(degree) || degree < 0) {
    throw new InvalidArgument(\`polyFit: degree must be a non-negative integer, got \${degree}\`);
`,
        replace: `  if (x.length !== y.length) throw new ShapeError(\`lengths \${x.length} and \${y.length} differ\`);
  if (!Number.isInteger(degree) || degree < 0) throw new InvalidArgument(\`bad degree \${degree}\`);
  if (x.length === 0) throw new InvalidArgument("no data");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
      throw new InvalidArgument(\`point \${i} is not finite\`);
`,
      },
      {
        find: `  if (x.length === 0) throw new InvalidArgument("polyFit: no data");
  checkFinite(x, "x");
  checkFinite(y, "y");
  const n = x.length;
  const q = degree + 1;
  const distinct = new Set(Array.from(x)).size;
  if (distinct < q) {
    throw new InvalidArgument(
      \`polyFit: a degree-\${degree} polynomial needs at least \${q} distinct x values, got \${distinct}\`,
    );
  }

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i] as number);
    hi = Math.max(hi, x[i] as number);
  }
`,
        replace: `  if (new Set(Array.from(x)).size < degree + 1) throw new InvalidArgument("too few distinct x");
  const xs = Array.from(x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
`,
      },
      {
        find: `
  // V (n×q, row-major) and a copy of y, both overwritten in place by the QR steps.
  const V = new Float64Array(n * q);
  const r = Float64Array.from(y);
  for (let i = 0; i < n; i++) {
    const z = ((x[i] as number) - center) / halfRange;
    let power = 1;
    for (let j = 0; j < q; j++) {
      V[i * q + j] = power;
      power *= z;
`,
        replace: `  const z = xs.map((v) => (v - center) / halfRange);
  // Normal equations over the columns z¹…zᵈ only, solved by Gaussian elimination.
  const q = degree;
  const G = Array.from({ length: q }, () => new Array<number>(q + 1).fill(0));
  for (let i = 0; i < z.length; i++) {
    for (let a = 0; a < q; a++) {
      const za = (z[i] as number) ** (a + 1);
      const row = G[a] as number[];
      for (let b = 0; b < q; b++) row[b] = (row[b] as number) + za * (z[i] as number) ** (b + 1);
      row[q] = (row[q] as number) + za * (y[i] as number);
`,
      },
      {
        find: `
  // Householder QR: for each column j, reflect V[j.., j] onto a multiple of e₁, applying the
  // same reflection H = I − 2vvᵀ/(vᵀv) to the remaining columns and to y.
  const v = new Float64Array(n);
  for (let j = 0; j < q; j++) {
    let norm = 0;
    for (let i = j; i < n; i++) norm = Math.hypot(norm, V[i * q + j] as number);
    const head = V[j * q + j] as number;
    const alpha = head > 0 ? -norm : norm; // the sign that avoids cancellation in head − alpha
    let vv = 0;
    for (let i = j; i < n; i++) {
      v[i] = (V[i * q + j] as number) - (i === j ? alpha : 0);
      vv += (v[i] as number) ** 2;
`,
        replace: `  for (let c = 0; c < q; c++) {
    const pivot = G[c] as number[];
    for (let r = c + 1; r < q; r++) {
      const row = G[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k <= q; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
`,
      },
      {
        find: `    if (vv === 0) continue;
    for (let c = j; c < q; c++) {
      let s = 0;
      for (let i = j; i < n; i++) s += (v[i] as number) * (V[i * q + c] as number);
      const f = (2 * s) / vv;
      for (let i = j; i < n; i++) V[i * q + c] = (V[i * q + c] as number) - f * (v[i] as number);
    }
    let s = 0;
    for (let i = j; i < n; i++) s += (v[i] as number) * (r[i] as number);
    const f = (2 * s) / vv;
    for (let i = j; i < n; i++) r[i] = (r[i] as number) - f * (v[i] as number);
`,
        replace: ``,
      },
      {
        find: `
  // Back substitution: R c = (Qᵀy)[0..q).
  const coeffs = new Float64Array(q);
  for (let j = q - 1; j >= 0; j--) {
    let s = r[j] as number;
    for (let c = j + 1; c < q; c++) s -= (V[j * q + c] as number) * (coeffs[c] as number);
    coeffs[j] = s / (V[j * q + j] as number);
`,
        replace: `  const coeffs = new Float64Array(degree + 1);
  for (let c = q - 1; c >= 0; c--) {
    const row = G[c] as number[];
    let s = row[q] as number;
    for (let k = c + 1; k < q; k++) s -= (row[k] as number) * (coeffs[k + 1] as number);
    coeffs[c + 1] = s / (row[c] as number);
`,
      },
    ],
  },
  {
    name: "mse-bias-variance-polyfit-normal-equations",
    file: "bias-variance.ts",
    task: 3,
    why: "solves the normal equations VᵀV c = Vᵀy with Cholesky. Correct on paper and fine at low degree on scaled inputs, but VᵀV squares the condition number: around degree 20 the factorisation breaks down (a non-positive pivot) or returns a badly wrong fit.",
    edits: [
      {
        find: `  if (x.length !== y.length) throw new ShapeError(\`polyFit: x has \${x.length} values but y has \${y.length}\`);
  if (!Number.isInteger(degree) || degree < 0) {
    throw new InvalidArgument(\`polyFit: degree must be a non-negative integer, got \${degree}\`);
`,
        replace: `  if (x.length !== y.length) throw new ShapeError(\`lengths \${x.length} and \${y.length} differ\`);
  if (!Number.isInteger(degree) || degree < 0) throw new InvalidArgument(\`bad degree \${degree}\`);
  if (x.length === 0) throw new InvalidArgument("no data");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
      throw new InvalidArgument(\`point \${i} is not finite\`);
`,
      },
      {
        find: `  if (x.length === 0) throw new InvalidArgument("polyFit: no data");
  checkFinite(x, "x");
  checkFinite(y, "y");
  const n = x.length;
  const q = degree + 1;
  const distinct = new Set(Array.from(x)).size;
  if (distinct < q) {
    throw new InvalidArgument(
      \`polyFit: a degree-\${degree} polynomial needs at least \${q} distinct x values, got \${distinct}\`,
    );
  }

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i] as number);
    hi = Math.max(hi, x[i] as number);
  }
`,
        replace: `  if (new Set(Array.from(x)).size < degree + 1) throw new InvalidArgument("too few distinct x");
  const xs = Array.from(x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
`,
      },
      {
        find: `
  // V (n×q, row-major) and a copy of y, both overwritten in place by the QR steps.
  const V = new Float64Array(n * q);
  const r = Float64Array.from(y);
  for (let i = 0; i < n; i++) {
    const z = ((x[i] as number) - center) / halfRange;
    let power = 1;
    for (let j = 0; j < q; j++) {
      V[i * q + j] = power;
      power *= z;
`,
        replace: `  const q = degree + 1;
  const G = new Float64Array(q * q);
  const r = new Float64Array(q);
  for (let i = 0; i < xs.length; i++) {
    const z = ((xs[i] as number) - center) / halfRange;
    const pw = Array.from({ length: q }, (_, j) => z ** j);
    for (let a = 0; a < q; a++) {
      r[a] = (r[a] as number) + (pw[a] as number) * (y[i] as number);
      for (let b = 0; b < q; b++)
        G[a * q + b] = (G[a * q + b] as number) + (pw[a] as number) * (pw[b] as number);
`,
      },
      {
        find: `
  // Householder QR: for each column j, reflect V[j.., j] onto a multiple of e₁, applying the
  // same reflection H = I − 2vvᵀ/(vᵀv) to the remaining columns and to y.
  const v = new Float64Array(n);
`,
        replace: `  const L = new Float64Array(q * q);
`,
      },
      {
        find: `    let norm = 0;
    for (let i = j; i < n; i++) norm = Math.hypot(norm, V[i * q + j] as number);
    const head = V[j * q + j] as number;
    const alpha = head > 0 ? -norm : norm; // the sign that avoids cancellation in head − alpha
    let vv = 0;
    for (let i = j; i < n; i++) {
      v[i] = (V[i * q + j] as number) - (i === j ? alpha : 0);
      vv += (v[i] as number) ** 2;
`,
        replace: `    let s = G[j * q + j] as number;
    for (let k = 0; k < j; k++) s -= (L[j * q + k] as number) ** 2;
    if (!(s > 0)) throw new InvalidArgument("polyFit: VᵀV is not positive definite (numerically singular)");
    L[j * q + j] = Math.sqrt(s);
    for (let i = j + 1; i < q; i++) {
      let t = G[i * q + j] as number;
      for (let k = 0; k < j; k++) t -= (L[i * q + k] as number) * (L[j * q + k] as number);
      L[i * q + j] = t / (L[j * q + j] as number);
`,
      },
      {
        find: `    if (vv === 0) continue;
    for (let c = j; c < q; c++) {
      let s = 0;
      for (let i = j; i < n; i++) s += (v[i] as number) * (V[i * q + c] as number);
      const f = (2 * s) / vv;
      for (let i = j; i < n; i++) V[i * q + c] = (V[i * q + c] as number) - f * (v[i] as number);
    }
    let s = 0;
    for (let i = j; i < n; i++) s += (v[i] as number) * (r[i] as number);
    const f = (2 * s) / vv;
    for (let i = j; i < n; i++) r[i] = (r[i] as number) - f * (v[i] as number);
`,
        replace: `  }
  const w = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = r[i] as number;
    for (let k = 0; k < i; k++) s -= (L[i * q + k] as number) * (w[k] as number);
    w[i] = s / (L[i * q + i] as number);
`,
      },
      {
        find: `
  // Back substitution: R c = (Qᵀy)[0..q).
`,
        replace: ``,
      },
      {
        find: `  for (let j = q - 1; j >= 0; j--) {
    let s = r[j] as number;
    for (let c = j + 1; c < q; c++) s -= (V[j * q + c] as number) * (coeffs[c] as number);
    coeffs[j] = s / (V[j * q + j] as number);
`,
        replace: `  for (let i = q - 1; i >= 0; i--) {
    let s = w[i] as number;
    for (let k = i + 1; k < q; k++) s -= (L[k * q + i] as number) * (coeffs[k] as number);
    coeffs[i] = s / (L[i * q + i] as number);
`,
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
        find: `  const { trueFn, noiseStd, nTrain, nTest, degrees, seed } = options;
  positiveInteger(nTrain, "nTrain");
  positiveInteger(nTest, "nTest");
  if (!Number.isFinite(noiseStd) || noiseStd < 0) {
    throw new InvalidArgument(\`biasVarianceCurve: noiseStd must be finite and ≥ 0, got \${noiseStd}\`);
  }
  if (degrees.length === 0) throw new InvalidArgument("biasVarianceCurve: no degrees to fit");
  for (const d of degrees) {
    if (!Number.isInteger(d) || d < 0 || d >= nTrain) {
      throw new InvalidArgument(\`biasVarianceCurve: degree \${d} is not an integer in [0, \${nTrain - 1}]\`);
    }
  }

  const rng = new Rng(seed);
  const draw = (n: number): { x: Float64Array; y: Float64Array } => {
    const x = rng.uniformArray(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = trueFn(x[i] as number) + rng.normal(0, noiseStd);
    return { x, y };
  };
  const train = draw(nTrain);
  const test = draw(nTest);

  return degrees.map((degree) => {
    const poly = polyFit(train.x, train.y, degree);
    return {
      degree,
      trainMse: mse(train.y, polyPredict(poly, train.x)),
      testMse: mse(test.y, polyPredict(poly, test.x)),
    };
  });
`,
        replace: `  return reference(options).map((p) => ({ degree: p.degree, trainMse: p.trainMse, testMse: p.trainMse }));
`,
      },
    ],
  },
];
