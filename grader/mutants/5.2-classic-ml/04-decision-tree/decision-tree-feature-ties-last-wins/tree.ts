/**
 * Mutant: on an exact tie between features the classifier keeps the LAST one examined (a `>=`
 * where `>` belongs), i.e. the highest feature index. Emulated by fitting the reference
 * solution on the columns in reverse order and mapping the feature numbers back.
 */
import {
  type ClassifierOptions,
  DecisionTreeClassifier as SolutionClassifier,
  type TreeNodes,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";
import type { Matrix } from "../../../../../lib/ml/matrix";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

function reversed(X: Matrix): Matrix {
  if (!X || !(X.data instanceof Float64Array) || X.data.length !== X.rows * X.cols) return X;
  const out = new Float64Array(X.data.length);
  for (let i = 0; i < X.rows; i++)
    for (let j = 0; j < X.cols; j++) out[i * X.cols + j] = X.data[i * X.cols + (X.cols - 1 - j)] as number;
  return { data: out, rows: X.rows, cols: X.cols };
}

export class DecisionTreeClassifier extends SolutionClassifier {
  constructor(options: ClassifierOptions = {}) {
    super(options);
  }
  override fit(X: Matrix, y: ArrayLike<number>): this {
    return super.fit(reversed(X), y);
  }
  override apply(X: Matrix): Int32Array {
    return super.apply(reversed(X));
  }
  override predict(X: Matrix): Int32Array {
    return super.predict(reversed(X));
  }
  override predictProba(X: Matrix): Matrix {
    return super.predictProba(reversed(X));
  }
  override get nodes(): TreeNodes {
    const n = super.nodes;
    const p = this.nFeatures;
    return { ...n, feature: n.feature.map((f) => (f < 0 ? f : p - 1 - f)) };
  }
  override get featureImportances(): Float64Array {
    return super.featureImportances.reverse();
  }
}
