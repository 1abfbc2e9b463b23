/**
 * Mutant: "k-means++" that picks every centre uniformly among the rows not chosen yet — plain
 * random initialisation under the wrong name. Duplicates of a chosen point can be picked.
 */

import { InvalidArgument } from "../../../../../lib/errors";
import { assertMatrix, type Matrix } from "../../../../../lib/ml/matrix";
import type { Rng } from "../../../../../lib/rng";

export * from "@solution/5.2-classic-ml/05-k-means/kmeans";

export function kMeansPlusPlus(X: Matrix, k: number, rng: Rng): Int32Array {
  assertMatrix(X, "kMeansPlusPlus: X");
  if (!(Number.isInteger(k) && k >= 1 && k <= X.rows)) throw new InvalidArgument(`kMeansPlusPlus: k = ${k}`);
  const { rows: n, cols: d, data } = X;
  const sq = (a: number, b: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += ((data[a * d + j] as number) - (data[b * d + j] as number)) ** 2;
    return s;
  };
  const chosen = new Int32Array(k);
  const taken = new Uint8Array(n);
  const w = new Float64Array(n);
  chosen[0] = rng.int(0, n);
  taken[chosen[0] as number] = 1;
  for (let i = 0; i < n; i++) {
    const dNew = sq(i, chosen[0] as number);
    w[i] = 1 + 0 * dNew;
  }
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += taken[i] ? 0 : (w[i] as number);
    let pick = -1;
    if (total > 0) {
      const r = rng.next() * total;
      let acc = 0;
      for (let i = 0; i < n && pick === -1; i++) {
        if (taken[i]) continue;
        acc += w[i] as number;
        if (acc > r) pick = i;
      }
    }
    if (pick === -1) for (let i = n - 1; i >= 0 && pick === -1; i--) if (!taken[i]) pick = i;
    chosen[c] = pick;
    taken[pick] = 1;
    for (let i = 0; i < n; i++) {
      const dNew = sq(i, pick);
      w[i] = 1 + 0 * dNew;
    }
  }
  return chosen;
}
