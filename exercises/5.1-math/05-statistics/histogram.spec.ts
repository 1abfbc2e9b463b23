/**
 * Public specs for 5.1.5 Statistics, task 5. Run them with
 *
 *     npm test exercises/5.1-math/05-statistics
 *
 * Counts are integers and compared exactly. Edges are compared to 1e-12 relative, except the
 * first and last, which must equal low and high exactly.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { at, expectThrows } from "../../../lib/testing";
import { histogram } from "./histogram";

/** The largest double below x (for x > 0, the next one towards 0; for x ≤ 0, away from it). */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  bits.setBigInt64(0, bits.getBigInt64(0) + (x > 0 ? -1n : 1n));
  return bits.getFloat64(0);
}

function expectEdges(edges: Float64Array, expected: number[], what: string): void {
  expect(edges, `${what}: edges is a Float64Array`).toBeInstanceOf(Float64Array);
  expect(edges.length, `${what}: bins + 1 edges`).toBe(expected.length);
  expect(edges[0], `${what}: first edge = low`).toBe(expected[0]);
  expect(edges[edges.length - 1], `${what}: last edge = high`).toBe(expected.at(-1));
  expected.forEach((e, i) => {
    expect(Math.abs(at(edges, i, what) - e), `${what}: edges[${i}] ≈ ${e}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(e)),
    );
  });
}

describe("5. Histogram", () => {
  test("[1, 2, 2, 3, 3, 3] in 3 bins: counts [1, 2, 3], edges from min to max", () => {
    const { counts, edges } = histogram([1, 2, 2, 3, 3, 3], { bins: 3 });
    expect(counts, "counts is a Uint32Array").toBeInstanceOf(Uint32Array);
    expect(Array.from(counts), "counts").toEqual([1, 2, 3]);
    expectEdges(edges, [1, 1 + 2 / 3, 1 + 4 / 3, 3], "edges");
  });

  test("the last bin includes its right edge: the maximum is counted", () => {
    const { counts } = histogram([0, 10], { bins: 5 });
    expect(Array.from(counts), "histogram([0, 10], 5 bins)").toEqual([1, 0, 0, 0, 1]);
  });

  test("interior bins are half-open: a value on an edge goes to the bin on its right", () => {
    // Bins [0, 1), [1, 2), [2, 3), [3, 4]: 1 opens bin 1, 2 opens bin 2, 4 closes the last one.
    const { counts } = histogram([0, 1, 1.5, 2, 3.999, 4], { bins: 4, range: [0, 4] });
    expect(Array.from(counts), "counts").toEqual([1, 2, 1, 2]);
  });

  test("the returned edges decide: every value equal to an edge lands in the bin it opens", () => {
    // With range [0, 0.7] and 7 bins, edges[3] = 0.7·3/7 = 0.29999999999999993, and
    // floor(edges[3] · 7/0.7) = floor(2.999999999999999) = 2: one bin too low. Several edges
    // do this; correct the index by comparing x with edges[bin] and edges[bin + 1].
    const { edges } = histogram([], { bins: 7, range: [0, 0.7] });
    const { counts } = histogram(edges, { bins: 7, range: [0, 0.7] });
    expect(Array.from(counts), "counts of the 8 edges themselves").toEqual([1, 1, 1, 1, 1, 1, 2]);
  });

  test("the double just below an interior edge lands in the bin on its left, not the one it would round into", () => {
    // With range [−3, 7] and 13 bins, x = nextDown(edges[k]) gives (x − low)·13/10 = k exactly
    // for most k after rounding: floor says bin k, but x < edges[k] puts it in bin k − 1.
    for (const [low, high, bins] of [
      [-3, 7, 13],
      [0, 1, 10],
    ] as const) {
      const { edges } = histogram([], { bins, range: [low, high] });
      const justBelow = Array.from(edges.subarray(1, bins), nextDown);
      const { counts } = histogram(justBelow, { bins, range: [low, high] });
      const expected = new Array<number>(bins).fill(1);
      expected[bins - 1] = 0;
      expect(
        Array.from(counts),
        `the doubles just below the interior edges of [${low}, ${high}], ${bins} bins`,
      ).toEqual(expected);
    }
  });

  test("with a range, values outside it are ignored", () => {
    const { counts, edges } = histogram([-5, 0, 0.5, 1, 1.5, 2, 7], { bins: 2, range: [0, 2] });
    expect(Array.from(counts), "counts (−5 and 7 ignored)").toEqual([2, 3]);
    expectEdges(edges, [0, 1, 2], "edges");
  });

  test("when every value is the same v, the range is [v − 0.5, v + 0.5] (as in NumPy)", () => {
    const { counts, edges } = histogram([3, 3, 3], { bins: 2 });
    expectEdges(edges, [2.5, 3, 3.5], "edges");
    expect(Array.from(counts), "counts").toEqual([0, 3]);
  });

  test("empty values with a range give zero counts", () => {
    const { counts, edges } = histogram([], { bins: 4, range: [-1, 1] });
    expect(Array.from(counts), "counts").toEqual([0, 0, 0, 0]);
    expectEdges(edges, [-1, -0.5, 0, 0.5, 1], "edges");
  });

  test("the counts of values inside the range add up to n", () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10);
    const { counts } = histogram(values, { bins: 13 });
    expect(
      counts.reduce((s, c) => s + c, 0),
      "Σ counts",
    ).toBe(1000);
  });

  test("bad bins, bad range, NaN values or nothing to infer a range from → InvalidArgument", () => {
    expectThrows(() => histogram([1, 2], { bins: 0 }), InvalidArgument, "bins: 0");
    expectThrows(() => histogram([1, 2], { bins: -3 }), InvalidArgument, "bins: -3");
    expectThrows(() => histogram([1, 2], { bins: 2.5 }), InvalidArgument, "bins: 2.5");
    expectThrows(() => histogram([1, 2], { bins: 2, range: [3, 1] }), InvalidArgument, "range [3, 1]");
    expectThrows(() => histogram([1, Number.NaN], { bins: 2 }), InvalidArgument, "a NaN value");
    expectThrows(() => histogram([], { bins: 2 }), InvalidArgument, "no values and no range");
  });
});
