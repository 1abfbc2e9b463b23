/**
 * `npm run release -- <dir> [--with-solutions <filter>]` — writes the student repository: this
 * course without `solutions/` (solutions, hidden specs, mutants, golden data) and without the
 * maintainer tooling that needs it, with a student README and package scripts.
 *
 * `--with-solutions 5.1` (a section, an id or a path, as for `npm run grade`) also publishes the
 * solutions of those exercises after their deadline — the learner files only, never the hidden
 * specs or mutants — together with the solutions of the earlier exercises they import.
 *
 * The student repository's only workflow is `.github/workflows/autograde.yml`, written from
 * grader/pr/student-workflow.yml: it calls this repository's grade-pr.yml, so that a student's
 * pull request is graded by the course's grader and hidden specs (docs/grading.md). This
 * repository's own workflows (CI, the PR pipeline) stay here.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { discoverExercises, type Exercise, selectExercises } from "./exercises";
import { courseLayout, ROOT } from "./targets";

/** Tracked files a student copy leaves out: instructor material and maintainer tooling. */
const LEFT_OUT = [
  /^solutions\//,
  /^grader\/test\//,
  /^grader\/(verify|checks|release|docs|curriculum)\.ts$/,
  /^\.changeset\//,
  /^\.github\/workflows\//,
  /^grader\/pr\//,
  /^docs\/(instructor-guide|adding-an-exercise)\.md$/,
];

/** Package scripts that only make sense with `solutions/` or for maintainers. */
const MAINTAINER_SCRIPTS = [
  "verify",
  "grade:pr",
  "docs",
  "release",
  "changeset",
  "version",
  "test:infra",
  "datasets:cards",
];

export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/** The student workflow template, and the name it stands for the course repository by. */
const STUDENT_WORKFLOW = "grader/pr/student-workflow.yml";
const COURSE_REPOSITORY = "__COURSE_REPOSITORY__";
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** `owner/name` of the GitHub repository `origin` points at, if it does. */
function originRepository(root: string): string | undefined {
  try {
    const url = execFileSync("git", ["remote", "get-url", "origin"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return /github\.com[:/]([^/]+\/[^/]+?)(\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The student's `.github/workflows/autograde.yml`: the template with the course repository
 * filled in (given, or this checkout's GitHub origin); the placeholder stays when neither is
 * known, and `release` says so.
 */
export function studentWorkflow(root: string, courseRepository?: string): string {
  const repository = courseRepository ?? originRepository(root);
  if (repository !== undefined && !REPOSITORY.test(repository))
    throw new ReleaseError(`--course-repository must be owner/name, got "${repository}"`);
  const template = readFileSync(path.join(root, STUDENT_WORKFLOW), "utf8");
  return repository === undefined ? template : template.replaceAll(COURSE_REPOSITORY, repository);
}

function trackedFiles(root: string): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
}

/**
 * The exercises whose solutions a `--with-solutions` release publishes: the selection plus,
 * transitively, every exercise whose folder a selected solution imports (`../01-preprocessing/…`).
 */
export function solutionClosure(root: string, all: Exercise[], chosen: Exercise[]): Exercise[] {
  const layout = courseLayout(root);
  const byFolder = new Map(all.map((e) => [e.folder, e]));
  const out = new Map<string, Exercise>();
  const visit = (e: Exercise) => {
    if (out.has(e.folder)) return;
    out.set(e.folder, e);
    for (const file of e.manifest.learnerFiles) {
      const source = readFileSync(path.join(layout.solutions, e.folder, file), "utf8");
      for (const m of source.matchAll(/from\s+["']([^"']+)["']/g)) {
        const spec = m[1] ?? "";
        const target = spec.startsWith("@exercise/")
          ? spec.slice("@exercise/".length)
          : spec.startsWith(".")
            ? path.posix.relative(layout.solutions, path.resolve(layout.solutions, e.folder, spec))
            : undefined;
        const folder = target?.split("/").slice(0, 2).join("/");
        const dep = folder === undefined ? undefined : byFolder.get(folder);
        if (dep) visit(dep);
      }
    }
  };
  chosen.forEach(visit);
  return [...out.values()];
}

const studentReadme = (readme: string) => {
  const start = readme.indexOf("## The two commands");
  const end = readme.indexOf("\n## ", start + 1);
  if (start < 0 || end < 0) throw new ReleaseError("README.md has no '## The two commands' section");
  return `${readme.slice(0, start)}## The two commands

On a fresh machine with Node ≥ 20.19:

\`\`\`sh
npm ci && npm run grade     # your progress report (public specs; the official grade adds hidden specs in CI)
npm test                    # run every exercise's public specs
\`\`\`

This is the student copy of the course: the reference solutions, hidden specs and known-wrong
"mutants" stay with your instructor. \`npm run grade\` here is unofficial: it runs the public specs
only. Your pull request is graded by the course's CI with the hidden specs as well.
${readme.slice(end)}`;
};

export interface ReleaseOptions {
  root?: string;
  /** Publish the solutions of these exercises (and of the exercises they import). */
  withSolutions?: string;
  /** `owner/name` of the course repository whose grade-pr.yml the student workflow calls. */
  courseRepository?: string;
}

/** Writes the student repository to `dir` (which must be empty or absent); returns its files. */
export function release(dir: string, options: ReleaseOptions = {}): string[] {
  const root = options.root ?? ROOT;
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new ReleaseError(`${dir} is not empty`);
  const written: string[] = [];
  const write = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
    written.push(rel);
  };
  for (const rel of trackedFiles(root)) {
    if (LEFT_OUT.some((re) => re.test(rel)) || !existsSync(path.join(root, rel))) continue;
    if (rel === "README.md") write(rel, studentReadme(readFileSync(path.join(root, rel), "utf8")));
    else if (rel === "package.json") {
      const pkg = JSON.parse(readFileSync(path.join(root, rel), "utf8")) as {
        scripts: Record<string, string>;
      };
      for (const name of Object.keys(pkg.scripts)) {
        if (MAINTAINER_SCRIPTS.includes(name) || pkg.scripts[name]?.includes("solutions/"))
          delete pkg.scripts[name];
      }
      pkg.scripts.typecheck = "tsc --noEmit -p tsconfig.json && tsc --noEmit -p exercises";
      write(rel, `${JSON.stringify(pkg, null, 2)}\n`);
    } else {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      copyFileSync(path.join(root, rel), path.join(dir, rel));
      written.push(rel);
    }
  }
  write(".github/workflows/autograde.yml", studentWorkflow(root, options.courseRepository));
  if (options.withSolutions) {
    const all = discoverExercises(root);
    const layout = courseLayout(root);
    for (const e of solutionClosure(root, all, selectExercises(all, options.withSolutions))) {
      for (const file of e.manifest.learnerFiles) {
        const rel = path.posix.join("solutions", e.folder, file);
        write(rel, readFileSync(path.join(layout.solutions, e.folder, file)));
      }
    }
    write("solutions/tsconfig.json", readFileSync(path.join(layout.solutions, "tsconfig.json")));
  }
  return written.sort();
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "with-solutions": { type: "string" },
      "course-repository": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(`Usage: npm run release -- <dir> [--with-solutions <section|id>] [--course-repository <owner/name>]

Writes the student repository to <dir>: the course without solutions/ (solutions, hidden specs,
mutants, golden data) and without maintainer tooling. --with-solutions also publishes the
solutions of those exercises and of the earlier exercises they import. Its workflow
(.github/workflows/autograde.yml) calls the course repository's grade-pr.yml: give
--course-repository when this checkout's origin is not that GitHub repository.`);
    return values.help ? 0 : 2;
  }
  const dir = path.resolve(positionals[0] as string);
  const options: ReleaseOptions = {};
  if (values["with-solutions"]) options.withSolutions = values["with-solutions"];
  if (values["course-repository"]) options.courseRepository = values["course-repository"];
  const files = release(dir, options);
  console.log(`Wrote the student repository to ${dir} (${files.length} files).`);
  if (readFileSync(path.join(dir, ".github/workflows/autograde.yml"), "utf8").includes(COURSE_REPOSITORY))
    console.log(
      `Edit .github/workflows/autograde.yml there: replace ${COURSE_REPOSITORY} with the course repository (owner/name), or release again with --course-repository.`,
    );
  console.log("Next: cd there, git init, commit, and push it as the course's template repository.");
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    process.exit(main());
  } catch (error) {
    console.error(error instanceof ReleaseError ? error.message : error);
    process.exit(error instanceof ReleaseError ? 2 : 1);
  }
}
