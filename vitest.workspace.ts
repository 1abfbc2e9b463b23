/**
 * One Vitest project per course section, plus the course's own infrastructure (grader, lib,
 * datasets). Vitest 4 dropped workspace files, so `vitest.config.ts` imports this list into
 * `test.projects`.
 *
 * - Learners: `npm test exercises/5.1` runs the public specs of section 5.1 only (Vitest
 *   filters files by that path fragment).
 * - The grader sets COURSE_HIDDEN=1 to add the hidden specs of `solutions/<section>/<exercise>/hidden/`.
 * - COURSE_TARGET picks what the specs run against (see grader/targets.ts).
 * - The grader sets COURSE_TARGETS (a comma-separated list) and COURSE_SECTION to run one
 *   section against several targets in one process: one project per target.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { courseProjects } from "./grader/projects.ts";
import { SECTIONS } from "./grader/sections.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

function infrastructureProject(name: "grader" | "lib" | "datasets"): TestProjectInlineConfiguration {
  return {
    test: {
      name,
      include: [`${name}/**/*.test.ts`],
      exclude: ["**/node_modules/**", "**/fixtures/**"],
      testTimeout: 120_000,
    },
  };
}

const sections = SECTIONS.filter((s) => existsSync(path.join(root, "exercises", s.folder))).map(
  (s) => s.folder,
);

export const projects: TestProjectInlineConfiguration[] = [
  ...courseProjects(root, sections),
  infrastructureProject("grader"),
  infrastructureProject("lib"),
  infrastructureProject("datasets"),
];

export default projects;
