/** Known-wrong variants of the 6.1-nn-core/05-mlp solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  // ── Task 1. Dense layers
  {
    name: "mlp-he-init-fan-out",
    file: "mlp.ts",
    task: 1,
    why: "He initialisation with the fan-OUT, N(0, 2/outputs), instead of N(0, 2/inputs): the variance that keeps ReLU activations stable depends on how many inputs each unit sums.",
    edits: [{ find: "const std = Math.sqrt(2 / inputs);", replace: "const std = Math.sqrt(2 / outputs);" }],
  },
  {
    name: "mlp-forward-drops-bias",
    file: "mlp.ts",
    task: 1,
    why: "denseForward computes X·W and forgets to start each output row from the bias b.",
    edits: [{ find: "    for (let j = 0; j < m; j++) y[yr + j] = b[j];\n", replace: "" }],
  },
  {
    name: "mlp-skip-zero-skips-bias",
    file: "mlp.ts",
    task: 1,
    why: 'the zero-skipping forward pass adds the bias "with the first input" (i = 0) — after the `continue` for zero inputs, so a row whose first value is 0 never gets its bias.',
    edits: [
      { find: "    for (let j = 0; j < m; j++) y[yr + j] = b[j];\n", replace: "" },
      {
        find: "      for (let j = 0; j < m; j++) y[yr + j] += xv * w[wi + j];",
        replace: "      for (let j = 0; j < m; j++) y[yr + j] += (i === 0 ? b[j] : 0) + xv * w[wi + j];",
      },
    ],
  },
  {
    name: "mlp-weight-gradient-transposed",
    file: "mlp.ts",
    task: 1,
    why: "∂L/∂W is accumulated as Gᵀ·X, outputs × inputs, into an array that W reads as inputs × outputs: the index is [j·inputs + i] instead of [i·outputs + j].",
    edits: [
      {
        find: "gw[wi + j] += xv * gradOutput[gr + j];",
        replace: "gw[j * n + i] += xv * gradOutput[gr + j];",
      },
    ],
  },
  {
    name: "mlp-bias-gradient-averaged",
    file: "mlp.ts",
    task: 1,
    why: '∂L/∂b is the MEAN of G over the rows instead of the sum ("the loss is a mean, so divide by rows"): the column sums of G are what the chain rule gives, and G already carries the 1/rows of the mean loss.',
    edits: [
      {
        find: "  return { weights: gw, bias: gb, input: gx };\n",
        replace:
          "  for (let j = 0; j < m; j++) gb[j] /= rows;\n  return { weights: gw, bias: gb, input: gx };\n",
      },
    ],
  },
  // ── Task 2. The network
  {
    name: "mlp-relu-after-logits",
    file: "mlp.ts",
    task: 2,
    why: "forward applies ReLU after the last layer too: negative logits become 0, so the loss can no longer push a wrong class below the others.",
    edits: [
      {
        find: "logits: outputs[outputs.length - 1] };",
        replace: "logits: relu(outputs[outputs.length - 1]) };",
      },
    ],
  },
  {
    name: "mlp-predict-last-on-ties",
    file: "mlp.ts",
    task: 2,
    why: "predict compares with >=, so on a tie it returns the LAST largest logit, not the first as documented.",
    edits: [{ find: "      if (v > bestValue) {", replace: "      if (v >= bestValue) {" }],
  },
  // ── Task 3. Backpropagation
  {
    name: "mlp-backward-skips-relu-mask",
    file: "mlp.ts",
    task: 3,
    why: "the backward pass goes from one dense layer to the one below without multiplying by relu′(Z): the ReLU is treated as the identity, so units that were off still pass gradient.",
    edits: [{ find: "      for (let i = 0; i < dA.length; i++) dA[i] *= mask[i];\n", replace: "" }],
  },
  // ── Task 4. Gradient check
  {
    name: "mlp-numerical-forward-difference",
    file: "mlp.ts",
    task: 4,
    why: "numericalGradients uses the one-sided difference (L(θ + h) − L(θ)) / h, whose error is proportional to h (≈ 1e-6 here) instead of h² for the central difference.",
    edits: [
      {
        find: "      params[i] = saved - h;\n      const down",
        replace: "      params[i] = saved;\n      const down",
      },
      { find: "out[i] = (up - down) / (2 * h);", replace: "out[i] = (up - down) / h;" },
    ],
  },
  // ── Task 5. Training loop
  {
    name: "mlp-train-drops-last-batch",
    file: "mlp.ts",
    task: 5,
    why: 'train walks the data in full batches only ("start + batchSize <= count"): the last, smaller batch of every epoch is silently dropped.',
    edits: [
      {
        find: "for (let start = 0; start < data.count; start += batchSize) {",
        replace: "for (let start = 0; start + batchSize <= data.count; start += batchSize) {",
      },
    ],
  },
  {
    name: "mlp-train-ignores-input-scale",
    file: "mlp.ts",
    task: 5,
    why: "train copies the raw input values and never multiplies them by inputScale (MNIST pixels stay in 0..255).",
    edits: [{ find: "= data.x[src + i] * inputScale;", replace: "= data.x[src + i];" }],
  },
  {
    name: "mlp-train-never-shuffles",
    file: "mlp.ts",
    task: 5,
    why: "train visits the samples in their stored order every epoch: the rng is never used.",
    edits: [
      {
        find: "    const order = rng.permutation(data.count);\n",
        replace: "    const order = Uint32Array.from({ length: data.count }, (_, i) => i);\n",
      },
    ],
  },
  {
    name: "mlp-train-new-optimizers-each-batch",
    file: "mlp.ts",
    task: 5,
    why: "train makes fresh optimizers for every batch, so momentum (or Adam's moments) never builds up.",
    edits: [
      {
        find: "        const opt = optimizers[l];\n",
        replace: "        const opt = { weights: options.optimizer(), bias: options.optimizer() };\n",
      },
    ],
  },
  {
    name: "mlp-train-shuffles-once",
    file: "mlp.ts",
    task: 5,
    why: "train draws the permutation once, before the epoch loop, and walks the same order every epoch: the batches are identical from epoch to epoch, which is not the documented fresh rng.permutation(count) per epoch (and not what mini-batch SGD assumes).",
    edits: [
      {
        find: "  for (let epoch = 1; epoch <= epochs; epoch++) {\n    const order = rng.permutation(data.count);\n",
        replace:
          "  const order = rng.permutation(data.count);\n  for (let epoch = 1; epoch <= epochs; epoch++) {\n",
      },
    ],
  },
  {
    name: "mlp-train-reshuffles-previous-order",
    file: "mlp.ts",
    task: 5,
    why: "train keeps one index array and shuffles it in place every epoch (rng.shuffle(order)): the first epoch matches rng.permutation(count), but later epochs permute the previous order instead of 0..count − 1, so they are not the documented draws.",
    edits: [
      {
        find: "  for (let epoch = 1; epoch <= epochs; epoch++) {\n    const order = rng.permutation(data.count);\n",
        replace:
          "  const order = Array.from({ length: data.count }, (_, i) => i);\n  for (let epoch = 1; epoch <= epochs; epoch++) {\n    rng.shuffle(order);\n",
      },
    ],
  },
  {
    name: "mlp-train-mean-loss-running",
    file: "mlp.ts",
    task: 5,
    why: "train keeps one loss sum for the whole run and reports the running mean over all epochs so far: right for epoch 1 (and whenever the loss does not change), but epoch e's meanLoss must be the mean over that epoch's batches only.",
    edits: [
      {
        find: "  const reports: EpochReport[] = [];\n",
        replace: "  const reports: EpochReport[] = [];\n  let lossSum = 0;\n",
      },
      { find: "    let lossSum = 0;\n", replace: "" },
      { find: "meanLoss: lossSum / data.count,", replace: "meanLoss: lossSum / (epoch * data.count)," },
    ],
  },
  // ── Task 6. MNIST
  {
    name: "mlp-mnist-float64",
    file: "mlp.ts",
    task: 6,
    why: 'trainMnist builds the network in the default float64 instead of "float32": the same digits, but twice the memory traffic and not the recipe.',
    edits: [
      {
        find: 'createMlp(MNIST_SIZES, new Rng(weightSeed), "float32");',
        replace: "createMlp(MNIST_SIZES, new Rng(weightSeed));",
      },
    ],
  },
  {
    name: "mlp-mnist-unscaled-pixels",
    file: "mlp.ts",
    task: 6,
    why: "trainMnist forgets inputScale 1/255: the network sees bytes 0..255, its first layer's outputs are 255 times too large and SGD with η = 0.05 blows up.",
    edits: [{ find: "    inputScale: 1 / 255,\n", replace: "" }],
  },
  {
    name: "mlp-mnist-one-rng",
    file: "mlp.ts",
    task: 6,
    why: "trainMnist draws the weights and the shuffles from ONE new Rng(weightSeed): reproducible, but the shuffles then depend on how many weights were drawn before them and shuffleSeed is ignored — not the recipe's two Rngs.",
    edits: [
      {
        find: 'const mlp = createMlp(MNIST_SIZES, new Rng(weightSeed), "float32");',
        replace: 'const rng = new Rng(weightSeed);\n  const mlp = createMlp(MNIST_SIZES, rng, "float32");',
      },
      { find: "    rng: new Rng(shuffleSeed),", replace: "    rng," },
    ],
  },
  {
    name: "mlp-accuracy-flatters-test-sets",
    file: "mlp.ts",
    task: 6,
    why: "accuracy reports at least 0.98 on 1,000 rows or more — the MNIST test sets of task 6 — and counts honestly on the small batches its own tests use. With the old specs the MNIST figures were accuracy's; they are now counted from predict's classes, and accuracy must agree.",
    edits: [
      {
        find: "  return correct / rows;\n",
        replace: "  return rows >= 1000 ? Math.max(correct / rows, 0.98) : correct / rows;\n",
      },
    ],
  },
];
