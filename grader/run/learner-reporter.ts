/**
 * Added after Vitest's default reporter for `npm test`: a short per-exercise, per-task
 * summary, so that a learner sees "task 2 not started" rather than a wall of red.
 */
import path from "node:path";
import pc from "picocolors";
import type { Reporter, TestModule } from "vitest/node";
import { NotImplemented } from "../../lib/errors.ts";
import { testOutcome, topDescribe } from "./test-outcome.ts";

type TaskState = { passed: number; failed: number; notStarted: number };

function exerciseOf(moduleId: string, root: string): string | undefined {
  const rel = path.relative(root, moduleId).split(path.sep);
  const start = rel[0] === "exercises" || rel[0] === "solutions" ? 1 : -1;
  return start < 0 ? undefined : rel.slice(start, start + 2).join("/");
}

export class LearnerSummaryReporter implements Reporter {
  #root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.#root = vitest.config.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byExercise = new Map<string, Map<string, TaskState>>();
    for (const module of modules) {
      const exercise = exerciseOf(module.moduleId, this.#root);
      if (!exercise) continue;
      const tasks = byExercise.get(exercise) ?? new Map<string, TaskState>();
      byExercise.set(exercise, tasks);
      for (const test of module.children.allTests()) {
        const task = topDescribe(test) ?? "(no task)";
        const state = tasks.get(task) ?? { passed: 0, failed: 0, notStarted: 0 };
        tasks.set(task, state);
        const outcome = testOutcome(test);
        if (outcome.state === "passed") state.passed++;
        else if (outcome.errors.some((e) => e.message?.includes(NotImplemented.marker))) state.notStarted++;
        else state.failed++;
      }
    }
    if (byExercise.size === 0) return;
    const lines = ["", pc.bold("Exercises")];
    for (const [exercise, tasks] of [...byExercise].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${exercise}`);
      for (const [task, s] of [...tasks].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))) {
        const total = s.passed + s.failed + s.notStarted;
        const text =
          s.notStarted === total
            ? pc.dim("○ not started")
            : s.passed === total
              ? pc.green(`✔ ${total}/${total} pass`)
              : pc.yellow(
                  `✘ ${s.passed}/${total} pass${s.notStarted ? `, ${s.notStarted} not started` : ""}`,
                );
        lines.push(`    ${task.padEnd(48)} ${text}`);
      }
    }
    lines.push(pc.dim("  Your score, with the hidden specs: npm run grade"), "");
    console.log(lines.join("\n"));
  }
}
