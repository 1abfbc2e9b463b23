/**
 * One spec, several targets.
 *
 * Specs import the code under test from `exercises/` — public specs by relative path
 * (`./vectors`), hidden specs through the `@exercise/<section>/<exercise>/<module>` alias.
 * This Vite resolver plugin redirects those imports according to `COURSE_TARGET`:
 *
 *   exercises (default)  the learner's files, untouched
 *   solutions            solutions/<same path>
 *   mutant:<name>        the solution, with the edits of the mutant declared in some
 *                        solutions/<folder>/mutants.ts applied in memory as the file loads
 *
 * Nothing is copied: the same spec file runs against each target.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { type ImportContext, importViolation } from "./imports.ts";
import { applyMutant, findMutant, type Mutant } from "./mutants.ts";

/** The repository root (the grader's own tests point the layout at fixture courses instead). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where each kind of file lives in a course checkout. */
export interface CourseLayout {
  root: string;
  exercises: string;
  /** Everything instructor-only, mirroring exercises/: solution files, hidden/, mutants.ts, golden/. */
  solutions: string;
}

export function courseLayout(root: string = ROOT): CourseLayout {
  return { root, exercises: path.join(root, "exercises"), solutions: path.join(root, "solutions") };
}

/** The hidden specs of an exercise folder ("5.1-math/01-vectors"). */
export function hiddenDir(layout: CourseLayout, folder: string): string {
  return path.join(layout.solutions, folder, "hidden");
}

/** The alias hidden specs use to name the exercise's module, e.g. `@exercise/5.1-math/01-vectors/vectors`. */
export const EXERCISE_ALIAS = "@exercise/";

export type Target = { kind: "exercises" } | { kind: "solutions" } | { kind: "mutant"; name: string };

export class TargetError extends Error {
  override name = "TargetError";
}

/** Parses the value of `COURSE_TARGET` (undefined or empty means `exercises`). */
export function parseTarget(value: string | undefined): Target {
  if (value === undefined || value === "" || value === "exercises") return { kind: "exercises" };
  if (value === "solutions") return { kind: "solutions" };
  const mutant = /^mutant:([A-Za-z0-9._-]+)$/.exec(value);
  if (mutant?.[1]) return { kind: "mutant", name: mutant[1] };
  throw new TargetError(
    `COURSE_TARGET="${value}" is not a target. Use "exercises", "solutions" or "mutant:<name>".`,
  );
}

export function formatTarget(target: Target): string {
  return target.kind === "mutant" ? `mutant:${target.name}` : target.kind;
}

const SPEC_FILE = /\.spec\.[cm]?tsx?$/;
const TS_EXTENSIONS = [".ts", ".tsx", ".mts"];

/** `exercises/<section>/<exercise>/<rest>` → its parts, or undefined for files elsewhere. */
function splitExercisePath(
  layout: CourseLayout,
  file: string,
): { section: string; exercise: string; rest: string } | undefined {
  const rel = path.relative(layout.exercises, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  const [section, exercise, ...rest] = rel.split(path.sep);
  if (!section || !exercise || rest.length === 0) return undefined;
  return { section, exercise, rest: rest.join(path.sep) };
}

/** Adds the TypeScript extension to an extension-less (or `.js`) module path, if such a file exists. */
export function withTsExtension(file: string): string | undefined {
  if (existsSync(file) && TS_EXTENSIONS.some((ext) => file.endsWith(ext))) return file;
  const base = file.replace(/\.(js|mjs)$/, "");
  for (const ext of TS_EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return undefined;
}

/**
 * The files a learner edits in one exercise folder (its manifest's `learnerFiles`). Only those
 * are swapped for a target; other modules of the exercise (given helpers) are shared by the
 * stub, the solution and the mutants.
 */
const manifestCache = new Map<string, Set<string>>();
function learnerFiles(exerciseDir: string): Set<string> {
  let files = manifestCache.get(exerciseDir);
  if (!files) {
    const manifest = JSON.parse(readFileSync(path.join(exerciseDir, "exercise.json"), "utf8")) as {
      learnerFiles?: unknown;
    };
    const list = Array.isArray(manifest.learnerFiles) ? manifest.learnerFiles : [];
    files = new Set(list.filter((f): f is string => typeof f === "string").map((f) => path.normalize(f)));
    manifestCache.set(exerciseDir, files);
  }
  return files;
}

/**
 * Where a learner file of `exercises/` lives for the given target. Spec files, data files,
 * given modules and files outside `exercises/` are never redirected.
 */
export function redirect(layout: CourseLayout, file: string, target: Target): string {
  if (target.kind === "exercises" || SPEC_FILE.test(file)) return file;
  const parts = splitExercisePath(layout, file);
  if (!parts) return file;
  const exerciseDir = path.join(layout.exercises, parts.section, parts.exercise);
  if (!learnerFiles(exerciseDir).has(path.normalize(parts.rest))) return file;
  const solution = path.join(layout.solutions, parts.section, parts.exercise, parts.rest);
  if (!existsSync(solution)) {
    const rel = (p: string) => path.relative(layout.root, p);
    throw new TargetError(`${formatTarget(target)}: no ${rel(solution)} for ${rel(file)}`);
  }
  return solution;
}

/** Whether `file` is one of the files a learner edits (an exercise's `learnerFiles`). */
export function isLearnerFile(layout: CourseLayout, file: string): boolean {
  if (SPEC_FILE.test(file)) return false;
  const parts = splitExercisePath(layout, file);
  if (!parts) return false;
  return learnerFiles(path.join(layout.exercises, parts.section, parts.exercise)).has(
    path.normalize(parts.rest),
  );
}

/**
 * Whether the exercise of `file` works with TensorFlow.js: some module of it (public or hidden)
 * imports lib/tf. Its sandbox then loads lib/tf before the first tensor or model crosses.
 */
function usesTf(layout: CourseLayout, file: string): boolean {
  const parts = splitExercisePath(layout, file);
  if (!parts) return false;
  const folder = path.join(parts.section, parts.exercise);
  const dirs = [path.join(layout.exercises, folder), hiddenDir(layout, folder)];
  return dirs.some(
    (dir) =>
      existsSync(dir) &&
      readdirSync(dir).some(
        (name) =>
          name.endsWith(".ts") &&
          /["'](?:\.\.\/)+lib\/tf["'/]/.test(readFileSync(path.join(dir, name), "utf8")),
      ),
  );
}

/**
 * Learner files run in the sandbox process (grader/sandbox/) for the exercises and solutions
 * targets: what a spec imports from one is a module of proxies. Mutants are instructor code
 * and run in the spec process, as does everything with `COURSE_SANDBOX=off` (debugging).
 */
function sandboxed(target: Target): boolean {
  return target.kind !== "mutant" && process.env.COURSE_SANDBOX !== "off";
}

/** The id suffix of a learner file's proxy module. */
const SANDBOX_QUERY = "?course-sandbox";

/** The course facts the import rules need: each exercise's `requires` (as folders) and the declared packages. */
export function importContext(layout: CourseLayout): ImportContext {
  const folders = new Map<string, { id: string; requires: string[] }>();
  const sections = existsSync(layout.exercises) ? readdirSync(layout.exercises) : [];
  for (const section of sections) {
    const dir = path.join(layout.exercises, section);
    if (!statSync(dir).isDirectory()) continue;
    for (const exercise of readdirSync(dir)) {
      const file = path.join(dir, exercise, "exercise.json");
      if (!existsSync(file)) continue;
      const m = JSON.parse(readFileSync(file, "utf8")) as { id?: unknown; requires?: unknown };
      const requires = Array.isArray(m.requires)
        ? m.requires.filter((r): r is string => typeof r === "string")
        : [];
      folders.set(`${section}/${exercise}`, { id: String(m.id), requires });
    }
  }
  const byId = new Map([...folders].map(([folder, e]) => [e.id, folder]));
  const pkgFile = path.join(layout.root, "package.json");
  const pkg = existsSync(pkgFile)
    ? (JSON.parse(readFileSync(pkgFile, "utf8")) as { dependencies?: Record<string, string> })
    : {};
  return {
    root: layout.root,
    requiresOf: (folder) =>
      folders
        .get(folder)
        ?.requires.map((id) => byId.get(id))
        .filter((f): f is string => f !== undefined),
    packages: new Set(Object.keys(pkg.dependencies ?? {})),
    runtime: [path.join(ROOT, "lib"), path.join(ROOT, "datasets")],
  };
}

/** Spec-side helpers shared by an exercise's public and hidden specs (`<name>.testkit.ts`). */
const TESTKIT_FILE = /\.testkit\.[cm]?tsx?$/;

/** A file whose imports the rules judge: learner-side code under exercises/, not a spec or a testkit. */
export function isLearnerSide(layout: CourseLayout, file: string): boolean {
  const rel = path.relative(layout.exercises, file);
  return !rel.startsWith("..") && !path.isAbsolute(rel) && !SPEC_FILE.test(file) && !TESTKIT_FILE.test(file);
}

/** The mutant a target names and the solution file its edits apply to. */
async function resolveMutant(layout: CourseLayout, name: string): Promise<{ file: string; mutant: Mutant }> {
  const found = await findMutant(layout.solutions, name);
  if (!found)
    throw new TargetError(`mutant:${name}: no solutions/*/*/mutants.ts declares a mutant of that name`);
  return { file: path.join(layout.solutions, found.folder, found.mutant.file), mutant: found.mutant };
}

/**
 * The Vite plugin. `target` defaults to `COURSE_TARGET` from the environment, `root` to this
 * repository.
 */
export function courseTargetPlugin(options: { root?: string; target?: Target } = {}): Plugin {
  const layout = courseLayout(options.root);
  const target = options.target ?? parseTarget(process.env.COURSE_TARGET);
  const mutant = target.kind === "mutant" ? resolveMutant(layout, target.name) : undefined;
  let rules: ImportContext | undefined;
  const check = (importer: string, id: string, bare: boolean) => {
    // A proxy module (below) is the grader's, not the learner's, whatever path it carries.
    if (importer.endsWith(SANDBOX_QUERY)) return;
    importer = importer.split("?")[0] as string;
    if (!isLearnerSide(layout, importer)) return;
    rules ??= importContext(layout);
    const violation = importViolation(rules, importer, id, bare);
    if (violation) throw new TargetError(`${path.relative(layout.root, importer)}: ${violation}`);
  };
  // A failed lookup surfaces when the first file loads, as that file's error.
  mutant?.catch(() => {});
  /** The module id a spec gets for `file` (an exercises/ path): the target's file, or its proxy. */
  const final = (file: string): string => {
    const redirected = redirect(layout, file, target);
    const proxied = sandboxed(target) && isLearnerFile(layout, file);
    return proxied ? redirected + SANDBOX_QUERY : redirected;
  };
  return {
    name: "course-target",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source.startsWith(EXERCISE_ALIAS)) {
        const file = withTsExtension(path.join(layout.exercises, source.slice(EXERCISE_ALIAS.length)));
        if (!file) throw new TargetError(`Cannot resolve ${source}: no such exercise module`);
        if (importer) check(importer, file, false);
        return final(file);
      }
      if (!importer) return null;
      const relative = source.startsWith(".") || path.isAbsolute(source);
      if (!relative) {
        check(importer, source, true);
        return null;
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = resolved.id.split("?")[0] as string;
      check(importer, id, false);
      const redirected = final(id);
      return redirected === resolved.id ? resolved : { ...resolved, id: redirected };
    },
    async load(id) {
      if (id.endsWith(SANDBOX_QUERY)) {
        // Loaded here, not at the top: the sandbox's own module hooks import this file too, and
        // must not load Vite.
        const { exportNames, proxyModule } = await import("./sandbox/exports.ts");
        const file = id.slice(0, -SANDBOX_QUERY.length);
        const names = await exportNames(file, (specifier, from) =>
          specifier.startsWith(".")
            ? withTsExtension(path.resolve(path.dirname(from), specifier))
            : undefined,
        );
        return proxyModule(file, names, layout.root, formatTarget(target), { tf: usesTf(layout, file) });
      }
      if (!mutant) return null;
      const { file, mutant: m } = await mutant;
      if (id.split("?")[0] !== file) return null;
      return applyMutant(readFileSync(file, "utf8"), m);
    },
  };
}
