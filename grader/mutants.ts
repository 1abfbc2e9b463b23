/**
 * Mutants: realistic learner mistakes, declared per exercise in `solutions/<folder>/mutants.ts`
 * as small find/replace edits of the solution's own source. The target plugin applies a
 * mutant's edits in memory when the solution file loads, so every caller of the edited code —
 * the solution's internal callers and sibling learner files that import it — sees the mistake.
 *
 *   import type { Mutant } from "../../../grader/mutants";
 *   export const mutants: Mutant[] = [
 *     { name: "vectors-dot-ignores-length", file: "vectors.ts", task: 2,
 *       why: "dot does not check the lengths and reads past the shorter vector",
 *       edits: [{ find: "  checkSameLength(\"dot\", a, b);\n", replace: "" }] },
 *   ];
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";

/** One find/replace on the solution file; `find` must occur exactly once. */
export interface Edit {
  find: string;
  replace: string;
}

export interface Mutant {
  /** Unique across the course, kebab-case, starting with the module's name: "vectors-dot-ignores-length". */
  name: string;
  /** The learner file it edits, relative to the exercise folder (one of the manifest's `learnerFiles`). */
  file: string;
  /** The README task whose specs must reject it. */
  task: number;
  /** The mistake, as a learner would make it, and why it is wrong. */
  why: string;
  /** The smallest edit that expresses the mistake. */
  edits?: Edit[];
  /**
   * The whole file instead, only where no edit can express the mistake; `why` must then say why
   * (it must contain "whole file").
   */
  source?: string;
}

const editSchema = z.object({ find: z.string().min(1), replace: z.string() }).strict();

const mutantSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
    file: z.string().regex(/^[\w./-]+\.ts$/),
    task: z.number().int().positive(),
    why: z.string().min(10),
    edits: z.array(editSchema).min(1).optional(),
    source: z.string().min(1).optional(),
  })
  .strict()
  .refine((m) => (m.edits === undefined) !== (m.source === undefined), {
    message: "give either edits or source",
  })
  .refine((m) => m.source === undefined || /whole file/i.test(m.why), {
    message: 'a whole-file mutant must say in "why" why an edit cannot express it ("whole file …")',
  });

export class MutantError extends Error {
  override name = "MutantError";
}

/** The declarations file of an exercise folder ("5.1-math/01-vectors"). */
export function mutantsFile(solutionsDir: string, folder: string): string {
  return path.join(solutionsDir, folder, "mutants.ts");
}

async function importTs(file: string): Promise<Record<string, unknown>> {
  // tsx's API loads a TypeScript module from plain Node as well as from inside Vitest.
  const { tsImport } = await import("tsx/esm/api");
  return (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
}

/** The validated mutants of one exercise, or [] when it declares none. */
export async function loadMutants(solutionsDir: string, folder: string): Promise<Mutant[]> {
  const file = mutantsFile(solutionsDir, folder);
  if (!existsSync(file)) return [];
  const exported = (await importTs(file)).mutants;
  const parsed = z.array(mutantSchema).safeParse(exported);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new MutantError(`${file} must export \`mutants: Mutant[]\`:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Counts the non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * The mutated source. Each edit applies to the result of the previous ones; a `find` that does
 * not match exactly once means the mutant went stale when the solution changed.
 */
export function applyMutant(source: string, mutant: Mutant): string {
  if (mutant.source !== undefined) return mutant.source;
  let out = source;
  (mutant.edits ?? []).forEach((edit, i) => {
    const n = occurrences(out, edit.find);
    if (n !== 1) {
      const first = edit.find.split("\n")[0]?.slice(0, 80);
      throw new MutantError(
        `mutant ${mutant.name} is stale: edit ${i + 1} of ${mutant.file} matches ${n} times (must be exactly once): ${JSON.stringify(first)}`,
      );
    }
    out = out.replace(edit.find, () => edit.replace);
  });
  return out;
}

/** Mutated lines minus one: a size measure ("lines per mutant") for reports. */
export function mutantSize(mutant: Mutant): number {
  if (mutant.source !== undefined) return mutant.source.split("\n").length;
  return (mutant.edits ?? []).reduce(
    (n, e) => n + Math.max(e.find.split("\n").length, e.replace.split("\n").length),
    0,
  );
}

/**
 * Finds the exercise that declares mutant `name`. Only declaration files whose text contains the
 * name are imported, so that a mutant run does not load every exercise's declarations.
 */
export async function findMutant(
  solutionsDir: string,
  name: string,
): Promise<{ folder: string; mutant: Mutant } | undefined> {
  if (!existsSync(solutionsDir)) return undefined;
  for (const section of readdirSync(solutionsDir).sort()) {
    const sectionDir = path.join(solutionsDir, section);
    if (!existsSync(sectionDir) || !readdirSync(sectionDir, { withFileTypes: true }).length) continue;
    for (const exercise of readdirSync(sectionDir).sort()) {
      const folder = `${section}/${exercise}`;
      const file = mutantsFile(solutionsDir, folder);
      if (!existsSync(file) || !readFileSync(file, "utf8").includes(`"${name}"`)) continue;
      const mutant = (await loadMutants(solutionsDir, folder)).find((m) => m.name === name);
      if (mutant) return { folder, mutant };
    }
  }
  return undefined;
}
