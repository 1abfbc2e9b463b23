/**
 * Mutant: ∂L/∂W is accumulated as outputs × inputs (G ᵀ·X) but stored where W keeps
 * inputs × outputs: the index is [j·inputs + i] instead of [i·outputs + j].
 */
import {
  allocate,
  checkRows,
  type DenseGradients,
  type DenseLayer,
  dtypeOf,
  type FloatArray,
} from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function denseBackward(
  layer: DenseLayer,
  x: FloatArray,
  gradOutput: FloatArray,
  rows: number,
  withInputGradient = true,
): DenseGradients {
  checkRows(x.length, rows, layer.inputs, "denseBackward (input)");
  checkRows(gradOutput.length, rows, layer.outputs, "denseBackward (gradOutput)");
  const { inputs: n, outputs: m, weights: w } = layer;
  const dtype = dtypeOf(w);
  const gw = allocate(dtype, n * m);
  const gb = allocate(dtype, m);
  const gx = withInputGradient ? allocate(dtype, rows * n) : undefined;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < m; j++) {
      const g = gradOutput[r * m + j] as number;
      gb[j] = (gb[j] as number) + g;
      for (let i = 0; i < n; i++) {
        gw[j * n + i] = (gw[j * n + i] as number) + (x[r * n + i] as number) * g;
        if (gx !== undefined) gx[r * n + i] = (gx[r * n + i] as number) + g * (w[i * m + j] as number);
      }
    }
  }
  return { weights: gw, bias: gb, input: gx };
}
