/** Mutant: predictProba counts the trees' votes (hard voting) instead of averaging their probabilities. */
import { RandomForestClassifier as Solution } from "@solution/5.2-classic-ml/06-ensembles/forest";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/06-ensembles/forest";

export class RandomForestClassifier extends Solution {
  override predictProba(X: Matrix): Matrix {
    const classes = Array.from(this.classes);
    const trees = this.estimators;
    const out = new Float64Array(X.rows * classes.length);
    for (const tree of trees) {
      tree.predict(X).forEach((label, r) => {
        const k = classes.indexOf(label);
        out[r * classes.length + k] = (out[r * classes.length + k] as number) + 1 / trees.length;
      });
    }
    return { data: out, rows: X.rows, cols: classes.length };
  }
}
