/**
 * The trusted PR pipeline end to end, with two local git repositories: an instructor repository
 * (this repository's grader, runtime and configs, with three exercises of the fixture course as
 * its course) and the student repository `npm run release` makes of it. Pull requests are
 * branches pushed to them and checked out afresh, as CI checks out a PR head; each is graded
 * with `grade:pr` and must get exactly its honest score, whatever else it changed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradePullRequest } from "../pr/pipeline";
import { COMMENT_MARKER, OUTPUT_FILES } from "../pr/results";
import { release } from "../release";
import type { CourseReport } from "../report/report";
import { ROOT } from "../targets";
import { runClassroomReporter } from "./classroom-reporter";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "course");
const SECTION = "1.1-demo";
/** Passing (4 points), partial (2 of 3, a hidden test failing) and a stub (0 of 3). */
const EXERCISES = ["01-pass", "02-fail", "03-not-started"];
const SOLVED = readFileSync(path.join(FIXTURE, "solutions", SECTION, "01-pass", "add.ts"), "utf8");
const learnerFile = (dir: string, exercise: string) =>
  path.join(dir, "exercises", SECTION, exercise, "add.ts");

let base: string;
let instructor: string;
let student: string;
let marker: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "course",
      GIT_AUTHOR_EMAIL: "course@example.test",
      GIT_COMMITTER_NAME: "course",
      GIT_COMMITTER_EMAIL: "course@example.test",
    },
  });
}

function commitAll(dir: string, message: string): void {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--no-verify", "-m", message);
}

/**
 * What a course repository has around its exercises, taken from this repository's last commit:
 * an instructor repository is a committed tree, and work in progress elsewhere in the checkout
 * must not decide this test.
 */
const RUNTIME = ["grader", "lib", "datasets", ".github/workflows", "package.json", "package-lock.json"];
const CONFIGS = ["tsconfig.json", ".npmrc", "README.md"];

/** The fixture course sits four folders below a course root, and its imports say so. */
const relocate = (text: string) => text.replaceAll('"../../../../../../../lib/', '"../../../lib/');

function buildInstructor(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync("git", ["archive", "--format=tar", "HEAD", ...RUNTIME, ...CONFIGS], {
    cwd: ROOT,
    maxBuffer: 1024 ** 3,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  rmSync(path.join(dir, "grader", "test"), { recursive: true });
  for (const kind of ["exercises", "solutions"]) {
    for (const exercise of EXERCISES) {
      const from = path.join(FIXTURE, kind, SECTION, exercise);
      if (!existsSync(from)) continue;
      const to = path.join(dir, kind, SECTION, exercise);
      cpSync(from, to, { recursive: true });
      for (const file of readdirSync(to, { recursive: true, encoding: "utf8" }).filter((f) =>
        f.endsWith(".ts"),
      ))
        writeFileSync(path.join(to, file), relocate(readFileSync(path.join(to, file), "utf8")));
    }
  }
  const config = readFileSync(path.join(FIXTURE, "vitest.config.ts"), "utf8");
  const own = config.replace('"../../../projects.ts"', '"./grader/projects.ts"');
  expect(own).not.toBe(config);
  writeFileSync(path.join(dir, "vitest.config.ts"), own);
  git(dir, "init", "-q", "-b", "main");
  commitAll(dir, "the course");
}

/**
 * A pull request to `repo`: a branch made in a clone by `edit`, pushed, and checked out afresh
 * (what the grading job sees of a PR head). Returns that checkout.
 */
function pullRequest(repo: string, branch: string, edit: (dir: string) => void): string {
  const clone = path.join(base, `edit-${branch}`);
  git(base, "clone", "-q", repo, clone);
  git(clone, "checkout", "-q", "-b", branch);
  edit(clone);
  commitAll(clone, branch);
  git(clone, "push", "-q", "origin", branch);
  const head = path.join(base, `head-${branch}`);
  git(base, "clone", "-q", "--branch", branch, repo, head);
  return head;
}

interface Graded {
  report: CourseReport;
  out: string;
  work: string;
  read: (file: string) => string;
}

async function grade(name: string, pr: string): Promise<Graded> {
  const out = path.join(base, `out-${name}`);
  const work = path.join(base, `work-${name}`);
  const result = await gradePullRequest({
    trusted: instructor,
    pr,
    out,
    work,
    nodeModules: path.join(ROOT, "node_modules"),
  });
  expect(result.graded, result.log).toBe(true);
  return {
    report: result.report as CourseReport,
    out,
    work,
    read: (f) => readFileSync(path.join(out, f), "utf8"),
  };
}

/** Exercise id → [score, max]: the honest score of a PR is exactly this, nothing else. */
const scores = (report: CourseReport) =>
  Object.fromEntries(report.exercises.map((e) => [e.id, [e.score, e.max_score]]));
/** Why a run scored what it did, for the message of a failed expectation. */
const why = (report: CourseReport) =>
  JSON.stringify(report.exercises.map((e) => [e.id, e.problems, e.tests.map((t) => t.message)]));
const STUB_SCORES = { "1.1.1": [4, 4], "1.1.2": [2, 3], "1.1.3": [0, 3] };
const SOLVED_SCORES = { ...STUB_SCORES, "1.1.3": [3, 3] };

const refusedFiles = (g: Graded) =>
  (JSON.parse(g.read(OUTPUT_FILES.files)) as { refused: { file: string; reason: string }[] }).refused;

/** The files of the trusted tree a PR may not change: the grading ran with exactly these. */
function expectTrustedFiles(work: string, files: string[]): void {
  for (const f of files) {
    expect(existsSync(path.join(work, f)), f).toBe(true);
    expect(readFileSync(path.join(work, f), "utf8"), f).toBe(readFileSync(path.join(instructor, f), "utf8"));
  }
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "course-pr-"));
  marker = path.join(base, "install-script-ran");
  instructor = path.join(base, "instructor");
  student = path.join(base, "student");
  buildInstructor(instructor);
  release(student, { root: instructor, courseRepository: "teacher/course" });
  git(student, "init", "-q", "-b", "main");
  commitAll(student, "the student repository");
}, 60_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("a clean pull request", () => {
  it("gets its honest score, through the command line, with every output", () => {
    const pr = pullRequest(student, "clean", (dir) =>
      writeFileSync(learnerFile(dir, "03-not-started"), SOLVED),
    );
    const out = path.join(base, "out-clean");
    const run = spawnSync(
      "npx",
      [
        ...["tsx", "grader/pr/cli.ts", "--trusted", instructor, "--trusted-ref", "main"],
        ...["--pr", pr, "--out", out, "--node-modules", path.join(ROOT, "node_modules")],
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const read = (f: string) => readFileSync(path.join(out, f), "utf8");
    const report = JSON.parse(read(OUTPUT_FILES.learnerJson)) as CourseReport;
    expect(scores(report), why(report)).toEqual(SOLVED_SCORES);
    expect(report.points_line).toBe("Points 9/10");
    expect(run.stdout).toContain("Learner files: 3 copied from the PR, 0 refused, 0 not in the PR.");

    const comment = read(OUTPUT_FILES.comment);
    expect(comment.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(comment).toContain("Points 9/10");
    expect(comment).not.toContain("Files not graded");
    // Hidden failures redacted; the instructor report keeps them.
    expect(comment).toContain("hidden test 1 of task 2 (hidden test)");
    for (const text of [comment, read(OUTPUT_FILES.learnerJson), read(OUTPUT_FILES.classroomJson)])
      expect(text).not.toContain("SECRET-INPUT");
    expect(read(OUTPUT_FILES.instructorJson)).toContain("SECRET-INPUT");

    expect(JSON.parse(read(OUTPUT_FILES.checkRun))).toMatchObject({
      conclusion: "failure",
      title: "Points 9/10",
    });
    const env = read(OUTPUT_FILES.classroomEnv);
    expect(env).toMatch(/^COURSE_RESULTS=[A-Za-z0-9+/=]+\n$/);
    const reporter = runClassroomReporter({ COURSE_RESULTS: env.slice("COURSE_RESULTS=".length).trim() });
    expect([reporter.points, reporter.max], reporter.output).toEqual([9, 10]);
  }, 120_000);
});

describe("a malicious pull request", () => {
  it("that edits manifests, a spec, the grader, the workflow and package.json gets the clean PR's score", async () => {
    const pr = pullRequest(student, "repo-attacks", (dir) => {
      writeFileSync(learnerFile(dir, "03-not-started"), SOLVED);
      const ex = (e: string, f: string) => path.join(dir, "exercises", SECTION, e, f);
      const manifest = JSON.parse(readFileSync(ex("01-pass", "exercise.json"), "utf8"));
      manifest.tasks[0].points = 1000;
      manifest.metrics[0].min = 0;
      writeFileSync(ex("01-pass", "exercise.json"), JSON.stringify(manifest));
      rmSync(ex("02-fail", "exercise.json"));
      // The wrong sum returns the length: make its public spec expect that.
      const spec = readFileSync(ex("02-fail", "add.spec.ts"), "utf8");
      writeFileSync(ex("02-fail", "add.spec.ts"), spec.replace("toBe(6)", "toBe(3)"));
      const score = readFileSync(path.join(dir, "grader", "score.ts"), "utf8");
      const rigged = score.replace('passedTest: t.state === "passed"', "passedTest: true");
      expect(rigged).not.toBe(score);
      writeFileSync(path.join(dir, "grader", "score.ts"), rigged);
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
      const mark = `node -e "require('fs').writeFileSync(${JSON.stringify(marker)}, '')"`;
      pkg.scripts = { ...pkg.scripts, grade: "echo Points 1000/1000", prepare: mark, postinstall: mark };
      writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
      writeFileSync(
        path.join(dir, ".github", "workflows", "autograde.yml"),
        "on: pull_request\njobs:\n  grade:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo Points 1000/1000\n",
      );
    });
    const g = await grade("repo-attacks", pr);
    expect(scores(g.report), why(g.report)).toEqual(SOLVED_SCORES);
    expect(g.report.points_line).toBe("Points 9/10");
    expect(refusedFiles(g)).toEqual([]);
    expectTrustedFiles(g.work, [
      "package.json",
      "grader/score.ts",
      ".github/workflows/autograde.yml",
      `exercises/${SECTION}/01-pass/exercise.json`,
      `exercises/${SECTION}/02-fail/exercise.json`,
      `exercises/${SECTION}/02-fail/add.spec.ts`,
    ]);
    expect(existsSync(marker)).toBe(false);
  }, 120_000);

  it("with a linked, an oversized and a folder learner file gets the stubs' score and lists them", async () => {
    const pr = pullRequest(student, "file-attacks", (dir) => {
      // Relative, so that it would reach the solution inside the work folder if copied as a link.
      rmSync(learnerFile(dir, "03-not-started"));
      symlinkSync(`../../../solutions/${SECTION}/01-pass/add.ts`, learnerFile(dir, "03-not-started"));
      writeFileSync(learnerFile(dir, "02-fail"), `${SOLVED}//${"x".repeat(1024 * 1024)}\n`);
      rmSync(learnerFile(dir, "01-pass"));
      mkdirSync(learnerFile(dir, "01-pass"));
      writeFileSync(path.join(learnerFile(dir, "01-pass"), "index.ts"), SOLVED);
    });
    const g = await grade("file-attacks", pr);
    expect(scores(g.report), why(g.report)).toEqual(STUB_SCORES);
    expect(g.report.points_line).toBe("Points 6/10");
    const at = (e: string) => `exercises/${SECTION}/${e}/add.ts`;
    expect(refusedFiles(g)).toEqual([
      { file: at("01-pass"), reason: "a directory, not a file" },
      {
        file: at("02-fail"),
        reason: `${SOLVED.length + 2 + 1024 * 1024 + 1} bytes, over the limit of 1048576 bytes`,
      },
      { file: at("03-not-started"), reason: "a symbolic link (only regular files are graded)" },
    ]);
    const comment = g.read(OUTPUT_FILES.comment);
    expect(comment).toContain("### Files not graded");
    expect(comment).toContain(
      "- exercises/1.1-demo/03-not-started/add.ts: a symbolic link \\(only regular files are graded\\)",
    );
    expect(JSON.parse(g.read(OUTPUT_FILES.checkRun)).title).toBe("Points 6/10 (3 file(s) not graded)");
    for (const e of EXERCISES) expectTrustedFiles(g.work, [at(e)]);
  }, 120_000);

  it("to the instructor repository that deletes hidden specs and rigs the grader gets its honest score", async () => {
    const pr = pullRequest(instructor, "delete-hidden", (dir) => {
      // Passes the public spec by hard-coding its answer; the hidden spec catches that.
      writeFileSync(
        learnerFile(dir, "02-fail"),
        `${SOLVED.split("export function sum")[0]}export function sum(xs: number[]): number {\n  return xs.length === 3 && xs[0] === 1 ? 6 : xs.length;\n}\n`,
      );
      for (const e of EXERCISES)
        rmSync(path.join(dir, "solutions", SECTION, e, "hidden"), { recursive: true, force: true });
      const score = readFileSync(path.join(dir, "grader", "score.ts"), "utf8");
      writeFileSync(
        path.join(dir, "grader", "score.ts"),
        score.replace('passedTest: t.state === "passed"', "passedTest: true"),
      );
    });
    expect(existsSync(path.join(pr, "solutions", SECTION, "02-fail", "hidden"))).toBe(false);
    const g = await grade("delete-hidden", pr);
    // Task 2 of 1.1.2: the public test passes, the hidden one fails: half of its point.
    expect(scores(g.report), why(g.report)).toEqual({ ...STUB_SCORES, "1.1.2": [2.5, 3] });
    expect(g.report.points_line).toBe("Points 6.5/10");
    expectTrustedFiles(g.work, ["grader/score.ts", `solutions/${SECTION}/02-fail/hidden/add.hidden.spec.ts`]);
  }, 120_000);
});

describe("bad input", () => {
  const cli = (...args: string[]) =>
    spawnSync("npx", ["tsx", "grader/pr/cli.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0" },
    });

  it("shows the help", () => {
    const run = cli("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: npm run grade:pr -- --trusted <dir> --pr <dir> --out <dir>");
    expect(run.stdout).toContain("--node-modules <dir>");
  }, 30_000);

  it("refuses a filter that names no exercise of the trusted course", () => {
    const run = cli(
      "--trusted",
      instructor,
      "--pr",
      student,
      "--out",
      path.join(base, "out-filter"),
      "--filter",
      "9.9",
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No exercise matches "9.9". Sections: 1.1-demo');
  }, 30_000);

  it.each([
    [[], "--trusted <dir> is required"],
    [["--trusted", "."], "--pr <dir> is required"],
    [
      ["--trusted", ".", "--pr", "/nonexistent/pr", "--out", "/tmp/x"],
      "--pr /nonexistent/pr is not a folder",
    ],
    [["--trusted", "/", "--pr", ".", "--out", "/tmp/x"], "is not a course checkout: it has no package.json"],
    [["--bogus"], "Unknown option '--bogus'"],
  ])(
    "refuses %j with a clear message and a pointer to --help",
    (args, message) => {
      const run = cli(...(args as string[]));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain("npm run grade:pr -- --help");
    },
    30_000,
  );
});
