/**
 * Grades exercises: runs each one's public and hidden specs in a child process against the
 * chosen target, scores the results, and builds the course report.
 */
import { discoverExercises, type Exercise, selectExercises } from "./exercises";
import { buildReport, type CourseReport } from "./report/report";
import type { RunOutcome } from "./run/protocol";
import { runSpecs } from "./run/runner";
import { type ExerciseReport, scoreExercise } from "./score";
import { formatTarget, parseTarget, ROOT } from "./targets";

export interface GradeOptions {
  root?: string;
  /** A section, exercise id or path; all exercises when absent. */
  filter?: string;
  /** "exercises" (default), "solutions" or "mutant:<name>". */
  target?: string;
  /** Which lanes to run; both by default. */
  lanes?: ("fast" | "slow")[];
  /** Multiplies every exercise's time budget (a slow laptop may need 2). */
  timeScale?: number;
  /** Leave out hidden specs (a learner's local run in a student release has none anyway). */
  publicOnly?: boolean;
  onExerciseStart?: (exercise: Exercise) => void;
  onExerciseEnd?: (report: ExerciseReport) => void;
}

type ExerciseOptions = Pick<GradeOptions, "root" | "target" | "timeScale" | "publicOnly"> & {
  /**
   * Leave out `*.slow.spec.ts` and `*.bench.spec.ts` files. Verify does, for mutants: a
   * mistake must be caught by a correctness spec, not by a training run or a benchmark.
   */
  skipSlowSpecs?: boolean;
};

/** Grades one exercise. */
export async function gradeExercise(
  exercise: Exercise,
  options: ExerciseOptions = {},
): Promise<ExerciseReport> {
  const [report] = await gradeExerciseAgainst(exercise, [options.target ?? "exercises"], options);
  return report as ExerciseReport;
}

/**
 * Grades one exercise against several targets in one Vitest process (one project per target),
 * e.g. all of its mutants; the reports come back in the order of `targets`. The time budget
 * grows with the number of targets, shared by the two cores.
 */
export async function gradeExerciseAgainst(
  exercise: Exercise,
  targets: string[],
  options: Omit<ExerciseOptions, "target"> = {},
): Promise<ExerciseReport[]> {
  const outcomes = await runExercise(exercise, targets, options);
  return outcomes.map((outcome) => scoreExercise(exercise, outcome));
}

/** Runs an exercise's spec files against each target and returns the raw outcomes. */
export function runExercise(
  exercise: Exercise,
  targets: string[],
  options: Omit<ExerciseOptions, "target"> = {},
): Promise<RunOutcome[]> {
  const all = options.publicOnly ? exercise.publicSpecs : [...exercise.publicSpecs, ...exercise.hiddenSpecs];
  const files = options.skipSlowSpecs
    ? all.filter((f) => !/\.(slow|bench)\.(hidden\.)?spec\.ts$/.test(f))
    : all;
  return runSpecs({
    root: options.root ?? ROOT,
    files,
    targets: targets.map((t) => formatTarget(parseTarget(t))),
    section: exercise.section,
    timeoutMs:
      exercise.manifest.timeBudgetSeconds * 1000 * (options.timeScale ?? 1) * Math.max(1, targets.length / 2),
  });
}

export async function gradeCourse(options: GradeOptions = {}): Promise<CourseReport> {
  const root = options.root ?? ROOT;
  const target = formatTarget(parseTarget(options.target));
  const lanes = options.lanes ?? ["fast", "slow"];
  const started = performance.now();
  const exercises = selectExercises(discoverExercises(root), options.filter).filter((e) =>
    lanes.includes(e.manifest.lane),
  );
  const reports: ExerciseReport[] = [];
  for (const exercise of exercises) {
    options.onExerciseStart?.(exercise);
    const report = await gradeExercise(exercise, { ...options, root, target });
    options.onExerciseEnd?.(report);
    reports.push(report);
  }
  return buildReport(reports, target, (performance.now() - started) / 1000);
}
