/** Mutant: predict compares with >=, so on a tie it returns the LAST largest logit, not the first. */
import { type FloatArray, forward, type Mlp } from "@solution/6.1-nn-core/05-mlp/mlp";

export * from "@solution/6.1-nn-core/05-mlp/mlp";

export function predict(mlp: Mlp, x: FloatArray, rows: number): Int32Array {
  const { logits } = forward(mlp, x, rows);
  const classes = mlp.sizes[mlp.sizes.length - 1] as number;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) {
      if ((logits[r * classes + c] as number) >= (logits[r * classes + best] as number)) best = c;
    }
    out[r] = best;
  }
  return out;
}
