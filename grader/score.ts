/**
 * Turns the raw results of one exercise's run into scores: per test, per task (a spec's
 * top-level `describe("N. …")` belongs to README task N), per metric/benchmark threshold,
 * and for the exercise.
 */
import { NotImplemented } from "../lib/errors";
import type { RecordedMetric } from "../lib/testing";
import type { Exercise } from "./exercises";
import { holdToInventory } from "./inventory";
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
  /** Line of the test in `file`. */
  line: number | null;
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

/** Rounds to hundredths, for times and for display. */
export const roundPoints = (x: number): number => Math.round(x * 100) / 100;

/**
 * Points are shared out in 64ths of a point: binary fractions add up exactly in floating
 * point, so per-test scores always sum to their task's score, tasks to the exercise's, and
 * exercises to the course total (the Classroom reporter adds the per-test scores itself).
 */
export const POINT_QUANTUM = 64;

/** Splits `points` into `n` shares of whole quanta that add up to it exactly (largest remainder: the first shares get the extra quantum). */
export function sharePoints(points: number, n: number): number[] {
  const units = Math.round(points * POINT_QUANTUM);
  const base = Math.floor(units / n);
  const extra = units - base * n;
  return Array.from({ length: n }, (_, i) => (base + (i < extra ? 1 : 0)) / POINT_QUANTUM);
}

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

  // File order, then line order: what a learner reads top to bottom (and Exercism requires).
  const fileOrder = [...exercise.publicSpecs, ...exercise.hiddenSpecs];
  const rank = (t: RawTestResult) => {
    const i = fileOrder.indexOf(t.file);
    return i < 0 ? fileOrder.length : i;
  };
  const held = exercise.inventory
    ? holdToInventory(outcome, outcome.files, exercise.inventory)
    : outcome.tests;
  const ordered = [...held].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  const tests: (TestEntry & { passedTest: boolean })[] = ordered.map((t) => {
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
      line: t.line,
      passedTest: t.state === "passed",
    };
  });

  // A problem that stopped tests from running costs every task: a learner must never gain
  // points because a spec file failed to load or the run was cut short. With an inventory,
  // every expected test of such a file has already failed; without one, each task gets a
  // failing entry.
  const runProblems = problems.filter((p) => !p.includes("is not inside a numbered describe"));
  for (const problem of exercise.inventory ? [] : runProblems) {
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
        line: null,
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
        line: null,
        passedTest: false,
      });
      tests.push(own[0] as (typeof own)[number]);
    }
    const shares = sharePoints(task.points, own.length);
    let passed = 0;
    let earned = 0;
    own.forEach((t, i) => {
      t.max_score = shares[i] as number;
      if (t.passedTest) {
        passed++;
        t.score = t.max_score;
        earned += t.score;
      }
    });
    return {
      id: task.id,
      title: task.title,
      score: earned,
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

  // Exact sums: every part is a whole number of quanta (see POINT_QUANTUM).
  const score = tasks.reduce((s, t) => s + t.score, 0) + thresholds.reduce((s, t) => s + t.score, 0);
  const maxScore =
    tasks.reduce((s, t) => s + t.max_score, 0) + thresholds.reduce((s, t) => s + t.max_score, 0);
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
