import { describe, expect, it } from "vitest";
import { NotImplemented, ShapeError } from "./errors";
import { expectAllClose, maxAbsDiff, normwiseRelativeError, recordMetric, relativeError } from "./testing";

describe("recordMetric", () => {
  it("stores the figure on the running test's metadata for the grader", (ctx) => {
    recordMetric(ctx, "gflops.naive", 0.9, "GFLOP/s");
    recordMetric(ctx, "ratio", 3);
    expect(ctx.task.meta.metrics).toEqual({
      "gflops.naive": { value: 0.9, unit: "GFLOP/s" },
      ratio: { value: 3 },
    });
  });
});

describe("maxAbsDiff", () => {
  it("returns the largest absolute difference", () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 2])).toBe(1);
  });
  it("is infinite for different lengths and NaN when any element is NaN", () => {
    expect(maxAbsDiff([1], [1, 2])).toBe(Number.POSITIVE_INFINITY);
    expect(maxAbsDiff([1, Number.NaN, 3], [1, 2, 3])).toBeNaN();
  });
});

describe("relativeError", () => {
  it("is |got − want| / max(|want|, 1e-300), and 0 when equal", () => {
    expect(relativeError(1.5, 2)).toBe(0.25);
    expect(relativeError(-3, -3)).toBe(0);
    expect(relativeError(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(0);
    expect(relativeError(1e-310, 0)).toBeCloseTo(1e-10, 20);
    expect(relativeError(Number.NaN, 1)).toBeNaN();
  });
});

describe("normwiseRelativeError", () => {
  it("is ‖a − b‖ / max(‖a‖, ‖b‖)", () => {
    expect(normwiseRelativeError([3, 4], [0, 0])).toBe(1);
    expect(normwiseRelativeError([3, 4], [3, 1])).toBe(3 / 5);
    expect(normwiseRelativeError([0, 0], [0, 0])).toBe(0);
  });
  it("is infinite for different lengths or a NaN", () => {
    expect(normwiseRelativeError([1], [1, 2])).toBe(Number.POSITIVE_INFINITY);
    expect(normwiseRelativeError([1, Number.NaN], [1, 2])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("expectAllClose", () => {
  it("passes within an absolute or a scaled tolerance", () => {
    expectAllClose([1, 2.05], [1, 2], 0.1, "abs");
    expectAllClose([10, 2.05], [10.5, 2], 0.1, "scaled", [10, 1]);
  });
  it("fails on a length mismatch, an entry out of bounds, or a NaN", () => {
    expect(() => expectAllClose([1], [1, 2], 0.1, "v")).toThrow("v: length");
    expect(() => expectAllClose([1, 2.5], [1, 2], 0.1, "v")).toThrow(
      "v: entry 1 is 2.5, expected 2 (±1.0e-1)",
    );
    expect(() => expectAllClose([10, 3], [10.5, 2], 0.1, "v", [10, 1])).toThrow("v: entry 1 is 3");
    expect(() => expectAllClose([Number.NaN], [0], 1, "v")).toThrow("v: entry 0 is NaN");
  });
});

describe("errors", () => {
  it("marks NotImplemented so the grader recognises it across processes", () => {
    const error = new NotImplemented("dot");
    expect(error.message.startsWith(NotImplemented.marker)).toBe(true);
    expect(error.name).toBe("NotImplemented");
    expect(new ShapeError("2×3 · 2×3").name).toBe("ShapeError");
  });
});
