import { defineConfig } from "vitest/config";
import { LearnerSummaryReporter } from "./grader/run/learner-reporter.ts";
import { projects } from "./vitest.workspace.ts";

export default defineConfig({
  test: {
    projects,
    // Forks, not threads: a learner's \`process.exit()\` or endless loop then stays inside one
    // child process that the grader can kill.
    pool: "forks",
    // The grader passes its own reporter through the Node API, which replaces these.
    reporters: ["default", new LearnerSummaryReporter()],
  },
});
