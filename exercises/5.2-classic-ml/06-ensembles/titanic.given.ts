/**
 * GIVEN — not a learner file; the specs use it. Do not change it.
 *
 * The Titanic passengers as a feature matrix, and the gender-only baseline model of task 6.
 *
 * Turns Titanic passengers into a numeric feature matrix for tree ensembles. Trees only ask
 * "is x ≤ t?", so an ordinal code per category and a sentinel for a missing value are
 * enough: no scaling, no one-hot encoding, and nothing is learned from the data (so nothing
 * can leak from a validation split into training).
 *
 * | column   | value                                                   |
 * | -------- | ------------------------------------------------------- |
 * | pclass   | 1, 2 or 3                                               |
 * | sex      | 0 = male, 1 = female                                    |
 * | age      | years; −1 when missing (177 of the 891 training rows)   |
 * | sibsp    | siblings and spouses aboard                             |
 * | parch    | parents and children aboard                             |
 * | fare     | ticket price; −1 when missing (none in train.csv)       |
 * | embarked | 0 = Cherbourg, 1 = Queenstown, 2 = Southampton; 2 when missing (2 rows) |
 *
 * `solutions/5.2-classic-ml/06-ensembles/golden/make_golden.py` encodes the CSV the same way.
 */
import type { TitanicRow } from "../../../datasets";
import type { Matrix } from "../../../lib/ml/matrix";

export const TITANIC_FEATURES = ["pclass", "sex", "age", "sibsp", "parch", "fare", "embarked"] as const;

const EMBARKED: Record<string, number> = { C: 0, Q: 1, S: 2 };

/** The feature matrix (rows × 7, columns as in TITANIC_FEATURES) and the labels (1 = survived). */
export function titanicMatrix(rows: readonly TitanicRow[]): { X: Matrix; y: Int32Array } {
  const p = TITANIC_FEATURES.length;
  const data = new Float64Array(rows.length * p);
  const y = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    data.set(
      [
        r.Pclass,
        r.Sex === "female" ? 1 : 0,
        r.Age ?? -1,
        r.SibSp,
        r.Parch,
        r.Fare ?? -1,
        r.Embarked === null ? 2 : (EMBARKED[r.Embarked] ?? 2),
      ],
      i * p,
    );
    y[i] = r.Survived;
  });
  return { X: { data, rows: rows.length, cols: p }, y };
}

/**
 * The gender-only baseline of task 6: predicts "survived" (1) exactly for the women (column 1,
 * sex, is 1). It learns nothing in `fit`. Any model worth using on the Titanic must beat it
 * under the same validation protocol.
 */
export class GenderBaseline {
  fit(_X: Matrix, _y: ArrayLike<number>): this {
    return this;
  }

  predict(X: Matrix): Int32Array {
    const sex = TITANIC_FEATURES.indexOf("sex");
    return Int32Array.from({ length: X.rows }, (_, i) => (X.data[i * X.cols + sex] === 1 ? 1 : 0));
  }
}
