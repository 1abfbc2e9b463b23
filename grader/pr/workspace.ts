/**
 * The work folder a pull request is graded in: a copy of the trusted tree (the instructor's
 * grader, specs, hidden specs, manifests, lockfile and configs), with its own dependencies.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";

export class WorkspaceError extends Error {
  override name = "WorkspaceError";
}

/**
 * Left out of the copy of a trusted checkout: git's own data, installed packages (installed
 * afresh, below), and local state — progress and downloaded datasets (COURSE_DATA_MIRROR serves
 * those).
 */
const NOT_COPIED = new Set([".git", "node_modules", ".course", ".cache"]);

/**
 * Fills `work` with the trusted tree: the files of commit `ref` of the git repository at
 * `trusted` when a ref is given (exactly what was committed, nothing a build left behind),
 * else the folder as it is.
 */
export function copyTrustedTree(trusted: string, work: string, ref?: string): void {
  if (ref === undefined) {
    for (const name of readdirSync(trusted)) {
      if (NOT_COPIED.has(name)) continue;
      cpSync(path.join(trusted, name), path.join(work, name), { recursive: true, verbatimSymlinks: true });
    }
    return;
  }
  const archive = spawnSync("git", ["-C", trusted, "archive", "--format=tar", ref], {
    maxBuffer: 1024 ** 3,
  });
  if (archive.status !== 0)
    throw new WorkspaceError(`git archive ${ref} in ${trusted} failed: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync("tar", ["-x", "-C", work], { input: archive.stdout });
  if (untar.status !== 0) throw new WorkspaceError(`tar failed: ${untar.stderr.toString().trim()}`);
}

/**
 * Installs the trusted lockfile's packages into `work`. `--ignore-scripts`: no package's (and no
 * package.json's) install script runs, so installing executes nothing but npm itself. With
 * `reuse` (a node_modules folder installed from the same lockfile, e.g. the trusted checkout's
 * own), links it instead, which saves the install when the job has already done it once.
 */
export function installDependencies(work: string, reuse?: string): void {
  if (reuse !== undefined) {
    if (!existsSync(reuse) || !statSync(reuse).isDirectory())
      throw new WorkspaceError(`--node-modules ${reuse} is not a folder`);
    symlinkSync(path.resolve(reuse), path.join(work, "node_modules"), "dir");
    return;
  }
  const run = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: work,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0)
    throw new WorkspaceError(`npm ci --ignore-scripts failed:\n${(run.stderr || run.stdout).trim()}`);
}
