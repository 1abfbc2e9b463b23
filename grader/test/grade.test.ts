/**
 * The grader against a miniature fixture course (grader/test/fixtures/course): one exercise
 * per scenario. One grading run of the whole fixture section is shared by the tests below.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { gradeCourse } from "../grade";
import { saveProgress } from "../progress";
import { formatPoints } from "../report/format";
import {
  capOutput,
  classroomResults,
  exercismResults,
  gradescopeResults,
  learnerView,
  TRUNCATION_NOTICE,
} from "../report/formats";
import { escapeMarkdown, renderMarkdown } from "../report/markdown";
import type { CourseReport } from "../report/report";
import { renderTerminal } from "../report/terminal";
import type { ExerciseReport } from "../score";
import { runClassroomReporter } from "./classroom-reporter";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "course");
let report: CourseReport;

function exercise(id: string): ExerciseReport {
  const found = report.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`exercise ${id} missing from the report`);
  return found;
}

beforeAll(async () => {
  rmSync(path.join(root, ".course"), { recursive: true, force: true });
  report = await gradeCourse({ root });
  saveProgress(root, report);
}, 180_000);

describe("scoring", () => {
  it("gives full score to a passing exercise, hidden specs and thresholds included", () => {
    const e = exercise("1.1.1");
    expect(e.status).toBe("passed");
    expect(e.score).toBe(4);
    expect(e.max_score).toBe(4);
    expect(e.tests.filter((t) => t.visibility === "after_published").map((t) => t.name)).toEqual([
      "1.1.1 › 1. Add › adds zero (hidden)",
    ]);
    expect(e.thresholds).toMatchObject([{ name: "answer", value: 42, passed: true, score: 1 }]);
    expect(e.metrics.answer?.value).toBe(42);
  });

  it("scores a task in proportion to its passing tests, with the failure message", () => {
    const e = exercise("1.1.2");
    expect(e.status).toBe("partial");
    expect(e.tasks.map((t) => [t.id, t.score, t.passed, t.total])).toEqual([
      [1, 2, 3, 3],
      [2, 0, 0, 2],
    ]);
    const failing = e.tests.find((t) => t.status === "fail");
    expect(failing).toMatchObject({ task_id: 2, name: "1.1.2 › 2. Add many › sums a list" });
    expect(failing?.message).toContain("expected 3 to be 6");
  });

  it('reports an untouched stub as "not started", not as a wrong answer', () => {
    const e = exercise("1.1.3");
    expect(e.status).toBe("not_started");
    expect(e.score).toBe(0);
    expect(e.tasks.every((t) => t.not_started)).toBe(true);
    expect(e.tests.every((t) => t.not_started && t.status === "fail")).toBe(true);
  });

  it('reports a stub that fails inside beforeAll as "not started" too', () => {
    const e = exercise("1.1.11");
    expect(e.status).toBe("not_started");
    expect(e.problems).toEqual([]);
    expect(e.tests.map((t) => t.not_started)).toEqual([true, true]);
  });

  it("turns a syntax error into an error for every task, with the location", () => {
    const e = exercise("1.1.4");
    expect(e.status).toBe("error");
    expect(e.score).toBe(0);
    expect(e.problems.join("\n")).toMatch(/broken-add\.ts:2/);
    expect(e.problems.join("\n")).not.toContain(String.fromCharCode(27)); // no terminal colour codes in reports
  });

  it("kills an endless loop at the time budget and says so", () => {
    const e = exercise("1.1.5");
    expect(e.status).toBe("timeout");
    expect(e.score).toBe(0);
    expect(e.execution_time).toBeLessThan(60);
    expect(e.problems[0]).toMatch(/time budget of 8 s/);
  });

  it("treats a spec file without tests as broken, not as passing", () => {
    const e = exercise("1.1.6");
    expect(e.status).toBe("error");
    expect(e.score).toBe(0);
    expect(e.problems.join("\n")).toMatch(/no tests found/);
  });

  it("counts a skipped test as failed", () => {
    const e = exercise("1.1.7");
    expect(e.status).toBe("partial");
    const skipped = e.tests.find((t) => t.name.includes("skipped"));
    expect(skipped?.status).toBe("fail");
    expect(skipped?.message).toMatch(/Skipped tests count as failed/);
    expect(e.tasks[0]?.score).toBe(1);
  });
});

describe("tampering", () => {
  it("ignores a report that learner code wrote: the grader's own report replaces it", () => {
    const e = exercise("1.1.8");
    expect(e.score).toBe(0);
    const saved = JSON.parse(
      readFileSync(path.join(root, ".course", "last-report.json"), "utf8"),
    ) as CourseReport;
    expect(saved.score).toBe(report.score);
    expect(saved.points_line).toBe(report.points_line);
    expect(saved.points_line).not.toBe("Points 1000/1000");
  });

  it("refuses code under test that imports the test framework to patch its matchers", () => {
    const e = exercise("1.1.9");
    expect(e.score).toBe(0);
    // The import rules refuse its `import { expect } from "vitest"` before it can patch anything.
    expect(e.problems.join("\n")).toMatch(/learner code may not import "vitest"/);
  });

  it("does not let process.exit(0) in learner code end the run as a success", () => {
    const e = exercise("1.1.10");
    expect(e.score).toBe(0);
    expect(e.tests.some((t) => t.message?.includes("process.exit"))).toBe(true);
  });
});

describe("report formats", () => {
  it("has Exercism v3, Gradescope and GitHub Classroom fields that add up", () => {
    expect(report.version).toBe(3);
    expect(report.status).toBe("error"); // the syntax-error and timeout fixtures
    const total = report.exercises.reduce((s, e) => s + e.score, 0);
    expect(report.score).toBeCloseTo(total, 6);
    expect(report.points_line).toBe(`Points ${formatPoints(report.score)}/${formatPoints(report.max_score)}`);
    const testPoints = report.tests.reduce((s, t) => s + t.score, 0);
    const thresholdPoints = report.exercises.flatMap((e) => e.thresholds).reduce((s, t) => s + t.score, 0);
    // Exactly, not approximately: shares are whole 64ths of a point.
    expect(testPoints + thresholdPoints).toBe(report.score);
    for (const t of report.tests) {
      expect(["pass", "fail", "error"]).toContain(t.status);
      expect(t.output === null || t.output.length <= 500).toBe(true);
    }
  });

  it("suggests the first unfinished exercise as the next step", () => {
    expect(report.next).toMatchObject({ id: "1.1.2", command: "npm test exercises/1.1-demo/02-fail" });
  });

  it("renders a terminal table and Markdown with the points line", () => {
    const text = renderTerminal(report);
    expect(text).toContain("1.1.3");
    expect(text).toContain("not started");
    expect(text).toContain("█");
    expect(text.trim().endsWith(report.points_line)).toBe(true);
    const md = renderMarkdown(report);
    expect(md).toContain("| ✔ | 1.1.1 Fixture: pass |");
    expect(md).toContain("answer = 42");
    expect(md).toContain(report.points_line);
  });

  it("keeps progress in .course/", () => {
    expect(existsSync(path.join(root, ".course", "history.jsonl"))).toBe(true);
  });
});

describe("published formats", () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const schema = (name: string) =>
    JSON.parse(readFileSync(path.join(here, "..", "report", "schemas", `${name}.schema.json`), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = (name: string, value: unknown) => {
    const check = ajv.getSchema(name) ?? ajv.compile({ ...schema(name), $id: name });
    return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  it("writes one Exercism v3 results.json per exercise that meets the interface", () => {
    for (const e of learnerView(report).exercises)
      expect(valid("exercism-v3", exercismResults(root, e)), e.id).toEqual([]);
    expect(exercismResults(root, exercise("1.1.1")).status).toBe("pass");
    const fail = exercismResults(root, exercise("1.1.2"));
    expect(fail.status).toBe("fail");
    expect(fail.tests?.map((t) => [t.task_id, t.status])).toEqual([
      [1, "pass"],
      [1, "pass"],
      [2, "fail"],
      [1, "pass"],
      [2, "fail"],
    ]);
    expect(fail.tests?.[2]?.test_code).toBe('  it("sums a list", () => expect(sum([1, 2, 3])).toBe(6));');
    const broken = exercismResults(root, exercise("1.1.4"));
    expect(broken.status).toBe("error");
    expect(broken.message).toMatch(/broken-add\.ts/);
  });

  it("is not a pass while a threshold is missed, even when every test passes", () => {
    const e = exercise("1.1.1");
    const missed = { ...e, thresholds: e.thresholds.map((t) => ({ ...t, passed: false, score: 0 })) };
    expect(exercismResults(root, missed).status).toBe("fail");
  });

  it("caps a test's output at 500 characters, with the notice and without colour codes", () => {
    const long = `\u001b[31m${"x".repeat(600)}\u001b[0m`;
    const capped = capOutput(long) ?? "";
    expect(capped.length).toBe(500);
    expect(capped.endsWith(TRUNCATION_NOTICE)).toBe(true);
    expect(capped).not.toContain("\u001b");
    expect(capOutput("short")).toBe("short");
    expect(capOutput("")).toBeNull();
  });

  it("writes Gradescope's results.json: per-test scores that add up, reasons, thresholds as tests", () => {
    const g = gradescopeResults(report);
    expect(valid("gradescope", g)).toEqual([]);
    expect(g.tests.reduce((s, t) => s + t.score, 0)).toBe(g.score);
    expect(g.score).toBe(report.score);
    const failing = g.tests.find((t) => t.name === "1.1.2 › 2. Add many › sums a list");
    expect(failing).toMatchObject({ status: "failed", score: 0, visibility: "visible" });
    expect(failing?.output).toContain("expected 3 to be 6");
    expect(g.tests.filter((t) => t.visibility === "after_published").length).toBeGreaterThan(0);
    expect(g.tests.some((t) => t.name.includes("metric answer") && t.status === "passed")).toBe(true);
  });

  it("gives GitHub Classroom's real reporter exactly the course's points", () => {
    const input = classroomResults(learnerView(report));
    expect(valid("classroom", input)).toEqual([]);
    const run = runClassroomReporter({
      COURSE_RESULTS: Buffer.from(JSON.stringify(input)).toString("base64"),
    });
    expect(run.points, run.output).toBe(report.score);
    expect(run.max).toBe(report.max_score);
  });

  it("shows learners a hidden failure only as 'hidden test N of task T failed'", () => {
    const learner = learnerView(report);
    const texts = [
      JSON.stringify(learner),
      renderMarkdown(learner),
      renderTerminal(learner),
      JSON.stringify(classroomResults(learner)),
      ...learner.exercises.map((e) => JSON.stringify(exercismResults(root, e))),
    ];
    for (const text of texts) {
      expect(text).not.toContain("SECRET-INPUT");
      expect(text).not.toContain("SECRET-OUTPUT");
      expect(text).not.toContain("secret list");
      expect(text).not.toContain("add.hidden.spec.ts");
    }
    const hidden = learner.exercises
      .find((e) => e.id === "1.1.2")
      ?.tests.filter((t) => t.visibility === "after_published");
    expect(hidden?.map((t) => [t.name, t.message])).toEqual([
      ["1.1.2 › hidden test 1 of task 1", null],
      ["1.1.2 › hidden test 1 of task 2", "hidden test 1 of task 2 failed"],
    ]);
    // The instructor report keeps everything.
    expect(JSON.stringify(report)).toContain("SECRET-INPUT");
  });

  it("escapes HTML from test names and messages in Markdown", () => {
    const md = renderMarkdown(report);
    expect(md).not.toContain("<b>");
    expect(md).toContain("&lt;b&gt;\\[7, 8, 9\\]&lt;/b&gt;");
  });

  it("keeps learner text in Markdown from becoming a link, an image, a mention or a new cell", () => {
    expect(escapeMarkdown("![x](https://e.test/p.png) [a](b) @team `c` *d* a|b\nc")).toBe(
      "\\!\\[x\\]\\(https://e.test/p.png\\) \\[a\\]\\(b\\) @\u200bteam \\`c\\` \\*d\\* a\\|b c",
    );
  });
});

describe("targets", () => {
  it("runs the same specs against the solution and against a mutant", async () => {
    const solutions = await gradeCourse({ root, filter: "1.1.1", target: "solutions" });
    expect(solutions.exercises[0]?.status).toBe("passed");
    const mutant = await gradeCourse({ root, filter: "1.1.1", target: "mutant:add-subtracts" });
    expect(mutant.exercises[0]?.status).not.toBe("passed");
    expect(mutant.exercises[0]?.tests.filter((t) => t.status === "fail").length).toBeGreaterThan(0);
  }, 60_000);
});

describe("the test inventory", () => {
  it("fails every expected test of a spec file that learner code padded with tests of its own", () => {
    const e = exercise("1.1.12");
    expect(e.score).toBe(0);
    expect(e.tests.map((t) => t.name)).toEqual([
      "1.1.12 › 1. Add › adds two numbers",
      "1.1.12 › 1. Add › adds zero",
    ]);
    expect(e.tests.every((t) => t.status === "fail")).toBe(true);
    // The import rules stop it first: learner code may not import vitest at all.
    expect(e.tests[0]?.message).toMatch(/add\.ts: learner code may not import "vitest"/);
  });
});

describe("attacks on the grader from learner code, each at its honest score (the sandbox)", () => {
  /** Two tests of an `add` that does not add: the honest score is 0 of 2, both tests failing. */
  function expectHonest(id: string, message = /expected \+?0 to be 5/): ExerciseReport {
    const e = exercise(id);
    expect(e.score, `${id} score`).toBe(0);
    expect(e.max_score).toBe(2);
    expect(e.tests.map((t) => t.status)).toEqual(["fail", "fail"]);
    expect(e.tests[0]?.message).toMatch(message);
    return e;
  }

  it("cannot rewrite failed tests as passed through Vitest's worker RPC", () => {
    expectHonest("1.1.14");
  });

  it("cannot make chai's matchers agree by replacing Proxy, Object.is or Math.abs", () => {
    expectHonest("1.1.15");
  });

  it("cannot register passing tests of its own", () => {
    const e = expectHonest("1.1.16");
    expect(e.tests).toHaveLength(2);
  });

  it("cannot leave a process behind that writes to the grader's stdout or into the course", async () => {
    expectHonest("1.1.17");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const marker = path.join(root, "exercises", "1.1-demo", "17-escape-process", "escaped.txt");
    expect(existsSync(marker), "the detached process wrote into the course").toBe(false);
  });

  it("cannot read the hidden specs", () => {
    const e = expectHonest("1.1.18", /hidden specs: ENOENT/);
    expect(JSON.stringify(e)).not.toContain("SECRET");
  });

  it("cannot signal the grader or the spec process: it sees only the sandbox's own init", () => {
    // In its PID namespace the learner's code sees itself and bubblewrap's init (PID 1), nothing else.
    expectHonest("1.1.19", /signalled 1 other processes/);
  });

  it("cannot look fast by freezing performance.now, Date.now, hrtime or tinybench: the spec times it", () => {
    const e = exercise("1.1.20");
    expect(e.tests.map((t) => t.status)).toEqual(["pass", "fail"]);
    expect(e.score).toBe(1);
    expect(e.tests[1]?.message).toMatch(/milliseconds for one add, timed by the spec: expected \d+/);
  });

  it("cannot make a spec print a hidden spec through a returned path or a planted symbolic link", () => {
    const e = exercise("1.1.21");
    expect(e.score).toBe(0);
    expect(e.tests.map((t) => t.status)).toEqual(["fail", "fail"]);
    expect(e.tests[0]?.message).toMatch(/is not inside/);
    expect(e.tests[1]?.message).toMatch(/is a symbolic link/);
    expect(JSON.stringify(e)).not.toContain("SECRET");
  });
});

describe("import rules", () => {
  it("refuses learner code that re-exports the reference solution", () => {
    const e = exercise("1.1.13");
    expect(e.score).toBe(0);
    expect(e.status).toBe("error");
    expect(e.problems.join("\n")).toMatch(
      /learner code may not import solutions\/1\.1-demo\/13-import-solution\/add(\.ts)?: solutions are not part/,
    );
  });
});
