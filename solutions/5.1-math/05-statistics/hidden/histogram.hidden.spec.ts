/**
 * Hidden specs for 5.1.5 Statistics, task 5: a normal sample against its expected bin counts,
 * edge-exact values for several ranges, boundaries of an explicit range, and more bad input.
 */

import { histogram } from "@exercise/5.1-math/05-statistics/histogram";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectThrows } from "../../../../lib/testing";

/** The largest double below x. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  bits.setBigInt64(0, bits.getBigInt64(0) + (x > 0 ? -1n : 1n));
  return bits.getFloat64(0);
}

/** The standard normal CDF Φ(z), via erf (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

describe("5. Histogram", () => {
  test("100 000 normal values in 16 bins over [−4, 4]: each count within 5 SE of n·P(bin) (seed 19)", () => {
    const n = 100_000;
    const values = new Rng(19).normalArray(n);
    const { counts, edges } = histogram(values, { bins: 16, range: [-4, 4] });
    expect(counts.length, "16 counts").toBe(16);
    for (let i = 0; i < 16; i++) {
      const p = normalCdf(edges[i + 1]) - normalCdf(edges[i]);
      const se = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[i] - n * p), `bin ${i}: |count − n·p| < 5√(np(1 − p))`).toBeLessThan(5 * se + 1);
    }
  });

  test("values equal to the edges land in the bin they open, for several ranges and bin counts", () => {
    for (const [low, high, bins] of [
      [0, 0.7, 10],
      [0, 0.7, 12],
      [-2.2, 5.5, 9],
      [0.3, 1.1, 6],
      [-3, 7, 13],
    ] as const) {
      const { edges } = histogram([], { bins, range: [low, high] });
      const { counts } = histogram(edges, { bins, range: [low, high] });
      const expected = new Array<number>(bins).fill(1);
      expected[bins - 1] = 2;
      expect(Array.from(counts), `edges of [${low}, ${high}] in ${bins} bins`).toEqual(expected);
    }
  });

  test("the doubles just below every interior edge land on the left, for several ranges and bin counts", () => {
    for (const [low, high, bins] of [
      [-2.2, 5.5, 9],
      [0.1, 0.9, 8],
      [-1e6, 3e6, 7],
      [0, 0.7, 12],
      [-3, 7, 130],
    ] as const) {
      const { edges } = histogram([], { bins, range: [low, high] });
      const justBelow = Array.from(edges.subarray(1, bins), nextDown);
      const { counts } = histogram([...justBelow, ...edges], { bins, range: [low, high] });
      // Bin i gets edges[i] (it opens the bin; high closes the last one) and the double just below
      // edges[i + 1] (the last bin instead gets high itself): 2 per bin.
      const expected = new Array<number>(bins).fill(2);
      expect(
        Array.from(counts),
        `edges and the doubles below them, [${low}, ${high}] in ${bins} bins`,
      ).toEqual(expected);
    }
  });

  test("an explicit range includes both of its ends and nothing beyond them", () => {
    const { counts } = histogram([1, 1 - 1e-12, 3, 3 + 1e-12, 2], { bins: 2, range: [1, 3] });
    expect(Array.from(counts), "[1, 3] in 2 bins: 1 → bin 0, 2 and 3 → bin 1").toEqual([1, 2]);
  });

  test("one bin counts everything, maximum included", () => {
    const values = new Rng(2).uniformArray(500, -1, 1);
    const { counts, edges } = histogram(values, { bins: 1 });
    expect(Array.from(counts), "counts").toEqual([500]);
    expect(edges.length, "2 edges").toBe(2);
  });

  test("1000 bins over 50 000 values: the counts add up to n and the edges increase strictly", () => {
    const values = new Rng(23).normalArray(50_000, 5, 2);
    const copy = Array.from(values.subarray(0, 10));
    const { counts, edges } = histogram(values, { bins: 1000 });
    expect(
      counts.reduce((s, c) => s + c, 0),
      "Σ counts",
    ).toBe(50_000);
    for (let i = 1; i < edges.length; i++) {
      expect(edges[i] > edges[i - 1], `edges[${i}] > edges[${i - 1}]`).toBe(true);
    }
    expect(Array.from(values.subarray(0, 10)), "values are not modified").toEqual(copy);
  });

  test("a large range: edges at low + i·(high − low)/bins to 1e-12 relative", () => {
    const { edges } = histogram([], { bins: 7, range: [-1e6, 3e6] });
    for (let i = 0; i <= 7; i++) {
      const expected = -1e6 + (i * 4e6) / 7;
      expect(Math.abs(edges[i] - expected), `edges[${i}]`).toBeLessThanOrEqual(1e-12 * 3e6);
    }
    expect(edges[7], "last edge").toBe(3e6);
  });

  test("more bad input → InvalidArgument", () => {
    expectThrows(
      () => histogram([1], { bins: 2, range: [0, Number.POSITIVE_INFINITY] }),
      InvalidArgument,
      "range [0, Infinity]",
    );
    expectThrows(() => histogram([1], { bins: 2, range: [1, 1] }), InvalidArgument, "range [1, 1]");
    expectThrows(
      () => histogram([1, Number.POSITIVE_INFINITY], { bins: 2 }),
      InvalidArgument,
      "an Infinity value",
    );
    expectThrows(() => histogram([1, 2], { bins: Number.NaN }), InvalidArgument, "bins NaN");
  });
});
