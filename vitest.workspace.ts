/**
 * One Vitest project per course section, plus the course's own infrastructure (grader, lib,
 * datasets). Vitest 4 dropped workspace files, so `vitest.config.ts` imports this list into
 * `test.projects`.
 *
 * - Learners: `npm test exercises/5.1` runs the public specs of section 5.1 only (Vitest
 *   filters files by that path fragment).
 * - The grader sets COURSE_HIDDEN=1 to add the hidden specs of `grader/hidden/<section>/`.
 * - COURSE_TARGET picks what the specs run against (see grader/targets.ts).
 */
import { existsSync } from "node:fs";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { courseTargetPlugin } from "./grader/targets";

/** The course sections, in roadmap order. Folders that do not exist yet are skipped. */
export const SECTIONS = [
  "5.1-math",
  "5.2-classic-ml",
  "5.3-mlops",
  "6.1-nn-core",
  "6.2-cnn",
  "6.3-nlp",
  "6.4-final-boss",
] as const;

const withHidden = process.env.COURSE_HIDDEN === "1";

function sectionProject(section: string): TestProjectInlineConfiguration {
  return {
    plugins: [courseTargetPlugin()],
    test: {
      name: section,
      include: [
        `exercises/${section}/**/*.spec.ts`,
        ...(withHidden ? [`grader/hidden/${section}/**/*.hidden.spec.ts`] : []),
      ],
      // Specs of the fast lane finish in seconds; slow-lane specs raise this per test.
      testTimeout: 20_000,
    },
  };
}

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

export const projects: TestProjectInlineConfiguration[] = [
  ...SECTIONS.filter((section) => existsSync(new URL(`./exercises/${section}`, import.meta.url))).map(
    sectionProject,
  ),
  infrastructureProject("grader"),
  infrastructureProject("lib"),
  infrastructureProject("datasets"),
];

export default projects;
