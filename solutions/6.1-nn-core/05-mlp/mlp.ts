/**
 * 6.1.5 A multi-layer perceptron in plain typed arrays — reference solution.
 *
 * Conventions (see README.md):
 * - Batches are row-major: a `rows × cols` batch is one array, row r at [r·cols, (r + 1)·cols).
 * - A dense layer computes Y = X·W + b with W stored `inputs × outputs` row-major.
 * - Every array a layer produces has the layer's dtype (Float32Array or Float64Array).
 * - Hidden layers use ReLU; the last layer outputs logits, and the loss is the softmax
 *   cross-entropy computed from them (6.1.3's sparseCategoricalCrossEntropyFromLogits).
 */
import {
  allocate,
  checkRows,
  type Dataset,
  type DenseGradients,
  type DenseLayer,
  type DType,
  dtypeOf,
  type EpochReport,
  type FloatArray,
  type ForwardPass,
  type LossAndGradients,
  type Mlp,
  MNIST_SIZES,
  type MnistOptions,
  type MnistRun,
  type TrainOptions,
} from "@exercise/6.1-nn-core/05-mlp/mlp.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { relu, reluDerivative } from "../02-activations/activations";
import { sparseCategoricalCrossEntropyFromLogits } from "../03-losses/losses";
import { SGDMomentum } from "../04-optimizers/optimizers";

// ───────────────────────────── Task 1. Dense layers ─────────────────────────────

/**
 * A dense layer with He-normal weights W[i][j] ~ N(0, 2/inputs), drawn from `rng` in storage
 * order (i, then j), and a zero bias.
 */
export function createDense(inputs: number, outputs: number, rng: Rng, dtype: DType = "float64"): DenseLayer {
  if (!(Number.isInteger(inputs) && inputs >= 1 && Number.isInteger(outputs) && outputs >= 1)) {
    throw new InvalidArgument(
      `createDense: inputs and outputs must be integers ≥ 1, got ${inputs}, ${outputs}`,
    );
  }
  const std = Math.sqrt(2 / inputs);
  const weights = allocate(dtype, inputs * outputs);
  for (let i = 0; i < weights.length; i++) weights[i] = rng.normal(0, std);
  return { inputs, outputs, weights, bias: allocate(dtype, outputs) };
}

/**
 * Y = X·W + b for a batch X of `rows × layer.inputs` values; Y is `rows × layer.outputs`, of the
 * layer's dtype. Zero inputs are skipped (most MNIST pixels are 0).
 */
export function denseForward(layer: DenseLayer, x: FloatArray, rows: number): FloatArray {
  checkRows(x.length, rows, layer.inputs, "denseForward");
  const { inputs: n, outputs: m, weights: w, bias: b } = layer;
  const y = allocate(dtypeOf(w), rows * m);
  for (let r = 0; r < rows; r++) {
    const yr = r * m;
    for (let j = 0; j < m; j++) y[yr + j] = b[j];
    const xr = r * n;
    for (let i = 0; i < n; i++) {
      const xv = x[xr + i];
      if (xv === 0) continue;
      const wi = i * m;
      for (let j = 0; j < m; j++) y[yr + j] += xv * w[wi + j];
    }
  }
  return y;
}

/**
 * The backward pass of `denseForward`, given the layer's input X (`rows × inputs`) and the
 * upstream gradient G = ∂L/∂Y (`rows × outputs`): ∂L/∂W = XᵀG, ∂L/∂b = Σ_rows G, and, when
 * `withInputGradient` (default true), ∂L/∂X = G·Wᵀ.
 */
export function denseBackward(
  layer: DenseLayer,
  x: FloatArray,
  gradOutput: FloatArray,
  rows: number,
  withInputGradient = true,
): DenseGradients {
  checkRows(x.length, rows, layer.inputs, "denseBackward (input)");
  checkRows(gradOutput.length, rows, layer.outputs, "denseBackward (gradOutput)");
  const { inputs: n, outputs: m, weights: w } = layer;
  const dtype = dtypeOf(w);
  const gw = allocate(dtype, n * m);
  const gb = allocate(dtype, m);
  const gx = withInputGradient ? allocate(dtype, rows * n) : undefined;
  for (let r = 0; r < rows; r++) {
    const gr = r * m;
    for (let j = 0; j < m; j++) gb[j] += gradOutput[gr + j];
    const xr = r * n;
    for (let i = 0; i < n; i++) {
      const wi = i * m;
      // ∂L/∂W[i][:] += X[r][i] · G[r][:]  (an outer product, one row at a time)
      const xv = x[xr + i];
      if (xv !== 0) {
        for (let j = 0; j < m; j++) gw[wi + j] += xv * gradOutput[gr + j];
      }
      // ∂L/∂X[r][i] = G[r][:] · W[i][:]
      if (gx !== undefined) {
        let s = 0;
        for (let j = 0; j < m; j++) s += gradOutput[gr + j] * w[wi + j];
        gx[xr + i] = s;
      }
    }
  }
  return { weights: gw, bias: gb, input: gx };
}

// ───────────────────────────── Task 2. The network ─────────────────────────────

/** An MLP with the given layer widths, every layer from `createDense` in order. */
export function createMlp(sizes: readonly number[], rng: Rng, dtype: DType = "float64"): Mlp {
  if (sizes.length < 2)
    throw new InvalidArgument(`createMlp: need at least 2 sizes, got [${sizes.join(", ")}]`);
  for (const s of sizes) {
    if (!(Number.isInteger(s) && s >= 1)) {
      throw new InvalidArgument(`createMlp: every size must be an integer ≥ 1, got [${sizes.join(", ")}]`);
    }
  }
  const layers: DenseLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    layers.push(createDense(sizes[l], sizes[l + 1], rng, dtype));
  }
  return { sizes: [...sizes], layers, dtype };
}

/** The forward pass of a batch X (`rows × sizes[0]`). */
export function forward(mlp: Mlp, x: FloatArray, rows: number): ForwardPass {
  checkRows(x.length, rows, mlp.sizes[0], "forward");
  const inputs: FloatArray[] = [x];
  const outputs: FloatArray[] = [];
  let a = x;
  mlp.layers.forEach((layer, l) => {
    const z = denseForward(layer, a, rows);
    outputs.push(z);
    if (l + 1 < mlp.layers.length) {
      a = relu(z);
      inputs.push(a);
    }
  });
  return { inputs, outputs, logits: outputs[outputs.length - 1] };
}

/** The predicted class of each row: the index of its largest logit (the first one on ties). */
export function predict(mlp: Mlp, x: FloatArray, rows: number): Int32Array {
  const { logits } = forward(mlp, x, rows);
  const classes = mlp.sizes[mlp.sizes.length - 1];
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let bestValue = logits[r * classes];
    for (let c = 1; c < classes; c++) {
      const v = logits[r * classes + c];
      if (v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    out[r] = best;
  }
  return out;
}

/** The fraction of rows whose predicted class is the label. */
export function accuracy(mlp: Mlp, x: FloatArray, labels: ArrayLike<number>, rows: number): number {
  if (labels.length !== rows) throw new ShapeError(`accuracy: ${rows} rows but ${labels.length} labels`);
  const predicted = predict(mlp, x, rows);
  let correct = 0;
  for (let r = 0; r < rows; r++) if (predicted[r] === labels[r]) correct++;
  return correct / rows;
}

// ───────────────────────────── Task 3. Backpropagation ─────────────────────────────

/**
 * Forward pass, loss, backward pass: the mean softmax cross-entropy of the batch and its
 * gradients, from the last layer back to the first.
 */
export function lossAndGradients(
  mlp: Mlp,
  x: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
): LossAndGradients {
  const pass = forward(mlp, x, rows);
  const classes = mlp.sizes[mlp.sizes.length - 1];
  const { loss, grad } = sparseCategoricalCrossEntropyFromLogits(pass.logits, labels, rows, classes);
  const gradients: { weights: FloatArray; bias: FloatArray }[] = new Array(mlp.layers.length);
  let g: FloatArray = grad; // ∂L/∂Z of the current layer
  for (let l = mlp.layers.length - 1; l >= 0; l--) {
    const layer = mlp.layers[l];
    const back = denseBackward(layer, pass.inputs[l], g, rows, l > 0);
    gradients[l] = { weights: back.weights, bias: back.bias };
    if (l > 0) {
      // Through the ReLU of layer l − 1: ∂L/∂Z = ∂L/∂A ⊙ relu′(Z).
      const dA = back.input as FloatArray;
      const mask = reluDerivative(pass.outputs[l - 1]);
      for (let i = 0; i < dA.length; i++) dA[i] *= mask[i];
      g = dA;
    }
  }
  return { loss, gradients };
}

// ───────────────────────────── Task 4. Gradient check ─────────────────────────────

/** The mean loss of a batch (a forward pass only). */
export function loss(mlp: Mlp, x: FloatArray, labels: ArrayLike<number>, rows: number): number {
  const { logits } = forward(mlp, x, rows);
  const classes = mlp.sizes[mlp.sizes.length - 1];
  return sparseCategoricalCrossEntropyFromLogits(logits, labels, rows, classes).loss;
}

/**
 * Central differences (L(θ + h) − L(θ − h)) / 2h for every parameter, in the same structure as
 * `lossAndGradients(...).gradients`. Restores every parameter exactly.
 */
export function numericalGradients(
  mlp: Mlp,
  x: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
  h = 1e-5,
): { weights: Float64Array; bias: Float64Array }[] {
  if (!(Number.isFinite(h) && h > 0))
    throw new InvalidArgument(`numericalGradients: h must be > 0, got ${h}`);
  const differentiate = (params: FloatArray): Float64Array => {
    const out = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) {
      const saved = params[i];
      params[i] = saved + h;
      const up = loss(mlp, x, labels, rows);
      params[i] = saved - h;
      const down = loss(mlp, x, labels, rows);
      params[i] = saved;
      out[i] = (up - down) / (2 * h);
    }
    return out;
  };
  return mlp.layers.map((layer) => ({
    weights: differentiate(layer.weights),
    bias: differentiate(layer.bias),
  }));
}

/**
 * The normwise relative error ‖a − b‖₂ / max(‖a‖₂, ‖b‖₂) of two equally long arrays; 0 when both
 * are all zeros; +Infinity when either holds a NaN.
 */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ShapeError(`relativeError: lengths ${a.length} and ${b.length}`);
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.POSITIVE_INFINITY;
    diff += (x - y) * (x - y);
    na += x * x;
    nb += y * y;
  }
  const scale = Math.sqrt(Math.max(na, nb));
  return scale === 0 ? 0 : Math.sqrt(diff) / scale;
}

// ───────────────────────────── Task 5. Training loop ─────────────────────────────

/** Trains `mlp` in place with mini-batch gradient descent; returns one report per epoch. */
export function train(mlp: Mlp, data: Dataset, options: TrainOptions): EpochReport[] {
  const { epochs, batchSize, rng, inputScale = 1, onEpoch } = options;
  const features = mlp.sizes[0];
  if (data.features !== features) {
    throw new ShapeError(`train: the data has ${data.features} features, the network ${features} inputs`);
  }
  if (!(Number.isInteger(data.count) && data.count >= 1)) {
    throw new InvalidArgument(`train: count must be an integer ≥ 1, got ${data.count}`);
  }
  if (data.x.length !== data.count * features) {
    throw new ShapeError(`train: ${data.count} × ${features} values expected, got ${data.x.length}`);
  }
  if (data.labels.length !== data.count) {
    throw new ShapeError(`train: ${data.count} samples but ${data.labels.length} labels`);
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument(`train: bad epochs ${epochs}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(`train: bad batchSize ${batchSize}`);
  }
  if (!Number.isFinite(inputScale)) throw new InvalidArgument(`train: bad inputScale ${inputScale}`);

  const optimizers = mlp.layers.map(() => ({ weights: options.optimizer(), bias: options.optimizer() }));
  const xBatch = allocate(mlp.dtype, batchSize * features);
  const yBatch = new Int32Array(batchSize);
  const reports: EpochReport[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = rng.permutation(data.count);
    let lossSum = 0;
    let steps = 0;
    for (let start = 0; start < data.count; start += batchSize) {
      const rows = Math.min(batchSize, data.count - start);
      for (let r = 0; r < rows; r++) {
        const sample = order[start + r];
        const src = sample * features;
        const dst = r * features;
        for (let i = 0; i < features; i++) xBatch[dst + i] = data.x[src + i] * inputScale;
        yBatch[r] = data.labels[sample];
      }
      const x = rows === batchSize ? xBatch : xBatch.subarray(0, rows * features);
      const y = rows === batchSize ? yBatch : yBatch.subarray(0, rows);
      const { loss: batchLoss, gradients } = lossAndGradients(mlp, x, y, rows);
      mlp.layers.forEach((layer, l) => {
        const g = gradients[l];
        const opt = optimizers[l];
        opt.weights.step(layer.weights, g.weights);
        opt.bias.step(layer.bias, g.bias);
      });
      lossSum += batchLoss * rows;
      steps++;
    }
    const report: EpochReport = { epoch, meanLoss: lossSum / data.count, samples: data.count, steps };
    reports.push(report);
    onEpoch?.(report);
  }
  return reports;
}

// ───────────────────────────── Task 6. MNIST ─────────────────────────────

/** The MNIST recipe: a float32 784-128-10 network trained with SGD momentum on scaled pixels. */
export function trainMnist(data: Dataset, options: MnistOptions = {}): MnistRun {
  const {
    epochs = 4,
    batchSize = 64,
    learningRate = 0.05,
    momentum = 0.9,
    weightSeed = 2024,
    shuffleSeed = 2025,
    onEpoch,
  } = options;
  const mlp = createMlp(MNIST_SIZES, new Rng(weightSeed), "float32");
  const reports = train(mlp, data, {
    epochs,
    batchSize,
    rng: new Rng(shuffleSeed), // its own Rng: the shuffles do not depend on how many weights were drawn
    inputScale: 1 / 255,
    optimizer: () => new SGDMomentum({ learningRate, momentum }),
    ...(onEpoch === undefined ? {} : { onEpoch }),
  });
  return { mlp, reports };
}
