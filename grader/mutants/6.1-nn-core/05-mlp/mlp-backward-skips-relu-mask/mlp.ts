/**
 * Mutant: the backward pass goes from one dense layer to the one below without multiplying by
 * relu′(Z): the ReLU is treated as if it were the identity.
 */

import { sparseCategoricalCrossEntropyFromLogits } from "@solution/6.1-nn-core/03-losses/losses";
import {
  type DenseLayer,
  denseBackward,
  type FloatArray,
  forward,
  type LossAndGradients,
  type Mlp,
} from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function lossAndGradients(
  mlp: Mlp,
  x: FloatArray,
  labels: ArrayLike<number>,
  rows: number,
): LossAndGradients {
  const pass = forward(mlp, x, rows);
  const classes = mlp.sizes[mlp.sizes.length - 1] as number;
  const { loss, grad } = sparseCategoricalCrossEntropyFromLogits(pass.logits, labels, rows, classes);
  const gradients: { weights: FloatArray; bias: FloatArray }[] = new Array(mlp.layers.length);
  let g: FloatArray = grad;
  for (let l = mlp.layers.length - 1; l >= 0; l--) {
    const back = denseBackward(mlp.layers[l] as DenseLayer, pass.inputs[l] as FloatArray, g, rows, l > 0);
    gradients[l] = { weights: back.weights, bias: back.bias };
    if (l > 0) g = back.input as FloatArray;
  }
  return { loss, gradients };
}
