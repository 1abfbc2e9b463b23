/** Known-wrong variants of the 6.1-nn-core/02-activations solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "activations-sigmoid-exp-ratio",
    file: "activations.ts",
    task: 1,
    why: "sigmoid computed as e^x / (1 + e^x) for every x. For x ≳ 710, e^x overflows and Infinity / Infinity = NaN.",
    edits: [
      {
        find: "  for (let i = 0; i < x.length; i++) y[i] = sigmoidScalar(x[i]);\n",
        replace: "  for (let i = 0; i < x.length; i++) y[i] = Math.exp(x[i]) / (1 + Math.exp(x[i]));\n",
      },
    ],
  },
  {
    name: "activations-sigmoid-derivative-uses-input",
    file: "activations.ts",
    task: 1,
    why: "the sigmoid derivative applies the formula s(1 − s) to the input x instead of to s = σ(x), i.e. returns x(1 − x). (The formula is written in terms of the OUTPUT.)",
    edits: [{ find: "    const s = sigmoidScalar(x[i]);\n", replace: "    const s = x[i];\n" }],
  },
  {
    name: "activations-tanh-exp-formula",
    file: "activations.ts",
    task: 1,
    why: "tanh from the textbook formula (e^(2x) − 1) / (e^(2x) + 1), which is Infinity / Infinity = NaN once e^(2x) overflows (x ≳ 355).",
    edits: [
      {
        find: "  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);\n",
        replace:
          "  for (let i = 0; i < x.length; i++) y[i] = (Math.exp(2 * x[i]) - 1) / (Math.exp(2 * x[i]) + 1);\n",
      },
    ],
  },
  {
    name: "activations-leaky-relu-derivative-zero",
    file: "activations.ts",
    task: 2,
    why: 'the leaky ReLU derivative is copied from ReLU\'s and returns 0 (not α) for x ≤ 0, which throws away exactly the gradient that makes leaky ReLU "leaky".',
    edits: [
      {
        find: "    y[i] = v > 0 ? 1 : v <= 0 ? alpha : Number.NaN;\n",
        replace: "    y[i] = v > 0 ? 1 : v <= 0 ? 0 : Number.NaN;\n",
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
        find: "      const e = Math.exp(logits[i] - max);\n",
        replace: "      const e = Math.exp(logits[i]);\n",
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
        find: "  for (let r = 0; r < rows; r++) {\n    const start = r * cols;\n    const end = start + cols;\n    let max",
        replace:
          "  for (let r = 0; r < 1; r++) {\n    const start = 0;\n    const end = logits.length;\n    let max",
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
        find: "y[i] = probs[i] * (gradOutput[i] - dot);\n",
        replace: "y[i] = probs[i] * (1 - probs[i]) * gradOutput[i];\n",
      },
    ],
  },
  {
    name: "activations-softmax-max-starts-at-zero",
    file: "activations.ts",
    task: 3,
    why: "the row maximum is searched from 0 instead of −Infinity, so a row whose logits are all negative is not shifted by its own maximum: for logits far below 0 (e.g. [−1000, −1001]) every e^z underflows to 0 and the row is 0/0 = NaN.",
    edits: [
      {
        find: "    let max = Number.NEGATIVE_INFINITY;\n    for (let i = start; i < end; i++) {\n",
        replace: "    let max = 0;\n    for (let i = start; i < end; i++) {\n",
      },
    ],
  },
  // Gap class 4: special cases that the old inputs never triggered.
  {
    name: "activations-leaky-relu-zero-alpha-nan",
    file: "activations.ts",
    task: 2,
    why: "leakyRelu computes α·x for every x ≤ 0, also when α = 0: at x = −∞ that is 0·(−∞) = NaN, where plain ReLU (which α = 0 must be) gives its limit 0.",
    edits: [
      {
        find: "    y[i] = v > 0 ? v : alpha === 0 ? Math.max(v, 0) : alpha * v;\n",
        replace: "    y[i] = v > 0 ? v : alpha * v;\n",
      },
    ],
  },
  {
    name: "activations-tanh-via-sigmoid",
    file: "activations.ts",
    task: 1,
    why: "tanh computed as 2σ(2x) − 1 (the identity from the README's theory) with the stable sigmoid: no overflow, but for small |x| the subtraction cancels, so tanh(1e-8) comes out with a relative error of about 1e-8 instead of ~1e-16.",
    edits: [
      {
        find: "  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);\n",
        replace: "  for (let i = 0; i < x.length; i++) y[i] = 2 * sigmoidScalar(2 * x[i]) - 1;\n",
      },
    ],
  },
];
