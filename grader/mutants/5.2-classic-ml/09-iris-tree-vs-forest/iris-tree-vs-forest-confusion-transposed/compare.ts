/** Mutant: the confusion matrix puts predictions in the rows and the truth in the columns. */
import { confusionMatrix as solution } from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export * from "@solution/5.2-classic-ml/09-iris-tree-vs-forest/compare";

export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  labels: ArrayLike<number>,
): number[][] {
  return solution(yPred, yTrue, labels);
}
