/**
 * Progress kept between runs in the git-ignored `.course/` folder: the last report and one
 * line per run, so a learner (or a future `npm run grade -- --history`) can see the way travelled.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CourseReport } from "./report/report";

export function saveProgress(root: string, report: CourseReport): string {
  const dir = path.join(root, ".course");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "last-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const line = {
    at: report.generated_at,
    target: report.target,
    score: report.score,
    max_score: report.max_score,
    exercises: Object.fromEntries(report.exercises.map((e) => [e.id, e.score])),
  };
  appendFileSync(path.join(dir, "history.jsonl"), `${JSON.stringify(line)}\n`);
  return dir;
}
