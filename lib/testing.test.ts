import { describe, expect, it } from "vitest";
import { NotImplemented, ShapeError } from "./errors";
import { maxAbsDiff, recordMetric } from "./testing";

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

describe("errors", () => {
  it("marks NotImplemented so the grader recognises it across processes", () => {
    const error = new NotImplemented("dot");
    expect(error.message.startsWith(NotImplemented.marker)).toBe(true);
    expect(error.name).toBe("NotImplemented");
    expect(new ShapeError("2×3 · 2×3").name).toBe("ShapeError");
  });
});
