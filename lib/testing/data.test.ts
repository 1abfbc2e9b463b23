import { describe, expect, it } from "vitest";
import { Rng } from "../rng";
import { IRIS_CLASSES, iris, randomMatrix } from "./data";

describe("randomMatrix", () => {
  it("by default is rng.uniformArray(rows · cols, −1, 1), row by row, in a lib/ml Matrix", () => {
    const m = randomMatrix(new Rng(5), 3, 4);
    expect([m.rows, m.cols]).toEqual([3, 4]);
    expect(m.data).toBeInstanceOf(Float64Array);
    expect(m.data).toEqual(new Rng(5).uniformArray(12, -1, 1));
  });
  it('with distribution "normal" is rng.normalArray, and takes one mean and std per column', () => {
    expect(randomMatrix(new Rng(2), 5, 2, { distribution: "normal" }).data).toEqual(
      new Rng(2).normalArray(10),
    );
    const m = randomMatrix(new Rng(1), 200, 3, {
      distribution: "normal",
      mean: [5, -100, 0],
      std: [3, 0.01, 1000],
    });
    const rng = new Rng(1);
    const want = new Float64Array(600);
    for (let i = 0; i < 200; i++) {
      want[i * 3] = rng.normal(5, 3);
      want[i * 3 + 1] = rng.normal(-100, 0.01);
      want[i * 3 + 2] = rng.normal(0, 1000);
    }
    expect(m.data).toEqual(want);
  });
  it("uniform bounds may also differ per column", () => {
    const m = randomMatrix(new Rng(3), 50, 2, { low: [0, 10], high: [1, 20] });
    for (let i = 0; i < 50; i++) {
      expect(m.data[2 * i]).toBeGreaterThanOrEqual(0);
      expect(m.data[2 * i]).toBeLessThan(1);
      expect(m.data[2 * i + 1]).toBeGreaterThanOrEqual(10);
      expect(m.data[2 * i + 1]).toBeLessThan(20);
    }
  });
  it('dtype "float32" gives the same draws rounded to float32 (5.1.2\'s Matrix)', () => {
    const m = randomMatrix(new Rng(9), 2, 3, { dtype: "float32" });
    expect(m.data).toBeInstanceOf(Float32Array);
    expect(m.data).toEqual(Float32Array.from(new Rng(9).uniformArray(6, -1, 1)));
  });
  it("rejects bad sizes, per-column parameters of the wrong length and unknown distributions", () => {
    const rng = new Rng(0);
    expect(() => randomMatrix(rng, -1, 2)).toThrow("rows must be a non-negative integer");
    expect(() => randomMatrix(rng, 2, 1.5)).toThrow("cols must be a non-negative integer");
    expect(() => randomMatrix(rng, 2, 3, { distribution: "normal", mean: [1, 2] })).toThrow(
      "mean has 2 values, one per column needs 3",
    );
    expect(() => randomMatrix(rng, 2, 2, { distribution: "cauchy" as "normal" })).toThrow(
      "unknown distribution",
    );
  });
});

describe("iris", () => {
  it("is 150 × 4 with labels 0, 1, 2 for setosa, versicolor, virginica, in the data set's order", async () => {
    const { X, y } = await iris();
    expect([X.rows, X.cols, y.length]).toEqual([150, 4, 150]);
    expect(Array.from(X.data.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect([y[0], y[50], y[100], y[149]]).toEqual([0, 1, 2, 2]);
    expect(IRIS_CLASSES).toEqual(["setosa", "versicolor", "virginica"]);
    let sum = 0;
    for (const v of X.data) sum += v;
    expect(sum).toBeCloseTo(876.5 + 458.6 + 563.7 + 179.9, 9);
  });
  it("keeps only the given species, labelled by their position in the list", async () => {
    const all = await iris();
    const pair = await iris(["versicolor", "virginica"]);
    expect([pair.X.rows, pair.y.length]).toEqual([100, 100]);
    expect(pair.X.data).toEqual(all.X.data.subarray(50 * 4));
    expect(Array.from(pair.y)).toEqual([...Array<number>(50).fill(0), ...Array<number>(50).fill(1)]);
    const reversed = await iris(["virginica", "setosa"]);
    expect([reversed.y[0], reversed.y[99]]).toEqual([1, 0]);
  });
  it("returns fresh arrays on every call", async () => {
    const a = await iris();
    a.X.data[0] = -1;
    a.y[0] = 7;
    const b = await iris();
    expect([b.X.data[0], b.y[0]]).toEqual([5.1, 0]);
  });
});
