/** The import rules for learner code, case by case. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ImportContext, importViolation, packageName } from "../imports";

const root = "/course";
const ctx: ImportContext = {
  root,
  requiresOf: (folder) =>
    folder === "5.2-classic-ml/08-house-prices" ? ["5.2-classic-ml/01-preprocessing"] : [],
  packages: new Set(["@tensorflow/tfjs", "papaparse"]),
};
const learner = path.join(root, "exercises/5.2-classic-ml/08-house-prices/house-prices.ts");
const at = (rel: string) => path.join(root, rel);

describe("importViolation", () => {
  it("allows the exercise's own files, lib/, datasets/ and declared earlier exercises", () => {
    for (const rel of [
      "exercises/5.2-classic-ml/08-house-prices/features.given.ts",
      "lib/ml/matrix.ts",
      "datasets/index.ts",
      "exercises/5.2-classic-ml/01-preprocessing/imputer.ts",
      "node_modules/papaparse/papaparse.js",
    ])
      expect(importViolation(ctx, learner, at(rel), false), rel).toBeUndefined();
  });

  it("refuses solutions/, grader/, spec files and undeclared exercises, saying why", () => {
    expect(
      importViolation(ctx, learner, at("solutions/5.2-classic-ml/08-house-prices/house-prices.ts"), false),
    ).toMatch(/may not import solutions\//);
    expect(importViolation(ctx, learner, at("grader/score.ts"), false)).toMatch(/the grader is not part/);
    expect(
      importViolation(ctx, learner, at("exercises/5.2-classic-ml/01-preprocessing/imputer.spec.ts"), false),
    ).toMatch(/spec file/);
    expect(
      importViolation(ctx, learner, at("exercises/5.2-classic-ml/02-linear-regression/metrics.ts"), false),
    ).toBe(
      'exercises/5.2-classic-ml/08-house-prices may import exercises/5.2-classic-ml/02-linear-regression only if its exercise.json lists "5.2-classic-ml/02-linear-regression" in "requires"',
    );
    expect(importViolation(ctx, learner, at("package.json"), false)).toMatch(/may not import package\.json/);
  });

  it("refuses testkits, even of the learner's own exercise: they are spec-side code", () => {
    for (const rel of [
      "exercises/5.2-classic-ml/08-house-prices/house-prices.testkit.ts",
      "exercises/5.2-classic-ml/01-preprocessing/imputer.testkit.ts",
    ])
      expect(importViolation(ctx, learner, at(rel), false), rel).toMatch(/may not import the testkit/);
    const given = at("exercises/5.2-classic-ml/08-house-prices/features.given.ts");
    expect(
      importViolation(
        ctx,
        given,
        at("exercises/5.2-classic-ml/08-house-prices/house-prices.testkit.ts"),
        false,
      ),
    ).toMatch(/may not import the testkit/);
  });

  it("allows declared packages and Node built-ins, and refuses dev tools such as vitest", () => {
    expect(importViolation(ctx, learner, "@tensorflow/tfjs", true)).toBeUndefined();
    expect(importViolation(ctx, learner, "node:fs", true)).toBeUndefined();
    expect(importViolation(ctx, learner, "fs", true)).toBeUndefined();
    expect(importViolation(ctx, learner, "vitest", true)).toMatch(/may not import "vitest"/);
    expect(importViolation(ctx, learner, "tinybench/dist/x.js", true)).toMatch(/may not import/);
  });

  it("allows the hosting repository's runtime for a fixture course", () => {
    const fixture = { ...ctx, root: "/repo/fixture", runtime: ["/repo/lib"] };
    const stub = "/repo/fixture/exercises/1.1-demo/01-pass/add.ts";
    expect(importViolation(fixture, stub, "/repo/lib/errors.ts", false)).toBeUndefined();
    expect(importViolation(fixture, stub, "/repo/grader/score.ts", false)).toMatch(/may not import/);
  });

  it("does not judge files outside exercises/ (specs and lib are trusted)", () => {
    expect(importViolation(ctx, at("lib/testing/index.ts"), "vitest", true)).toBeUndefined();
  });
});

describe("packageName", () => {
  it("reads scoped and unscoped package names from a specifier", () => {
    expect(packageName("@tensorflow/tfjs/dist/x")).toBe("@tensorflow/tfjs");
    expect(packageName("papaparse")).toBe("papaparse");
    expect(packageName("sharp/lib/x")).toBe("sharp");
  });
});
