/** Mutant: broadcasting aligns the shapes on the LEFT (pads the shorter one with 1s on the right), so a [3] row added to a [2,3] matrix is treated as a [3,1] column. */
import { type NestedArray, Tensor as SolutionTensor } from "@solution/5.1-math/03-tensors/tensor";
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/03-tensors/tensor";

function padRight(shape: readonly number[], n: number): number[] {
  return [...shape, ...new Array<number>(n - shape.length).fill(1)];
}

export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const pa = padRight(a, n);
  const pb = padRight(b, n);
  return pa.map((da, k) => {
    const db = pb[k] as number;
    if (da !== db && da !== 1 && db !== 1) throw new ShapeError(`cannot broadcast [${a}] with [${b}]`);
    return da === 1 ? db : da;
  });
}

/** Gives both operands the same number of axes by appending length-1 axes to the shorter. */
function alignLeft(
  a: SolutionTensor,
  other: SolutionTensor | number,
): [SolutionTensor, SolutionTensor | number] {
  if (typeof other === "number") return [a, other];
  const n = Math.max(a.ndim, other.ndim);
  return [a.reshape(padRight(a.shape, n)), other.reshape(padRight(other.shape, n))];
}

/** The solution's Tensor, with the mistake; factories and views return this class so the mistake is reachable. */
export class Tensor extends SolutionTensor {
  /** Re-wraps a solution tensor in this class, so that chained calls keep the mistake. */
  static lift(t: SolutionTensor): Tensor {
    return new Tensor(t.data, t.shape, t.strides);
  }

  static override from(nested: NestedArray): Tensor {
    return Tensor.lift(SolutionTensor.from(nested));
  }

  static override zeros(shape: readonly number[]): Tensor {
    return Tensor.lift(SolutionTensor.zeros(shape));
  }

  override reshape(shape: readonly number[]): Tensor {
    return Tensor.lift(super.reshape(shape));
  }

  override transpose(perm?: readonly number[]): Tensor {
    return Tensor.lift(super.transpose(perm));
  }

  override sum(axis?: number, keepDims = false): Tensor {
    return Tensor.lift(super.sum(axis, keepDims));
  }

  override mean(axis?: number, keepDims = false): Tensor {
    return Tensor.lift(super.mean(axis, keepDims));
  }

  override max(axis?: number, keepDims = false): Tensor {
    return Tensor.lift(super.max(axis, keepDims));
  }

  // --- the mistake ---

  override add(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.add.call(a, b));
  }

  override sub(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.sub.call(a, b));
  }

  override mul(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.mul.call(a, b));
  }

  override div(other: SolutionTensor | number): Tensor {
    const [a, b] = alignLeft(this, other);
    return Tensor.lift(SolutionTensor.prototype.div.call(a, b));
  }
}
