/**
 * 5.2.7 Titanic EDA — given: the types of the passengers and of the results of tasks 1–4, the
 * group key of task 2, the age bands of task 3 and the feature columns of task 4. You do not
 * edit this file; `eda.ts`, `report.ts` and the specs import it.
 */
import type { TitanicRow, TitanicTestRow } from "../../../datasets/loaders/tabular";

/** The columns of a passenger that the analysis uses (a test-set row has them all). */
export type Passenger = Pick<
  TitanicTestRow,
  "Pclass" | "Sex" | "Age" | "SibSp" | "Parch" | "Fare" | "Embarked"
>;

/** A training-set passenger: also `Survived` (1 = survived, 0 = died). */
export type LabelledPassenger = Passenger & Pick<TitanicRow, "Survived">;

// ───────────────────────────── Task 1. Missing values ─────────────────────────────

/** One line of the missing-value report. */
export interface MissingCount {
  column: string;
  /** Number of rows where the cell is missing. */
  missing: number;
  /** missing / number of rows, in [0, 1]. */
  fraction: number;
}

// ───────────────────────────── Task 2. Imputation ─────────────────────────────

/** The group of a passenger for group-wise imputation: class and sex, e.g. "3/male". */
export function ageGroupKey(p: Pick<Passenger, "Pclass" | "Sex">): string {
  return `${p.Pclass}/${p.Sex}`;
}

/** How `imputeAge` fills a missing age. */
export type AgeStrategy = "mean" | "median" | "group-median";

/** The result of `imputeAge`. */
export interface ImputedAges {
  strategy: AgeStrategy;
  /** The training mean ("mean") or training median ("median", "group-median"). */
  fill: number;
  /** "group-median": the training median of each `ageGroupKey` group; otherwise empty. */
  groups: Map<string, number>;
  /** The ages of the training passengers, with the missing ones filled. */
  train: Float64Array;
  /** The same for the test passengers — filled with the statistics of the TRAINING rows. */
  test: Float64Array;
}

// ───────────────────────────── Task 3. Survival rates ─────────────────────────────

/** The age bands of task 3: [lo, hi) in years. */
export const AGE_BANDS: readonly { label: string; lo: number; hi: number }[] = [
  { label: "0–11", lo: 0, hi: 12 },
  { label: "12–17", lo: 12, hi: 18 },
  { label: "18–29", lo: 18, hi: 30 },
  { label: "30–49", lo: 30, hi: 50 },
  { label: "50–64", lo: 50, hi: 65 },
  { label: "65+", lo: 65, hi: Number.POSITIVE_INFINITY },
];

/** One line of a survival table. */
export interface SurvivalRate {
  group: string;
  passengers: number;
  survivors: number;
  /** survivors / passengers of THIS group. */
  rate: number;
}

// ───────────────────────────── Task 4. Correlations ─────────────────────────────

/** The columns of `encodeFeatures`, in order. */
export const FEATURES = [
  "Survived",
  "Pclass",
  "Sex",
  "Age",
  "SibSp",
  "Parch",
  "Fare",
  "EmbarkedC",
  "EmbarkedQ",
  "EmbarkedS",
] as const;

/** One of the columns of `encodeFeatures`. */
export type Feature = (typeof FEATURES)[number];
