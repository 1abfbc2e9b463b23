import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../errors";
import { kFold, repeatedStratifiedKFold, stratifiedKFold, trainTestSplit } from "./split";

function isSortedPartition(a: Uint32Array, b: Uint32Array, n: number): boolean {
  const all = [...a, ...b].sort((x, y) => x - y);
  const ascending = (v: Uint32Array) => v.every((x, i) => i === 0 || (v[i - 1] as number) < x);
  return ascending(a) && ascending(b) && all.length === n && all.every((x, i) => x === i);
}

describe("trainTestSplit", () => {
  it("partitions 0..n-1 with ceil(testFraction·n) test samples", () => {
    const { train, test } = trainTestSplit(10, { testFraction: 0.25, seed: 1 });
    expect(test.length).toBe(3);
    expect(train.length).toBe(7);
    expect(isSortedPartition(train, test, 10)).toBe(true);
  });

  it("is deterministic per seed and differs between seeds", () => {
    const a = trainTestSplit(100, { testFraction: 0.2, seed: 42 });
    expect(trainTestSplit(100, { testFraction: 0.2, seed: 42 })).toEqual(a);
    expect(trainTestSplit(100, { testFraction: 0.2, seed: 43 }).test).not.toEqual(a.test);
  });

  it("keeps class proportions with stratify", () => {
    const labels = Int32Array.from({ length: 100 }, (_, i) => (i < 70 ? 0 : i < 90 ? 1 : 2));
    const { train, test } = trainTestSplit(100, { testFraction: 0.3, seed: 7, stratify: labels });
    expect(isSortedPartition(train, test, 100)).toBe(true);
    const count = (idx: Uint32Array, c: number) => [...idx].filter((i) => labels[i] === c).length;
    expect([count(test, 0), count(test, 1), count(test, 2)]).toEqual([21, 6, 3]);
  });

  it("stratified totals still equal ceil(testFraction·n)", () => {
    const labels = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2];
    const { test } = trainTestSplit(11, { testFraction: 0.5, seed: 3, stratify: labels });
    expect(test.length).toBe(6);
  });

  it("rejects bad arguments", () => {
    expect(() => trainTestSplit(1, { testFraction: 0.5, seed: 0 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: 0, seed: 0 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: 1, seed: 0 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: Number.NaN, seed: 0 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: 0.95, seed: 0 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: 0.5, seed: 0.5 })).toThrow(InvalidArgument);
    expect(() => trainTestSplit(10, { testFraction: 0.5, seed: 0, stratify: [0, 1] })).toThrow(ShapeError);
  });
});

describe("kFold", () => {
  it("without shuffle, cuts contiguous folds with sklearn's sizes", () => {
    const folds = kFold(7, 3);
    expect(folds.map((f) => Array.from(f.test))).toEqual([
      [0, 1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(Array.from((folds[1] as { train: Uint32Array }).train)).toEqual([0, 1, 2, 5, 6]);
  });

  it("with shuffle, test parts are disjoint, cover 0..n-1 and depend on the seed", () => {
    const folds = kFold(23, 5, { shuffle: true, seed: 9 });
    expect(folds.map((f) => f.test.length)).toEqual([5, 5, 5, 4, 4]);
    const seen = new Set<number>();
    for (const f of folds) {
      expect(isSortedPartition(f.train, f.test, 23)).toBe(true);
      for (const i of f.test) seen.add(i);
    }
    expect(seen.size).toBe(23);
    expect(kFold(23, 5, { shuffle: true, seed: 9 })).toEqual(folds);
    expect(kFold(23, 5, { shuffle: true, seed: 10 })).not.toEqual(folds);
  });

  it("stratified folds share out every class evenly", () => {
    const labels = Int32Array.from({ length: 30 }, (_, i) => (i < 20 ? 0 : 1));
    const folds = kFold(30, 5, { shuffle: true, seed: 1, stratify: labels });
    for (const f of folds) {
      expect(f.test.length).toBe(6);
      expect([...f.test].filter((i) => labels[i] === 1).length).toBe(2);
    }
  });

  it("rejects bad arguments", () => {
    expect(() => kFold(5, 1)).toThrow(InvalidArgument);
    expect(() => kFold(5, 6)).toThrow(InvalidArgument);
    expect(() => kFold(5, 2.5)).toThrow(InvalidArgument);
    expect(() => kFold(5, 2, { shuffle: true })).toThrow(InvalidArgument);
    expect(() => kFold(5, 2, { stratify: [0, 1] })).toThrow(ShapeError);
  });
});

describe("stratifiedKFold and repeatedStratifiedKFold", () => {
  const labels = Int32Array.from({ length: 50 }, (_, i) => (i < 30 ? 0 : i < 45 ? 1 : 2));
  const count = (idx: Uint32Array, c: number) => [...idx].filter((i) => labels[i] === c).length;

  it("stratifiedKFold is the shuffled, stratified kFold", () => {
    expect(stratifiedKFold(labels, { folds: 5, seed: 3 })).toEqual(
      kFold(50, 5, { shuffle: true, seed: 3, stratify: labels }),
    );
    expect(stratifiedKFold(labels)).toEqual(kFold(50, 5, { shuffle: true, seed: 0, stratify: labels }));
    for (const { test } of stratifiedKFold(labels, { folds: 5, seed: 1 })) {
      expect([count(test, 0), count(test, 1), count(test, 2)]).toEqual([6, 3, 1]);
    }
  });

  it("repetition r is the stratified k-fold with seed + r, in order", () => {
    const splits = repeatedStratifiedKFold(labels, { folds: 5, repeats: 3, seed: 7 });
    expect(splits).toHaveLength(15);
    for (let r = 0; r < 3; r++) {
      expect(splits.slice(5 * r, 5 * r + 5)).toEqual(stratifiedKFold(labels, { folds: 5, seed: 7 + r }));
    }
    expect(splits[0]?.test).not.toEqual(splits[5]?.test);
  });

  it("within a repetition every row is tested once; over all, repeats times", () => {
    const splits = repeatedStratifiedKFold(labels, { folds: 4, repeats: 2, seed: 0 });
    const tested = new Array<number>(50).fill(0);
    for (const { train, test } of splits) {
      expect(train.length + test.length).toBe(50);
      for (const i of test) tested[i] = (tested[i] ?? 0) + 1;
    }
    expect(tested.every((t) => t === 2)).toBe(true);
  });

  it("rejects bad arguments", () => {
    expect(() => repeatedStratifiedKFold(labels, { repeats: 0 })).toThrow(InvalidArgument);
    expect(() => repeatedStratifiedKFold(labels, { repeats: 1.5 })).toThrow(InvalidArgument);
    expect(() => repeatedStratifiedKFold(labels, { seed: 0.5 })).toThrow(InvalidArgument);
    expect(() => stratifiedKFold(labels, { seed: 0.5 })).toThrow(InvalidArgument);
    expect(() => stratifiedKFold(labels, { folds: 1 })).toThrow(InvalidArgument);
    expect(() => stratifiedKFold([0])).toThrow(InvalidArgument);
  });
});
