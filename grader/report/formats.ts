/**
 * The report in the published formats other tools read, and the learner's view of it.
 *
 * - `learnerView`: what a learner may see. A hidden test shows as "hidden test N of task T",
 *   never its name, message, output or code; a hidden spec file's load error is not quoted.
 *   The instructor report (the `CourseReport` itself) keeps everything.
 * - `exercismResults`: Exercism's test-runner interface, version 3, one `results.json` per
 *   exercise (https://exercism.org/docs/building/tooling/test-runners/interface).
 * - `gradescopeResults`: Gradescope's autograder `results.json`
 *   (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
 * - `classroomResults`: the runner input of GitHub Classroom's autograding-grading-reporter
 *   (`<RUNNER>_RESULTS`, base64 of this JSON): it adds up `tests[].score` against `max_score`.
 *
 * JSON Schemas written from those specifications live in `schemas/`; the grader's tests check
 * every output against them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { ExerciseReport, TestEntry } from "../score";
import type { CourseReport } from "./report";

/** Exercism caps a test's `output`; longer output ends with this notice, within the cap. */
export const OUTPUT_CAP = 500;
export const TRUNCATION_NOTICE = "\nOutput was truncated. Please limit to 500 chars";

export function capOutput(text: string | null): string | null {
  if (text === null || text === "") return null;
  const plain = stripVTControlCharacters(text);
  return plain.length <= OUTPUT_CAP
    ? plain
    : plain.slice(0, OUTPUT_CAP - TRUNCATION_NOTICE.length) + TRUNCATION_NOTICE;
}

/** The hidden tests of an exercise, numbered per task in file order. */
function hiddenNumbers(tests: TestEntry[]): Map<TestEntry, number> {
  const counts = new Map<number | null, number>();
  const numbers = new Map<TestEntry, number>();
  for (const t of tests) {
    if (t.visibility !== "after_published") continue;
    const n = (counts.get(t.task_id) ?? 0) + 1;
    counts.set(t.task_id, n);
    numbers.set(t, n);
  }
  return numbers;
}

function redactExercise(e: ExerciseReport): ExerciseReport {
  const numbers = hiddenNumbers(e.tests);
  const tests = e.tests.map((t): TestEntry => {
    const n = numbers.get(t);
    if (n === undefined) return t;
    const label = `hidden test ${n} of task ${t.task_id ?? "?"}`;
    return {
      ...t,
      name: `${e.id} › ${label}`,
      message: t.status === "pass" ? null : `${label} failed`,
      output: null,
      file: null,
      line: null,
    };
  });
  const problems = e.problems.map((p) =>
    /(^|\/)hidden\/|\.hidden\.spec\./.test(p) ? "a hidden spec file could not run with your code" : p,
  );
  return { ...e, tests, problems };
}

/** The report as a learner may see it (terminal, Markdown, learner JSON, PR comment). */
export function learnerView(report: CourseReport): CourseReport {
  const exercises = report.exercises.map(redactExercise);
  return {
    ...report,
    exercises,
    tests: exercises.flatMap((e) => e.tests.map((t) => ({ ...t, exercise_id: e.id }))),
    message:
      report.message === null
        ? null
        : exercises
            .filter((e) => e.status === "error" || e.status === "timeout")
            .map((e) => `${e.id}: ${e.problems.join("; ")}`)
            .join("\n"),
  };
}

/** The source of the test declared at `line` of `file`: from that line to its balanced end. */
export function testCode(root: string, file: string | null, line: number | null): string {
  if (file === null || line === null || !existsSync(path.join(root, file))) return "";
  const lines = readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .slice(line - 1);
  let depth = 0;
  const out: string[] = [];
  for (const text of lines.slice(0, 60)) {
    out.push(text);
    for (const ch of text) {
      if (ch === "(" || ch === "{" || ch === "[") depth++;
      else if (ch === ")" || ch === "}" || ch === "]") depth--;
    }
    if (depth <= 0) break;
  }
  return out.join("\n");
}

export interface ExercismTest {
  name: string;
  test_code: string;
  status: "pass" | "fail" | "error";
  message?: string;
  output?: string;
  task_id?: number;
}

export interface ExercismResults {
  version: 3;
  status: "pass" | "fail" | "error";
  message?: string;
  tests?: ExercismTest[];
}

/** One exercise's `results.json` (learner view: pass a redacted exercise for students). */
export function exercismResults(root: string, e: ExerciseReport): ExercismResults {
  const real = e.tests.filter((t) => t.file !== null || t.status === "error");
  // "error" only when no test ran properly (a syntax error, a crash before any result).
  if (e.tests.every((t) => t.file === null)) {
    return { version: 3, status: "error", message: e.problems.join("\n") || "no test ran" };
  }
  const tests = real.map((t): ExercismTest => {
    const entry: ExercismTest = {
      name: t.name,
      test_code: t.visibility === "visible" ? testCode(root, t.file, t.line) : "",
      status: t.status,
    };
    if (t.status !== "pass") entry.message = t.message ?? t.status;
    const output = capOutput(t.output);
    if (output !== null) entry.output = output;
    if (t.task_id !== null) entry.task_id = t.task_id;
    return entry;
  });
  // Full marks need the thresholds too: a missed threshold fails the exercise.
  const failed = tests.some((t) => t.status !== "pass") || e.thresholds.some((t) => !t.passed);
  return { version: 3, status: failed ? "fail" : "pass", tests };
}

export interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  tags: string[];
  visibility: "visible" | "hidden" | "after_due_date" | "after_published";
}

export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  visibility: "visible" | "hidden" | "after_due_date" | "after_published";
  stdout_visibility: "visible" | "hidden";
  tests: GradescopeTest[];
}

/**
 * Gradescope's `results.json`: every test and every threshold is a test entry whose scores
 * add up to `score`; failure text goes into `output`. Hidden tests are `after_published`, so
 * Gradescope hides their results (and the total) until the instructor publishes grades.
 */
export function gradescopeResults(report: CourseReport): GradescopeResults {
  const tests: GradescopeTest[] = [];
  for (const e of report.exercises) {
    e.tests.forEach((t, i) => {
      tests.push({
        name: t.name,
        number: `${e.id}.${t.task_id ?? 0}.${i + 1}`,
        score: t.score,
        max_score: t.max_score,
        status: t.status === "pass" ? "passed" : "failed",
        output: [t.message, capOutput(t.output)].filter(Boolean).join("\n\n"),
        tags: [`exercise ${e.id}`, `task ${t.task_id ?? "?"}`],
        visibility: t.visibility,
      });
    });
    e.thresholds.forEach((t, i) => {
      const bounds = [t.min !== null ? `≥ ${t.min}` : "", t.max !== null ? `≤ ${t.max}` : ""].filter(Boolean);
      tests.push({
        name: `${e.id} › task ${t.task} › ${t.kind} ${t.name}: ${t.description}`,
        number: `${e.id}.${t.task}.t${i + 1}`,
        score: t.score,
        max_score: t.max_score,
        status: t.passed ? "passed" : "failed",
        output: `${t.name} = ${t.value ?? "not measured"}${t.unit ? ` ${t.unit}` : ""} (needs ${bounds.join(", ")})`,
        tags: [`exercise ${e.id}`, `task ${t.task}`, t.kind],
        visibility: "visible",
      });
    });
  }
  return {
    score: tests.reduce((s, t) => s + t.score, 0),
    execution_time: report.execution_time,
    output: report.points_line,
    visibility: "visible",
    stdout_visibility: "hidden",
    tests,
  };
}

export interface ClassroomTest {
  name: string;
  status: "pass" | "fail" | "error";
  score: number;
  message: string | null;
  line_no: number;
  test_code: string;
}

export interface ClassroomResults {
  version: 1;
  status: "pass" | "fail" | "error";
  max_score: number;
  tests: ClassroomTest[];
}

/**
 * The Classroom reporter's runner input. It sums `tests[].score` against `max_score`, so each
 * entry carries its exact share (tests, then thresholds); hidden tests come redacted when the
 * learner view is passed in.
 */
export function classroomResults(report: CourseReport): ClassroomResults {
  const tests: ClassroomTest[] = report.exercises.flatMap((e) => [
    ...e.tests.map((t) => ({
      name: t.name,
      status: t.status,
      score: t.score,
      message: t.message,
      line_no: 0,
      test_code: "",
    })),
    ...e.thresholds.map((t) => ({
      name: `${e.id} › ${t.kind} ${t.name}`,
      status: t.passed ? ("pass" as const) : ("fail" as const),
      score: t.score,
      message: t.passed ? null : `${t.name} = ${t.value ?? "not measured"}`,
      line_no: 0,
      test_code: "",
    })),
  ]);
  return { version: 1, status: report.status, max_score: report.max_score, tests };
}
