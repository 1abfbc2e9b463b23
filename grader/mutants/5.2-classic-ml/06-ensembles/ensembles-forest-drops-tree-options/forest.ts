/** Mutant: the forests never pass maxDepth and minSamplesLeaf on to their trees (every tree grows to full depth). */
import {
  type ForestOptions,
  RandomForestClassifier as SolutionClassifier,
  RandomForestRegressor as SolutionRegressor,
} from "@solution/5.2-classic-ml/06-ensembles/forest";

export * from "@solution/5.2-classic-ml/06-ensembles/forest";

export class RandomForestClassifier extends SolutionClassifier {
  constructor(options: ForestOptions = {}) {
    const { maxDepth: _d, minSamplesLeaf: _l, ...rest } = options;
    super(rest);
  }
}

export class RandomForestRegressor extends SolutionRegressor {
  constructor(options: ForestOptions = {}) {
    const { maxDepth: _d, minSamplesLeaf: _l, ...rest } = options;
    super(rest);
  }
}
