import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../errors";
import {
  assertMatrix,
  assertVector,
  column,
  fromRows,
  get,
  hstack,
  matrix,
  row,
  selectColumns,
  selectRows,
  selectValues,
  toRows,
} from "./matrix";

describe("matrix", () => {
  it("builds zero-filled or copied row-major matrices", () => {
    const z = matrix(2, 3);
    expect(z.data).toEqual(new Float64Array(6));
    const src = [1, 2, 3, 4, 5, 6];
    const m = matrix(2, 3, src);
    src[0] = 99;
    expect(toRows(m)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(get(m, 1, 2)).toBe(6);
  });

  it("rejects wrong sizes", () => {
    expect(() => matrix(2, 3, [1, 2])).toThrow(ShapeError);
    expect(() => matrix(-1, 3)).toThrow(InvalidArgument);
    expect(() => matrix(1.5, 3)).toThrow(InvalidArgument);
  });

  it("fromRows builds a matrix and rejects ragged rows", () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(m.rows).toBe(3);
    expect(m.cols).toBe(2);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fromRows([])).toEqual({ data: new Float64Array(0), rows: 0, cols: 0 });
    expect(() => fromRows([[1, 2], [3]])).toThrow(ShapeError);
  });
});

describe("column, row, selectRows, selectColumns, selectValues, hstack", () => {
  const m = fromRows([
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);

  it("copies a column and a row", () => {
    expect(Array.from(column(m, 1))).toEqual([2, 5, 8]);
    expect(Array.from(row(m, 2))).toEqual([7, 8, 9]);
    const r = row(m, 0);
    r[0] = 100;
    expect(get(m, 0, 0)).toBe(1);
    expect(() => column(m, 3)).toThrow(InvalidArgument);
    expect(() => row(m, -1)).toThrow(InvalidArgument);
  });

  it("selects rows in the given order, with repeats", () => {
    expect(toRows(selectRows(m, [2, 0, 2]))).toEqual([
      [7, 8, 9],
      [1, 2, 3],
      [7, 8, 9],
    ]);
    expect(selectRows(m, new Uint32Array(0))).toEqual({ data: new Float64Array(0), rows: 0, cols: 3 });
    expect(() => selectRows(m, [3])).toThrow(InvalidArgument);
  });

  it("selects columns and target values", () => {
    expect(toRows(selectColumns(m, [2, 0]))).toEqual([
      [3, 1],
      [6, 4],
      [9, 7],
    ]);
    expect(() => selectColumns(m, [5])).toThrow(InvalidArgument);
    const y = new Int32Array([10, 20, 30]);
    const picked = selectValues(y, [2, 1]);
    expect(picked).toBeInstanceOf(Int32Array);
    expect(Array.from(picked)).toEqual([30, 20]);
    expect(() => selectValues(y, [3])).toThrow(InvalidArgument);
  });

  it("stacks matrices side by side", () => {
    const a = fromRows([[1], [2]]);
    const b = fromRows([
      [3, 4],
      [5, 6],
    ]);
    expect(toRows(hstack(a, b))).toEqual([
      [1, 3, 4],
      [2, 5, 6],
    ]);
    expect(() => hstack(a, fromRows([[1]]))).toThrow(ShapeError);
    expect(() => hstack()).toThrow(InvalidArgument);
  });
});

describe("assertMatrix", () => {
  it("accepts a finite non-empty matrix", () => {
    expect(() => assertMatrix(fromRows([[1, 2]]), "X")).not.toThrow();
  });

  it("rejects malformed objects with InvalidArgument and wrong sizes with ShapeError", () => {
    expect(() => assertMatrix(null, "X")).toThrow(InvalidArgument);
    expect(() => assertMatrix([[1, 2]], "X")).toThrow(InvalidArgument);
    expect(() => assertMatrix({ data: [1, 2], rows: 1, cols: 2 }, "X")).toThrow(InvalidArgument);
    expect(() => assertMatrix({ data: new Float64Array(3), rows: 1, cols: 2 }, "X")).toThrow(ShapeError);
    expect(() => assertMatrix(fromRows([[1, 2]]), "X", { cols: 3 })).toThrow(/3 columns/);
  });

  it("rejects empty matrices unless allowEmpty", () => {
    expect(() => assertMatrix(matrix(0, 2), "X")).toThrow(InvalidArgument);
    expect(() => assertMatrix(matrix(2, 0), "X")).toThrow(InvalidArgument);
    expect(() => assertMatrix(matrix(0, 2), "X", { allowEmpty: true })).not.toThrow();
  });

  it("rejects NaN (unless allowNaN) and infinities, naming the position", () => {
    const withNaN = fromRows([
      [1, 2],
      [3, Number.NaN],
    ]);
    expect(() => assertMatrix(withNaN, "X")).toThrow(/NaN at row 1, column 1/);
    expect(() => assertMatrix(withNaN, "X", { allowNaN: true })).not.toThrow();
    const withInf = fromRows([[Number.POSITIVE_INFINITY, 1]]);
    expect(() => assertMatrix(withInf, "X", { allowNaN: true })).toThrow(InvalidArgument);
  });
});

describe("assertVector", () => {
  it("checks type, length, emptiness and finiteness", () => {
    expect(() => assertVector(new Float64Array([1, 2]), "y", { length: 2 })).not.toThrow();
    expect(() => assertVector([1, 2], "y")).not.toThrow();
    expect(() => assertVector("12", "y")).toThrow(InvalidArgument);
    expect(() => assertVector(new Float64Array([1, 2]), "y", { length: 3 })).toThrow(ShapeError);
    expect(() => assertVector(new Float64Array(0), "y")).toThrow(InvalidArgument);
    expect(() => assertVector(new Float64Array(0), "y", { allowEmpty: true })).not.toThrow();
    expect(() => assertVector([1, Number.NaN], "y")).toThrow(InvalidArgument);
    expect(() => assertVector([1, Number.NaN], "y", { allowNaN: true })).not.toThrow();
    expect(() => assertVector([1, Number.NEGATIVE_INFINITY], "y", { allowNaN: true })).toThrow(
      InvalidArgument,
    );
  });
});
