/**
 * The Vitest project of one course section. Shared by the course's own config and by the
 * grader's fixture courses, so that both run specs exactly the same way.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { courseTargetPlugin } from "./targets.ts";

const INTEGRITY_SETUP = path.join(path.dirname(fileURLToPath(import.meta.url)), "run", "integrity.ts");

export function sectionProject(section: string, root: string): TestProjectInlineConfiguration {
  const withHidden = process.env.COURSE_HIDDEN === "1";
  return {
    plugins: [courseTargetPlugin({ root })],
    test: {
      name: section,
      root,
      include: [
        `exercises/${section}/**/*.spec.ts`,
        ...(withHidden ? [`grader/hidden/${section}/**/*.hidden.spec.ts`] : []),
      ],
      setupFiles: [INTEGRITY_SETUP],
      // Fast-lane specs finish in seconds; slow-lane specs raise this per test.
      testTimeout: 20_000,
    },
  };
}
