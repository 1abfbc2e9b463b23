/**
 * The grader against a miniature fixture course (grader/test/fixtures/course): one exercise
 * per scenario. One grading run of the whole fixture section is shared by the tests below.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { gradeCourse } from "../grade";
import { saveProgress } from "../progress";
import { renderMarkdown } from "../report/markdown";
import type { CourseReport } from "../report/report";
import { renderTerminal } from "../report/terminal";
import type { ExerciseReport } from "../score";

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
      [1, 2, 2, 2],
      [2, 0, 0, 1],
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

  it("detects code under test that patches the matchers", () => {
    const e = exercise("1.1.9");
    expect(e.score).toBe(0);
    expect(e.tests.every((t) => t.message?.includes("Tampering detected"))).toBe(true);
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
    expect(report.points_line).toBe(`Points ${report.score}/${report.max_score}`);
    const testPoints = report.tests.reduce((s, t) => s + t.score, 0);
    const thresholdPoints = report.exercises.flatMap((e) => e.thresholds).reduce((s, t) => s + t.score, 0);
    expect(testPoints + thresholdPoints).toBeCloseTo(report.score, 1);
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

describe("targets", () => {
  it("runs the same specs against the solution and against a mutant", async () => {
    const solutions = await gradeCourse({ root, filter: "1.1.1", target: "solutions" });
    expect(solutions.exercises[0]?.status).toBe("passed");
    const mutant = await gradeCourse({ root, filter: "1.1.1", target: "mutant:add-subtracts" });
    expect(mutant.exercises[0]?.status).not.toBe("passed");
    expect(mutant.exercises[0]?.tests.filter((t) => t.status === "fail").length).toBeGreaterThan(0);
  }, 60_000);
});
