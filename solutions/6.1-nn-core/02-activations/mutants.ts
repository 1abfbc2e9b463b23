/** Known-wrong variants of the 6.1-nn-core/02-activations solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "activations-leaky-relu-derivative-zero",
    file: "activations.ts",
    task: 0,
    why: 'the leaky ReLU derivative is copied from ReLU\'s and returns 0 (not α) for x ≤ 0, which throws away exactly the gradient that makes leaky ReLU "leaky".',
    edits: [
      {
        find: `  checkAlpha(alpha, "leakyReluDerivative");
`,
        replace: `  if (!(Number.isFinite(alpha) && alpha >= 0 && alpha < 1)) throw new InvalidArgument(\`bad alpha \${alpha}\`);
`,
      },
      {
        find: `    y[i] = v > 0 ? 1 : v <= 0 ? alpha : Number.NaN;
`,
        replace: `    y[i] = v > 0 ? 1 : v <= 0 ? 0 : Number.NaN;
`,
      },
    ],
  },
  {
    name: "activations-sigmoid-derivative-uses-input",
    file: "activations.ts",
    task: 0,
    why: "the sigmoid derivative applies the formula s(1 − s) to the input x instead of to s = σ(x), i.e. returns x(1 − x). (The formula is written in terms of the OUTPUT.)",
    edits: [
      {
        find: `    const s = sigmoidScalar(x[i] as number);
    y[i] = s * (1 - s);
`,
        replace: `    const v = x[i] as number;
    y[i] = v * (1 - v);
`,
      },
    ],
  },
  {
    name: "activations-sigmoid-exp-ratio",
    file: "activations.ts",
    task: 1,
    why: "sigmoid computed as e^x / (1 + e^x) for every x. For x ≳ 710, e^x overflows and Infinity / Infinity = NaN.",
    edits: [
      {
        find: `  for (let i = 0; i < x.length; i++) y[i] = sigmoidScalar(x[i] as number);
`,
        replace: `  for (let i = 0; i < x.length; i++) {
    const e = Math.exp(x[i] as number);
    y[i] = e / (1 + e);
  }
`,
      },
    ],
  },
  {
    name: "activations-softmax-backward-diagonal-only",
    file: "activations.ts",
    task: 4,
    why: "the softmax backward pass uses only the diagonal of the Jacobian, ∂L/∂zⱼ = pⱼ(1 − pⱼ)·gⱼ, as if softmax were an element-wise function like sigmoid. It forgets that every output depends on every input of its row (the −pⱼpₖ terms).",
    edits: [
      {
        find: `  if (gradOutput.length !== probs.length) {
    throw new ShapeError(
      \`softmaxBackward: gradOutput has length \${gradOutput.length}, probs has length \${probs.length}\`,
    );
  }
`,
        replace: `  if (gradOutput.length !== probs.length) throw new ShapeError("gradOutput length");
`,
      },
      {
        find: `  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let dot = 0;
    for (let i = start; i < end; i++) dot += (gradOutput[i] as number) * (probs[i] as number);
    for (let i = start; i < end; i++) y[i] = (probs[i] as number) * ((gradOutput[i] as number) - dot);
`,
        replace: `  for (let i = 0; i < probs.length; i++) {
    const p = probs[i] as number;
    y[i] = p * (1 - p) * (gradOutput[i] as number);
`,
      },
    ],
  },
  {
    name: "activations-softmax-no-max-subtraction",
    file: "activations.ts",
    task: 3,
    why: "softmax exponentiates the raw logits, e^zⱼ / Σ e^zₖ, without subtracting the row maximum. Mathematically the same, numerically not: e^1000 overflows to Infinity and Infinity / Infinity is NaN.",
    edits: [
      {
        find: `    const start = r * cols;
    const end = start + cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = logits[i] as number;
      if (v > max || Number.isNaN(v)) max = v;
    }
`,
        replace: ``,
      },
      {
        find: `    for (let i = start; i < end; i++) {
      const e = Math.exp((logits[i] as number) - max);
`,
        replace: `    for (let i = r * cols; i < (r + 1) * cols; i++) {
      const e = Math.exp(logits[i] as number);
`,
      },
      {
        find: `    for (let i = start; i < end; i++) y[i] = (y[i] as number) / sum;
`,
        replace: `    for (let i = r * cols; i < (r + 1) * cols; i++) y[i] = (y[i] as number) / sum;
`,
      },
    ],
  },
  {
    name: "activations-softmax-whole-batch",
    file: "activations.ts",
    task: 3,
    why: "softmax normalises over the whole batch (one distribution over all rows·cols values) instead of row by row.",
    edits: [
      {
        find: `  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = logits[i] as number;
      if (v > max || Number.isNaN(v)) max = v;
    }
    let sum = 0;
    for (let i = start; i < end; i++) {
      const e = Math.exp((logits[i] as number) - max);
      y[i] = e;
      sum += e;
    }
    for (let i = start; i < end; i++) y[i] = (y[i] as number) / sum;
  }
  return y;
`,
        replace: `  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i] as number) - max);
    y[i] = e;
    sum += e;
  }
  for (let i = 0; i < logits.length; i++) y[i] = (y[i] as number) / sum;
  return y;
`,
      },
    ],
  },
  {
    name: "activations-tanh-exp-formula",
    file: "activations.ts",
    task: 0,
    why: "tanh from the textbook formula (e^(2x) − 1) / (e^(2x) + 1), which is Infinity / Infinity = NaN once e^(2x) overflows (x ≳ 355).",
    edits: [
      {
        find: `  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i] as number);
`,
        replace: `  for (let i = 0; i < x.length; i++) {
    const e = Math.exp(2 * (x[i] as number));
    y[i] = (e - 1) / (e + 1);
  }
`,
      },
    ],
  },
];
