/** Known-wrong variants of the 6.1-nn-core/03-losses solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "losses-bce-gradient-ignores-clipping",
    file: "losses.ts",
    task: 2,
    why: "the loss is clipped, but the gradient is the formula at the clipped p̂ everywhere, (p̂ − t)/(p̂(1 − p̂)N), also where p was clipped and the loss no longer depends on p.",
    edits: [
      {
        find: `  if (!(epsilon > 0 && epsilon < 0.5)) {
    throw new InvalidArgument(\`binaryCrossEntropy: epsilon must be in (0, 0.5), got \${epsilon}\`);
  }
  checkUnitInterval(probabilities, "binaryCrossEntropy", "probabilities");
  checkUnitInterval(targets, "binaryCrossEntropy", "targets");
`,
        replace: `  if (!(epsilon > 0 && epsilon < 0.5)) throw new InvalidArgument(\`bad epsilon \${epsilon}\`);
`,
      },
      {
        find: `    const clipped = raw < epsilon || raw > 1 - epsilon;
`,
        replace: `    if (!(raw >= 0 && raw <= 1 && t >= 0 && t <= 1)) throw new InvalidArgument(\`value \${i} out of [0, 1]\`);
`,
      },
      {
        find: `    grad[i] = clipped ? 0 : (p - t) / (p * (1 - p) * n);
`,
        replace: `    grad[i] = (p - t) / (p * (1 - p) * n);
`,
      },
    ],
  },
  {
    name: "losses-bce-logits-via-sigmoid",
    file: "losses.ts",
    task: 0,
    why: 'BCE "from logits" computed as BCE of σ(z): −[t·log σ(z) + (1 − t)·log(1 − σ(z))]. For z = 40, σ(z) rounds to 1 and log(1 − σ(z)) = log(0) = −Infinity; the whole point of the logits version is never to form σ(z) before the log.',
    edits: [
      {
        find: `  checkFinite(logits, "binaryCrossEntropyWithLogits", "logits");
  checkUnitInterval(targets, "binaryCrossEntropyWithLogits", "targets");
`,
        replace: ``,
      },
      {
        find: `    const e = Math.exp(-Math.abs(z)); // ∈ (0, 1]: never overflows
    sum += Math.max(z, 0) - z * t + Math.log1p(e);
    const sigma = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    grad[i] = (sigma - t) / n;
`,
        replace: `    if (!Number.isFinite(z) || !(t >= 0 && t <= 1)) throw new InvalidArgument(\`bad value \${i}\`);
    const s = 1 / (1 + Math.exp(-z));
    sum -= t * Math.log(s) + (1 - t) * Math.log(1 - s);
    grad[i] = (s - t) / n;
`,
      },
    ],
  },
  {
    name: "losses-bce-no-clipping",
    file: "losses.ts",
    task: 2,
    why: "binary cross-entropy without clipping. A probability of exactly 0 (or 1) on the wrong side gives log(0) = −Infinity, so the loss is Infinity and 0·log(0) is NaN.",
    edits: [
      {
        find: `  if (!(epsilon > 0 && epsilon < 0.5)) {
    throw new InvalidArgument(\`binaryCrossEntropy: epsilon must be in (0, 0.5), got \${epsilon}\`);
  }
  checkUnitInterval(probabilities, "binaryCrossEntropy", "probabilities");
  checkUnitInterval(targets, "binaryCrossEntropy", "targets");
`,
        replace: `  if (!(epsilon > 0 && epsilon < 0.5)) throw new InvalidArgument(\`bad epsilon \${epsilon}\`);
`,
      },
      {
        find: `    const raw = probabilities[i] as number;
`,
        replace: `    const p = probabilities[i] as number;
`,
      },
      {
        find: `    const clipped = raw < epsilon || raw > 1 - epsilon;
    const p = Math.min(Math.max(raw, epsilon), 1 - epsilon);
`,
        replace: `    if (!(p >= 0 && p <= 1 && t >= 0 && t <= 1)) throw new InvalidArgument(\`value \${i} out of [0, 1]\`);
`,
      },
      {
        find: `    grad[i] = clipped ? 0 : (p - t) / (p * (1 - p) * n);
`,
        replace: `    grad[i] = (p - t) / (p * (1 - p) * n);
`,
      },
    ],
  },
  {
    name: "losses-categorical-gradient-not-averaged",
    file: "losses.ts",
    task: 4,
    why: "the categorical cross-entropy gradient is softmax(z) − t, without the 1/rows of the batch mean (the loss is averaged, its gradient is not).",
    edits: [
      {
        find: `  const what = "categoricalCrossEntropyFromLogits";
  checkBatch(logits.length, rows, cols, what);
  if (targets.length !== logits.length) {
    throw new ShapeError(\`\${what}: logits have length \${logits.length}, targets \${targets.length}\`);
  }
  checkUnitInterval(targets, what, "targets");
`,
        replace: `  checkBatch(logits.length, rows, cols, "categoricalCrossEntropyFromLogits");
  if (targets.length !== logits.length) throw new ShapeError("targets");
`,
      },
      {
        find: `  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const l = lse[r] as number;
    let rowSum = 0;
`,
        replace: `  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
`,
      },
      {
        find: `      const i = start + j;
`,
        replace: `      const i = r * cols + j;
`,
      },
      {
        find: `      const z = logits[i] as number;
`,
        replace: `      if (!(t >= 0 && t <= 1)) throw new InvalidArgument("target");
`,
      },
      {
        find: `      if (t > 0) sum += t * (l - z);
      grad[i] = (Math.exp(z - l) - t) / rows;
`,
        replace: `      if (t > 0) sum += t * ((lse[r] as number) - (logits[i] as number));
      grad[i] = Math.exp((logits[i] as number) - (lse[r] as number)) - t;
`,
      },
      {
        find: `    if (Math.abs(rowSum - 1) > 1e-6) {
      throw new InvalidArgument(\`\${what}: targets of row \${r} sum to \${rowSum}, not 1\`);
    }
`,
        replace: `    if (Math.abs(rowSum - 1) > 1e-6) throw new InvalidArgument("row sum");
`,
      },
    ],
  },
  {
    name: "losses-lse-no-max-shift",
    file: "losses.ts",
    task: 3,
    why: "log-sum-exp computed literally as log Σ e^(zⱼ), without taking out the maximum: e^1e4 overflows to Infinity, and e^(−1e4) underflows to 0 so that the log is −Infinity.",
    edits: [
      {
        find: `  checkFinite(logits, "logSumExp", "logits");
`,
        replace: ``,
      },
      {
        find: `    const start = r * cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) max = Math.max(max, logits[start + j] as number);
`,
        replace: ``,
      },
      {
        find: `    for (let j = 0; j < cols; j++) sum += Math.exp((logits[start + j] as number) - max);
    out[r] = max + Math.log(sum);
`,
        replace: `    for (let j = 0; j < cols; j++) {
      const z = logits[r * cols + j] as number;
      if (!Number.isFinite(z)) throw new InvalidArgument(\`logit \${r * cols + j} is not finite\`);
      sum += Math.exp(z);
    }
    out[r] = Math.log(sum);
`,
      },
    ],
  },
  {
    name: "losses-mse-gradient-missing-two",
    file: "losses.ts",
    task: 1,
    why: "the MSE gradient forgets the 2 of d(r²)/dr = 2r and returns (p − t)/N.",
    edits: [
      {
        find: `  checkFinite(predictions, "mse", "predictions");
  checkFinite(targets, "mse", "targets");
`,
        replace: ``,
      },
      {
        find: `    const r = (predictions[i] as number) - (targets[i] as number);
`,
        replace: `    const r = (predictions[i] as number) - (targets[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(\`mse: value \${i} is not finite\`);
`,
      },
      {
        find: `    grad[i] = (2 * r) / n;
`,
        replace: `    grad[i] = r / n;
`,
      },
    ],
  },
  {
    name: "losses-mse-gradient-not-averaged",
    file: "losses.ts",
    task: 1,
    why: "the MSE gradient is 2(p − t), without the 1/N of the mean (the loss itself is averaged).",
    edits: [
      {
        find: `  checkFinite(predictions, "mse", "predictions");
  checkFinite(targets, "mse", "targets");
`,
        replace: ``,
      },
      {
        find: `    const r = (predictions[i] as number) - (targets[i] as number);
`,
        replace: `    const r = (predictions[i] as number) - (targets[i] as number);
    if (!Number.isFinite(r)) throw new InvalidArgument(\`mse: value \${i} is not finite\`);
`,
      },
      {
        find: `    grad[i] = (2 * r) / n;
`,
        replace: `    grad[i] = 2 * r;
`,
      },
    ],
  },
  {
    name: "losses-sparse-log-of-softmax",
    file: "losses.ts",
    task: 0,
    why: "sparse categorical cross-entropy as −log(softmax(z)[label]), with a stable softmax but the log taken afterwards. When the right class's probability underflows to 0 (logits 1e4 apart), log(0) = −Infinity and the loss is Infinity instead of 2e4.",
    edits: [
      {
        find: `  const what = "sparseCategoricalCrossEntropyFromLogits";
  checkBatch(logits.length, rows, cols, what);
  if (labels.length !== rows) {
    throw new ShapeError(\`\${what}: \${rows} rows of logits but \${labels.length} labels\`);
  }
  for (let r = 0; r < rows; r++) {
    const c = labels[r] as number;
    if (!(Number.isInteger(c) && c >= 0 && c < cols)) {
      throw new InvalidArgument(\`\${what}: labels[\${r}] = \${c} is not a class index in [0, \${cols})\`);
    }
  }
  const lse = logSumExp(logits, rows, cols);
`,
        replace: `  checkBatch(logits.length, rows, cols, "sparseCategoricalCrossEntropyFromLogits");
  if (labels.length !== rows) throw new ShapeError("labels");
`,
      },
      {
        find: `  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const l = lse[r] as number;
    const label = labels[r] as number;
    sum += l - (logits[start + label] as number);
`,
        replace: `  for (let r = 0; r < rows; r++) {
    const label = labels[r] as number;
    if (!(Number.isInteger(label) && label >= 0 && label < cols)) throw new InvalidArgument(\`label \${label}\`);
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) {
      const z = logits[r * cols + j] as number;
      if (!Number.isFinite(z)) throw new InvalidArgument("logit");
      max = Math.max(max, z);
    }
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp((logits[r * cols + j] as number) - max);
`,
      },
      {
        find: `      grad[start + j] = (Math.exp((logits[start + j] as number) - l) - (j === label ? 1 : 0)) / rows;
`,
        replace: `      const p = Math.exp((logits[r * cols + j] as number) - max) / s;
      if (j === label) sum -= Math.log(p);
      grad[r * cols + j] = (p - (j === label ? 1 : 0)) / rows;
`,
      },
    ],
  },
];
