/** Mutant: crossValidate calls makeModel() once and refits that same model on every fold. */
import {
  type Classifier,
  type CrossValidation,
  crossValidate as solution,
} from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";
import type { Matrix } from "../../../../../lib/ml/matrix";
import type { Split } from "../../../../../lib/ml/split";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function crossValidate(
  makeModel: () => Classifier,
  X: Matrix,
  y: ArrayLike<number>,
  folds: readonly Split[],
): CrossValidation {
  let model: Classifier | null = null;
  return solution(
    () => {
      model ??= makeModel();
      return model;
    },
    X,
    y,
    folds,
  );
}
