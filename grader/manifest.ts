/**
 * `exercise.json`: what an exercise is worth and how it is graded. The format is documented
 * in docs/manifest.md; this schema is the single source of truth for it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Points in whole 64ths (grader/score.ts POINT_QUANTUM), so that every sum of points is exact. */
const points = z
  .number()
  .positive()
  .refine((p) => Number.isInteger(p * 64), {
    message: "points must be a multiple of 1/64 (e.g. 1, 0.5, 0.25)",
  });

const threshold = z
  .object({
    /** The name a spec records with `recordMetric(ctx, name, value)`. */
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case letters, digits, '.', '_' or '-'"),
    /** The README task the threshold belongs to. */
    task: z.number().int().positive(),
    description: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    points,
    unit: z.string().optional(),
  })
  .strict()
  .refine((t) => t.min !== undefined || t.max !== undefined, { message: "give min, max or both" });

export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    /** `<section>.<number>`, e.g. "5.1.2"; the number matches the folder's `NN-` prefix. */
    id: z.string().regex(/^\d+\.\d+\.\d+$/, 'like "5.1.2"'),
    /** The folder name without its number, e.g. "matrix-multiplication". */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
    title: z.string().min(3),
    /** `fast`: every spec file takes seconds. `slow`: training or end-to-end runs. */
    lane: z.enum(["fast", "slow"]),
    /** Wall-clock limit for one grading run of this exercise; the grader kills it after that. */
    timeBudgetSeconds: z.number().int().positive().max(3600),
    /** The files the learner edits, relative to the exercise folder. */
    learnerFiles: z.array(z.string().regex(/^[\w./-]+\.ts$/)).min(1),
    hint: z.string().min(10),
    tasks: z
      .array(
        z
          .object({
            id: z.number().int().positive(),
            title: z.string().min(3),
            points,
          })
          .strict(),
      )
      .min(1),
    /**
     * Earlier exercises whose learner files this one imports (e.g. 5.2.8 builds on your 5.2.1
     * and 5.2.2); learner code may import no other exercise.
     */
    requires: z.array(z.string().regex(/^\d+\.\d+\.\d+$/, 'like "5.2.1"')).default([]),
    metrics: z.array(threshold).default([]),
    benchmarks: z.array(threshold).default([]),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = m.tasks.map((t) => t.id);
    ids.forEach((id, i) => {
      if (id !== i + 1)
        ctx.addIssue({ code: "custom", path: ["tasks", i, "id"], message: `expected ${i + 1}` });
    });
    for (const [kind, list] of [
      ["metrics", m.metrics],
      ["benchmarks", m.benchmarks],
    ] as const) {
      list.forEach((t, i) => {
        if (!ids.includes(t.task)) {
          ctx.addIssue({ code: "custom", path: [kind, i, "task"], message: `no task ${t.task}` });
        }
      });
    }
  });

export type Manifest = z.output<typeof manifestSchema>;
export type Threshold = Manifest["metrics"][number];

export class ManifestError extends Error {
  override name = "ManifestError";
}

/** Reads and validates `<dir>/exercise.json`; errors name the file and each bad field. */
export function loadManifest(dir: string): Manifest {
  const file = path.join(dir, "exercise.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ManifestError(`${file}: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new ManifestError(`${file} is not a valid exercise manifest:\n${lines.join("\n")}`);
  }
  const folder = path.basename(dir);
  const match = /^(\d+)-(.+)$/.exec(folder);
  const number = Number(parsed.data.id.split(".")[2]);
  if (!match || Number(match[1]) !== number || match[2] !== parsed.data.slug) {
    throw new ManifestError(
      `${file}: folder "${folder}" must be "${String(number).padStart(2, "0")}-${parsed.data.slug}" to match id and slug`,
    );
  }
  return parsed.data;
}
