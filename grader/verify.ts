/**
 * `npm run verify` — the project's own test suite, as CI runs it. It proves:
 *   - types and lint are clean;
 *   - every manifest is valid, and every exercise has a README, a hint, its learner files,
 *     a solution for each of them, hidden specs and at least three mutants;
 *   - every solution passes its public and hidden specs at full score (thresholds included);
 *   - every untouched stub fails and is reported as "not started";
 *   - every mutant is rejected by at least one spec;
 *   - the grader's, lib's and the datasets layer's own tests pass.
 * It ends with the plain line "N passed, M failed" and exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs, stripVTControlCharacters } from "node:util";
import pc from "picocolors";
import { discoverExercises, type Exercise, selectExercises } from "./exercises";
import { gradeExercise } from "./grade";
import { courseLayout, ROOT } from "./targets";

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

function mutantsOf(exercise: Exercise): string[] {
  const dir = path.join(courseLayout(ROOT).mutants, exercise.folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function anatomyProblems(exercise: Exercise): string[] {
  const layout = courseLayout(ROOT);
  const problems: string[] = [];
  if (!existsSync(path.join(exercise.dir, "README.md"))) problems.push("README.md is missing");
  for (const file of exercise.manifest.learnerFiles) {
    if (!existsSync(path.join(exercise.dir, file))) problems.push(`learner file ${file} is missing`);
    if (!existsSync(path.join(layout.solutions, exercise.folder, file)))
      problems.push(`solution of ${file} is missing`);
  }
  // A given module (not a learner file) is shared by stub and solution; a copy of it under
  // solutions/ would silently never run.
  const learner = new Set(exercise.manifest.learnerFiles.map((f) => path.normalize(f)));
  const solutionDir = path.join(layout.solutions, exercise.folder);
  for (const file of readdirSync(exercise.dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts") || file.endsWith(".spec.ts") || learner.has(path.normalize(file))) continue;
    if (existsSync(path.join(solutionDir, file))) {
      problems.push(
        `solutions/${exercise.folder}/${file} copies a given module: given code lives only in exercises/`,
      );
    }
  }
  if (exercise.publicSpecs.length === 0) problems.push("no public spec");
  if (exercise.hiddenSpecs.length === 0) problems.push("no hidden spec");
  const mutants = mutantsOf(exercise);
  if (mutants.length < 3) problems.push(`only ${mutants.length} mutant(s); at least 3 are required`);
  return problems;
}

async function verifyExercise(exercise: Exercise, counts: string[][]): Promise<void> {
  const label = `${exercise.id} ${exercise.manifest.title}`;
  const anatomy = anatomyProblems(exercise);
  record(
    `${label}: anatomy (README, hint, files, hidden specs, mutants)`,
    anatomy.length === 0,
    0,
    anatomy.join("\n"),
  );

  const [solution, t1] = await timed(() => gradeExercise(exercise, { target: "solutions" }));
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

  const mutants = mutantsOf(exercise);
  for (const mutant of mutants) {
    const [report, t3] = await timed(() =>
      gradeExercise(exercise, { target: `mutant:${mutant}`, skipSlowSpecs: true }),
    );
    const caught = report.tests.filter((t) => t.status === "fail" && t.file !== null).length;
    record(
      `${label}: mutant ${mutant} is rejected by ${caught} spec(s)`,
      caught > 0 && report.problems.length === 0,
      t3,
      report.problems.join("\n") || "no spec failed: the specs do not catch this mistake",
    );
  }
  const hidden = solution.tests.filter((t) => t.visibility === "after_published").length;
  counts.push([exercise.id, String(solution.tests.length - hidden), String(hidden), String(mutants.length)]);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lane: { type: "string", default: "all" },
      "skip-static": { type: "boolean", default: false },
      "skip-infra": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run verify -- [filter] [--lane fast|slow|all] [--skip-static] [--skip-infra]

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
  try {
    exercises = selectExercises(discoverExercises(ROOT), positionals[0]).filter(
      (e) => values.lane === "all" || e.manifest.lane === values.lane,
    );
    record(`${exercises.length} exercise manifests are valid`, true, 0);
  } catch (error) {
    record("exercise manifests are valid", false, 0, (error as Error).message);
  }
  const counts: string[][] = [];
  for (const exercise of exercises) await verifyExercise(exercise, counts);

  if (!values["skip-infra"]) {
    const [infra, t3] = await timed(() => command("npm", ["run", "--silent", "test:infra"]));
    const summary = /Tests\s+(.*)/.exec(stripVTControlCharacters(infra.output))?.[1]?.trim() ?? "";
    record(`grader, lib and datasets tests: ${summary}`, infra.ok, t3, infra.output.slice(-4000));
  }

  if (counts.length > 0) {
    console.log(`\n${pc.bold("exercise  public  hidden  mutants")}`);
    for (const [id, pub, hid, mut] of counts) {
      console.log(
        `${(id ?? "").padEnd(9)} ${(pub ?? "").padStart(6)} ${(hid ?? "").padStart(7)} ${(mut ?? "").padStart(8)}`,
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
