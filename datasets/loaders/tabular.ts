/**
 * The tabular datasets: Titanic, House Prices (Ames) and UCI Automobile (imports-85).
 * Each loader takes the dataset's folder (in the cache) and returns typed, validated rows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCsv, type RowOf, type Schema } from "./csv";

const oneOf =
  (...allowed: readonly (string | number)[]) =>
  (v: string | number | null): true | string =>
    v === null || allowed.includes(v) ? true : `${JSON.stringify(v)} is not one of ${allowed.join(", ")}`;

// ---------------------------------------------------------------------------------------------
// Titanic

export const TITANIC_TRAIN_SCHEMA = {
  PassengerId: "int",
  Survived: "int",
  Pclass: "int",
  Name: "string",
  Sex: "string",
  Age: "float?",
  SibSp: "int",
  Parch: "int",
  Ticket: "string",
  Fare: "float?",
  Cabin: "string?",
  Embarked: "string?",
} as const satisfies Schema;

const { Survived: _survived, ...titanicTest } = TITANIC_TRAIN_SCHEMA;
export const TITANIC_TEST_SCHEMA = titanicTest;

export type TitanicRow = RowOf<typeof TITANIC_TRAIN_SCHEMA>;
export type TitanicTestRow = RowOf<typeof TITANIC_TEST_SCHEMA>;
export interface Titanic {
  /** 891 passengers with `Survived` (0/1). */
  train: TitanicRow[];
  /** 418 passengers without labels. */
  test: TitanicTestRow[];
}

const titanicChecks = {
  Survived: oneOf(0, 1),
  Pclass: oneOf(1, 2, 3),
  Sex: oneOf("male", "female"),
  Embarked: oneOf("C", "Q", "S"),
};

export async function loadTitanic(dir: string): Promise<Titanic> {
  const [trainText, testText] = await Promise.all([
    readFile(join(dir, "train.csv"), "utf8"),
    readFile(join(dir, "test.csv"), "utf8"),
  ]);
  const train = parseCsv(trainText, TITANIC_TRAIN_SCHEMA, {
    name: "titanic/train.csv",
    validate: titanicChecks,
  });
  const { Survived: _s, ...testChecks } = titanicChecks;
  const test = parseCsv(testText, TITANIC_TEST_SCHEMA, { name: "titanic/test.csv", validate: testChecks });
  return { train: train.rows, test: test.rows };
}

// ---------------------------------------------------------------------------------------------
// House Prices (Kaggle), Dean De Cock's Ames Housing data.
// "NA" is read as null. Beware: for many categorical columns (Alley, BsmtQual, FireplaceQu,
// GarageType, PoolQC, Fence, MiscFeature…) data_description.txt says NA means "none"
// (no alley, no basement…), not "unknown".

export const HOUSE_PRICES_SCHEMA = {
  Id: "int",
  MSSubClass: "int",
  MSZoning: "string?",
  LotFrontage: "int?",
  LotArea: "int",
  Street: "string",
  Alley: "string?",
  LotShape: "string",
  LandContour: "string",
  Utilities: "string?",
  LotConfig: "string",
  LandSlope: "string",
  Neighborhood: "string",
  Condition1: "string",
  Condition2: "string",
  BldgType: "string",
  HouseStyle: "string",
  OverallQual: "int",
  OverallCond: "int",
  YearBuilt: "int",
  YearRemodAdd: "int",
  RoofStyle: "string",
  RoofMatl: "string",
  Exterior1st: "string?",
  Exterior2nd: "string?",
  MasVnrType: "string?",
  MasVnrArea: "int?",
  ExterQual: "string",
  ExterCond: "string",
  Foundation: "string",
  BsmtQual: "string?",
  BsmtCond: "string?",
  BsmtExposure: "string?",
  BsmtFinType1: "string?",
  BsmtFinSF1: "int?",
  BsmtFinType2: "string?",
  BsmtFinSF2: "int?",
  BsmtUnfSF: "int?",
  TotalBsmtSF: "int?",
  Heating: "string",
  HeatingQC: "string",
  CentralAir: "string",
  Electrical: "string?",
  "1stFlrSF": "int",
  "2ndFlrSF": "int",
  LowQualFinSF: "int",
  GrLivArea: "int",
  BsmtFullBath: "int?",
  BsmtHalfBath: "int?",
  FullBath: "int",
  HalfBath: "int",
  BedroomAbvGr: "int",
  KitchenAbvGr: "int",
  KitchenQual: "string?",
  TotRmsAbvGrd: "int",
  Functional: "string?",
  Fireplaces: "int",
  FireplaceQu: "string?",
  GarageType: "string?",
  GarageYrBlt: "int?",
  GarageFinish: "string?",
  GarageCars: "int?",
  GarageArea: "int?",
  GarageQual: "string?",
  GarageCond: "string?",
  PavedDrive: "string",
  WoodDeckSF: "int",
  OpenPorchSF: "int",
  EnclosedPorch: "int",
  "3SsnPorch": "int",
  ScreenPorch: "int",
  PoolArea: "int",
  PoolQC: "string?",
  Fence: "string?",
  MiscFeature: "string?",
  MiscVal: "int",
  MoSold: "int",
  YrSold: "int",
  SaleType: "string?",
  SaleCondition: "string",
  SalePrice: "int",
} as const satisfies Schema;

const { SalePrice: _price, ...houseTest } = HOUSE_PRICES_SCHEMA;
export const HOUSE_PRICES_TEST_SCHEMA = houseTest;

export type HousePricesRow = RowOf<typeof HOUSE_PRICES_SCHEMA>;
export type HousePricesTestRow = RowOf<typeof HOUSE_PRICES_TEST_SCHEMA>;
export interface HousePrices {
  /** 1460 houses × 81 columns (Id … SalePrice). */
  train: HousePricesRow[];
  /** 1459 houses × 80 columns (no SalePrice). */
  test: HousePricesTestRow[];
  /** Path of De Cock's data documentation (what each column and code means). */
  descriptionPath: string;
}

export async function loadHousePrices(dir: string): Promise<HousePrices> {
  const [trainText, testText] = await Promise.all([
    readFile(join(dir, "train.csv"), "utf8"),
    readFile(join(dir, "test.csv"), "utf8"),
  ]);
  const train = parseCsv(trainText, HOUSE_PRICES_SCHEMA, { name: "house-prices/train.csv", missing: ["NA"] });
  const test = parseCsv(testText, HOUSE_PRICES_TEST_SCHEMA, {
    name: "house-prices/test.csv",
    missing: ["NA"],
  });
  return { train: train.rows, test: test.rows, descriptionPath: join(dir, "data_description.txt") };
}

// ---------------------------------------------------------------------------------------------
// UCI Automobile, imports-85.data: no header, "?" = missing, price is the last column.

export const AUTOMOBILE_SCHEMA = {
  symboling: "int",
  "normalized-losses": "int?",
  make: "string",
  "fuel-type": "string",
  aspiration: "string",
  "num-of-doors": "string?",
  "body-style": "string",
  "drive-wheels": "string",
  "engine-location": "string",
  "wheel-base": "float",
  length: "float",
  width: "float",
  height: "float",
  "curb-weight": "int",
  "engine-type": "string",
  "num-of-cylinders": "string",
  "engine-size": "int",
  "fuel-system": "string",
  bore: "float?",
  stroke: "float?",
  "compression-ratio": "float",
  horsepower: "int?",
  "peak-rpm": "int?",
  "city-mpg": "int",
  "highway-mpg": "int",
  price: "int?",
} as const satisfies Schema;

export type AutomobileRow = RowOf<typeof AUTOMOBILE_SCHEMA>;
export interface Automobile {
  /** 205 cars × 26 attributes; 4 have no price. */
  rows: AutomobileRow[];
  namesPath: string;
}

export async function loadAutomobile(dir: string): Promise<Automobile> {
  const text = await readFile(join(dir, "imports-85.data"), "utf8");
  const { rows } = parseCsv(text, AUTOMOBILE_SCHEMA, {
    name: "automobile/imports-85.data",
    header: false,
    missing: ["?"],
    validate: {
      symboling: oneOf(-3, -2, -1, 0, 1, 2, 3),
      "fuel-type": oneOf("diesel", "gas"),
      "num-of-doors": oneOf("two", "four"),
    },
  });
  return { rows, namesPath: join(dir, "imports-85.names") };
}
