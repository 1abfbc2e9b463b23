/**
 * The student release, built from this repository into a temporary folder and used there as a
 * student would: no instructor material, no solution code, `npm test` and `npm run grade` work
 * on the public specs and every exercise is "not started".
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverExercises } from "../exercises";
import { ReleaseError, release, solutionClosure, studentWorkflow } from "../release";
import { courseLayout, ROOT } from "../targets";

let dir: string;
let files: string[];

beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), "course-release-")), "student");
  files = release(dir);
  // The student runs `npm ci`; the same lockfile installs the same packages, so reuse them.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
});

afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

/** Lines of real code (not blank, not a brace or a comment), for "does it contain solution code?". */
const codeLines = (source: string) =>
  source
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 20 && !/^(\/\/|\*|\/\*\*|\*\/|import |export (type|interface) )/.test(l));

describe("the student repository", () => {
  it("holds no instructor material and no maintainer tooling", () => {
    expect(files.some((f) => f.startsWith("solutions/"))).toBe(false);
    expect(files).not.toContain("grader/verify.ts");
    expect(files).not.toContain("docs/instructor-guide.md");
    const instructorOnly = files.filter((f) => /(^|\/)(hidden|golden)\/|^exercises\/.*mutants\.ts$/.test(f));
    expect(instructorOnly).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(Object.keys(pkg.scripts)).not.toContain("verify");
    expect(Object.values(pkg.scripts).some((s) => s.includes("solutions"))).toBe(false);
  });

  it("contains no run of four solution code lines that the stub does not also have", () => {
    const layout = courseLayout(ROOT);
    // Four lines, as verify's given-copy check: a spec may replay a three-line composition of
    // the learner's own functions (6.2.1's runMnist) without handing out a solution.
    const windows = (lines: string[]) => lines.slice(3).map((_, i) => lines.slice(i, i + 4).join("\n"));
    // lib/ and datasets/ are the course's public runtime: a solution may share a loop with them.
    const shipped = files
      .filter((f) => f.endsWith(".ts") && !/^(lib|datasets)\//.test(f))
      .map((f) => codeLines(readFileSync(path.join(dir, f), "utf8")).join("\n"))
      .join("\n\n");
    let checked = 0;
    for (const e of discoverExercises(ROOT)) {
      for (const file of e.manifest.learnerFiles) {
        const stub = new Set(windows(codeLines(readFileSync(path.join(e.dir, file), "utf8"))));
        const solution = windows(
          codeLines(readFileSync(path.join(layout.solutions, e.folder, file), "utf8")),
        );
        const leaked = solution.filter((w) => !stub.has(w) && shipped.includes(w));
        expect(leaked, `${e.folder}/${file}: solution code in the student copy`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("has the student workflow, which calls the course's grade-pr.yml, and no instructor workflow", () => {
    const workflows = files.filter((f) => f.startsWith(".github/"));
    expect(workflows).toEqual([".github/workflows/autograde.yml"]);
    const workflow = readFileSync(path.join(dir, ".github/workflows/autograde.yml"), "utf8");
    expect(workflow).toBe(studentWorkflow(ROOT));
    expect(workflow).toMatch(/uses: \S+\/\.github\/workflows\/grade-pr\.yml@main/);
    expect(workflow).toContain("classroom: true");
    // The instructor's own collect job, trusted job and CI are not the student's.
    expect(readFileSync(path.join(ROOT, ".github/workflows/autograde.yml"), "utf8")).not.toBe(workflow);
    expect(files.filter((f) => f.startsWith("grader/pr/"))).toEqual([]);
  });

  it("names the course repository in the student workflow when asked", () => {
    const filled = studentWorkflow(ROOT, "teacher/ml-course");
    expect(filled).toContain("uses: teacher/ml-course/.github/workflows/grade-pr.yml@main");
    expect(filled).toContain("course-repository: teacher/ml-course");
    expect(filled).not.toContain("__COURSE_REPOSITORY__");
    expect(() => studentWorkflow(ROOT, "not a repository")).toThrow(ReleaseError);
  });

  it("has a student README with its two commands and says the local grade is unofficial", () => {
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    expect(readme).toContain("npm ci && npm run grade");
    expect(readme).toContain("npm test ");
    expect(readme).not.toContain("npm run verify");
  });

  it("runs the public specs with npm test: every task not started", () => {
    // The stubs fail every spec, so the command exits 1; what matters is what it says.
    const run = spawnSync(
      "npx",
      ["vitest", "run", "--project", "5.1-math", "exercises/5.1-math/01-vectors"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, CI: "1", FORCE_COLOR: "0", COURSE_TARGET: "" },
      },
    );
    const out = stripVTControlCharacters(run.stdout);
    expect(run.status).toBe(1);
    expect(out).toMatch(/1\. Add, subtract and scale\s+○ not started/);
    expect(out).toMatch(/3\. Norm and cosine similarity\s+○ not started/);
  }, 120_000);

  it("grades the public specs with npm run grade and says the score is unofficial", () => {
    const out = execFileSync("npx", ["tsx", "grader/cli.ts", "5.1.1"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0", COURSE_TARGET: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toContain("Unofficial score");
    expect(out).toMatch(/not started/);
    expect(out.trim().split("\n").at(-1)).toMatch(/^Points 0\/\d+$/);
  }, 120_000);

  it("refuses to write into a folder that is not empty", () => {
    expect(() => release(dir)).toThrow(ReleaseError);
  });
});

describe("publishing solutions after a deadline", () => {
  it("adds the chosen exercises' solutions and those of the exercises they import, nothing hidden", () => {
    const all = discoverExercises(ROOT);
    const closure = solutionClosure(
      ROOT,
      all,
      all.filter((e) => e.id === "5.2.8"),
    );
    const ids = closure.map((e) => e.id).sort();
    expect(ids).toContain("5.2.8");
    // House Prices builds on the learner's preprocessing and linear regression.
    expect(ids).toEqual(expect.arrayContaining(["5.2.1", "5.2.2"]));

    const out = path.join(mkdtempSync(path.join(tmpdir(), "course-release-")), "with-5.1.1");
    try {
      const written = release(out, { withSolutions: "5.1.1" });
      expect(written.filter((f) => f.startsWith("solutions/"))).toEqual([
        "solutions/5.1-math/01-vectors/vectors.ts",
        "solutions/tsconfig.json",
      ]);
      expect(existsSync(path.join(out, "solutions/5.1-math/01-vectors/hidden"))).toBe(false);
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});
