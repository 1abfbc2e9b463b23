/**
 * The spec side of the sandbox: the process that runs learner code, started on the first import
 * of a learner module (see the target plugin, grader/targets.ts) and ended with the spec
 * process. What a spec imports from a learner file is a namespace of proxies into it
 * (grader/sandbox/peer.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILTIN, COURSE_ERRORS, courseCodecs } from "./course";
import { chooseIsolation, type Isolation, sandboxCommand } from "./launch";
import { Peer, SandboxError } from "./peer";

/** What learner code prints is passed on, up to this much per sandbox. */
const OUTPUT_LIMIT = 1 << 20;
/** Starting node and tsx takes about a second; a sandbox that takes this long is broken. */
const START_TIMEOUT_MS = 60_000;

export interface Sandbox {
  /** `import(file)` in the sandbox: the module's exports, as proxies. */
  import(file: string): Promise<Record<string, unknown>>;
  /** Ends the sandbox process and everything it started, and deletes its folder. */
  stop(): void;
  readonly isolation: Isolation;
  /** Holds the pipes and the scratch folder (the only place learner code may write). */
  readonly dir: string;
}

export interface SandboxOptions {
  root: string;
  target: string;
  isolation?: Isolation;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const isolation = options.isolation ?? chooseIsolation();
  const dir = mkdtempSync(path.join(os.tmpdir(), "course-sandbox-"));
  const scratch = path.join(dir, "scratch");
  mkdirSync(scratch);
  const made = spawnSync("mkfifo", [path.join(dir, "to-sandbox"), path.join(dir, "from-sandbox")], {
    encoding: "utf8",
  });
  if (made.status !== 0)
    throw new SandboxError(
      `Could not create the sandbox's pipes with mkfifo: ${made.error?.message ?? made.stderr}`,
    );
  const peer = Peer.open(dir, "spec", { errors: COURSE_ERRORS, codecs: courseCodecs("spec") });
  const plan = sandboxCommand(
    { root: options.root, target: options.target, socketDir: dir, scratch },
    isolation,
  );
  const child = spawn(plan.command, plan.args, {
    cwd: options.root,
    env: plan.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = 0;
  let stderr = "";
  const pass = (stream: "log" | "error") => (chunk: Buffer) => {
    const text = chunk.toString();
    if (stream === "error" && stderr.length < 4000) stderr += text;
    if (printed > OUTPUT_LIMIT) return;
    printed += text.length;
    console[stream](text.replace(/\n$/, ""));
  };
  child.stdout?.on("data", pass("log"));
  child.stderr?.on("data", pass("error"));
  const stop = () => {
    child.kill("SIGKILL");
    peer.close();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new SandboxError(`Could not start the sandbox (${plan.command}): ${error.message}`)),
    );
    child.once("exit", (code, signal) =>
      reject(
        new SandboxError(
          `The sandbox exited before connecting (code ${code}, signal ${signal}): ${stderr.trim().slice(-2000)}`,
        ),
      ),
    );
  });
  exited.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SandboxError(`The sandbox did not connect within ${START_TIMEOUT_MS / 1000} s.`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([peer.connected(), exited, timeout]);
  } catch (error) {
    stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  child.unref();
  for (const stream of [child.stdout, child.stderr])
    (stream as unknown as { unref?(): void } | null)?.unref?.();
  return {
    import: (file) => peer.importModule(file),
    stop,
    isolation,
    dir,
  };
}

let shared: Promise<Sandbox> | undefined;
let tfLoaded: Promise<unknown> | undefined;

/** Where lib/testing's `liveTensors` finds the sandbox's tensor count. */
export const SANDBOX_TENSORS = Symbol.for("course.sandbox.tensors");

export interface SandboxNeeds {
  /** The exercise sends TF.js tensors or models across: load lib/tf in the sandbox first. */
  tf?: boolean;
}

/**
 * The learner module `file` (absolute), imported in this process's sandbox (started on first
 * use, before the spec's own code runs). The spec process's temporary folder moves into the
 * sandbox's scratch folder, so that a folder a spec makes with `mkdtemp(os.tmpdir())` for
 * learner code to write to is one that learner code can write to.
 */
export async function sandboxImport(
  file: string,
  root: string,
  target: string,
  needs: SandboxNeeds = {},
): Promise<Record<string, unknown>> {
  shared ??= startSandbox({ root, target }).then(async (sandbox) => {
    process.env.TMPDIR = path.join(sandbox.dir, "scratch");
    const { sandboxTensors } = await sandbox.import(BUILTIN.tensors);
    (globalThis as Record<symbol, unknown>)[SANDBOX_TENSORS] = sandboxTensors;
    return sandbox;
  });
  const sandbox = await shared;
  if (needs.tf) {
    tfLoaded ??= sandbox.import(BUILTIN.tf);
    await tfLoaded;
  }
  return sandbox.import(file);
}
