/**
 * Mutants as edits: how they apply, how verify finds stale ones, and how it judges a run —
 * against the fixture course's exercise 1.1.1, whose three mutants run in one Vitest process.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { mutantProblems, mutantVerdict } from "../checks";
import { discoverExercises, type Exercise } from "../exercises";
import { gradeExerciseAgainst } from "../grade";
import { applyMutant, findMutant, loadMutants, type Mutant, MutantError } from "../mutants";
import type { ExerciseReport } from "../score";
import { courseLayout } from "../targets";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "course");
const solutions = courseLayout(root).solutions;
const mutant = (edits: Mutant["edits"], extra: Partial<Mutant> = {}): Mutant => ({
  name: "m",
  file: "add.ts",
  task: 1,
  why: "a mistake for the test",
  edits,
  ...extra,
});

describe("applyMutant", () => {
  const source = "const a = 1;\nconst b = 2;\nconst c = 1;\n";

  it("applies each edit in order, later edits seeing earlier ones", () => {
    const out = applyMutant(
      source,
      mutant([
        { find: "const b = 2;", replace: "const b = 3;" },
        { find: "const b = 3;\nconst c", replace: "const b = 4;\nconst c" },
      ]),
    );
    expect(out).toBe("const a = 1;\nconst b = 4;\nconst c = 1;\n");
  });

  it("treats replacement text literally ($& and $1 are not patterns)", () => {
    expect(applyMutant(source, mutant([{ find: "const b = 2;", replace: "const b = '$&$1';" }]))).toContain(
      "const b = '$&$1';",
    );
  });

  it("rejects a find that matches nowhere or more than once, naming the mutant and the edit", () => {
    expect(() => applyMutant(source, mutant([{ find: "const z", replace: "" }], { name: "gone" }))).toThrow(
      /mutant gone is stale: edit 1 of add\.ts matches 0 times/,
    );
    expect(() => applyMutant(source, mutant([{ find: " = 1;", replace: " = 9;" }]))).toThrow(
      /matches 2 times/,
    );
    expect(() => applyMutant(source, mutant([{ find: " = 1;", replace: " = 9;" }]))).toThrow(MutantError);
  });

  it("uses a whole-file source as it is", () => {
    expect(applyMutant(source, { ...mutant(undefined), source: "export {};\n" })).toBe("export {};\n");
  });
});

describe("declarations", () => {
  it("loads and validates an exercise's mutants.ts", async () => {
    const list = await loadMutants(solutions, "1.1-demo/01-pass");
    expect(list.map((m) => [m.name, m.task])).toEqual([
      ["add-subtracts", 1],
      ["sum-starts-at-one", 2],
      ["add-drops-sign", 2],
    ]);
    expect(await loadMutants(solutions, "1.1-demo/02-fail")).toEqual([]);
  });

  it("finds a mutant by name across the course, and nothing for an unknown name", async () => {
    expect((await findMutant(solutions, "sum-starts-at-one"))?.folder).toBe("1.1-demo/01-pass");
    expect(await findMutant(solutions, "no-such-mutant")).toBeUndefined();
  });
});

describe("verify's static mutant checks", () => {
  let exercise: Exercise;
  beforeAll(() => {
    exercise = discoverExercises(root).find((e) => e.id === "1.1.1") as Exercise;
  });

  it("names a stale edit, an unknown file or task, a no-op, a duplicate name and too few mutants", () => {
    const problems = mutantProblems(
      exercise,
      [
        mutant([{ find: "return a * b;", replace: "return a / b;" }], { name: "stale-one" }),
        mutant([{ find: "x", replace: "y" }], { name: "elsewhere", file: "other.ts" }),
        mutant([{ find: "return a + b;", replace: "return a + b;" }], { name: "no-op", task: 7 }),
        mutant([{ find: "return a + b;", replace: "return b + a;" }], { name: "stale-one" }),
      ],
      root,
      new Set(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^mutant stale-one is stale: edit 1 of add\.ts matches 0 times/),
      "mutant elsewhere edits other.ts, which is not a learner file of 1.1.1",
      "mutant no-op names task 7, which 1.1.1 does not have",
      "mutant no-op changes nothing",
      "mutant stale-one is declared twice in the course",
    ]);
    expect(mutantProblems(exercise, [], root, new Set())).toEqual([
      "only 0 mutant(s); at least 3 are required",
    ]);
  });
});

describe("running mutants", () => {
  let mutants: Mutant[];
  let reports: ExerciseReport[];
  beforeAll(async () => {
    const exercise = discoverExercises(root).find((e) => e.id === "1.1.1") as Exercise;
    mutants = await loadMutants(solutions, exercise.folder);
    reports = await gradeExerciseAgainst(
      exercise,
      mutants.map((m) => `mutant:${m.name}`),
      { root },
    );
  }, 120_000);

  it("runs every mutant of an exercise in one process, each against its own edited solution", () => {
    expect(reports).toHaveLength(3);
    for (const r of reports) expect(r.problems).toEqual([]);
    const failing = (r: ExerciseReport | undefined) =>
      r?.tests.filter((t) => t.status === "fail").map((t) => t.name.replace("1.1.1 › ", ""));
    expect(failing(reports[0])).toEqual([
      "1. Add › adds two numbers",
      "1. Add › adds negatives",
      "2. Add many › sums a list",
      "2. Add many › records a metric",
    ]);
    // The edit reaches add's internal caller: sum (task 2) fails under add-subtracts too.
    expect(failing(reports[0])).toContain("2. Add many › sums a list");
    expect(failing(reports[1])).toEqual(["2. Add many › sums a list", "2. Add many › records a metric"]);
  });

  it("accepts a mutant that a spec of its declared task rejects", () => {
    expect(mutantVerdict(mutants[0] as Mutant, reports[0] as ExerciseReport)).toMatchObject({ ok: true });
    expect(mutantVerdict(mutants[1] as Mutant, reports[1] as ExerciseReport)).toMatchObject({ ok: true });
  });

  it("fails a mutant caught only by the specs of another task", () => {
    expect(mutantVerdict(mutants[2] as Mutant, reports[2] as ExerciseReport)).toEqual({
      ok: false,
      detail:
        "caught only by specs of task(s) 1, not by its declared task 2: a spec of task 2 must reject it",
    });
  });

  it("fails a mutant that no spec rejects, and one whose run was not sound", () => {
    const clean = { ...(reports[0] as ExerciseReport), tests: [], problems: [] };
    expect(mutantVerdict(mutants[0] as Mutant, clean).detail).toBe(
      "no spec failed: the specs do not catch this mistake",
    );
    const broken = { ...(reports[0] as ExerciseReport), problems: ["add.spec.ts did not run: SyntaxError"] };
    expect(mutantVerdict(mutants[0] as Mutant, broken)).toEqual({
      ok: false,
      detail: "add.spec.ts did not run: SyntaxError",
    });
  });
});
