/**
 * Mutant: the classifier makes a leaf when n <= minSamplesSplit instead of n < minSamplesSplit,
 * so a node with exactly minSamplesSplit samples is never split.
 */
import {
  type ClassifierOptions,
  DecisionTreeClassifier as SolutionClassifier,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export class DecisionTreeClassifier extends SolutionClassifier {
  constructor(options: ClassifierOptions = {}) {
    const mss = options.minSamplesSplit;
    super({
      ...options,
      minSamplesSplit: typeof mss === "number" && Number.isInteger(mss) && mss >= 2 ? mss + 1 : (mss ?? 3),
    });
  }
}
