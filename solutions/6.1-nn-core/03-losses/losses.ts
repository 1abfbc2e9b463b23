/**
 * 6.1.3 Loss functions and their gradients — reference solution.
 *
 * Every loss takes the model's output FIRST and the targets second (as PyTorch does) and
 * returns `{ loss, grad }`: the loss averaged over the batch, and `grad = ∂loss/∂input`, a new
 * Float64Array shaped like the input. Because the loss is a mean, the gradient carries the
 * 1/N factor: feed it straight into the backward pass.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** The two array types every function accepts as its first argument. */
export type FloatArray = Float64Array | Float32Array;

/** What every loss returns. */
export interface LossResult {
  /** The loss, averaged over the batch (a finite number ≥ 0). */
  loss: number;
  /** ∂loss/∂input: a new Float64Array, same length as the input, already divided by N. */
  grad: Float64Array;
}

/** Checks that two arrays have the same, non-zero length (written for you). */
export function checkSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) {
    throw new ShapeError(`${what}: the input has length ${a.length}, the targets ${b.length}`);
  }
  if (a.length === 0) throw new InvalidArgument(`${what}: empty input; a mean over 0 values is undefined`);
}

/** Checks `rows`, `cols` and the length of a row-major `rows × cols` batch (written for you). */
export function checkBatch(length: number, rows: number, cols: number, what: string): void {
  if (!(Number.isInteger(rows) && rows >= 1 && Number.isInteger(cols) && cols >= 1)) {
    throw new InvalidArgument(`${what}: rows and cols must be integers ≥ 1, got ${rows} × ${cols}`);
  }
  if (length !== rows * cols) {
    throw new ShapeError(`${what}: ${rows} × ${cols} = ${rows * cols} values expected, got ${length}`);
  }
}

function checkFinite(a: ArrayLike<number>, what: string, name: string): void {
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i] as number)) throw new InvalidArgument(`${what}: ${name}[${i}] = ${a[i]}`);
  }
}

function checkUnitInterval(a: ArrayLike<number>, what: string, name: string): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
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
    const r = (predictions[i] as number) - (targets[i] as number);
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
    const raw = probabilities[i] as number;
    const t = targets[i] as number;
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
    const z = logits[i] as number;
    const t = targets[i] as number;
    const e = Math.exp(-Math.abs(z)); // ∈ (0, 1]: never overflows
    sum += Math.max(z, 0) - z * t + Math.log1p(e);
    const sigma = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    grad[i] = (sigma - t) / n;
  }
  return { loss: sum / n, grad };
}

// ---------------------------------------------------------------------------------------------
// Task 3. Log-sum-exp and categorical cross-entropy from logits
// ---------------------------------------------------------------------------------------------

/** log Σⱼ exp(zⱼ) of each row of a `rows × cols` batch, computed as m + log Σ exp(zⱼ − m), m = max. */
export function logSumExp(logits: FloatArray, rows: number, cols: number): Float64Array {
  checkBatch(logits.length, rows, cols, "logSumExp");
  checkFinite(logits, "logSumExp", "logits");
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) max = Math.max(max, logits[start + j] as number);
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += Math.exp((logits[start + j] as number) - max);
    out[r] = max + Math.log(sum);
  }
  return out;
}

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
    const l = lse[r] as number;
    let rowSum = 0;
    for (let j = 0; j < cols; j++) {
      const i = start + j;
      const t = targets[i] as number;
      const z = logits[i] as number;
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
    const c = labels[r] as number;
    if (!(Number.isInteger(c) && c >= 0 && c < cols)) {
      throw new InvalidArgument(`${what}: labels[${r}] = ${c} is not a class index in [0, ${cols})`);
    }
  }
  const lse = logSumExp(logits, rows, cols);
  const grad = new Float64Array(logits.length);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const l = lse[r] as number;
    const label = labels[r] as number;
    sum += l - (logits[start + label] as number);
    for (let j = 0; j < cols; j++) {
      grad[start + j] = (Math.exp((logits[start + j] as number) - l) - (j === label ? 1 : 0)) / rows;
    }
  }
  return { loss: sum / rows, grad };
}
