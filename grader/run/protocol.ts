/**
 * What travels between the grader and the child process that runs Vitest. The child sends
 * plain data over Node's IPC channel; nothing learner code writes to disk is ever read back.
 */
import type { RecordedMetric } from "../../lib/testing";

export interface ChildRequest {
  root: string;
  /** Spec files (absolute paths) to run. */
  files: string[];
  /** "exercises" | "solutions" | "mutant:<name>"; several run side by side in one Vitest process. */
  targets: string[];
  /** The section the files belong to (needed to build one project per target). */
  section: string;
}

export interface RawTestResult {
  /** The target the test ran against. */
  target: string;
  /** Spec file, relative to the course root. */
  file: string;
  /** Line of the test's declaration in that file (for Exercism's `test_code`). */
  line: number | null;
  hidden: boolean;
  /** The test's own name and its full "describe > … > test" path. */
  name: string;
  fullName: string;
  /** The top-level `describe` the test sits in ("2. Cache-friendly loops"), if any. */
  topDescribe: string | undefined;
  state: "passed" | "failed" | "skipped" | "pending";
  errors: { name: string; message: string }[];
  durationMs: number;
  metrics: Record<string, RecordedMetric>;
  output: string;
}

export interface RawModuleError {
  target: string;
  file: string;
  message: string;
}

export type ChildMessage =
  | { type: "test"; test: RawTestResult }
  | { type: "end"; moduleErrors: RawModuleError[]; unhandledErrors: string[] }
  | { type: "fatal"; message: string };

/** Everything one graded run produced. */
export interface RunOutcome {
  /** The spec files that were run (relative to the course root). */
  files: string[];
  tests: RawTestResult[];
  moduleErrors: RawModuleError[];
  unhandledErrors: string[];
  /** Set when the run was killed for exceeding its time budget. */
  timedOut: boolean;
  /** Set when the child died or reported a fatal error (bad config, crash). */
  crashed: string | undefined;
  durationMs: number;
}
