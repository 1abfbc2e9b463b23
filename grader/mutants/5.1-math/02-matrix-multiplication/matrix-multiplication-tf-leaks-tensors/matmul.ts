/**
 * Mutant: TensorFlow.js tensors are created but never disposed (no tf.tidy, no dispose()),
 * so every call leaks three tensors. The numbers are right; the memory is not.
 */

import { formatShape, type Matrix } from "@solution/5.1-math/02-matrix-multiplication/matmul";
import { ShapeError } from "../../../../../lib/errors";
import { getTf } from "../../../../../lib/tf";

export * from "@solution/5.1-math/02-matrix-multiplication/matmul";

export async function matmulTf(a: Matrix, b: Matrix): Promise<Matrix> {
  if (a.cols !== b.rows) {
    throw new ShapeError(`Cannot multiply ${formatShape(a.rows, a.cols)} · ${formatShape(b.rows, b.cols)}`);
  }
  const tf = await getTf();
  const product = tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols]));
  return { rows: a.rows, cols: b.cols, data: await product.data<"float32">() };
}
