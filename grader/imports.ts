/**
 * What learner code may import. A learner file (or a given module beside it) may import its own
 * exercise's files, `lib/` and `datasets/`, the learner files and given modules of the earlier
 * exercises its manifest lists in `requires`, Node's built-in modules, and the packages the
 * course declares in `dependencies` (not its dev tools: no `vitest`, so learner code cannot
 * register tests of its own). Nothing under `solutions/` or `grader/`, and no `*.testkit.ts`
 * (spec-side helpers, even of its own exercise). The target plugin applies this to every import
 * made by a file under `exercises/` other than a spec or a testkit.
 */
import { builtinModules } from "node:module";
import path from "node:path";

export interface ImportContext {
  /** The repository root. */
  root: string;
  /** The exercise folder ("5.2-classic-ml/08-house-prices") of each exercise, by folder. */
  requiresOf: (folder: string) => string[] | undefined;
  /** Package names the course declares in `dependencies`. */
  packages: ReadonlySet<string>;
  /** Further folders learner code may import from (absolute): the course runtime of the repository that hosts the grader, for a fixture course. */
  runtime?: readonly string[];
}

const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names: "@scope/name/x" → "@scope/name", "name/x" → "name". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** "exercises/<section>/<exercise>/…" → "<section>/<exercise>", else undefined. */
function exerciseFolder(root: string, file: string): string | undefined {
  const rel = path.relative(path.join(root, "exercises"), file).split(path.sep);
  if (rel[0] === ".." || rel.length < 3) return undefined;
  return `${rel[0]}/${rel[1]}`;
}

/**
 * Why `importer` may not import `target` (a resolved absolute path, or a bare specifier when
 * `bare` is set), or undefined when it may. `importer` must be a learner-side file of an exercise.
 */
export function importViolation(
  ctx: ImportContext,
  importer: string,
  target: string,
  bare: boolean,
): string | undefined {
  const own = exerciseFolder(ctx.root, importer);
  if (own === undefined) return undefined;
  if (bare) {
    const name = target.startsWith("node:") ? target : packageName(target);
    if (target.startsWith("node:") || BUILTINS.has(name)) return undefined;
    return ctx.packages.has(name)
      ? undefined
      : `learner code may not import "${target}": only the packages in the course's dependencies, lib/ and Node's built-in modules`;
  }
  const rel = path.relative(ctx.root, target).split(path.sep).join("/");
  if (rel.startsWith("node_modules/") || rel.startsWith("lib/") || rel.startsWith("datasets/"))
    return undefined;
  if (target.split(path.sep).includes("node_modules")) return undefined;
  if (ctx.runtime?.some((dir) => !path.relative(dir, target).startsWith(".."))) return undefined;
  if (rel.startsWith("solutions/"))
    return `learner code may not import ${rel}: solutions are not part of the course you work in`;
  if (rel.startsWith("grader/"))
    return `learner code may not import ${rel}: the grader is not part of the course you work in`;
  const other = exerciseFolder(ctx.root, target);
  if (other === undefined) return `learner code may not import ${rel}`;
  if (/\.testkit\.[cm]?tsx?$/.test(rel))
    return `learner code may not import the testkit ${rel}: a testkit is spec-side code, shared by the exercise's specs`;
  if (other === own) return undefined;
  if (/\.spec\.[cm]?tsx?$/.test(rel)) return `learner code may not import the spec file ${rel}`;
  const requires = ctx.requiresOf(own) ?? [];
  return requires.includes(other)
    ? undefined
    : `exercises/${own} may import exercises/${other} only if its exercise.json lists "${other}" in "requires"`;
}
