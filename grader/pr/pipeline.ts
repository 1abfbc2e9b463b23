/**
 * Grades a pull request with nothing of the PR trusted but its learner files:
 *
 *   1. copy the trusted tree (grader, specs, hidden specs, manifests, lockfile, configs) into a
 *      fresh work folder;
 *   2. copy in, from the PR head, only the files the trusted manifests list as `learnerFiles`
 *      (regular files, no links, size-limited — see learner-files.ts), reporting every refusal;
 *   3. install the trusted lockfile with `npm ci --ignore-scripts`;
 *   4. run the trusted grader there, with an environment that holds no token;
 *   5. write what the publishing job needs into `out` (results.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { discoverExercises, selectExercises } from "../exercises";
import type { CourseReport } from "../report/report";
import { copyLearnerFiles, type LearnerFilesResult, MAX_LEARNER_FILE_BYTES } from "./learner-files";
import { PrInputError, type PrOptions } from "./options";
import {
  CLASSROOM_RUNNER_PATTERN,
  checkRun,
  commentBody,
  failureCheckRun,
  type Outputs,
  writeOutputs,
} from "./results";
import { copyTrustedTree, installDependencies } from "./workspace";

export interface PrResult {
  /** False when the grader did not produce a report; the outputs then say so. */
  graded: boolean;
  report?: CourseReport;
  files: LearnerFilesResult;
  /** The grader's stdout and stderr (the terminal report, progress). */
  log: string;
  work: string;
}

/** The only variables the grader sees: no GITHUB_TOKEN, no ACTIONS_* runtime tokens, no secrets. */
const GRADER_ENV = ["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "CI", "COURSE_DATA_MIRROR", "COURSE_SANDBOX"];

export function graderEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const picked: NodeJS.ProcessEnv = { FORCE_COLOR: "0" };
  for (const name of GRADER_ENV) if (env[name] !== undefined) picked[name] = env[name];
  return picked;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function checkInputs(options: PrOptions): void {
  if (!isDir(options.trusted)) throw new PrInputError(`--trusted ${options.trusted} is not a folder`);
  if (options.trustedRef === undefined) {
    for (const file of ["package.json", "package-lock.json", "grader/cli.ts", "exercises"])
      if (!existsSync(path.join(options.trusted, file)))
        throw new PrInputError(`--trusted ${options.trusted} is not a course checkout: it has no ${file}`);
  }
  if (!isDir(options.pr)) throw new PrInputError(`--pr ${options.pr} is not a folder`);
  if (options.work !== undefined && existsSync(options.work) && readdirSync(options.work).length > 0)
    throw new PrInputError(`--work ${options.work} is not empty`);
  const runner = options.classroomRunner ?? "course";
  if (!CLASSROOM_RUNNER_PATTERN.test(runner))
    throw new PrInputError(`--classroom-runner must be letters and digits, got "${runner}"`);
  const max = options.maxFileBytes ?? MAX_LEARNER_FILE_BYTES;
  if (!Number.isInteger(max) || max <= 0)
    throw new PrInputError("--max-file-bytes must be a positive integer");
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * Runs the trusted grader in `work`. Its output goes to files, not pipes, so that a process the
 * grader leaves behind cannot keep this one waiting; its process group is killed at the end
 * and at `timeoutMs`.
 */
function runGrader(work: string, args: string[], logFile: string, timeoutMs: number): Promise<number | null> {
  const log = openSync(logFile, "w");
  const child = spawn("npx", ["--no", "tsx", "grader/cli.ts", ...args], {
    cwd: work,
    env: graderEnvironment(process.env),
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    child.on("error", () => resolve(null));
    child.on("exit", (code) => {
      clearTimeout(timer);
      killGroup(child);
      resolve(code);
    });
  });
}

export async function gradePullRequest(options: PrOptions): Promise<PrResult> {
  checkInputs(options);
  const work = options.work ?? mkdtempSync(path.join(tmpdir(), "course-pr-work-"));
  mkdirSync(work, { recursive: true });
  mkdirSync(options.out, { recursive: true });
  // The grader's own files go outside the work folder, which learner code may write to.
  const graderOut = mkdtempSync(path.join(tmpdir(), "course-pr-grader-"));
  try {
    copyTrustedTree(options.trusted, work, options.trustedRef);
    // Manifests are read from the trusted copy, before any PR file is in it. Every exercise's
    // learner files come in, whatever the filter: an exercise may import an earlier one's.
    const exercises = discoverExercises(work);
    const selected = selectExercises(exercises, options.filter);
    const lists = exercises.map((e) => ({ folder: e.folder, files: e.manifest.learnerFiles }));
    const files = copyLearnerFiles(lists, options.pr, work, options.maxFileBytes);
    installDependencies(work, options.nodeModules);

    const timeScale = options.timeScale ?? 1;
    const out = (name: string) => path.join(graderOut, name);
    const args = [
      ...(options.filter ? [options.filter] : []),
      ...["--json", out("report.json"), "--markdown", out("report.md")],
      ...["--classroom", out("classroom.json"), "--instructor-json", out("instructor.json")],
      ...["--time-scale", String(timeScale)],
    ];
    const budget = selected.reduce((s, e) => s + e.manifest.timeBudgetSeconds, 0);
    const code = await runGrader(work, args, out("log.txt"), (budget * timeScale + 120) * 1000);
    const log = readFileSync(out("log.txt"), "utf8");
    const produced = ["report.json", "report.md", "classroom.json", "instructor.json"].every((f) =>
      existsSync(out(f)),
    );
    let outputs: Outputs;
    let report: CourseReport | undefined;
    if (code === 0 && produced) {
      const markdown = readFileSync(out("report.md"), "utf8");
      const learnerJson = readFileSync(out("report.json"), "utf8");
      report = JSON.parse(learnerJson) as CourseReport;
      outputs = {
        comment: commentBody(markdown, files),
        checkRun: checkRun(report, files, markdown),
        classroom: {
          runner: options.classroomRunner ?? "course",
          json: readFileSync(out("classroom.json"), "utf8"),
        },
        learnerJson,
        instructorJson: readFileSync(out("instructor.json"), "utf8"),
        files,
      };
    } else {
      // The log may quote hidden specs (a crash's stack): it stays in the job log, not the comment.
      const failure = failureCheckRun(`the grader exited with code ${code}`);
      outputs = { comment: commentBody(`${failure.summary}\n`, files), checkRun: failure, files };
    }
    writeOutputs(options.out, outputs);
    return { graded: report !== undefined, ...(report ? { report } : {}), files, log, work };
  } finally {
    rmSync(graderOut, { recursive: true, force: true });
    if (options.work === undefined) rmSync(work, { recursive: true, force: true });
  }
}
