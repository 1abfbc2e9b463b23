/**
 * Runs GitHub Classroom's real autograding-grading-reporter (a copy in ../shared/peers) on
 * runner inputs, as its action would in a workflow, and returns the points it announces.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../targets";

export interface ReporterRun {
  points: number | undefined;
  max: number | undefined;
  output: string;
}

/** `env` holds the `<RUNNER>_RESULTS` variables (base64 JSON); `runners` is the action's input. */
export function runClassroomReporter(env: Record<string, string>, runners = "course"): ReporterRun {
  const dir = mkdtempSync(path.join(tmpdir(), "classroom-"));
  try {
    cpSync(path.join(ROOT, "..", "shared", "peers", "classroom-reporter", "src"), path.join(dir, "src"), {
      recursive: true,
    });
    const run = spawnSync(process.execPath, [path.join(dir, "src", "main.js")], {
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        NODE_PATH: path.join(ROOT, "node_modules"),
        INPUT_RUNNERS: runners,
        ...env,
      },
    });
    const notice = /::notice title=Autograding complete::Points ([\d.]+)\/([\d.]+)/.exec(run.stdout);
    return {
      points: notice ? Number(notice[1]) : undefined,
      max: notice ? Number(notice[2]) : undefined,
      output: run.stdout + run.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
