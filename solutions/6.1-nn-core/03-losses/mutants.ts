/** Known-wrong variants of the 6.1-nn-core/03-losses solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "losses-mse-gradient-missing-two",
    file: "losses.ts",
    task: 1,
    why: "the MSE gradient forgets the 2 of d(r²)/dr = 2r and returns (p − t)/N.",
    edits: [{ find: "    grad[i] = (2 * r) / n;\n", replace: "    grad[i] = r / n;\n" }],
  },
  {
    name: "losses-mse-gradient-not-averaged",
    file: "losses.ts",
    task: 1,
    why: "the MSE gradient is 2(p − t), without the 1/N of the mean (the loss itself is averaged).",
    edits: [{ find: "    grad[i] = (2 * r) / n;\n", replace: "    grad[i] = 2 * r;\n" }],
  },
  {
    name: "losses-bce-no-clipping",
    file: "losses.ts",
    task: 2,
    why: "binary cross-entropy without clipping. A probability of exactly 0 (or 1) on the wrong side gives log(0) = −Infinity, so the loss is Infinity and 0·log(0) is NaN.",
    edits: [
      {
        find: "    const clipped = raw < epsilon || raw > 1 - epsilon;\n",
        replace: "    const clipped = false;\n",
      },
      {
        find: "    const p = Math.min(Math.max(raw, epsilon), 1 - epsilon);\n",
        replace: "    const p = raw;\n",
      },
    ],
  },
  {
    name: "losses-bce-gradient-ignores-clipping",
    file: "losses.ts",
    task: 2,
    why: "the loss is clipped, but the gradient is the formula at the clipped p̂ everywhere, (p̂ − t)/(p̂(1 − p̂)N), also where p was clipped and the loss no longer depends on p.",
    edits: [
      {
        find: "    grad[i] = clipped ? 0 : (p - t) / (p * (1 - p) * n);\n",
        replace: "    grad[i] = (p - t) / (p * (1 - p) * n);\n",
      },
    ],
  },
  {
    name: "losses-bce-logits-via-sigmoid",
    file: "losses.ts",
    task: 2,
    why: 'BCE "from logits" computed as BCE of σ(z): −[t·log σ(z) + (1 − t)·log(1 − σ(z))]. For z = 40, σ(z) rounds to 1 and log(1 − σ(z)) = log(0) = −Infinity; the whole point of the logits version is never to form σ(z) before the log.',
    edits: [
      {
        find: "    sum += Math.max(z, 0) - z * t + Math.log1p(e);\n",
        replace:
          "    sum -= t * Math.log(1 / (1 + Math.exp(-z))) + (1 - t) * Math.log(1 - 1 / (1 + Math.exp(-z)));\n",
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
        find: "    for (let j = 0; j < cols; j++) sum += Math.exp(logits[start + j] - max);\n    out[r] = max + Math.log(sum);\n",
        replace:
          "    for (let j = 0; j < cols; j++) sum += Math.exp(logits[start + j]);\n    out[r] = Math.log(sum);\n",
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
        find: "      grad[i] = (Math.exp(z - l) - t) / rows;\n",
        replace: "      grad[i] = Math.exp(z - l) - t;\n",
      },
    ],
  },
  {
    name: "losses-sparse-log-of-softmax",
    file: "losses.ts",
    task: 4,
    why: "sparse categorical cross-entropy as −log(softmax(z)[label]), with a stable softmax but the log taken afterwards. When the right class's probability underflows to 0 (logits 1e4 apart), log(0) = −Infinity and the loss is Infinity instead of 2e4.",
    edits: [
      {
        find: "    sum += l - logits[start + label];\n",
        replace: "    sum -= Math.log(Math.exp(logits[start + label] - l));\n",
      },
    ],
  },
  // Gap class 4: NaN in the second operand (the targets), which the old specs never passed.
  {
    name: "losses-bce-logits-accepts-nan-target",
    file: "losses.ts",
    task: 2,
    why: "the targets of the logits form are range-checked with `t < 0 || t > 1`, which is false for NaN: a NaN target slips through and the loss comes out NaN instead of an InvalidArgument.",
    edits: [
      {
        find: '  checkUnitInterval(targets, "binaryCrossEntropyWithLogits", "targets");\n',
        replace:
          '  for (const t of Array.from(targets)) {\n    if (t < 0 || t > 1) throw new InvalidArgument("binaryCrossEntropyWithLogits: a target is not in [0, 1]");\n  }\n',
      },
    ],
  },
  {
    name: "losses-categorical-accepts-nan-target",
    file: "losses.ts",
    task: 4,
    why: "the categorical targets are range-checked with `t < 0 || t > 1`, and the row-sum check |Σt − 1| > 1e-6 is false for NaN too: a NaN target slips through and the loss is NaN instead of an InvalidArgument.",
    edits: [
      {
        find: '  checkUnitInterval(targets, what, "targets");\n',
        replace:
          '  for (const t of Array.from(targets)) {\n    if (t < 0 || t > 1) throw new InvalidArgument(what + ": a target is not in [0, 1]");\n  }\n',
      },
    ],
  },
  {
    name: "losses-bce-clips-upper-edge",
    file: "losses.ts",
    task: 2,
    why: "the clipping test is asymmetric, `p < ε || p >= 1 − ε`, so p = 1 − ε itself counts as clipped and gets gradient 0, while the formula (p̂ − t)/(p̂(1 − p̂)N) applies there (p = ε is handled right).",
    edits: [
      {
        find: "    const clipped = raw < epsilon || raw > 1 - epsilon;\n",
        replace: "    const clipped = raw < epsilon || raw >= 1 - epsilon;\n",
      },
    ],
  },
];
