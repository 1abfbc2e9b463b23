/** Mutant: forward applies ReLU after every layer, the last one too — negative logits become 0. */

import { relu } from "@solution/6.1-nn-core/02-activations/activations";
import {
  checkRows,
  denseForward,
  type FloatArray,
  type ForwardPass,
  type Mlp,
} from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function forward(mlp: Mlp, x: FloatArray, rows: number): ForwardPass {
  checkRows(x.length, rows, mlp.sizes[0] as number, "forward");
  const inputs: FloatArray[] = [x];
  const outputs: FloatArray[] = [];
  let a = x;
  mlp.layers.forEach((layer, l) => {
    const z = denseForward(layer, a, rows);
    a = relu(z);
    if (l + 1 < mlp.layers.length) {
      outputs.push(z);
      inputs.push(a);
    } else {
      outputs.push(a);
    }
  });
  return { inputs, outputs, logits: outputs[outputs.length - 1] as FloatArray };
}
