/** Mutant: add/sub/mul/div read data in storage order, as if every operand were contiguous, so transposed operands give wrong results. */
import { type NestedArray, Tensor as SolutionTensor } from "@solution/5.1-math/03-tensors/tensor";

export * from "@solution/5.1-math/03-tensors/tensor";

/** Reinterprets the storage with row-major strides, ignoring the tensor's own strides. */
function asIfContiguous(t: SolutionTensor): SolutionTensor {
  return new SolutionTensor(t.data, t.shape);
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
    return Tensor.lift(asIfContiguous(this).add(typeof other === "number" ? other : asIfContiguous(other)));
  }

  override sub(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).sub(typeof other === "number" ? other : asIfContiguous(other)));
  }

  override mul(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).mul(typeof other === "number" ? other : asIfContiguous(other)));
  }

  override div(other: SolutionTensor | number): Tensor {
    return Tensor.lift(asIfContiguous(this).div(typeof other === "number" ? other : asIfContiguous(other)));
  }
}
