import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { courseLayout, parseTarget, redirect, TargetError } from "../targets";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "course");
const layout = courseLayout(root);
const learnerFile = path.join(root, "exercises/1.1-demo/01-pass/add.ts");

describe("parseTarget", () => {
  it("accepts the three kinds of target", () => {
    expect(parseTarget(undefined)).toEqual({ kind: "exercises" });
    expect(parseTarget("")).toEqual({ kind: "exercises" });
    expect(parseTarget("solutions")).toEqual({ kind: "solutions" });
    expect(parseTarget("mutant:dot-ignores-length")).toEqual({ kind: "mutant", name: "dot-ignores-length" });
  });

  it("rejects anything else with a message that lists the valid targets", () => {
    expect(() => parseTarget("solution")).toThrow(TargetError);
    expect(() => parseTarget("mutant:")).toThrow(/exercises.*solutions.*mutant:<name>/);
    expect(() => parseTarget("mutant:../../etc")).toThrow(TargetError);
  });
});

describe("redirect", () => {
  it("leaves learner files alone for the exercises target", () => {
    expect(redirect(layout, learnerFile, { kind: "exercises" })).toBe(learnerFile);
  });

  it("maps a learner file to the same path under solutions/", () => {
    expect(redirect(layout, learnerFile, { kind: "solutions" })).toBe(
      path.join(root, "solutions/1.1-demo/01-pass/add.ts"),
    );
  });

  it("maps a learner file to the solution for a mutant too (its edits apply as the file loads)", () => {
    expect(redirect(layout, learnerFile, { kind: "mutant", name: "add-subtracts" })).toBe(
      path.join(root, "solutions/1.1-demo/01-pass/add.ts"),
    );
  });

  it("swaps only the manifest's learner files, not the exercise's given modules", () => {
    const given = path.join(root, "exercises/1.1-demo/01-pass/given.ts");
    expect(redirect(layout, given, { kind: "solutions" })).toBe(given);
  });

  it("never redirects data files such as exercise.json", () => {
    const manifest = path.join(root, "exercises/1.1-demo/01-pass/exercise.json");
    expect(redirect(layout, manifest, { kind: "solutions" })).toBe(manifest);
  });

  it("never redirects spec files or files outside exercises/", () => {
    const spec = path.join(root, "exercises/1.1-demo/01-pass/add.spec.ts");
    expect(redirect(layout, spec, { kind: "solutions" })).toBe(spec);
    const lib = path.join(root, "lib/rng.ts");
    expect(redirect(layout, lib, { kind: "solutions" })).toBe(lib);
  });

  it("fails clearly when the solution is missing", () => {
    const other = path.join(root, "exercises/1.1-demo/02-fail/add.ts");
    expect(() => redirect(layout, other, { kind: "solutions" })).toThrow(
      /no solutions\/1\.1-demo\/02-fail\/add\.ts/,
    );
  });
});
