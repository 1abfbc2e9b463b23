/**
 * Runs a set of spec files in a separate process group with a wall-clock limit, and collects
 * the results the child streams back. Learner code can loop forever, call `process.exit`, or
 * crash: the grader still gets every result that was finished, and a clear reason for the rest.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildMessage, ChildRequest, RunOutcome } from "./protocol";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "child.ts");
const TSX_LOADER = createRequire(import.meta.url).resolve("tsx");

export interface RunOptions {
  root: string;
  /** Spec files, relative to `root`. */
  files: string[];
  /** One target, or several run side by side in one Vitest process (verify's mutants). */
  targets: string[];
  /** The section of the files. */
  section: string;
  timeoutMs: number;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL"); // the child and the Vitest workers it forked
  } catch {
    // already gone
  }
}

/** Runs the files against each target; the outcomes come back per target, in the same order. */
export function runSpecs(options: RunOptions): Promise<RunOutcome[]> {
  const started = performance.now();
  const outcome: RunOutcome = {
    files: options.files,
    tests: [],
    moduleErrors: [],
    unhandledErrors: [],
    timedOut: false,
    crashed: undefined,
    durationMs: 0,
  };
  const split = (): RunOutcome[] =>
    options.targets.map((target) => ({
      ...outcome,
      tests: outcome.tests.filter((t) => t.target === target),
      moduleErrors: outcome.moduleErrors.filter((m) => m.target === target),
    }));
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      cwd: options.root,
      execArgv: ["--import", TSX_LOADER],
      // Its own process group, so that a timeout kills Vitest's workers too.
      detached: true,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    let stderr = "";
    let ended = false;
    child.stdout?.resume();
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      outcome.timedOut = true;
      killGroup(child);
    }, options.timeoutMs);

    child.on("message", (message: ChildMessage) => {
      if (message.type === "test") outcome.tests.push(message.test);
      else if (message.type === "end") {
        ended = true;
        outcome.moduleErrors = message.moduleErrors;
        outcome.unhandledErrors = message.unhandledErrors;
      } else outcome.crashed = message.message;
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      killGroup(child); // stray workers
      if (!ended && !outcome.timedOut && outcome.crashed === undefined) {
        outcome.crashed = `test runner exited early (code ${code}, signal ${signal})${stderr ? `: ${stderr.trim().slice(-1000)}` : ""}`;
      }
      outcome.durationMs = performance.now() - started;
      resolve(split());
    });
    const request: ChildRequest = {
      root: options.root,
      files: options.files,
      targets: options.targets,
      section: options.section,
    };
    child.send(request);
  });
}
