/**
 * Public specs for 5.1.5 Statistics, tasks 1 to 3. Run them with
 *
 *     npm test exercises/5.1-math/05-statistics
 *
 * Exact results are compared exactly (`toBe`) when the arithmetic is exact in binary floating
 * point (small integers, halves); everything else with a stated relative tolerance.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { callMethodEach, expectThrows, relativeError } from "../../../lib/testing";
import { mean, median, RunningStats, std, variance } from "./descriptive";

describe("1. Mean and median", () => {
  test("mean of small arrays, number[] and Float64Array alike", () => {
    expect(mean([1, 2, 3, 4]), "mean([1, 2, 3, 4])").toBe(2.5);
    expect(mean(Float64Array.of(-1, 1, 6)), "mean(Float64Array [-1, 1, 6])").toBe(2);
    expect(mean([7]), "mean([7])").toBe(7);
  });

  test("median of an odd-length array is the middle value after sorting", () => {
    expect(median([3, 1, 2]), "median([3, 1, 2])").toBe(2);
    expect(median([5, -4, 0, 9, 1]), "median([5, -4, 0, 9, 1])").toBe(1);
    expect(median([42]), "median([42])").toBe(42);
  });

  test("median of an even-length array is the mean of the two middle values", () => {
    expect(median([4, 1, 3, 2]), "median([4, 1, 3, 2]) = (2 + 3) / 2").toBe(2.5);
    expect(median(Float64Array.of(-5, 5)), "median([-5, 5])").toBe(0);
  });

  test("sorts numbers as numbers: median([10, 9, 100, 2]) is 9.5, not 51", () => {
    // [10, 9, 100, 2].sort() without a comparator sorts as strings: [10, 100, 2, 9] → (100 + 2)/2.
    expect(median([10, 9, 100, 2]), "median([10, 9, 100, 2])").toBe(9.5);
  });

  test("the mean of the two middle values does not overflow, whatever their signs", () => {
    // (a + b) / 2 overflows to Infinity for two values near MAX_VALUE; a + (b − a) / 2 overflows
    // for −MAX and MAX. Halve each value first when their sum is not finite.
    const MAX = Number.MAX_VALUE;
    expect(median([MAX, MAX]), "median([MAX, MAX])").toBe(MAX);
    expect(median([-MAX, -MAX, 0, -MAX]), "median([−MAX, −MAX, 0, −MAX])").toBe(-MAX);
    expect(median([MAX, 0.5 * MAX]), "median([MAX, MAX/2])").toBe(0.75 * MAX);
    expect(median([-MAX, MAX]), "median([−MAX, MAX])").toBe(0);
  });

  test("the median is robust to an outlier, the mean is not", () => {
    const salaries = [30, 32, 35, 38, 40, 1000];
    expect(median(salaries), "median salary").toBe(36.5);
    expect(mean(salaries), "mean salary").toBeCloseTo(195.83333333333334, 10);
  });

  test("does not modify its input", () => {
    const values = [3, 1, 2, 5, 4];
    const typed = Float64Array.of(3, 1, 2, 5, 4);
    median(values);
    median(typed);
    expect(values, "number[] after median").toEqual([3, 1, 2, 5, 4]);
    expect(Array.from(typed), "Float64Array after median").toEqual([3, 1, 2, 5, 4]);
  });

  test("empty input or a NaN → InvalidArgument", () => {
    expectThrows(() => mean([]), InvalidArgument, "mean([])");
    expectThrows(() => median([]), InvalidArgument, "median([])");
    expectThrows(() => mean([1, Number.NaN]), InvalidArgument, "mean([1, NaN])");
    expectThrows(() => median([1, Number.NaN, 3]), InvalidArgument, "median([1, NaN, 3])");
  });
});

describe("2. Variance and standard deviation", () => {
  // The classic example: mean 5, squared deviations sum to 32.
  const data = [2, 4, 4, 4, 5, 5, 7, 9];

  test("population variance (ddof 0, the default) and standard deviation", () => {
    expect(variance(data), "variance(data)").toBe(4);
    expect(variance(data, { ddof: 0 }), "variance(data, { ddof: 0 })").toBe(4);
    expect(std(data), "std(data)").toBe(2);
  });

  test("sample variance divides by n − 1 (ddof 1)", () => {
    expect(variance(data, { ddof: 1 }), "32 / 7").toBeCloseTo(32 / 7, 14);
    expect(std(data, { ddof: 1 }), "√(32 / 7)").toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  test("one value: population variance 0; sample variance → InvalidArgument (n − 1 = 0)", () => {
    expect(variance([3.5]), "variance([3.5])").toBe(0);
    expectThrows(() => variance([3.5], { ddof: 1 }), InvalidArgument, "variance([3.5], { ddof: 1 })");
  });

  test("is numerically stable: 1e9 + [4, 7, 13, 16] has sample variance 30", () => {
    // Σx²/n − x̄² subtracts two numbers near 1e18, where doubles are 128 apart: the naive formula
    // returns garbage here (even negative variances). Two passes give the exact answer.
    const shifted = [4, 7, 13, 16].map((v) => 1e9 + v);
    expect(relativeError(variance(shifted, { ddof: 1 }), 30), "sample variance").toBeLessThan(1e-9);
    expect(relativeError(variance(shifted), 22.5), "population variance").toBeLessThan(1e-9);
  });

  test("matches the definition on 1000 random values (seed 42) to 1e-12 relative", () => {
    const values = new Rng(42).normalArray(1000, 3, 2);
    let m = 0;
    for (const v of values) m += v;
    m /= values.length;
    let ss = 0;
    for (const v of values) ss += (v - m) ** 2;
    expect(relativeError(variance(values, { ddof: 1 }), ss / 999), "sample variance").toBeLessThan(1e-12);
    expect(relativeError(std(values), Math.sqrt(ss / 1000)), "population std").toBeLessThan(1e-12);
  });

  test("empty input, a negative or fractional ddof → InvalidArgument", () => {
    expectThrows(() => variance([]), InvalidArgument, "variance([])");
    expectThrows(() => std([]), InvalidArgument, "std([])");
    expectThrows(() => variance(data, { ddof: -1 }), InvalidArgument, "ddof: -1");
    expectThrows(() => variance(data, { ddof: 0.5 }), InvalidArgument, "ddof: 0.5");
  });
});

describe("3. Welford’s online algorithm", () => {
  test("a new RunningStats has count 0, and its mean throws InvalidArgument", () => {
    const stats = new RunningStats();
    expect(stats.count, "count").toBe(0);
    expectThrows(() => stats.mean, InvalidArgument, "mean of nothing");
  });

  test("agrees with mean and variance on a small stream", () => {
    const data = [2, 4, 4, 4, 5, 5, 7, 9];
    const stats = new RunningStats();
    for (const x of data) stats.push(x);
    expect(stats.count, "count").toBe(8);
    expect(stats.mean, "mean").toBe(5);
    expect(stats.variance(), "population variance").toBeCloseTo(4, 14);
    expect(stats.variance({ ddof: 1 }), "sample variance").toBeCloseTo(32 / 7, 14);
    expect(stats.std(), "population std").toBeCloseTo(2, 14);
  });

  test("is usable at any time: the stats after each push match the batch stats of the prefix", () => {
    const data = [1.5, -2, 8, 0.25, 3];
    const stats = new RunningStats();
    data.forEach((x, i) => {
      stats.push(x);
      const prefix = data.slice(0, i + 1);
      expect(stats.mean, `mean after ${i + 1} values`).toBeCloseTo(mean(prefix), 12);
      expect(stats.variance(), `variance after ${i + 1} values`).toBeCloseTo(variance(prefix), 12);
    });
  });

  test("100 000 values around 1e6 (seed 7) match the batch results to 1e-9 relative", () => {
    // A large offset with a small spread is where running sums of x and x² fall apart.
    const values = new Rng(7).normalArray(100_000, 1e6, 3);
    const stats = new RunningStats();
    // 100,000 pushes in one call into the sandbox that runs your code (lib/testing/sandbox.ts).
    callMethodEach(
      stats,
      "push",
      Array.from(values, (x) => [x]),
    );
    expect(stats.count, "count").toBe(100_000);
    expect(relativeError(stats.mean, mean(values)), "mean").toBeLessThan(1e-9);
    expect(
      relativeError(stats.variance({ ddof: 1 }), variance(values, { ddof: 1 })),
      "sample variance",
    ).toBeLessThan(1e-9);
  });

  test("one value: variance 0, sample variance → InvalidArgument; push(NaN) → InvalidArgument", () => {
    const stats = new RunningStats();
    stats.push(4);
    expect(stats.variance(), "population variance of one value").toBe(0);
    expectThrows(() => stats.variance({ ddof: 1 }), InvalidArgument, "sample variance of one value");
    expectThrows(() => stats.push(Number.NaN), InvalidArgument, "push(NaN)");
    expect(stats.count, "a rejected value is not counted").toBe(1);
  });
});
