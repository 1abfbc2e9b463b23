/**
 * Runs in a child process forked by `runner.ts`: starts Vitest through its Node API with a
 * reporter that streams each test result to the parent over IPC, as soon as it is known, so
 * that a later timeout loses nothing already finished.
 */
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { Reporter, SerializedError, TestCase, TestModule } from "vitest/node";
import { startVitest } from "vitest/node";
import { TARGET_SEPARATOR } from "../projects";
import { hardenProcess } from "./harden";
import type { ChildMessage, ChildRequest, RawTestResult } from "./protocol";
import { testOutcome, topDescribe } from "./test-outcome";

hardenProcess();

/** Learner output kept per test; Exercism's format caps it at 500 characters. */
const OUTPUT_CAP = 500;

type UserConsoleLog = Parameters<NonNullable<Reporter["onUserConsoleLog"]>>[0];

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

function errorText(error: SerializedError): string {
  // Parse errors come pre-coloured by the bundler; reports want plain text.
  return stripVTControlCharacters(error.message ?? String(error));
}

/** The target a project ran against: `<section>@<target>` names one of several, else the request's only one. */
function targetOf(projectName: string, fallback: string): string {
  const at = projectName.indexOf(TARGET_SEPARATOR);
  return at < 0 ? fallback : projectName.slice(at + 1);
}

class StreamingReporter implements Reporter {
  #output = new Map<string, string>();
  #pending: Promise<void>[] = [];
  /** Spec files whose hook errors were already reported as the failures of their tests. */
  #explained = new Set<string>();
  constructor(
    private readonly root: string,
    private readonly defaultTarget: string,
  ) {}

  onUserConsoleLog(log: UserConsoleLog): void {
    if (!log.taskId) return;
    const before = this.#output.get(log.taskId) ?? "";
    if (before.length < OUTPUT_CAP) this.#output.set(log.taskId, (before + log.content).slice(0, OUTPUT_CAP));
  }

  /** Results go out per spec file, once its hooks' errors are known too. */
  onTestModuleEnd(module: TestModule): void {
    for (const test of module.children.allTests())
      this.#pending.push(send({ type: "test", test: this.#raw(test) }));
  }

  #raw(test: TestCase): RawTestResult {
    const file = path.relative(this.root, test.module.moduleId);
    const outcome = testOutcome(test);
    if (outcome.fromHook) this.#explained.add(test.module.moduleId);
    return {
      target: targetOf(test.project.name, this.defaultTarget),
      file,
      line: test.location?.line ?? null,
      hidden: /\.hidden\.spec\.[cm]?tsx?$/.test(file),
      name: test.name,
      fullName: test.fullName,
      topDescribe: topDescribe(test),
      state: outcome.state,
      errors: outcome.errors.map((e) => ({ name: e.name ?? "Error", message: errorText(e) })),
      durationMs: test.diagnostic()?.duration ?? 0,
      metrics: test.meta().metrics ?? {},
      output: this.#output.get(test.id) ?? "",
    };
  }

  async onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandled: ReadonlyArray<SerializedError>,
  ): Promise<void> {
    const moduleErrors = modules.flatMap((m) => {
      const file = path.relative(this.root, m.moduleId);
      const target = targetOf(m.project.name, this.defaultTarget);
      const errors = this.#explained.has(m.moduleId)
        ? []
        : m.errors().map((e) => ({ target, file, message: errorText(e) }));
      // A spec file that defines no test is a broken spec file, not a pass.
      if (errors.length === 0 && [...m.children.allTests()].length === 0)
        errors.push({ target, file, message: "no tests found in file" });
      return errors;
    });
    await Promise.all(this.#pending);
    await send({ type: "end", moduleErrors, unhandledErrors: unhandled.map(errorText) });
  }
}

async function run(request: ChildRequest): Promise<void> {
  const [first = "exercises"] = request.targets;
  process.env.COURSE_HIDDEN = "1";
  if (request.targets.length === 1) process.env.COURSE_TARGET = first;
  else {
    process.env.COURSE_TARGETS = request.targets.join(",");
    process.env.COURSE_SECTION = request.section;
  }
  const vitest = await startVitest("test", request.files, {
    root: request.root,
    config: path.join(request.root, "vitest.config.ts"),
    watch: false,
    reporters: [new StreamingReporter(request.root, first)],
    passWithNoTests: true,
    includeTaskLocation: true,
  });
  await vitest.close();
}

process.once("message", (request: ChildRequest) => {
  run(request)
    .catch((error: unknown) =>
      send({ type: "fatal", message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => process.exit(0));
});
