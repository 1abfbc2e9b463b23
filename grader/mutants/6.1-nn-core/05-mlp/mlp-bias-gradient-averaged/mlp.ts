/**
 * Mutant: ∂L/∂b is the MEAN of G over the rows instead of the sum ("the loss is a mean, so
 * divide by rows") — but G already carries the 1/rows of the mean loss: the bias gradient is
 * rows times too small.
 */
import {
  checkRows,
  type DenseGradients,
  type DenseLayer,
  type FloatArray,
  denseBackward as reference,
} from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function denseBackward(
  layer: DenseLayer,
  x: FloatArray,
  gradOutput: FloatArray,
  rows: number,
  withInputGradient = true,
): DenseGradients {
  checkRows(gradOutput.length, rows, layer.outputs, "denseBackward (gradOutput)");
  const result = reference(layer, x, gradOutput, rows, withInputGradient);
  for (let j = 0; j < result.bias.length; j++) result.bias[j] = (result.bias[j] as number) / rows;
  return result;
}
