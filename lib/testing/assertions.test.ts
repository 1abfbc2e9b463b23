import { describe, expect, it } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../errors";
import {
  at,
  expectAllClose,
  expectRejects,
  expectThrows,
  maxAbsDiff,
  normwiseRelativeError,
  recordMetric,
  relativeError,
  thrown,
} from "./assertions";

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

describe("expectThrows", () => {
  it("passes on the expected class and message, fails otherwise, and re-throws NotImplemented", () => {
    const shape = () => {
      throw new ShapeError("2×3 · 2×3");
    };
    expectThrows(shape, ShapeError, "matmul", /2×3/);
    expect(() => expectThrows(shape, InvalidArgument, "matmul")).toThrow(
      "matmul should throw InvalidArgument",
    );
    expect(() => expectThrows(() => 1, ShapeError, "f")).toThrow("f should throw ShapeError");
    expect(() =>
      expectThrows(
        () => {
          throw new NotImplemented("f");
        },
        ShapeError,
        "f",
      ),
    ).toThrow(NotImplemented);
  });
});

describe("thrown", () => {
  it("returns what a synchronous call throws, or undefined", () => {
    const error = new ShapeError("bad");
    expect(
      thrown(() => {
        throw error;
      }),
    ).toBe(error);
    expect(thrown(() => 42)).toBeUndefined();
  });
  it("for a call that returns a promise, resolves to its rejection, or undefined", async () => {
    const error = new InvalidArgument("bad");
    await expect(thrown(() => Promise.reject(error))).resolves.toBe(error);
    await expect(thrown(async () => 1)).resolves.toBeUndefined();
    // `await` on a synchronous call works too, so one helper serves both.
    expect(
      await thrown(() => {
        throw error;
      }),
    ).toBe(error);
  });
  it("re-throws a stub's NotImplemented, sync or async", async () => {
    expect(() =>
      thrown(() => {
        throw new NotImplemented("f");
      }),
    ).toThrow(NotImplemented);
    await expect(thrown(() => Promise.reject(new NotImplemented("g")))).rejects.toBeInstanceOf(
      NotImplemented,
    );
  });
});

describe("expectRejects", () => {
  it("accepts a promise or a function, rejecting or throwing before its first await", async () => {
    await expectRejects(Promise.reject(new ShapeError("2 ≠ 3")), ShapeError, "a promise", /2 ≠ 3/);
    await expectRejects(async () => Promise.reject(new InvalidArgument("x")), InvalidArgument, "async fn");
    await expectRejects(
      () => {
        throw new InvalidArgument("early");
      },
      InvalidArgument,
      "sync throw",
    );
  });
  it("fails on no error, another class or another message, and re-throws NotImplemented", async () => {
    await expect(expectRejects(async () => 1, ShapeError, "fitLine(good)")).rejects.toThrow(
      "fitLine(good) should throw ShapeError",
    );
    await expect(
      expectRejects(Promise.reject(new InvalidArgument("x")), ShapeError, "loadLine(dir)"),
    ).rejects.toThrow("loadLine(dir) should throw ShapeError");
    await expect(
      expectRejects(Promise.reject(new ShapeError("3 columns")), ShapeError, "m", /4 columns/),
    ).rejects.toThrow("m: the error message");
    await expect(
      expectRejects(Promise.reject(new NotImplemented("fitLine")), ShapeError, "stub"),
    ).rejects.toBeInstanceOf(NotImplemented);
  });
});

describe("at", () => {
  it("reads an entry of an array or typed array", () => {
    expect(at(Float64Array.of(1, 2, 3), 2)).toBe(3);
    expect(at(["a", "b"], 0)).toBe("a");
  });
  it("fails with the index and the length when the index is out of range or not an integer", () => {
    expect(() => at(Float64Array.of(1, 2), 2)).toThrow("at: index 2 is out of range [0, 2)");
    expect(() => at([1], -1, "gradient")).toThrow("gradient: index -1 is out of range [0, 1)");
    expect(() => at([1, 2], 0.5)).toThrow("index 0.5 is out of range");
    expect(() => at([], 0)).toThrow("index 0 is out of range [0, 0)");
  });
});
