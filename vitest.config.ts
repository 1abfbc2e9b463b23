import { defineConfig } from "vitest/config";
import { projects } from "./vitest.workspace.ts";

export default defineConfig({
  test: {
    projects,
    // Forks, not threads: a learner's `process.exit()` or infinite loop then stays inside
    // one child process that the grader can kill.
    pool: "forks",
  },
});
