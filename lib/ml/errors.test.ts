import { describe, expect, it } from "vitest";
import { CourseError } from "../errors";
import { NotFittedError } from "./errors";

describe("NotFittedError", () => {
  it("is a CourseError naming the estimator", () => {
    const e = new NotFittedError("StandardScaler");
    expect(e).toBeInstanceOf(CourseError);
    expect(e.name).toBe("NotFittedError");
    expect(e.estimator).toBe("StandardScaler");
    expect(e.message).toMatch(/StandardScaler is not fitted yet/);
  });
});
