import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Spec-side helpers for learner code that runs in the grader's sandbox (grader/sandbox/): each
 * call into it crosses a process boundary, which costs tens of microseconds. A spec that calls
 * a learner function in a loop of 100,000 draws should batch the loop instead.
 */

/**
 * The registered symbol under which the sandbox's proxies of functions offer a batched call:
 * `proxy[REPEAT](n, args)` (grader/sandbox/peer.ts).
 */
export const REPEAT = Symbol.for("course.sandbox.repeat");

/**
 * The registered symbol under which the sandbox's proxies offer a batch of calls with different
 * arguments: `proxy[EACH](method, argumentLists)` (method undefined for a function).
 */
export const EACH = Symbol.for("course.sandbox.each");

/**
 * `object[method](...args)` for each argument list in order, as an array of the results: for a
 * learner object behind the sandbox, one round trip (e.g. 100,000 `stats.push(x)`).
 */
export function callMethodEach<T extends object, K extends keyof T>(
  object: T,
  method: K,
  argumentLists: unknown[][],
): unknown[] {
  const batched = (object as unknown as Record<symbol, unknown>)[EACH];
  if (typeof batched === "function") return batched(method, argumentLists) as unknown[];
  const fn = object[method] as unknown as (...args: unknown[]) => unknown;
  return argumentLists.map((args) => fn.apply(object, args));
}

/**
 * `fn()` called `n` times in order, as an array. For a learner function behind the sandbox, the
 * n calls happen on its side in one round trip; for any other function it is a plain loop.
 */
export function callRepeatedly<T>(fn: () => T, n: number): T[] {
  const batched = (fn as unknown as Record<symbol, unknown>)[REPEAT];
  if (typeof batched === "function") return batched(n, []) as T[];
  return Array.from({ length: n }, () => fn());
}

/**
 * `tf.memory().numTensors` as it would be with learner code in this process: this process's
 * tensors plus those of the sandbox, where learner code runs, with each tensor that crossed the
 * boundary counted once. Without a sandbox, it is `tf.memory().numTensors`. Leak checks compare
 * it before and after learner calls.
 */
export function liveTensors(tf: { memory(): { numTensors: number } }): number {
  const sandbox = (globalThis as Record<symbol, unknown>)[Symbol.for("course.sandbox.tensors")] as
    | (() => number)
    | undefined;
  return tf.memory().numTensors + (sandbox?.() ?? 0);
}

/** The largest learner-written file a spec reads (charts and reports are far smaller). */
const LEARNER_FILE_LIMIT = 64 * 1024 * 1024;

/**
 * The bytes of a file learner code wrote (a path it returned, or one in a folder it filled), read
 * only when it is a regular file inside `folder` — the folder the spec told it to write to — with
 * no symbolic link on the way. Otherwise it throws, naming the path: learner code could return
 * or plant a path to a hidden spec or a golden file, whose text a failing assertion would print.
 */
export function readLearnerFile(file: unknown, folder: string): Buffer;
export function readLearnerFile(file: unknown, folder: string, encoding: "utf8"): string;
export function readLearnerFile(file: unknown, folder: string, encoding?: "utf8"): Buffer | string {
  if (typeof file !== "string") throw new Error(`expected the path of a written file, got ${typeof file}`);
  const root = path.resolve(folder);
  const target = path.resolve(file);
  const inside = path.relative(root, target);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside))
    // Not echoed: the path may name a file the learner must not learn about.
    throw new Error(`the path given is not inside ${folder}, where the file was to be written`);
  let at = root;
  for (const part of inside.split(path.sep)) {
    at = path.join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${file} does not exist`);
    if (stat.isSymbolicLink()) throw new Error(`${at} is a symbolic link: write a file there instead`);
    if (at === target && !stat.isFile()) throw new Error(`${file} is not a regular file`);
    if (at === target && stat.size > LEARNER_FILE_LIMIT)
      throw new Error(`${file} is larger than ${LEARNER_FILE_LIMIT} bytes`);
  }
  return encoding ? readFileSync(target, encoding) : readFileSync(target);
}
