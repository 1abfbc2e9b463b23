/**
 * How a finished Vitest test case counts for the course, shared by the grader's reporter and
 * the learner summary of `npm test`.
 */
import type { SerializedError, TestCase } from "vitest/node";

export interface TestOutcome {
  state: "passed" | "failed" | "skipped" | "pending";
  errors: SerializedError[];
  /** True when the errors came from a hook of an enclosing suite or of the file. */
  fromHook: boolean;
}

/** Errors of the suites (and the file) around a test: a failed `beforeAll` lands there. */
function enclosingErrors(test: TestCase): SerializedError[] {
  const errors: SerializedError[] = [];
  for (let node = test.parent; ; node = node.parent) {
    errors.push(...node.errors());
    if (node.type === "module") return errors;
  }
}

/**
 * The test's result, except that a test Vitest skipped because a `beforeAll` around it threw
 * did not choose to be skipped: it failed with that hook's error (often a NotImplemented from
 * a stub, which must read "not started").
 */
export function testOutcome(test: TestCase): TestOutcome {
  const result = test.result();
  const errors = [...(result.errors ?? [])];
  if (result.state === "skipped" && test.options.mode === "run") {
    const hookErrors = enclosingErrors(test);
    if (hookErrors.length > 0) return { state: "failed", errors: hookErrors, fromHook: true };
  }
  return { state: result.state, errors, fromHook: false };
}

/** The name of the top-level `describe` a test sits in ("2. Cache-friendly loops"), if any. */
export function topDescribe(test: TestCase): string | undefined {
  let node: TestCase | TestCase["parent"] = test;
  while (node.parent.type !== "module") node = node.parent;
  return node === test ? undefined : node.name;
}
