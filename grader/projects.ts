/**
 * The Vitest project of one course section. Shared by the course's own config and by the
 * grader's fixture courses, so that both run specs exactly the same way.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { courseTargetPlugin, parseTarget } from "./targets.ts";

const INTEGRITY_SETUP = path.join(path.dirname(fileURLToPath(import.meta.url)), "run", "integrity.ts");

/** Separates section and target in the project names of a run over several targets. */
export const TARGET_SEPARATOR = "@";

/**
 * The Vitest project of one course section. With `target`, the project runs against that target
 * and is named `<section>@<target>`, so that one Vitest process can run the same specs against
 * several mutants side by side, each project with its own module graph.
 */
export function sectionProject(
  section: string,
  root: string,
  target?: string,
): TestProjectInlineConfiguration {
  const withHidden = process.env.COURSE_HIDDEN === "1";
  return {
    plugins: [courseTargetPlugin(target === undefined ? { root } : { root, target: parseTarget(target) })],
    test: {
      name: target === undefined ? section : `${section}${TARGET_SEPARATOR}${target}`,
      root,
      include: [
        `exercises/${section}/**/*.spec.ts`,
        ...(withHidden ? [`solutions/${section}/*/hidden/**/*.hidden.spec.ts`] : []),
      ],
      setupFiles: [INTEGRITY_SETUP],
      // Fast-lane specs finish in seconds; slow-lane specs raise this per test.
      testTimeout: 20_000,
    },
  };
}

/**
 * The section projects of a course: one per section normally; with COURSE_TARGETS (a
 * comma-separated list, set by the grader) and COURSE_SECTION, one project per target of that
 * section, so that one Vitest process runs the same specs against several targets.
 */
export function courseProjects(root: string, sections: string[]): TestProjectInlineConfiguration[] {
  const targets = process.env.COURSE_TARGETS?.split(",").filter(Boolean);
  const section = process.env.COURSE_SECTION;
  if (targets && section) return targets.map((t) => sectionProject(section, root, t));
  return sections.map((s) => sectionProject(s, root));
}
