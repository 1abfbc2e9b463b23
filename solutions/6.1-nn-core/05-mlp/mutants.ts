/** Known-wrong variants of the 6.1-nn-core/05-mlp solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "mlp-backward-skips-relu-mask",
    file: "mlp.ts",
    task: 4,
    why: "the backward pass goes from one dense layer to the one below without multiplying by relu′(Z): the ReLU is treated as if it were the identity.",
    edits: [
      {
        find: `  let g: FloatArray = grad; // ∂L/∂Z of the current layer
`,
        replace: `  let g: FloatArray = grad;
`,
      },
      {
        find: `    const layer = mlp.layers[l] as DenseLayer;
    const back = denseBackward(layer, pass.inputs[l] as FloatArray, g, rows, l > 0);
`,
        replace: `    const back = denseBackward(mlp.layers[l] as DenseLayer, pass.inputs[l] as FloatArray, g, rows, l > 0);
`,
      },
      {
        find: `    if (l > 0) {
      // Through the ReLU of layer l − 1: ∂L/∂Z = ∂L/∂A ⊙ relu′(Z).
      const dA = back.input as FloatArray;
      const mask = reluDerivative(pass.outputs[l - 1] as FloatArray);
      for (let i = 0; i < dA.length; i++) dA[i] = (dA[i] as number) * (mask[i] as number);
      g = dA;
    }
`,
        replace: `    if (l > 0) g = back.input as FloatArray;
`,
      },
    ],
  },
  {
    name: "mlp-bias-gradient-averaged",
    file: "mlp.ts",
    task: 3,
    why: '∂L/∂b is the MEAN of G over the rows instead of the sum ("the loss is a mean, so divide by rows") — but G already carries the 1/rows of the mean loss: the bias gradient is rows times too small.',
    edits: [
      {
        find: `  checkRows(x.length, rows, layer.inputs, "denseBackward (input)");
`,
        replace: ``,
      },
      {
        find: `  const { inputs: n, outputs: m, weights: w } = layer;
  const dtype = dtypeOf(w);
  const gw = allocate(dtype, n * m);
  const gb = allocate(dtype, m);
  const gx = withInputGradient ? allocate(dtype, rows * n) : undefined;
  for (let r = 0; r < rows; r++) {
    const gr = r * m;
    for (let j = 0; j < m; j++) gb[j] = (gb[j] as number) + (gradOutput[gr + j] as number);
    const xr = r * n;
    for (let i = 0; i < n; i++) {
      const wi = i * m;
      // ∂L/∂W[i][:] += X[r][i] · G[r][:]  (an outer product, one row at a time)
      const xv = x[xr + i] as number;
      if (xv !== 0) {
        for (let j = 0; j < m; j++) gw[wi + j] = (gw[wi + j] as number) + xv * (gradOutput[gr + j] as number);
      }
      // ∂L/∂X[r][i] = G[r][:] · W[i][:]
      if (gx !== undefined) {
        let s = 0;
        for (let j = 0; j < m; j++) s += (gradOutput[gr + j] as number) * (w[wi + j] as number);
        gx[xr + i] = s;
      }
    }
  }
  return { weights: gw, bias: gb, input: gx };
`,
        replace: `  const result = reference(layer, x, gradOutput, rows, withInputGradient);
  for (let j = 0; j < result.bias.length; j++) result.bias[j] = (result.bias[j] as number) / rows;
  return result;
`,
      },
    ],
  },
  {
    name: "mlp-forward-drops-bias",
    file: "mlp.ts",
    task: 0,
    why: "denseForward computes X·W and forgets to add the bias b.",
    edits: [
      {
        find: `  const { inputs: n, outputs: m, weights: w, bias: b } = layer;
`,
        replace: `  const { inputs: n, outputs: m, weights: w } = layer;
`,
      },
      {
        find: `    const yr = r * m;
    for (let j = 0; j < m; j++) y[yr + j] = b[j] as number;
    const xr = r * n;
`,
        replace: ``,
      },
      {
        find: `      const xv = x[xr + i] as number;
      if (xv === 0) continue;
      const wi = i * m;
      for (let j = 0; j < m; j++) y[yr + j] = (y[yr + j] as number) + xv * (w[wi + j] as number);
`,
        replace: `      const xv = x[r * n + i] as number;
      for (let j = 0; j < m; j++) y[r * m + j] = (y[r * m + j] as number) + xv * (w[i * m + j] as number);
`,
      },
    ],
  },
  {
    name: "mlp-he-init-fan-out",
    file: "mlp.ts",
    task: 0,
    why: "He initialisation with the fan-OUT, N(0, 2/outputs), instead of N(0, 2/inputs).",
    edits: [
      {
        find: `    throw new InvalidArgument(
      \`createDense: inputs and outputs must be integers ≥ 1, got \${inputs}, \${outputs}\`,
    );
`,
        replace: `    throw new InvalidArgument(\`createDense: bad sizes \${inputs}, \${outputs}\`);
`,
      },
      {
        find: `  const std = Math.sqrt(2 / inputs);
`,
        replace: `  const std = Math.sqrt(2 / outputs);
`,
      },
    ],
  },
  {
    name: "mlp-numerical-forward-difference",
    file: "mlp.ts",
    task: 0,
    why: "numericalGradients uses the one-sided difference (L(θ + h) − L(θ)) / h, whose error is proportional to h (≈ 1e-6 here) instead of h² for the central difference.",
    edits: [
      {
        find: `  if (!(Number.isFinite(h) && h > 0))
    throw new InvalidArgument(\`numericalGradients: h must be > 0, got \${h}\`);
`,
        replace: `  if (!(Number.isFinite(h) && h > 0)) throw new InvalidArgument(\`numericalGradients: bad h \${h}\`);
  const base = loss(mlp, x, labels, rows);
`,
      },
      {
        find: `      const up = loss(mlp, x, labels, rows);
      params[i] = saved - h;
      const down = loss(mlp, x, labels, rows);
`,
        replace: `      out[i] = (loss(mlp, x, labels, rows) - base) / h;
`,
      },
      {
        find: `      out[i] = (up - down) / (2 * h);
`,
        replace: ``,
      },
    ],
  },
  {
    name: "mlp-predict-last-on-ties",
    file: "mlp.ts",
    task: 0,
    why: "predict compares with >=, so on a tie it returns the LAST largest logit, not the first.",
    edits: [
      {
        find: `    let bestValue = logits[r * classes] as number;
`,
        replace: ``,
      },
      {
        find: `      const v = logits[r * classes + c] as number;
      if (v > bestValue) {
        best = c;
        bestValue = v;
      }
`,
        replace: `      if ((logits[r * classes + c] as number) >= (logits[r * classes + best] as number)) best = c;
`,
      },
    ],
  },
  {
    name: "mlp-relu-after-logits",
    file: "mlp.ts",
    task: 2,
    why: "forward applies ReLU after every layer, the last one too — negative logits become 0.",
    edits: [
      {
        find: `    outputs.push(z);
`,
        replace: `    a = relu(z);
`,
      },
      {
        find: `      a = relu(z);
      inputs.push(a);
`,
        replace: `      outputs.push(z);
      inputs.push(a);
    } else {
      outputs.push(a);
`,
      },
    ],
  },
  {
    name: "mlp-skip-zero-skips-bias",
    file: "mlp.ts",
    task: 0,
    why: 'the zero-skipping forward pass adds the bias "on the first input" (i = 0) — after the `continue` for zero inputs, so rows whose first value is 0 never get their bias.',
    edits: [
      {
        find: `    const yr = r * m;
    for (let j = 0; j < m; j++) y[yr + j] = b[j] as number;
    const xr = r * n;
    for (let i = 0; i < n; i++) {
      const xv = x[xr + i] as number;
`,
        replace: `    for (let i = 0; i < n; i++) {
      const xv = x[r * n + i] as number;
`,
      },
      {
        find: `      const wi = i * m;
      for (let j = 0; j < m; j++) y[yr + j] = (y[yr + j] as number) + xv * (w[wi + j] as number);
`,
        replace: `      for (let j = 0; j < m; j++) {
        const base = i === 0 ? (b[j] as number) : (y[r * m + j] as number);
        y[r * m + j] = base + xv * (w[i * m + j] as number);
      }
`,
      },
    ],
  },
  {
    name: "mlp-train-drops-last-batch",
    file: "mlp.ts",
    task: 0,
    why: 'train walks the data in full batches only ("start + batchSize <= count"): the last, smaller batch of every epoch is silently dropped.',
    edits: [
      {
        find: `    for (let start = 0; start < data.count; start += batchSize) {
`,
        replace: `    for (let start = 0; start + batchSize <= data.count; start += batchSize) {
`,
      },
    ],
  },
  {
    name: "mlp-train-ignores-input-scale",
    file: "mlp.ts",
    task: 0,
    why: "train copies the raw input values and never multiplies them by inputScale (MNIST pixels stay in 0..255).",
    edits: [
      {
        find: `        for (let i = 0; i < features; i++) xBatch[dst + i] = (data.x[src + i] as number) * inputScale;
`,
        replace: `        for (let i = 0; i < features; i++) xBatch[dst + i] = data.x[src + i] as number;
`,
      },
    ],
  },
  {
    name: "mlp-train-never-shuffles",
    file: "mlp.ts",
    task: 0,
    why: "train visits the samples in their stored order every epoch: the rng is never used.",
    edits: [
      {
        find: `    const order = rng.permutation(data.count);
`,
        replace: `    const order = Uint32Array.from({ length: data.count }, (_, i) => i);
    void rng;
`,
      },
    ],
  },
  {
    name: "mlp-train-new-optimizers-each-batch",
    file: "mlp.ts",
    task: 0,
    why: "train makes fresh optimizers for every batch, so momentum (or Adam's moments) never builds up.",
    edits: [
      {
        find: `      const { loss: batchLoss, gradients } = lossAndGradients(mlp, x, y, rows);
`,
        replace: `      const { loss: batchLoss, gradients } = lossAndGradients(mlp, x, y, rows);
      const fresh = mlp.layers.map(() => ({ weights: options.optimizer(), bias: options.optimizer() }));
      void optimizers;
`,
      },
      {
        find: `        const opt = optimizers[l] as { weights: Optimizer; bias: Optimizer };
`,
        replace: `        const opt = fresh[l] as { weights: Optimizer; bias: Optimizer };
`,
      },
    ],
  },
  {
    name: "mlp-weight-gradient-transposed",
    file: "mlp.ts",
    task: 3,
    why: "∂L/∂W is accumulated as outputs × inputs (G ᵀ·X) but stored where W keeps inputs × outputs: the index is [j·inputs + i] instead of [i·outputs + j].",
    edits: [
      {
        find: `    const gr = r * m;
    for (let j = 0; j < m; j++) gb[j] = (gb[j] as number) + (gradOutput[gr + j] as number);
    const xr = r * n;
    for (let i = 0; i < n; i++) {
      const wi = i * m;
      // ∂L/∂W[i][:] += X[r][i] · G[r][:]  (an outer product, one row at a time)
      const xv = x[xr + i] as number;
      if (xv !== 0) {
        for (let j = 0; j < m; j++) gw[wi + j] = (gw[wi + j] as number) + xv * (gradOutput[gr + j] as number);
`,
        replace: `    for (let j = 0; j < m; j++) {
      const g = gradOutput[r * m + j] as number;
      gb[j] = (gb[j] as number) + g;
      for (let i = 0; i < n; i++) {
        gw[j * n + i] = (gw[j * n + i] as number) + (x[r * n + i] as number) * g;
        if (gx !== undefined) gx[r * n + i] = (gx[r * n + i] as number) + g * (w[i * m + j] as number);
`,
      },
      {
        find: `      // ∂L/∂X[r][i] = G[r][:] · W[i][:]
      if (gx !== undefined) {
        let s = 0;
        for (let j = 0; j < m; j++) s += (gradOutput[gr + j] as number) * (w[wi + j] as number);
        gx[xr + i] = s;
      }
`,
        replace: ``,
      },
    ],
  },
];
