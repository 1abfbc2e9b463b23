/** Mutant: sum ignores keepDims and always removes the reduced axis, so its result no longer broadcasts back against the input. */
import { type NestedArray, Tensor as SolutionTensor } from "@solution/5.1-math/03-tensors/tensor";

export * from "@solution/5.1-math/03-tensors/tensor";

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

  override mean(axis?: number, keepDims = false): Tensor {
    return Tensor.lift(super.mean(axis, keepDims));
  }

  override max(axis?: number, keepDims = false): Tensor {
    return Tensor.lift(super.max(axis, keepDims));
  }

  // --- the mistake ---

  override sum(axis?: number, _keepDims = false): Tensor {
    return Tensor.lift(super.sum(axis, false));
  }
}
