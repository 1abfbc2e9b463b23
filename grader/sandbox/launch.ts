/**
 * How the sandbox process is started. With Debian's `bubblewrap` (Linux), the learner's code
 * runs in its own user, PID, network, IPC and UTS namespaces:
 *   - it sees the system folders and the course read-only, except `solutions/` (hidden specs,
 *     goldens, solutions), `.git` and `.course/`, which are empty there; it writes only to a
 *     scratch folder that is deleted afterwards (the spec process's temporary folder too, so a
 *     spec can hand learner code a folder to write to) and to the learner's output folders
 *     `.course/plots` and `.course/reports` (charts and reports, which the grader never reads);
 *   - it has no network at all (its own empty loopback), so it reaches neither the internet nor
 *     the machine's Redis or Postgres; no host sockets are mounted;
 *   - it sees only its own processes, so it can signal neither the grader nor the spec process,
 *     and every process it starts dies with it (`--die-with-parent`, PID namespace);
 *   - its environment is rebuilt from a short allow-list: no tokens or other secrets.
 * Without bubblewrap (macOS, Windows, containers that forbid user namespaces), the fallback is
 * Node's permission model: file reads limited to the same folders, writes to the scratch
 * folder, no child processes. It does not cut the network or hide other processes; the
 * closing section of docs/grading.md says what that means. `COURSE_SANDBOX` picks one:
 * `bwrap`, `node`, or `auto` (the default: bwrap when it works here).
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultCacheDir, defaultMirror } from "../../datasets/paths";

export type Isolation = "bwrap" | "node";

export interface SandboxPlan {
  command: string;
  args: string[];
  env: Record<string, string>;
  isolation: Isolation;
}

export interface SandboxRequest {
  /** The course being graded (the repository, or a fixture course inside it). */
  root: string;
  /** "exercises" or "solutions": only the solutions target may see solutions/. */
  target: string;
  /** Holds the pipes to the spec process and the scratch folder; bound read-write. */
  socketDir: string;
  /** The only folder learner code may write to. */
  scratch: string;
}

/** Folders of the course where learner code writes what a learner opens: charts and reports. */
export const OUTPUT_FOLDERS = [".course/plots", ".course/reports"];

export class SandboxSetupError extends Error {
  override name = "SandboxSetupError";
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The repository that hosts the grader (its lib/ and node_modules serve fixture courses too). */
const REPO = path.resolve(HERE, "..", "..");
const BOOT = path.join(HERE, "boot.mjs");

/** Heap limit of the sandbox (MB); `COURSE_SANDBOX_MEMORY_MB` overrides it. */
const DEFAULT_MEMORY_MB = 6144;

let bwrapWorks: boolean | undefined;

/** Whether bubblewrap is installed and allowed to create namespaces here (checked once). */
export function bubblewrapAvailable(): boolean {
  bwrapWorks ??=
    spawnSync("bwrap", ["--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true"], {
      stdio: "ignore",
      timeout: 10_000,
    }).status === 0;
  return bwrapWorks;
}

export function chooseIsolation(setting = process.env.COURSE_SANDBOX ?? "auto"): Isolation {
  if (setting === "bwrap") {
    if (!bubblewrapAvailable())
      throw new SandboxSetupError(
        "COURSE_SANDBOX=bwrap, but bubblewrap is not installed or may not create namespaces here (apt-get install bubblewrap).",
      );
    return "bwrap";
  }
  if (setting === "node") return "node";
  if (setting === "auto") return bubblewrapAvailable() ? "bwrap" : "node";
  throw new SandboxSetupError(`COURSE_SANDBOX="${setting}": use auto, bwrap or node.`);
}

function memoryMb(): number {
  const value = Number(process.env.COURSE_SANDBOX_MEMORY_MB ?? DEFAULT_MEMORY_MB);
  if (!Number.isInteger(value) || value < 256)
    throw new SandboxSetupError(
      `COURSE_SANDBOX_MEMORY_MB must be an integer ≥ 256, got ${process.env.COURSE_SANDBOX_MEMORY_MB}`,
    );
  return value;
}

/** The dataset cache and mirror folder learner code may read, as the datasets layer finds them. */
function dataFolders(): { cache: string; mirror: string | undefined } {
  const mirror = defaultMirror();
  return { cache: defaultCacheDir(), mirror: mirror?.kind === "folder" ? mirror.path : undefined };
}

/** The environment of the sandbox: an allow-list, nothing inherited wholesale. */
function sandboxEnv(request: SandboxRequest): Record<string, string> {
  const { cache } = dataFolders();
  const env: Record<string, string> = {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: request.scratch,
    TMPDIR: request.scratch,
    FORCE_COLOR: "0",
    COURSE_DATA_DIR: cache,
    LANG: process.env.LANG ?? "C.UTF-8",
  };
  for (const name of ["COURSE_DATA_MIRROR", "COURSE_TF_BACKEND", "COURSE_TF_KERNELS", "TZ"])
    if (process.env[name]) env[name] = process.env[name] as string;
  return env;
}

function nodeArgs(request: SandboxRequest): string[] {
  return [
    `--max-old-space-size=${memoryMb()}`,
    "--enable-source-maps",
    BOOT,
    request.socketDir,
    request.root,
    request.target,
  ];
}

/** Mounts that recreate the system folders read-only (symlinks such as /bin → usr/bin kept as symlinks). */
function systemMounts(): string[] {
  const args: string[] = [];
  for (const dir of ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc", "/opt"]) {
    if (!existsSync(dir)) continue;
    if (lstatSync(dir).isSymbolicLink()) args.push("--symlink", readlinkSync(dir), dir);
    else args.push("--ro-bind", dir, dir);
  }
  const node = path.dirname(realpathSync(process.execPath));
  if (!["/usr", "/bin", "/opt"].some((d) => node.startsWith(`${d}/`))) args.push("--ro-bind", node, node);
  return args;
}

/** node_modules folders that are symlinks out of the course (a test's copy of it): their real place. */
function linkedModules(roots: string[]): string[] {
  const out: string[] = [];
  for (const r of roots) {
    const modules = path.join(r, "node_modules");
    if (!existsSync(modules)) continue;
    const real = realpathSync(modules);
    if (!roots.some((root) => real === path.join(root, "node_modules"))) out.push(real);
  }
  return out;
}

export function sandboxCommand(
  request: SandboxRequest,
  isolation: Isolation = chooseIsolation(),
): SandboxPlan {
  const env = sandboxEnv(request);
  const { cache, mirror } = dataFolders();
  const roots = [...new Set([REPO, request.root])];
  const secret = request.target === "solutions" ? [] : roots.map((r) => path.join(r, "solutions"));
  const hidden = [...secret, ...roots.flatMap((r) => [path.join(r, ".git"), path.join(r, ".course")])];
  const outputs = OUTPUT_FOLDERS.map((f) => path.join(request.root, f));
  for (const dir of outputs) mkdirSync(dir, { recursive: true });
  if (isolation === "bwrap") {
    const args = ["--die-with-parent", "--new-session", "--unshare-all", ...systemMounts()];
    args.push("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp");
    for (const r of roots) args.push("--ro-bind", r, r);
    for (const m of linkedModules(roots)) args.push("--ro-bind", m, m);
    for (const h of hidden) if (existsSync(h)) args.push("--tmpfs", h);
    for (const dir of outputs) args.push("--bind", dir, dir);
    if (existsSync(cache) && !roots.some((r) => cache.startsWith(`${r}/`)))
      args.push("--ro-bind", cache, cache);
    if (mirror && existsSync(mirror)) args.push("--ro-bind", mirror, mirror);
    args.push("--bind", request.socketDir, request.socketDir, "--chdir", request.root, "--clearenv");
    for (const [k, v] of Object.entries(env)) args.push("--setenv", k, v);
    args.push("--", process.execPath, ...nodeArgs(request));
    return { command: "bwrap", args, env: {}, isolation };
  }
  // Node's permission model: an allow-list of readable folders, one writable one.
  const readable = [
    ...roots.flatMap((r) =>
      ["exercises", "lib", "datasets", "grader", "node_modules"].map((d) => path.join(r, d)),
    ),
    ...roots.map((r) => path.join(r, "package.json")),
    ...(request.target === "solutions" ? roots.map((r) => path.join(r, "solutions")) : []),
    ...linkedModules(roots),
    cache,
    ...(mirror ? [mirror] : []),
    request.socketDir,
  ];
  const args = [
    "--experimental-permission",
    ...readable.map((p) => `--allow-fs-read=${p}`),
    `--allow-fs-write=${request.socketDir}`,
    ...outputs.map((dir) => `--allow-fs-write=${dir}`),
    // The relay thread is a worker; sharp and resvg are native addons.
    "--allow-worker",
    "--allow-addons",
    "--disable-warning=ExperimentalWarning",
    "--disable-warning=SecurityWarning",
    ...nodeArgs(request),
  ];
  return { command: process.execPath, args, env, isolation };
}
