/**
 * Mutant: OneHotEncoder keeps the categories in the order they first appear instead of
 * sorting them, so the columns do not match scikit-learn's (nor another fit's) layout.
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/encoders";

import {
  type CategoricalTable,
  type Category,
  OneHotEncoder as Reference,
} from "@solution/5.2-classic-ml/01-preprocessing/encoders";

export class OneHotEncoder extends Reference {
  override fit(X: CategoricalTable): this {
    super.fit(X); // validation
    const width = (X[0] as readonly Category[]).length;
    this.categories = Array.from({ length: width }, (_, j) => [...new Set(X.map((r) => r[j] as Category))]);
    return this;
  }
}
