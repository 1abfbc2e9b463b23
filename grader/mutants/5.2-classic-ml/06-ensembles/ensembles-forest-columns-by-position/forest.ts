/**
 * Mutant: predictProba adds column c of every tree to column c of the forest, assuming every
 * tree saw every class; a tree whose bootstrap sample missed a class shifts the columns.
 */
import { RandomForestClassifier as Solution } from "@solution/5.2-classic-ml/06-ensembles/forest";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/06-ensembles/forest";

export class RandomForestClassifier extends Solution {
  override predictProba(X: Matrix): Matrix {
    const K = this.classes.length;
    const trees = this.estimators;
    const out = new Float64Array(X.rows * K);
    for (const tree of trees) {
      const p = tree.predictProba(X);
      for (let r = 0; r < X.rows; r++)
        for (let c = 0; c < p.cols; c++)
          out[r * K + c] = (out[r * K + c] as number) + (p.data[r * p.cols + c] as number) / trees.length;
    }
    return { data: out, rows: X.rows, cols: K };
  }
}
