/**
 * The static checks of `npm run verify`, as strict as rustlings' `dev check`: what an exercise
 * folder and its solution folder may contain, and that the README, the manifest, the stubs,
 * the specs and the mutants agree with one another. Each check returns the problems it found
 * (an empty list when all is well), phrased so that a maintainer knows what to fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Exercise } from "./exercises";
import { applyMutant, type Mutant } from "./mutants";
import type { ExerciseReport } from "./score";
import { courseLayout } from "./targets";

const read = (file: string) => readFileSync(file, "utf8");
const posix = (p: string) => p.split(path.sep).join("/");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map(posix)
    .sort();
}

/** Files in `exercises/<folder>/` that are none of: README(.ru).md, exercise.json, a learner file, a `*.given.ts`, a `*.spec.ts`, a `*.testkit.ts`. */
export function unexpectedExerciseFiles(exercise: Exercise): string[] {
  const learner = new Set(exercise.manifest.learnerFiles.map(posix));
  return filesUnder(exercise.dir)
    .filter(
      (f) =>
        !["README.md", "README.ru.md", "exercise.json"].includes(f) &&
        !learner.has(f) &&
        !f.endsWith(".given.ts") &&
        !f.endsWith(".spec.ts") &&
        !f.endsWith(".testkit.ts"),
    )
    .map(
      (f) =>
        `exercises/${exercise.folder}/${f} is not expected here: an exercise holds README.md, exercise.json, its learner files, *.given.ts, *.spec.ts and *.testkit.ts`,
    );
}

/** Files in `solutions/<folder>/` other than the learner files' solutions, mutants.ts, inventory.json, hidden/, golden/ and bench.ts. */
export function unexpectedSolutionFiles(exercise: Exercise, root: string): string[] {
  const dir = path.join(courseLayout(root).solutions, exercise.folder);
  const learner = new Set(exercise.manifest.learnerFiles.map(posix));
  return filesUnder(dir)
    .filter(
      (f) =>
        !learner.has(f) &&
        f !== "mutants.ts" &&
        f !== "inventory.json" &&
        f !== "bench.ts" &&
        !f.startsWith("golden/") &&
        !(f.startsWith("hidden/") && f.endsWith(".ts")),
    )
    .map(
      (f) =>
        `solutions/${exercise.folder}/${f} is not expected here: a solution folder holds the learner files' solutions, mutants.ts, inventory.json, bench.ts, hidden/*.ts and golden/`,
    );
}

/** `## N. Title` headings of a README. */
export function readmeTasks(readme: string): { id: number; title: string }[] {
  return [...readme.matchAll(/^## (\d+)\. (.+?)\s*$/gm)].map((m) => ({
    id: Number(m[1]),
    title: m[2] ?? "",
  }));
}

/** Top-level `describe("N. Title", …)` titles of a spec file. */
export function specTasks(spec: string): { id: number; title: string }[] {
  return [...spec.matchAll(/^describe\(\s*(["'`])(\d+)\. (.+?)\1/gm)].map((m) => ({
    id: Number(m[2]),
    title: m[3] ?? "",
  }));
}

/** The task numbers the stubs' `new NotImplemented("name", task)` calls name. */
export function stubTasks(stub: string): number[] {
  return [...stub.matchAll(/new NotImplemented\(\s*["'`][^"'`]+["'`]\s*,\s*(\d+)\s*\)/g)].map((m) =>
    Number(m[1]),
  );
}

/** README headings, manifest titles, spec describes and stubs agree on the tasks. */
export function taskAgreement(exercise: Exercise, root: string): string[] {
  const problems: string[] = [];
  const { tasks } = exercise.manifest;
  const title = (id: number) => tasks.find((t) => t.id === id)?.title;
  const readmeFile = path.join(exercise.dir, "README.md");
  if (existsSync(readmeFile)) {
    const headings = readmeTasks(read(readmeFile));
    const got = headings.map((h) => `${h.id}. ${h.title}`).join(" | ");
    const want = tasks.map((t) => `${t.id}. ${t.title}`).join(" | ");
    if (got !== want)
      problems.push(`README task headings (${got}) differ from the manifest's tasks (${want})`);
  }
  const specs = [...exercise.publicSpecs, ...exercise.hiddenSpecs];
  const described = new Set<number>();
  for (const spec of specs) {
    for (const d of specTasks(read(path.join(root, spec)))) {
      described.add(d.id);
      if (title(d.id) === undefined)
        problems.push(`${spec}: describe "${d.id}. ${d.title}" names no task of the manifest`);
      else if (title(d.id) !== d.title)
        problems.push(
          `${spec}: describe "${d.id}. ${d.title}" should be "${d.id}. ${title(d.id)}" as in the manifest`,
        );
    }
  }
  const publicDescribed = new Set(
    exercise.publicSpecs.flatMap((s) => specTasks(read(path.join(root, s))).map((d) => d.id)),
  );
  const stubbed = new Set(
    exercise.manifest.learnerFiles.flatMap((f) => {
      const file = path.join(exercise.dir, f);
      return existsSync(file) ? stubTasks(read(file)) : [];
    }),
  );
  for (const task of tasks) {
    if (!publicDescribed.has(task.id))
      problems.push(`task ${task.id} has no describe("${task.id}. …") in a public spec`);
    if (!stubbed.has(task.id))
      problems.push(`task ${task.id} has no \`throw new NotImplemented("…", ${task.id})\` in the stubs`);
  }
  for (const id of stubbed)
    if (title(id) === undefined)
      problems.push(`a stub throws NotImplemented for task ${id}, which the manifest does not have`);
  return problems;
}

/** The manifest's id names the folder's section ("5.1-math" → "5.1.x"); number and slug are checked on load. */
export function idAgreement(exercise: Exercise): string[] {
  const section = exercise.section.split("-")[0];
  return exercise.id.startsWith(`${section}.`)
    ? []
    : [`id ${exercise.id} does not belong to section folder ${exercise.section} (expected ${section}.N)`];
}

/** `requires` names existing exercises that come earlier in the curriculum. */
export function requiresProblems(exercise: Exercise, all: Exercise[]): string[] {
  const order = all.map((e) => e.id);
  return exercise.manifest.requires.flatMap((id) => {
    if (!order.includes(id)) return [`requires ${id}, which is not an exercise of the course`];
    return order.indexOf(id) < order.indexOf(exercise.id)
      ? []
      : [`requires ${id}, which does not come before ${exercise.id}`];
  });
}

/** Normalised, non-trivial lines: what counts when looking for copied code. */
function codeLines(source: string): string[] {
  return source
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 12 && !/^(\/\/|\*|\/\*\*|\*\/|import |export \* from|\}[);,]*$)/.test(l));
}

/** Runs of `window` consecutive code lines of a given module that reappear in a stub or solution. */
export function givenCopies(exercise: Exercise, root: string, window = 4): string[] {
  const layout = courseLayout(root);
  const problems: string[] = [];
  const givens = filesUnder(exercise.dir).filter((f) => f.endsWith(".given.ts"));
  for (const given of givens) {
    const lines = codeLines(read(path.join(exercise.dir, given)));
    const runs = new Set<string>();
    for (let i = 0; i + window <= lines.length; i++) runs.add(lines.slice(i, i + window).join("\n"));
    for (const learnerFile of exercise.manifest.learnerFiles) {
      for (const [kind, file] of [
        ["stub", path.join(exercise.dir, learnerFile)],
        ["solution", path.join(layout.solutions, exercise.folder, learnerFile)],
      ] as const) {
        if (!existsSync(file)) continue;
        const own = codeLines(read(file));
        for (let i = 0; i + window <= own.length; i++) {
          if (runs.has(own.slice(i, i + window).join("\n"))) {
            problems.push(
              `the ${kind} ${learnerFile} repeats code of ${given} ("${own[i]}" …): import it from the given module instead`,
            );
            break;
          }
        }
      }
    }
  }
  return problems;
}

/** A `*.testkit` module named by an import or `export … from` of a module's source. */
const TESTKIT_IMPORT =
  /\bfrom\s*["'`]([^"'`]*\.testkit(?:\.ts)?)["'`]|\bimport\s*\(?\s*["'`]([^"'`]*\.testkit(?:\.ts)?)["'`]/;

/**
 * Learner-side modules that import a testkit: testkits are spec-side code (they may import
 * vitest), shared by an exercise's public and hidden specs only. A stub, a given module, a
 * solution or the mutants file must not import one.
 */
export function testkitImports(exercise: Exercise, root: string): string[] {
  const layout = courseLayout(root);
  const solutionDir = path.join(layout.solutions, exercise.folder);
  const files = [
    ...filesUnder(exercise.dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".spec.ts") && !f.endsWith(".testkit.ts"))
      .map((f) => [`exercises/${exercise.folder}/${f}`, path.join(exercise.dir, f)] as const),
    ...filesUnder(solutionDir)
      .filter((f) => f.endsWith(".ts") && !f.startsWith("hidden/"))
      .map((f) => [`solutions/${exercise.folder}/${f}`, path.join(solutionDir, f)] as const),
  ];
  const problems: string[] = [];
  for (const [label, file] of files) {
    const m = TESTKIT_IMPORT.exec(read(file));
    if (m)
      problems.push(
        `${label} imports the testkit ${m[1] ?? m[2]}: a testkit is spec-side code, for the exercise's specs only`,
      );
  }
  return problems;
}

/** Static problems of an exercise's mutants: too few, unknown file or task, stale edits, duplicate names. */
export function mutantProblems(
  exercise: Exercise,
  mutants: Mutant[],
  root: string,
  seen: Set<string>,
): string[] {
  const problems: string[] = [];
  if (mutants.length < 3) problems.push(`only ${mutants.length} mutant(s); at least 3 are required`);
  const layout = courseLayout(root);
  for (const m of mutants) {
    if (seen.has(m.name)) problems.push(`mutant ${m.name} is declared twice in the course`);
    seen.add(m.name);
    if (!exercise.manifest.learnerFiles.includes(m.file)) {
      problems.push(`mutant ${m.name} edits ${m.file}, which is not a learner file of ${exercise.id}`);
      continue;
    }
    if (!exercise.manifest.tasks.some((t) => t.id === m.task))
      problems.push(`mutant ${m.name} names task ${m.task}, which ${exercise.id} does not have`);
    const file = path.join(layout.solutions, exercise.folder, m.file);
    if (!existsSync(file)) continue;
    try {
      const source = read(file);
      if (applyMutant(source, m) === source) problems.push(`mutant ${m.name} changes nothing`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/**
 * Whether a mutant's run proves the specs catch it: at least one test of its declared task
 * failed, and the run itself was sound (a mutant that does not even load proves nothing).
 */
export function mutantVerdict(mutant: Mutant, report: ExerciseReport): { ok: boolean; detail: string } {
  if (report.problems.length > 0) return { ok: false, detail: report.problems.join("\n") };
  const failed = report.tests.filter((t) => t.status === "fail" && t.file !== null);
  const own = failed.filter((t) => t.task_id === mutant.task);
  if (own.length > 0) return { ok: true, detail: `rejected by ${own.length} spec(s) of task ${mutant.task}` };
  if (failed.length === 0)
    return { ok: false, detail: "no spec failed: the specs do not catch this mistake" };
  const tasks = [...new Set(failed.map((t) => t.task_id))].join(", ");
  return {
    ok: false,
    detail: `caught only by specs of task(s) ${tasks}, not by its declared task ${mutant.task}: a spec of task ${mutant.task} must reject it`,
  };
}
