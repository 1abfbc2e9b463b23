/**
 * Mutant: LabelEncoder sorts its classes with a bare Array#sort, which compares numbers as
 * strings: [5, 20, 100] becomes [100, 20, 5].
 */
export * from "@solution/5.2-classic-ml/01-preprocessing/encoders";

import { type Category, LabelEncoder as Reference } from "@solution/5.2-classic-ml/01-preprocessing/encoders";

export class LabelEncoder extends Reference {
  override fit(y: readonly Category[]): this {
    super.fit(y);
    (this.classes as Category[]).sort();
    return this;
  }
}
