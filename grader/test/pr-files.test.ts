/**
 * The two steps of the PR pipeline that decide what of a pull request reaches the grader: which
 * learner files are copied (and which refused), and an install that runs no script.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyLearnerFiles, MAX_LEARNER_FILE_BYTES } from "../pr/learner-files";
import { graderEnvironment } from "../pr/pipeline";
import { installDependencies, WorkspaceError } from "../pr/workspace";

let base: string;
let pr: string;
let work: string;
const STUB = "export const stub = true;\n";
const folder = "1.1-demo/01-ex";
const at = (root: string, file: string) => path.join(root, "exercises", folder, file);

function put(root: string, file: string, content: string | Buffer = "export const x = 1;\n"): void {
  mkdirSync(path.dirname(at(root, file)), { recursive: true });
  writeFileSync(at(root, file), content);
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), "course-pr-files-"));
  pr = path.join(base, "pr");
  work = path.join(base, "work");
  for (const f of ["a.ts", "b.ts", "c.ts"]) put(work, f, STUB);
  // A "solution" outside the PR that links would reach.
  mkdirSync(path.join(base, "solutions"));
  writeFileSync(path.join(base, "solutions", "a.ts"), "export const solved = true;\n");
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

const copy = (files: string[], maxBytes?: number) =>
  copyLearnerFiles([{ folder, files }], pr, work, maxBytes);

describe("copying a PR's learner files", () => {
  it("copies regular files, byte for byte, non-UTF-8 included", () => {
    const bytes = Buffer.from([0x65, 0x78, 0xff, 0xfe, 0x00, 0x0a]);
    put(pr, "a.ts", bytes);
    put(pr, "sub/b.ts", "export const b = 2;\n");
    const result = copy(["a.ts", "sub/b.ts"]);
    expect(result).toEqual({
      copied: [`exercises/${folder}/a.ts`, `exercises/${folder}/sub/b.ts`],
      refused: [],
      missing: [],
    });
    expect(readFileSync(at(work, "a.ts")).equals(bytes)).toBe(true);
    expect(readFileSync(at(work, "sub/b.ts"), "utf8")).toBe("export const b = 2;\n");
  });

  it("keeps the trusted stub of a file the PR does not have, and says so", () => {
    put(pr, "b.ts");
    const result = copy(["a.ts", "b.ts"]);
    expect(result.missing).toEqual([`exercises/${folder}/a.ts`]);
    expect(readFileSync(at(work, "a.ts"), "utf8")).toBe(STUB);
  });

  it("refuses links (to a file, in a folder on the way), folders, hard links, FIFOs, and reports each", () => {
    mkdirSync(path.dirname(at(pr, "a.ts")), { recursive: true });
    symlinkSync(path.join(base, "solutions", "a.ts"), at(pr, "a.ts"));
    symlinkSync("../../../../solutions/a.ts", at(pr, "b.ts"));
    mkdirSync(at(pr, "c.ts"));
    symlinkSync(path.join(base, "solutions"), at(pr, "linked"));
    linkSync(path.join(base, "solutions", "a.ts"), at(pr, "hard.ts"));
    execFileSync("mkfifo", [at(pr, "fifo.ts")]);
    const result = copy(["a.ts", "b.ts", "c.ts", "linked/a.ts", "hard.ts", "fifo.ts"]);
    expect(result.copied).toEqual([]);
    expect(result.refused).toEqual([
      { file: `exercises/${folder}/a.ts`, reason: "a symbolic link (only regular files are graded)" },
      { file: `exercises/${folder}/b.ts`, reason: "a symbolic link (only regular files are graded)" },
      { file: `exercises/${folder}/c.ts`, reason: "a directory, not a file" },
      { file: `exercises/${folder}/linked/a.ts`, reason: `exercises/${folder}/linked is a symbolic link` },
      { file: `exercises/${folder}/hard.ts`, reason: "a hard link (only plain files are graded)" },
      { file: `exercises/${folder}/fifo.ts`, reason: "not a regular file" },
    ]);
    for (const f of ["a.ts", "b.ts", "c.ts"]) expect(readFileSync(at(work, f), "utf8")).toBe(STUB);
    expect(existsSync(at(work, "linked"))).toBe(false);
  });

  it("refuses a PR whose exercise folder itself is a link", () => {
    mkdirSync(path.join(base, "elsewhere"));
    writeFileSync(path.join(base, "elsewhere", "a.ts"), "export const solved = true;\n");
    mkdirSync(path.join(pr, "exercises", "1.1-demo"), { recursive: true });
    symlinkSync(path.join(base, "elsewhere"), path.join(pr, "exercises", folder));
    expect(copy(["a.ts"]).refused).toEqual([
      { file: `exercises/${folder}/a.ts`, reason: `exercises/${folder} is a symbolic link` },
    ]);
  });

  it("refuses a file over the size limit, and takes one exactly at it", () => {
    put(pr, "a.ts", "x".repeat(11));
    put(pr, "b.ts", "x".repeat(10));
    const result = copy(["a.ts", "b.ts"], 10);
    expect(result.refused).toEqual([
      { file: `exercises/${folder}/a.ts`, reason: "11 bytes, over the limit of 10 bytes" },
    ]);
    expect(result.copied).toEqual([`exercises/${folder}/b.ts`]);
    expect(MAX_LEARNER_FILE_BYTES).toBe(1024 * 1024);
  });

  it("refuses manifest paths that leave the exercise folder, and never writes outside it", () => {
    put(pr, "a.ts");
    writeFileSync(path.join(pr, "exercises", "1.1-demo", "evil.ts"), "x");
    const result = copy(["../evil.ts", "/etc/passwd", "./a.ts", "a/../../evil.ts"]);
    expect(result.refused.map((r) => r.file)).toEqual([
      `exercises/${folder}/../evil.ts`,
      `exercises/${folder}//etc/passwd`,
      `exercises/${folder}/./a.ts`,
      `exercises/${folder}/a/../../evil.ts`,
    ]);
    expect(result.refused.every((r) => /exercise folder/.test(r.reason))).toBe(true);
    expect(existsSync(path.join(work, "exercises", "1.1-demo", "evil.ts"))).toBe(false);
  });
});

describe("installing the trusted lockfile", () => {
  // A package whose install scripts would leave a marker: `npm ci` runs them, the pipeline's not.
  const scripted = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    const mark = (name: string) => `node -e "require('fs').writeFileSync('${name}', '')"`;
    writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "t",
        version: "1.0.0",
        private: true,
        scripts: { prepare: mark("prepared"), postinstall: mark("postinstalled") },
      }),
    );
    writeFileSync(
      path.join(dir, "package-lock.json"),
      JSON.stringify({
        name: "t",
        version: "1.0.0",
        lockfileVersion: 3,
        requires: true,
        packages: { "": { name: "t", version: "1.0.0" } },
      }),
    );
    return dir;
  };

  it("runs no install script (while plain npm ci would)", () => {
    const control = scripted(path.join(base, "control"));
    execFileSync("npm", ["ci"], { cwd: control, stdio: "ignore" });
    expect(existsSync(path.join(control, "prepared"))).toBe(true);
    expect(existsSync(path.join(control, "postinstalled"))).toBe(true);

    const dir = scripted(path.join(base, "pipeline"));
    installDependencies(dir);
    expect(existsSync(path.join(dir, "prepared"))).toBe(false);
    expect(existsSync(path.join(dir, "postinstalled"))).toBe(false);
  }, 60_000);

  it("links a node_modules folder given to reuse, and refuses one that does not exist", () => {
    const dir = scripted(path.join(base, "reuse"));
    mkdirSync(path.join(base, "modules"));
    installDependencies(dir, path.join(base, "modules"));
    expect(existsSync(path.join(dir, "node_modules"))).toBe(true);
    expect(existsSync(path.join(dir, "prepared"))).toBe(false);
    expect(() => installDependencies(dir, path.join(base, "nope"))).toThrow(WorkspaceError);
  });
});

describe("the grader's environment", () => {
  it("holds no token or other secret of the job", () => {
    const env = graderEnvironment({
      PATH: "/bin",
      HOME: "/home/runner",
      GITHUB_TOKEN: "ghs_secret",
      ACTIONS_RUNTIME_TOKEN: "secret",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "secret",
      COURSE_TOKEN: "secret",
      COURSE_TARGET: "solutions",
      COURSE_DATA_MIRROR: "/mirror",
      COURSE_SANDBOX: "bwrap",
    });
    expect(env).toEqual({
      FORCE_COLOR: "0",
      PATH: "/bin",
      HOME: "/home/runner",
      COURSE_DATA_MIRROR: "/mirror",
      // The workflow insists on bubblewrap; the grader must see that setting.
      COURSE_SANDBOX: "bwrap",
    });
  });
});
