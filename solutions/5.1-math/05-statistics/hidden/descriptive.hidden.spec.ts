/**
 * Hidden specs for 5.1.5 Statistics, tasks 1 to 3: larger random inputs checked against a
 * reference computed here, harder numerical-stability cases, and more edge cases.
 */

import { mean, median, RunningStats, std, variance } from "@exercise/5.1-math/05-statistics/descriptive";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { callMethodEach, expectThrows, relativeError } from "../../../../lib/testing";

/** Two-pass reference: [mean, Σ(x − mean)²]. */
function reference(values: ArrayLike<number>): [number, number] {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  const m = s / values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i] - m) ** 2;
  return [m, ss];
}

describe("1. Mean and median", () => {
  test("median of 10 001 and 10 000 random values matches a reference sort (seed 13)", () => {
    const rng = new Rng(13);
    for (const n of [10_001, 10_000]) {
      const values = rng.normalArray(n, 0, 100);
      const sorted = Array.from(values).sort((a, b) => a - b);
      const expected = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      expect(median(values), `median of ${n} values`).toBeCloseTo(expected, 10);
    }
  });

  test("median with duplicates and negatives: a string sort would get these wrong", () => {
    expect(median([5, 5, 5, 1]), "median([5, 5, 5, 1])").toBe(5);
    expect(median([-1, -10, 2]), "median([-1, -10, 2])").toBe(-1);
    expect(median([-3, -20, 100, 4]), "median([-3, -20, 100, 4]) = (−3 + 4)/2").toBe(0.5);
  });

  test("median leaves 1000 random Float64Array values in their original order", () => {
    const values = new Rng(8).uniformArray(1000, -5, 5);
    const copy = Array.from(values);
    median(values);
    expect(Array.from(values), "values after median").toEqual(copy);
  });

  test("mean of 100 000 random values matches a reference sum to 1e-12 relative (seed 21)", () => {
    const values = new Rng(21).uniformArray(100_000, 1, 3);
    expect(relativeError(mean(values), reference(values)[0]), "mean").toBeLessThan(1e-12);
    expect(mean([0.1, 0.2, 0.3]), "mean([0.1, 0.2, 0.3])").toBeCloseTo(0.2, 15);
  });

  test("huge middle values: the mean of the two is exact, never ±Infinity", () => {
    const MAX = Number.MAX_VALUE;
    expect(median(Float64Array.of(1, MAX, MAX, MAX / 4)), "median([1, MAX, MAX, MAX/4])").toBe(0.625 * MAX);
    expect(median([-MAX, MAX, -MAX, MAX]), "median([−MAX, MAX, −MAX, MAX])").toBe(0);
    expect(median([-MAX, 0.5 * MAX]), "median([−MAX, MAX/2])").toBe(-0.25 * MAX);
    expect(median([-0.75 * MAX, -MAX]), "median([−0.75·MAX, −MAX])").toBe(-0.875 * MAX);
    expect(median([Number.MIN_VALUE, Number.MIN_VALUE]), "median of two equal subnormals").toBe(
      Number.MIN_VALUE,
    );
  });

  test("±Infinity is rejected like NaN", () => {
    expectThrows(() => mean([1, Number.POSITIVE_INFINITY]), InvalidArgument, "mean([1, Infinity])");
    expectThrows(
      () => median(Float64Array.of(Number.NEGATIVE_INFINITY, 1)),
      InvalidArgument,
      "median([−Infinity, 1])",
    );
  });
});

describe("2. Variance and standard deviation", () => {
  test("1e12 + [4, 7, 13, 16]: sample variance 30 and population variance 22.5, to 1e-9 relative", () => {
    const shifted = Float64Array.from([4, 7, 13, 16], (v) => 1e12 + v);
    expect(relativeError(variance(shifted, { ddof: 1 }), 30), "sample variance").toBeLessThan(1e-9);
    expect(relativeError(std(shifted), Math.sqrt(22.5)), "population std").toBeLessThan(1e-9);
  });

  test("10 000 values around 1e8 with spread 0.5 match a two-pass reference to 1e-9 (seed 17)", () => {
    const values = new Rng(17).normalArray(10_000, 1e8, 0.5);
    const [, ss] = reference(values);
    expect(relativeError(variance(values, { ddof: 1 }), ss / 9_999), "sample variance").toBeLessThan(1e-9);
    expect(relativeError(variance(values), ss / 10_000), "population variance").toBeLessThan(1e-9);
  });

  test("ddof 2 divides by n − 2; std of [1, 2, 3, 4] with ddof 1 is √(5/3)", () => {
    expect(variance([1, 2, 3], { ddof: 2 }), "Σ(x − 2)² / 1").toBe(2);
    expect(std([1, 2, 3, 4], { ddof: 1 }), "√(5/3)").toBeCloseTo(Math.sqrt(5 / 3), 14);
  });

  test("a constant array has variance and std 0", () => {
    expect(variance([7, 7, 7, 7], { ddof: 1 }), "variance([7, 7, 7, 7])").toBe(0);
    expect(std(Float64Array.of(-2.5, -2.5)), "std([-2.5, -2.5])").toBe(0);
  });

  test("ddof ≥ n, ddof NaN or a non-finite value → InvalidArgument", () => {
    expectThrows(() => variance([1, 2, 3], { ddof: 3 }), InvalidArgument, "ddof = n");
    expectThrows(() => variance([1, 2, 3], { ddof: Number.NaN }), InvalidArgument, "ddof NaN");
    expectThrows(() => std([1, 2], { ddof: 2 }), InvalidArgument, "std with ddof = n");
    expectThrows(() => variance([1, Number.POSITIVE_INFINITY]), InvalidArgument, "variance([1, Infinity])");
  });
});

describe("3. Welford’s online algorithm", () => {
  test("100 000 uniform values in [1e7, 1e7 + 10] agree with the batch results to 1e-9 (seed 31)", () => {
    const values = new Rng(31).uniformArray(100_000, 1e7, 1e7 + 10);
    const stats = new RunningStats();
    // 100,000 pushes in one call into the sandbox that runs your code (lib/testing/sandbox.ts).
    callMethodEach(
      stats,
      "push",
      Array.from(values, (x) => [x]),
    );
    const [m, ss] = reference(values);
    expect(relativeError(stats.mean, m), "mean").toBeLessThan(1e-12);
    expect(relativeError(stats.variance(), ss / 100_000), "population variance").toBeLessThan(1e-9);
    expect(relativeError(stats.std({ ddof: 1 }), Math.sqrt(ss / 99_999)), "sample std").toBeLessThan(1e-9);
  });

  test("two instances are independent (no shared state)", () => {
    const a = new RunningStats();
    const b = new RunningStats();
    a.push(1);
    a.push(3);
    b.push(10);
    expect(a.count, "a.count").toBe(2);
    expect(b.count, "b.count").toBe(1);
    expect(a.mean, "a.mean").toBe(2);
    expect(b.mean, "b.mean").toBe(10);
  });

  test("a constant stream has variance exactly 0", () => {
    const stats = new RunningStats();
    for (let i = 0; i < 1000; i++) stats.push(0.1);
    expect(stats.variance({ ddof: 1 }), "variance of 1000 × 0.1").toBe(0);
    expect(stats.mean, "mean").toBeCloseTo(0.1, 15);
  });

  test("bad input → InvalidArgument, and the stats are left unchanged", () => {
    const stats = new RunningStats();
    expectThrows(() => stats.variance(), InvalidArgument, "variance of nothing");
    stats.push(2);
    stats.push(4);
    expectThrows(() => stats.push(Number.POSITIVE_INFINITY), InvalidArgument, "push(Infinity)");
    expectThrows(() => stats.variance({ ddof: -1 }), InvalidArgument, "ddof −1");
    expectThrows(() => stats.variance({ ddof: 2 }), InvalidArgument, "ddof = n");
    expect(stats.count, "count").toBe(2);
    expect(stats.mean, "mean").toBe(3);
    expect(stats.variance({ ddof: 1 }), "sample variance").toBe(2);
  });
});
