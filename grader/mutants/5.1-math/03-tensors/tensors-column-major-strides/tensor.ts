/** Mutant: rowMajorStrides returns column-major (Fortran-order) strides — the first axis moves by 1 — while Tensor.from still lays the data out row by row. */
import { type NestedArray, Tensor as SolutionTensor } from "@solution/5.1-math/03-tensors/tensor";

export * from "@solution/5.1-math/03-tensors/tensor";

/** strides[k] = shape[0] · … · shape[k−1]: column-major, the opposite of what was asked. */
export function rowMajorStrides(shape: readonly number[]): number[] {
  const strides: number[] = [];
  let step = 1;
  for (const d of shape) {
    strides.push(step);
    step *= d;
  }
  return strides;
}

/** The solution's Tensor, with the mistake; factories and views return this class so the mistake is reachable. */
export class Tensor extends SolutionTensor {
  /** Re-wraps a solution tensor; fresh tensors get this mutant's default (column-major) strides. */
  static lift(t: SolutionTensor): Tensor {
    return t.isContiguous() ? new Tensor(t.data, t.shape) : new Tensor(t.data, t.shape, t.strides);
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

  override add(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.add(other));
  }

  override sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.sub(other));
  }

  override mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.mul(other));
  }

  override div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(super.div(other));
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

  constructor(data: Float64Array, shape: readonly number[], strides?: readonly number[]) {
    super(data, shape, strides ?? rowMajorStrides(shape));
  }
}
