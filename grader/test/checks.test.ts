/**
 * Verify's static checks, each against a small course written to a temporary folder: a clean
 * exercise passes every check, and each broken variant is named by the check that owns it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  givenCopies,
  idAgreement,
  readmeTasks,
  requiresProblems,
  specTasks,
  stubTasks,
  taskAgreement,
  testkitImports,
  unexpectedExerciseFiles,
  unexpectedSolutionFiles,
} from "../checks";
import { curriculumProblems, END, START, writeCurriculum } from "../curriculum";
import { discoverExercises, type Exercise } from "../exercises";

const FOLDER = "5.1-math/01-demo";

const GIVEN = `export interface Point {
  x: number;
  y: number;
}
export function distance(a: Point, b: Point): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
`;

/** A clean exercise; `change` overrides or adds files (path → content, null deletes). */
function course(change: Record<string, string | null> = {}): { root: string; exercise: Exercise } {
  const root = mkdtempSync(path.join(tmpdir(), "course-checks-"));
  const files: Record<string, string | null> = {
    "README.md": `# Demo\n\n${START}\n${END}\n`,
    [`exercises/${FOLDER}/README.md`]:
      "# 5.1.1 Demo\n\n## How to work\n\n## 1. Add\n\n## 2. Distance\n\n## Theory\n",
    [`exercises/${FOLDER}/exercise.json`]: JSON.stringify({
      id: "5.1.1",
      slug: "demo",
      title: "Demo exercise",
      lane: "fast",
      timeBudgetSeconds: 60,
      learnerFiles: ["demo.ts"],
      hint: "Fixture exercise for the checks.",
      tasks: [
        { id: 1, title: "Add", points: 1 },
        { id: 2, title: "Distance", points: 1 },
      ],
    }),
    [`exercises/${FOLDER}/demo.given.ts`]: GIVEN,
    [`exercises/${FOLDER}/demo.ts`]: `import { NotImplemented } from "../../../lib/errors";
export function add(_a: number, _b: number): number {
  throw new NotImplemented("add", 1);
}
export function far(_d: number): boolean {
  throw new NotImplemented("far", 2);
}
`,
    [`exercises/${FOLDER}/demo.spec.ts`]: `describe("1. Add", () => {});\ndescribe("2. Distance", () => {});\n`,
    [`solutions/${FOLDER}/demo.ts`]:
      "export const add = (a: number, b: number) => a + b;\nexport const far = (d: number) => d > 1;\n",
    [`solutions/${FOLDER}/mutants.ts`]: "export const mutants = [];\n",
    [`solutions/${FOLDER}/hidden/demo.hidden.spec.ts`]: `describe("2. Distance", () => {});\n`,
    [`solutions/${FOLDER}/golden/make_golden.py`]: "print(1)\n",
    ...change,
  };
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  roots.push(root);
  const [exercise] = discoverExercises(root);
  return { root, exercise: exercise as Exercise };
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function allProblems(root: string, exercise: Exercise): string[] {
  return [
    ...idAgreement(exercise),
    ...unexpectedExerciseFiles(exercise),
    ...unexpectedSolutionFiles(exercise, root),
    ...taskAgreement(exercise, root),
    ...givenCopies(exercise, root),
    ...testkitImports(exercise, root),
  ];
}

describe("a clean exercise", () => {
  it("passes every static check", () => {
    const { root, exercise } = course();
    expect(allProblems(root, exercise)).toEqual([]);
  });
});

describe("parsers", () => {
  it("read README headings, top-level describes and NotImplemented task numbers", () => {
    expect(readmeTasks("## How to work\n## 1. Add\n## 12. Many things  \n### 3. Not a task")).toEqual([
      { id: 1, title: "Add" },
      { id: 12, title: "Many things" },
    ]);
    expect(
      specTasks(`describe("1. Add", () => {\n  describe("2. nested", () => {});\n});\ndescribe('3. B', f)`),
    ).toEqual([
      { id: 1, title: "Add" },
      { id: 3, title: "B" },
    ]);
    expect(
      stubTasks(
        `throw new NotImplemented("a", 1);\nthrow new NotImplemented("b");\nnew NotImplemented("C.d", 12)`,
      ),
    ).toEqual([1, 12]);
  });
});

describe("unexpected files", () => {
  it("names a stray helper in the exercise folder and a stray file in the solution folder", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/helpers.ts`]: "export const x = 1;\n",
      [`solutions/${FOLDER}/notes.txt`]: "scratch\n",
      [`solutions/${FOLDER}/hidden/data.json`]: "{}\n",
    });
    expect(unexpectedExerciseFiles(exercise)).toEqual([
      expect.stringMatching(/^exercises\/5\.1-math\/01-demo\/helpers\.ts is not expected here/),
    ]);
    expect(unexpectedSolutionFiles(exercise, root)).toEqual([
      expect.stringMatching(/hidden\/data\.json is not expected here/),
      expect.stringMatching(/notes\.txt is not expected here/),
    ]);
  });
});

describe("task agreement", () => {
  it("names a README heading that differs from the manifest", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/README.md`]: "# Demo\n\n## 1. Add numbers\n\n## 2. Distance\n",
    });
    expect(taskAgreement(exercise, root)).toEqual([
      "README task headings (1. Add numbers | 2. Distance) differ from the manifest's tasks (1. Add | 2. Distance)",
    ]);
  });

  it("names a describe whose title differs, one for an unknown task, and a task without a public describe", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/demo.spec.ts`]: `describe("1. Adding", () => {});\ndescribe("3. Extra", () => {});\n`,
    });
    expect(taskAgreement(exercise, root)).toEqual([
      `exercises/${FOLDER}/demo.spec.ts: describe "1. Adding" should be "1. Add" as in the manifest`,
      `exercises/${FOLDER}/demo.spec.ts: describe "3. Extra" names no task of the manifest`,
      'task 2 has no describe("2. …") in a public spec',
    ]);
  });

  it("names a task without NotImplemented in the stubs, and a NotImplemented for an unknown task", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/demo.ts`]: `export function add(): number {\n  throw new NotImplemented("add", 1);\n}\nexport function far(): boolean {\n  throw new NotImplemented("far", 5);\n}\n`,
    });
    expect(taskAgreement(exercise, root)).toEqual([
      'task 2 has no `throw new NotImplemented("…", 2)` in the stubs',
      "a stub throws NotImplemented for task 5, which the manifest does not have",
    ]);
  });
});

describe("id agreement", () => {
  it("names an id whose section is not the folder's", () => {
    const { exercise } = course();
    expect(idAgreement({ ...exercise, id: "6.1.1" })).toEqual([
      "id 6.1.1 does not belong to section folder 5.1-math (expected 5.1.N)",
    ]);
  });
});

describe("requires", () => {
  it("names an unknown exercise and one that does not come earlier", () => {
    const { exercise } = course();
    const later = { ...exercise, id: "5.1.9" };
    const withRequires = (requires: string[]) => ({
      ...exercise,
      manifest: { ...exercise.manifest, requires },
    });
    expect(requiresProblems(withRequires([]), [exercise])).toEqual([]);
    expect(requiresProblems(withRequires(["9.9.9", "5.1.9"]), [exercise, later])).toEqual([
      "requires 9.9.9, which is not an exercise of the course",
      "requires 5.1.9, which does not come before 5.1.1",
    ]);
  });
});

describe("given code", () => {
  it("names a stub and a solution that repeat four lines of a given module", () => {
    const copied = GIVEN.split("\n").slice(4, 9).join("\n");
    const { root, exercise } = course({
      [`exercises/${FOLDER}/demo.ts`]: `import { NotImplemented } from "../../../lib/errors";\n${copied}\nexport function add(): number {\n  throw new NotImplemented("add", 1);\n}\nexport function far(): boolean {\n  throw new NotImplemented("far", 2);\n}\n`,
      [`solutions/${FOLDER}/demo.ts`]: `${copied}\nexport const add = (a: number, b: number) => a + b;\n`,
    });
    expect(givenCopies(exercise, root)).toEqual([
      expect.stringMatching(/^the stub demo\.ts repeats code of demo\.given\.ts/),
      expect.stringMatching(/^the solution demo\.ts repeats code of demo\.given\.ts/),
    ]);
  });

  it("accepts three repeated lines (a signature and a brace are not a copy)", () => {
    const three = GIVEN.split("\n").slice(5, 8).join("\n");
    const { root, exercise } = course({ [`solutions/${FOLDER}/demo.ts`]: `${three}\n` });
    expect(givenCopies(exercise, root)).toEqual([]);
  });
});

describe("testkits", () => {
  it("are expected in an exercise folder and may be imported by the specs", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/demo.testkit.ts`]: `import { expect } from "vitest";\nexport const close = (a: number, b: number) => expect(a).toBeCloseTo(b);\n`,
      [`exercises/${FOLDER}/demo.spec.ts`]: `import { close } from "./demo.testkit";\ndescribe("1. Add", () => {});\ndescribe("2. Distance", () => {});\n`,
      [`solutions/${FOLDER}/hidden/demo.hidden.spec.ts`]: `import { close } from "@exercise/${FOLDER}/demo.testkit";\ndescribe("2. Distance", () => {});\n`,
    });
    expect(allProblems(root, exercise)).toEqual([]);
  });

  it("names a stub, a given module, a solution and a mutants file that import one", () => {
    const { root, exercise } = course({
      [`exercises/${FOLDER}/demo.testkit.ts`]: "export const x = 1;\n",
      [`exercises/${FOLDER}/demo.ts`]: `import { x } from "./demo.testkit";\nimport { NotImplemented } from "../../../lib/errors";\nexport function add(): number {\n  throw new NotImplemented("add", 1);\n}\nexport function far(): boolean {\n  throw new NotImplemented("far", 2);\n}\n`,
      [`exercises/${FOLDER}/demo.given.ts`]: `export { x } from "./demo.testkit.ts";\n${GIVEN}`,
      [`solutions/${FOLDER}/demo.ts`]: `import { x } from "@exercise/${FOLDER}/demo.testkit";\nexport const add = (a: number, b: number) => a + b;\n`,
      [`solutions/${FOLDER}/mutants.ts`]: `const kit = await import("@exercise/${FOLDER}/demo.testkit");\nexport const mutants = [];\n`,
    });
    expect(testkitImports(exercise, root)).toEqual([
      expect.stringMatching(
        /^exercises\/5\.1-math\/01-demo\/demo\.given\.ts imports the testkit \.\/demo\.testkit\.ts/,
      ),
      expect.stringMatching(
        /^exercises\/5\.1-math\/01-demo\/demo\.ts imports the testkit \.\/demo\.testkit:/,
      ),
      expect.stringMatching(/^solutions\/5\.1-math\/01-demo\/demo\.ts imports the testkit @exercise\//),
      expect.stringMatching(/^solutions\/5\.1-math\/01-demo\/mutants\.ts imports the testkit/),
    ]);
  });
});

describe("the README's curriculum table", () => {
  it("is stale until regenerated, and current afterwards whatever the table's padding", () => {
    const { root } = course();
    const exercises = discoverExercises(root);
    expect(curriculumProblems(root, exercises)).toEqual([
      "README.md's curriculum table is stale: run `npm run docs`",
    ]);
    writeCurriculum(root, exercises);
    expect(curriculumProblems(root, exercises)).toEqual([]);
  });

  it("asks for the markers when they are missing", () => {
    const { root } = course({ "README.md": "# Demo\n" });
    expect(curriculumProblems(root, discoverExercises(root))[0]).toMatch(/needs the markers/);
  });
});
