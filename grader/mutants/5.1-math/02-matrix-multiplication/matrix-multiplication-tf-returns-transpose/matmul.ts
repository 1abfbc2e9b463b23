/**
 * Mutant: the learner thought TensorFlow.js stores matrices column-major and "fixed" it by
 * transposing the product, returning Cᵀ (p×m) instead of C (m×p).
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
  const product = tf.tidy(() =>
    tf.matMul(tf.tensor2d(a.data, [a.rows, a.cols]), tf.tensor2d(b.data, [b.rows, b.cols])).transpose(),
  );
  try {
    return { rows: b.cols, cols: a.rows, data: await product.data<"float32">() };
  } finally {
    product.dispose();
  }
}
