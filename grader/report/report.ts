/**
 * The course report: every graded exercise plus the totals, in one JSON document that
 * serves three readers at once —
 *   - Exercism v3 (`version`, `status`, `message`, `tests[]` with name/status/message/output/task_id),
 *   - Gradescope (`score`, `max_score`, `execution_time`, `output`, per-test `visibility`),
 *   - GitHub Classroom (the `Points X/Y` line, also printed on stdout by the CLI).
 */
import { type ExerciseReport, roundPoints, type TestEntry } from "../score";
import { formatPoints } from "./format";

export interface NextStep {
  id: string;
  title: string;
  reason: string;
  command: string;
}

export interface CourseReport {
  version: 3;
  status: "pass" | "fail" | "error";
  message: string | null;
  target: string;
  generated_at: string;
  score: number;
  max_score: number;
  execution_time: number;
  output: string;
  visibility: "visible";
  points_line: string;
  exercises: ExerciseReport[];
  tests: (TestEntry & { exercise_id: string })[];
  next: NextStep | null;
}

export function pointsLine(score: number, max: number): string {
  return `Points ${formatPoints(score)}/${formatPoints(max)}`;
}

/** The first exercise, in curriculum order, that is not yet at full score — and why. */
export function nextStep(exercises: ExerciseReport[]): NextStep | null {
  const todo = exercises.find((e) => e.status !== "passed");
  if (!todo) return null;
  const command = `npm test exercises/${todo.folder}`;
  const task = todo.tasks.find((t) => t.score < t.max_score);
  let reason: string;
  if (todo.status === "not_started") reason = "not started yet: read its README and begin with task 1";
  else if (todo.status === "timeout" || todo.status === "error") reason = todo.problems[0] ?? todo.status;
  else if (task) reason = `task ${task.id} "${task.title}": ${task.passed}/${task.total} tests pass`;
  else {
    const t = todo.thresholds.find((x) => !x.passed);
    reason = t ? `threshold ${t.name} not reached (${t.description})` : "not at full score";
  }
  return { id: todo.id, title: todo.title, reason, command };
}

export function buildReport(
  exercises: ExerciseReport[],
  target: string,
  executionTime: number,
): CourseReport {
  const score = exercises.reduce((s, e) => s + e.score, 0);
  const max = exercises.reduce((s, e) => s + e.max_score, 0);
  const tests = exercises.flatMap((e) => e.tests.map((t) => ({ ...t, exercise_id: e.id })));
  const broken = exercises.filter((e) => e.status === "error" || e.status === "timeout");
  const line = pointsLine(score, max);
  return {
    version: 3,
    // "pass" means full marks, thresholds included: a missed R² is not a pass.
    status: broken.length > 0 ? "error" : score >= max ? "pass" : "fail",
    message: broken.length > 0 ? broken.map((e) => `${e.id}: ${e.problems.join("; ")}`).join("\n") : null,
    target,
    generated_at: new Date().toISOString(),
    score,
    max_score: max,
    execution_time: roundPoints(executionTime),
    output: line,
    visibility: "visible",
    points_line: line,
    exercises,
    tests,
    next: nextStep(exercises),
  };
}
