/**
 * 6.1.3 Loss functions and their gradients — reference solution.
 *
 * Every loss takes the model's output FIRST and the targets second (as PyTorch does) and
 * returns `{ loss, grad }`: the loss averaged over the batch, and `grad = ∂loss/∂input`, a new
 * Float64Array shaped like the input. Because the loss is a mean, the gradient carries the
 * 1/N factor: feed it straight into the backward pass.
 */
import {
  checkBatch,
  checkSameLength,
  type FloatArray,
  type LossResult,
} from "@exercise/6.1-nn-core/03-losses/losses.given";
import { InvalidArgument, ShapeError } from "../../../lib/errors";

function checkFinite(a: ArrayLike<number>, what: string, name: string): void {
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) throw new InvalidArgument(`${what}: ${name}[${i}] = ${a[i]}`);
  }
}

function checkUnitInterval(a: ArrayLike<number>, what: string, name: string): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= 0 && v <= 1)) throw new InvalidArgument(`${what}: ${name}[${i}] = ${v} is not in [0, 1]`);
  }
}

// ---------------------------------------------------------------------------------------------
// Task 1. Mean squared error
// ---------------------------------------------------------------------------------------------

/** MSE = (1/N)·Σ(pᵢ − tᵢ)², grad = 2(p − t)/N, with N the total number of values. */
export function mse(predictions: FloatArray, targets: ArrayLike<number>): LossResult {
  checkSameLength(predictions, targets, "mse");
  checkFinite(predictions, "mse", "predictions");
  checkFinite(targets, "mse", "targets");
  const n = predictions.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = predictions[i] - targets[i];
    sum += r * r;
    grad[i] = (2 * r) / n;
  }
  return { loss: sum / n, grad };
}

// ---------------------------------------------------------------------------------------------
// Task 2. Binary cross-entropy, from probabilities and from logits
// ---------------------------------------------------------------------------------------------

/**
 * BCE from probabilities, clipped to [ε, 1 − ε]:
 * loss = −(1/N)·Σ[tᵢ·log p̂ᵢ + (1 − tᵢ)·log(1 − p̂ᵢ)], p̂ = clip(p, ε, 1 − ε).
 * grad = (p̂ − t) / (p̂(1 − p̂)·N) where p is inside [ε, 1 − ε], and 0 where it was clipped.
 */
export function binaryCrossEntropy(
  probabilities: FloatArray,
  targets: ArrayLike<number>,
  epsilon = 1e-7,
): LossResult {
  checkSameLength(probabilities, targets, "binaryCrossEntropy");
  if (!(epsilon > 0 && epsilon < 0.5)) {
    throw new InvalidArgument(`binaryCrossEntropy: epsilon must be in (0, 0.5), got ${epsilon}`);
  }
  checkUnitInterval(probabilities, "binaryCrossEntropy", "probabilities");
  checkUnitInterval(targets, "binaryCrossEntropy", "targets");
  const n = probabilities.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const raw = probabilities[i];
    const t = targets[i];
    const clipped = raw < epsilon || raw > 1 - epsilon;
    const p = Math.min(Math.max(raw, epsilon), 1 - epsilon);
    sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
    grad[i] = clipped ? 0 : (p - t) / (p * (1 - p) * n);
  }
  return { loss: sum / n, grad };
}

/**
 * BCE from logits z (σ(z) is the probability), stably:
 * loss = (1/N)·Σ[max(z, 0) − z·t + log(1 + e^(−|z|))], grad = (σ(z) − t)/N.
 */
export function binaryCrossEntropyWithLogits(logits: FloatArray, targets: ArrayLike<number>): LossResult {
  checkSameLength(logits, targets, "binaryCrossEntropyWithLogits");
  checkFinite(logits, "binaryCrossEntropyWithLogits", "logits");
  checkUnitInterval(targets, "binaryCrossEntropyWithLogits", "targets");
  const n = logits.length;
  const grad = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const z = logits[i];
    const t = targets[i];
    const e = Math.exp(-Math.abs(z)); // ∈ (0, 1]: never overflows
    sum += Math.max(z, 0) - z * t + Math.log1p(e);
    const sigma = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    grad[i] = (sigma - t) / n;
  }
  return { loss: sum / n, grad };
}

// ---------------------------------------------------------------------------------------------
// Task 3. Log-sum-exp
// ---------------------------------------------------------------------------------------------

/** log Σⱼ exp(zⱼ) of each row of a `rows × cols` batch, computed as m + log Σ exp(zⱼ − m), m = max. */
export function logSumExp(logits: FloatArray, rows: number, cols: number): Float64Array {
  checkBatch(logits.length, rows, cols, "logSumExp");
  checkFinite(logits, "logSumExp", "logits");
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) max = Math.max(max, logits[start + j]);
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += Math.exp(logits[start + j] - max);
    out[r] = max + Math.log(sum);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Task 4. Categorical cross-entropy from logits
// ---------------------------------------------------------------------------------------------

/**
 * Cross-entropy between target distributions t (each row sums to 1, e.g. one-hot) and
 * softmax(z), from the logits z: loss = (1/rows)·Σᵣ Σⱼ tᵣⱼ·(lseᵣ − zᵣⱼ), grad = (softmax(z) − t)/rows.
 */
export function categoricalCrossEntropyFromLogits(
  logits: FloatArray,
  targets: ArrayLike<number>,
  rows: number,
  cols: number,
): LossResult {
  const what = "categoricalCrossEntropyFromLogits";
  checkBatch(logits.length, rows, cols, what);
  if (targets.length !== logits.length) {
    throw new ShapeError(`${what}: logits have length ${logits.length}, targets ${targets.length}`);
  }
  checkUnitInterval(targets, what, "targets");
  const lse = logSumExp(logits, rows, cols);
  const grad = new Float64Array(logits.length);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const l = lse[r];
    let rowSum = 0;
    for (let j = 0; j < cols; j++) {
      const i = start + j;
      const t = targets[i];
      const z = logits[i];
      rowSum += t;
      if (t > 0) sum += t * (l - z);
      grad[i] = (Math.exp(z - l) - t) / rows;
    }
    if (Math.abs(rowSum - 1) > 1e-6) {
      throw new InvalidArgument(`${what}: targets of row ${r} sum to ${rowSum}, not 1`);
    }
  }
  return { loss: sum / rows, grad };
}

/**
 * The same loss with the targets given as class indices (`labels[r]` ∈ {0, …, cols − 1}):
 * loss = (1/rows)·Σᵣ (lseᵣ − zᵣ,labelᵣ), grad = (softmax(z) − onehot(labels))/rows.
 */
export function sparseCategoricalCrossEntropyFromLogits(
  logits: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
  cols: number,
): LossResult {
  const what = "sparseCategoricalCrossEntropyFromLogits";
  checkBatch(logits.length, rows, cols, what);
  if (labels.length !== rows) {
    throw new ShapeError(`${what}: ${rows} rows of logits but ${labels.length} labels`);
  }
  for (let r = 0; r < rows; r++) {
    const c = labels[r];
    if (!(Number.isInteger(c) && c >= 0 && c < cols)) {
      throw new InvalidArgument(`${what}: labels[${r}] = ${c} is not a class index in [0, ${cols})`);
    }
  }
  const lse = logSumExp(logits, rows, cols);
  const grad = new Float64Array(logits.length);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const l = lse[r];
    const label = labels[r];
    sum += l - logits[start + label];
    for (let j = 0; j < cols; j++) {
      grad[start + j] = (Math.exp(logits[start + j] - l) - (j === label ? 1 : 0)) / rows;
    }
  }
  return { loss: sum / rows, grad };
}
