/**
 * Public specs for 5.2.1 Preprocessing, tasks 4 and 5 (categorical encoders). One-hot
 * outputs are 0/1 and codes are integers, so everything is compared exactly.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument, ShapeError } from "../../../lib/errors";
import { NotFittedError } from "../../../lib/ml/errors";
import { toRows } from "../../../lib/ml/matrix";
import { describeEstimatorContract, expectThrows } from "../../../lib/testing";
import { LabelEncoder, OneHotEncoder } from "./encoders";

// Two categorical features: a colour (strings) and a size code (numbers).
const X = [
  ["red", 3],
  ["blue", 1],
  ["green", 3],
  ["blue", 10],
];

describe("4. OneHotEncoder", () => {
  test("fit learns each column's categories in sorted order", () => {
    const enc = new OneHotEncoder().fit(X);
    expect(enc.categories, "categories").toEqual([
      ["blue", "green", "red"],
      [1, 3, 10],
    ]);
  });

  test("numbers sort as numbers (1 < 3 < 10), not as strings ('1' < '10' < '3')", () => {
    const enc = new OneHotEncoder().fit([[10], [3], [1]]);
    expect(enc.categories, "categories of [10, 3, 1]").toEqual([[1, 3, 10]]);
  });

  test("transform writes one 1 per feature, in that feature's block of columns", () => {
    const out = new OneHotEncoder().fitTransform(X);
    expect(out.cols, "3 colours + 3 sizes").toBe(6);
    //          blue green red | 1  3  10
    expect(toRows(out), "one-hot matrix").toEqual([
      [0, 0, 1, 0, 1, 0],
      [1, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 1, 0],
      [1, 0, 0, 0, 0, 1],
    ]);
  });

  test('an unseen category: handleUnknown "error" (default) throws, "ignore" gives zeros', () => {
    const strict = new OneHotEncoder().fit(X);
    expectThrows(
      () => strict.transform([["purple", 3]]),
      InvalidArgument,
      'transform(["purple", 3])',
      /purple/,
    );
    const lenient = new OneHotEncoder({ handleUnknown: "ignore" }).fit(X);
    expect(toRows(lenient.transform([["purple", 3]])), 'ignore: ["purple", 3]').toEqual([[0, 0, 0, 0, 1, 0]]);
  });

  test('drop "first" leaves out the first category of each feature', () => {
    const out = new OneHotEncoder({ drop: "first" }).fitTransform(X);
    //          green red | 3  10
    expect(toRows(out), "drop first").toEqual([
      [0, 1, 1, 0],
      [0, 0, 0, 0],
      [1, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
  });

  test("featureNames follows scikit-learn's <feature>_<category>", () => {
    const enc = new OneHotEncoder().fit(X);
    expect(enc.featureNames(["colour", "size"]), "named").toEqual([
      "colour_blue",
      "colour_green",
      "colour_red",
      "size_1",
      "size_3",
      "size_10",
    ]);
    expect(enc.featureNames()[0], "default names x0, x1, …").toBe("x0_blue");
  });

  test("errors: not fitted, wrong width, ragged rows, missing values, mixed types, empty data", () => {
    expectThrows(() => new OneHotEncoder().transform(X), NotFittedError, "transform before fit");
    const enc = new OneHotEncoder().fit(X);
    expectThrows(() => enc.transform([["red"]]), ShapeError, "transform with 1 column after fit with 2");
    expectThrows(() => new OneHotEncoder().fit([["a", 1], ["b"]]), ShapeError, "ragged rows");
    expectThrows(
      () => new OneHotEncoder().fit([["a"], [null as unknown as string]]),
      InvalidArgument,
      "a null category (impute it first)",
    );
    expectThrows(
      () => new OneHotEncoder().fit([["a"], [1]]),
      InvalidArgument,
      "a column mixing strings and numbers",
    );
    expectThrows(() => new OneHotEncoder().fit([]), InvalidArgument, "fit on no rows");
  });

  describeEstimatorContract(
    "4. OneHotEncoder",
    () => new OneHotEncoder({ drop: "first" }),
    { X },
    {
      name: "OneHotEncoder",
      properties: ["nOutputs"],
    },
  );
});

describe("5. LabelEncoder", () => {
  test("codes follow the sorted order of the labels", () => {
    const enc = new LabelEncoder();
    const codes = enc.fitTransform(["dog", "cat", "mouse", "cat"]);
    expect(enc.classes, "classes").toEqual(["cat", "dog", "mouse"]);
    expect(codes, "codes").toBeInstanceOf(Int32Array);
    expect(Array.from(codes), "codes").toEqual([1, 0, 2, 0]);
  });

  test("numeric labels sort numerically", () => {
    const enc = new LabelEncoder().fit([100, 5, 20]);
    expect(enc.classes, "classes").toEqual([5, 20, 100]);
    expect(Array.from(enc.transform([20, 100])), "transform([20, 100])").toEqual([1, 2]);
  });

  test("inverseTransform maps codes back to labels", () => {
    const enc = new LabelEncoder().fit(["b", "a", "c"]);
    expect(enc.inverseTransform(Int32Array.of(2, 0, 0, 1)), "inverseTransform([2, 0, 0, 1])").toEqual([
      "c",
      "a",
      "a",
      "b",
    ]);
  });

  test("errors: not fitted, unseen label, bad code, empty labels", () => {
    expectThrows(() => new LabelEncoder().transform(["a"]), NotFittedError, "transform before fit");
    const enc = new LabelEncoder().fit(["a", "b"]);
    expectThrows(() => enc.transform(["c"]), InvalidArgument, 'transform(["c"]) after fit(["a", "b"])');
    expectThrows(() => enc.inverseTransform([2]), InvalidArgument, "inverseTransform([2]) with 2 classes");
    expectThrows(() => new LabelEncoder().fit([]), InvalidArgument, "fit([])");
  });

  describeEstimatorContract(
    "5. LabelEncoder",
    () => new LabelEncoder(),
    { X: ["dog", "cat", "mouse", "cat"] },
    {
      name: "LabelEncoder",
    },
  );
});
