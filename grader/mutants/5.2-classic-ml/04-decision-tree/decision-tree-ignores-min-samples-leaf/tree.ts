/** Mutant: the classifier never checks minSamplesLeaf (leaves of 1 sample are allowed whatever the option says). */
import {
  type ClassifierOptions,
  DecisionTreeClassifier as SolutionClassifier,
} from "@solution/5.2-classic-ml/04-decision-tree/tree";

export * from "@solution/5.2-classic-ml/04-decision-tree/tree";

export class DecisionTreeClassifier extends SolutionClassifier {
  constructor(options: ClassifierOptions = {}) {
    const { minSamplesLeaf: _ignored, ...rest } = options;
    super(rest);
  }
}
