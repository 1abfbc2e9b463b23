/**
 * Turns the raw results of one exercise's run into scores: per test, per task (a spec's
 * top-level `describe("N. …")` belongs to README task N), per metric/benchmark threshold,
 * and for the exercise.
 */
import { NotImplemented } from "../lib/errors";
import type { RecordedMetric } from "../lib/testing";
import type { Exercise } from "./exercises";
import type { Threshold } from "./manifest";
import type { RawTestResult, RunOutcome } from "./run/protocol";

/** One test, in Exercism v3 style (name, status, message, output, task_id) plus Gradescope fields. */
export interface TestEntry {
  name: string;
  status: "pass" | "fail" | "error";
  message: string | null;
  output: string | null;
  task_id: number | null;
  not_started: boolean;
  visibility: "visible" | "after_published";
  score: number;
  max_score: number;
  file: string | null;
}

export interface TaskScore {
  id: number;
  title: string;
  score: number;
  max_score: number;
  passed: number;
  total: number;
  not_started: boolean;
}

export interface ThresholdResult {
  kind: "metric" | "benchmark";
  name: string;
  description: string;
  task: number;
  unit: string | null;
  min: number | null;
  max: number | null;
  value: number | null;
  passed: boolean;
  score: number;
  max_score: number;
}

export type ExerciseStatus = "passed" | "partial" | "failed" | "not_started" | "error" | "timeout";

export interface ExerciseReport {
  id: string;
  title: string;
  section: string;
  folder: string;
  lane: "fast" | "slow";
  status: ExerciseStatus;
  score: number;
  max_score: number;
  execution_time: number;
  tasks: TaskScore[];
  thresholds: ThresholdResult[];
  tests: TestEntry[];
  /** Figures recorded by passing tests (GFLOP/s, R², …), shown in the report. */
  metrics: Record<string, RecordedMetric>;
  /** Problems that are not a single test's failure: a spec file that did not load, a timeout… */
  problems: string[];
}

const MESSAGE_CAP = 1000;

/** Rounds to hundredths so that 1/3 of a point prints and sums sanely. */
export const roundPoints = (x: number): number => Math.round(x * 100) / 100;

function taskOf(test: RawTestResult): number | null {
  const match = /^(\d+)\./.exec(test.topDescribe ?? "");
  return match ? Number(match[1]) : null;
}

function isNotStarted(test: RawTestResult): boolean {
  return test.state === "failed" && test.errors.some((e) => e.message.includes(NotImplemented.marker));
}

function failureMessage(test: RawTestResult): string | null {
  if (test.state === "passed") return null;
  if (test.state === "skipped" || test.state === "pending") {
    return "This test was skipped. Skipped tests count as failed: remove `.skip`/`.todo`.";
  }
  const text = test.errors.map((e) => `${e.name}: ${e.message}`).join("\n") || "failed";
  return text.length > MESSAGE_CAP ? `${text.slice(0, MESSAGE_CAP)}…` : text;
}

function scoreThreshold(kind: ThresholdResult["kind"], t: Threshold, value: number | null): ThresholdResult {
  const passed =
    value !== null &&
    Number.isFinite(value) &&
    (t.min === undefined || value >= t.min) &&
    (t.max === undefined || value <= t.max);
  return {
    kind,
    name: t.name,
    description: t.description,
    task: t.task,
    unit: t.unit ?? null,
    min: t.min ?? null,
    max: t.max ?? null,
    value,
    passed,
    score: passed ? t.points : 0,
    max_score: t.points,
  };
}

export function scoreExercise(exercise: Exercise, outcome: RunOutcome): ExerciseReport {
  const { manifest } = exercise;
  const problems: string[] = [];
  for (const m of outcome.moduleErrors) problems.push(`${m.file} did not run: ${m.message}`);
  for (const u of outcome.unhandledErrors) problems.push(`unhandled error: ${u}`);
  if (outcome.timedOut) {
    problems.push(`stopped after the time budget of ${manifest.timeBudgetSeconds} s (an endless loop?)`);
  }
  if (outcome.crashed) problems.push(`the test run crashed: ${outcome.crashed}`);

  const tests: (TestEntry & { passedTest: boolean })[] = outcome.tests.map((t) => {
    const task = taskOf(t);
    if (task === null || !manifest.tasks.some((k) => k.id === task)) {
      problems.push(`"${t.fullName}" (${t.file}) is not inside a numbered describe of a known task`);
    }
    return {
      name: `${exercise.id} › ${t.fullName.replaceAll(" > ", " › ")}`,
      status: t.state === "passed" ? "pass" : "fail",
      message: failureMessage(t),
      output: t.output || null,
      task_id: task,
      not_started: isNotStarted(t),
      visibility: t.hidden ? "after_published" : "visible",
      score: 0,
      max_score: 0,
      file: t.file,
      passedTest: t.state === "passed",
    };
  });

  // A problem that stopped tests from running costs every task: a learner must never gain
  // points because a spec file failed to load or the run was cut short.
  const runProblems = problems.filter((p) => !p.includes("is not inside a numbered describe"));
  for (const problem of runProblems) {
    for (const task of manifest.tasks) {
      tests.push({
        name: `${exercise.id} › task ${task.id} could not be fully tested`,
        status: "error",
        message: problem,
        output: null,
        task_id: task.id,
        not_started: false,
        visibility: "visible",
        score: 0,
        max_score: 0,
        file: null,
        passedTest: false,
      });
    }
  }

  const tasks: TaskScore[] = manifest.tasks.map((task) => {
    const own = tests.filter((t) => t.task_id === task.id);
    if (own.length === 0) {
      own.push({
        name: `${exercise.id} › task ${task.id} has no test`,
        status: "error",
        message: "no test ran for this task",
        output: null,
        task_id: task.id,
        not_started: false,
        visibility: "visible",
        score: 0,
        max_score: 0,
        file: null,
        passedTest: false,
      });
      tests.push(own[0] as (typeof own)[number]);
    }
    const each = task.points / own.length;
    let passed = 0;
    for (const t of own) {
      t.max_score = roundPoints(each);
      if (t.passedTest) {
        passed++;
        t.score = roundPoints(each);
      }
    }
    return {
      id: task.id,
      title: task.title,
      score: roundPoints((task.points * passed) / own.length),
      max_score: task.points,
      passed,
      total: own.length,
      not_started: own.every((t) => t.not_started),
    };
  });

  const metrics: Record<string, RecordedMetric> = {};
  outcome.tests.forEach((t) => {
    if (t.state === "passed") Object.assign(metrics, t.metrics);
  });
  const measured = (name: string) => metrics[name]?.value ?? null;
  const thresholds = [
    ...manifest.metrics.map((t) => scoreThreshold("metric", t, measured(t.name))),
    ...manifest.benchmarks.map((t) => scoreThreshold("benchmark", t, measured(t.name))),
  ];

  const score = roundPoints(
    tasks.reduce((s, t) => s + t.score, 0) + thresholds.reduce((s, t) => s + t.score, 0),
  );
  const maxScore = roundPoints(
    tasks.reduce((s, t) => s + t.max_score, 0) + thresholds.reduce((s, t) => s + t.max_score, 0),
  );
  const realTests = tests.filter((t) => t.file !== null);
  let status: ExerciseStatus;
  if (outcome.timedOut) status = "timeout";
  else if (runProblems.length > 0) status = "error";
  else if (realTests.length > 0 && realTests.every((t) => t.not_started)) status = "not_started";
  else if (score >= maxScore) status = "passed";
  else if (score > 0) status = "partial";
  else status = "failed";

  return {
    id: exercise.id,
    title: manifest.title,
    section: exercise.section,
    folder: exercise.folder,
    lane: manifest.lane,
    status,
    score,
    max_score: maxScore,
    execution_time: roundPoints(outcome.durationMs / 1000),
    tasks,
    thresholds,
    tests: tests.map(({ passedTest: _, ...t }) => t),
    metrics,
    problems,
  };
}
