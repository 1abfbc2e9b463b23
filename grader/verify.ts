/**
 * `npm run verify` — the project's own test suite, as CI runs it. It proves:
 *   - types and lint are clean;
 *   - every manifest is valid; every exercise folder and solution folder holds only what it
 *     should; README headings, manifest tasks, spec describes and stub NotImplemented calls agree;
 *     no stub or solution repeats a given module; the README's curriculum table is current;
 *   - every solution passes its public and hidden specs at full score (thresholds included);
 *   - every untouched stub fails and is reported as "not started";
 *   - every mutant's edits apply exactly once, and a spec of its declared task rejects it;
 *   - the grader's, lib's and the datasets layer's own tests pass.
 * Independent runs go two at a time (the machine has two cores), and all mutants of an
 * exercise run in one Vitest process. It ends with "N passed, M failed" and exits non-zero on
 * any failure.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs, stripVTControlCharacters } from "node:util";
import pc from "picocolors";
import {
  givenCopies,
  idAgreement,
  mutantProblems,
  mutantVerdict,
  requiresProblems,
  taskAgreement,
  testkitImports,
  unexpectedExerciseFiles,
  unexpectedSolutionFiles,
} from "./checks";
import { curriculumProblems } from "./curriculum";
import { discoverExercises, type Exercise, selectExercises } from "./exercises";
import { gradeExercise, gradeExerciseAgainst, runExercise } from "./grade";
import { inventoryDiff, inventoryOf, writeInventory } from "./inventory";
import { loadMutants, type Mutant, mutantSize } from "./mutants";
import { hardenProcess } from "./run/harden";
import { scoreExercise } from "./score";
import { courseLayout, ROOT } from "./targets";

hardenProcess();

interface Check {
  name: string;
  ok: boolean;
  detail?: string;
  seconds: number;
}

const checks: Check[] = [];

function record(name: string, ok: boolean, seconds: number, detail?: string): void {
  checks.push({ name, ok, seconds, ...(detail === undefined ? {} : { detail }) });
  const mark = ok ? pc.green("✔") : pc.red("✘");
  console.log(
    `${mark} ${name} ${pc.dim(`(${seconds.toFixed(1)} s)`)}${detail && !ok ? `\n${pc.red(indent(detail))}` : ""}`,
  );
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");

/** Runs a command, streaming its output only when it fails. */
function command(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, (performance.now() - start) / 1000];
}

/** Every exercise must have a current solutions/<exercise>/inventory.json. */
const REQUIRE_INVENTORY = true;

/** Runs jobs with at most `limit` in flight; returns when all are done. */
async function pool(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, jobs.length) }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      await job?.();
    }
  });
  await Promise.all(lanes);
}

function anatomyProblems(
  exercise: Exercise,
  all: Exercise[],
  mutants: Mutant[],
  seen: Set<string>,
): string[] {
  const layout = courseLayout(ROOT);
  const problems: string[] = [];
  if (!existsSync(path.join(exercise.dir, "README.md"))) problems.push("README.md is missing");
  for (const file of exercise.manifest.learnerFiles) {
    if (!existsSync(path.join(exercise.dir, file))) problems.push(`learner file ${file} is missing`);
    if (!existsSync(path.join(layout.solutions, exercise.folder, file)))
      problems.push(`solution of ${file} is missing`);
  }
  if (exercise.publicSpecs.length === 0) problems.push("no public spec");
  if (exercise.hiddenSpecs.length === 0) problems.push("no hidden spec");
  return [
    ...problems,
    ...idAgreement(exercise),
    ...requiresProblems(exercise, all),
    ...unexpectedExerciseFiles(exercise),
    ...unexpectedSolutionFiles(exercise, ROOT),
    ...taskAgreement(exercise, ROOT),
    ...givenCopies(exercise, ROOT),
    ...testkitImports(exercise, ROOT),
    ...mutantProblems(exercise, mutants, ROOT, seen),
  ];
}

interface Counts {
  id: string;
  publicTests: number;
  hiddenTests: number;
  mutants: number;
  lines: number;
}

/** The exercise's runs as independent jobs: solution, stub, and all mutants in one process. */
function exerciseJobs(
  exercise: Exercise,
  mutants: Mutant[],
  counts: Counts,
  updateInventory: boolean,
): (() => Promise<void>)[] {
  const label = `${exercise.id} ${exercise.manifest.title}`;
  const solutionJob = async () => {
    const [[outcome], t1] = await timed(() => runExercise(exercise, ["solutions"]));
    if (!outcome) throw new Error("no outcome for the solutions target");
    // The solution run defines the inventory, so it is scored without one; then the committed
    // inventory must be what it reported.
    const solution = scoreExercise({ ...exercise, inventory: undefined }, outcome);
    const reported = inventoryOf(outcome.tests);
    if (updateInventory) writeInventory(courseLayout(ROOT).solutions, exercise.folder, reported);
    const stale =
      updateInventory || (exercise.inventory === undefined && !REQUIRE_INVENTORY)
        ? []
        : inventoryDiff(exercise.inventory ?? {}, reported);
    record(
      `${label}: inventory.json lists the tests the solution run defines`,
      stale.length === 0,
      0,
      [...stale, `run \`npm run verify -- ${exercise.id} --update-inventory\` after changing specs`].join(
        "\n",
      ),
    );
    const solutionFailures = [
      ...solution.problems,
      ...solution.tests.filter((t) => t.status !== "pass").map((t) => `${t.name}: ${t.message ?? ""}`),
      ...solution.thresholds
        .filter((t) => !t.passed)
        .map((t) => `threshold ${t.name}: ${t.value} (min ${t.min}, max ${t.max})`),
    ];
    record(
      `${label}: solution passes ${solution.tests.length} specs at ${solution.score}/${solution.max_score}`,
      solution.status === "passed" && solutionFailures.length === 0,
      t1,
      solutionFailures.join("\n"),
    );
    counts.hiddenTests = solution.tests.filter((t) => t.visibility === "after_published").length;
    counts.publicTests = solution.tests.length - counts.hiddenTests;
  };
  const stubJob = async () => {
    const [stub, t2] = await timed(() => gradeExercise(exercise, { target: "exercises" }));
    const started = stub.tests
      .filter((t) => !t.not_started)
      .map((t) => `${t.name}: ${t.status} ${t.message ?? ""}`);
    record(
      `${label}: untouched stub fails every spec as "not started"`,
      stub.status === "not_started" && stub.score === 0,
      t2,
      [...stub.problems, ...started].join("\n"),
    );
  };
  const mutantsJob = async () => {
    if (mutants.length === 0) return;
    const options = { skipSlowSpecs: true };
    const [reports, t3] = await timed(() =>
      gradeExerciseAgainst(
        exercise,
        mutants.map((m) => `mutant:${m.name}`),
        options,
      ),
    );
    const each = t3 / mutants.length;
    for (const [i, mutant] of mutants.entries()) {
      let report = reports[i];
      let seconds = each;
      // A mutant that hangs or crashes the shared process is retried alone, so that one bad
      // mutant cannot hide the verdicts of its siblings.
      if (!report || report.status === "timeout" || report.tests.every((t) => t.file === null)) {
        [report, seconds] = await timed(() =>
          gradeExercise(exercise, { ...options, target: `mutant:${mutant.name}` }),
        );
      }
      const verdict = mutantVerdict(mutant, report);
      record(
        `${label}: mutant ${mutant.name} (task ${mutant.task}) ${verdict.ok ? verdict.detail : "survives"}`,
        verdict.ok,
        seconds,
        verdict.detail,
      );
    }
  };
  return [solutionJob, stubJob, mutantsJob];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lane: { type: "string", default: "all" },
      "skip-static": { type: "boolean", default: false },
      "skip-infra": { type: "boolean", default: false },
      jobs: { type: "string", default: "2" },
      "update-inventory": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run verify -- [filter] [--lane fast|slow|all] [--skip-static] [--skip-infra] [--jobs N] [--update-inventory]

Checks the whole course: types, lint, manifests, solutions, stubs, mutants, and the grader's,
lib's and datasets' own tests. Ends with "N passed, M failed".`);
    return 0;
  }
  const started = performance.now();
  if (!values["skip-static"]) {
    const [tsc, t1] = await timed(() => command("npm", ["run", "--silent", "typecheck"]));
    record("typecheck (tsc --noEmit)", tsc.ok, t1, tsc.output.slice(-3000));
    const [lint, t2] = await timed(() => command("npx", ["biome", "check", "."]));
    record("lint and format (biome check)", lint.ok, t2, lint.output.slice(-3000));
  }

  let exercises: Exercise[] = [];
  let course: Exercise[] = [];
  try {
    course = discoverExercises(ROOT);
    exercises = selectExercises(course, positionals[0]).filter(
      (e) => values.lane === "all" || e.manifest.lane === values.lane,
    );
    record(`${exercises.length} exercise manifests are valid`, true, 0);
  } catch (error) {
    record("exercise manifests are valid", false, 0, (error as Error).message);
  }
  const seen = new Set<string>();
  const counts: Counts[] = [];
  const jobs: (() => Promise<void>)[] = [];
  for (const exercise of exercises) {
    let mutants: Mutant[] = [];
    try {
      mutants = await loadMutants(courseLayout(ROOT).solutions, exercise.folder);
    } catch (error) {
      record(`${exercise.id}: mutants.ts loads`, false, 0, (error as Error).message);
    }
    const anatomy = anatomyProblems(exercise, course, mutants, seen);
    record(
      `${exercise.id} ${exercise.manifest.title}: anatomy and agreement`,
      anatomy.length === 0,
      0,
      anatomy.join("\n"),
    );
    const count: Counts = {
      id: exercise.id,
      publicTests: 0,
      hiddenTests: 0,
      mutants: mutants.length,
      lines: mutants.reduce((n, m) => n + mutantSize(m), 0),
    };
    counts.push(count);
    // Stale mutants cannot run; the anatomy check has already named them.
    jobs.push(
      ...exerciseJobs(
        exercise,
        anatomy.some((p) => p.includes("is stale")) ? [] : mutants,
        count,
        values["update-inventory"],
      ),
    );
  }
  if (!positionals[0]) {
    const docs = curriculumProblems(ROOT, exercises);
    record("README curriculum table matches the manifests", docs.length === 0, 0, docs.join("\n"));
  }
  // Slow-lane exercises first, so that their long runs overlap the many short ones.
  const slowFirst = (j: number) =>
    exercises.find((_, i) => i === Math.floor(j / 3))?.manifest.lane === "slow" ? 0 : 1;
  const order = jobs.map((_, j) => j).sort((x, y) => slowFirst(x) - slowFirst(y) || x - y);
  await pool(
    order.map((j) => jobs[j] as () => Promise<void>),
    Number(values.jobs),
  );

  if (!values["skip-infra"]) {
    const [infra, t3] = await timed(() => command("npm", ["run", "--silent", "test:infra"]));
    const summary = /Tests\s+(.*)/.exec(stripVTControlCharacters(infra.output))?.[1]?.trim() ?? "";
    record(`grader, lib and datasets tests: ${summary}`, infra.ok, t3, infra.output.slice(-4000));
  }

  if (counts.length > 0) {
    console.log(`\n${pc.bold("exercise  public  hidden  mutants  lines/mutant")}`);
    for (const c of counts) {
      const perMutant = c.mutants === 0 ? "-" : (c.lines / c.mutants).toFixed(1);
      console.log(
        `${c.id.padEnd(9)} ${String(c.publicTests).padStart(6)} ${String(c.hiddenTests).padStart(7)} ${String(c.mutants).padStart(8)} ${perMutant.padStart(13)}`,
      );
    }
  }
  const failed = checks.filter((c) => !c.ok);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nverify took ${seconds.toFixed(1)} s`);
  if (failed.length > 0) console.log(pc.red(`Failed:\n${failed.map((c) => `  - ${c.name}`).join("\n")}`));
  console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
