/** The report as a learner sees it in a terminal: a table per section, bars, and the next step. */
import pc from "picocolors";
import type { ExerciseReport, ExerciseStatus } from "../score";
import { sectionTitle } from "../sections";
import { bar, formatMetric, formatPoints, formatThreshold, STATUS_ICON, STATUS_LABEL } from "./format";
import type { CourseReport } from "./report";

const COLOR: Record<ExerciseStatus, (s: string) => string> = {
  passed: pc.green,
  partial: pc.yellow,
  failed: pc.red,
  not_started: pc.dim,
  error: pc.red,
  timeout: pc.red,
};

function exerciseLine(e: ExerciseReport, titleWidth: number): string {
  const color = COLOR[e.status];
  const score = `${formatPoints(e.score)}/${formatPoints(e.max_score)}`.padStart(9);
  const title = e.title.length > titleWidth ? `${e.title.slice(0, titleWidth - 1)}…` : e.title;
  return `  ${color(STATUS_ICON[e.status])} ${e.id.padEnd(7)} ${title.padEnd(titleWidth)} ${color(bar(e.score, e.max_score, 12))} ${score}  ${color(STATUS_LABEL[e.status])}`;
}

function details(e: ExerciseReport): string[] {
  // Nothing measured yet: a list of "not measured" thresholds would only be noise.
  if (e.status === "not_started") return [];
  const lines: string[] = [];
  if (e.status !== "passed") {
    for (const t of e.tasks.filter((t) => t.score < t.max_score)) {
      lines.push(
        `      task ${t.id}. ${t.title}: ${t.passed}/${t.total} tests pass${t.not_started ? " (not started)" : ""}`,
      );
    }
    for (const p of e.problems.slice(0, 3)) lines.push(pc.red(`      ${p}`));
  }
  for (const t of e.thresholds) {
    const mark = t.passed ? pc.green("✔") : pc.red("✘");
    lines.push(
      `      ${mark} ${formatThreshold(t)}  [${formatPoints(t.score)}/${formatPoints(t.max_score)}]`,
    );
  }
  const shown = new Set(e.thresholds.map((t) => t.name));
  const extra = Object.entries(e.metrics).filter(([name]) => !shown.has(name));
  if (extra.length > 0)
    lines.push(pc.dim(`      ${extra.map(([n, m]) => `${n} ${formatMetric(m)}`).join(" · ")}`));
  return lines;
}

export function renderTerminal(report: CourseReport): string {
  const out: string[] = [];
  out.push(
    pc.bold(`ML course progress`) + pc.dim(`  (target: ${report.target}, ${report.execution_time} s)`),
  );
  const titleWidth = Math.min(36, Math.max(...report.exercises.map((e) => e.title.length), 10));
  let section = "";
  for (const e of report.exercises) {
    if (e.section !== section) {
      section = e.section;
      out.push("", pc.bold(sectionTitle(section)));
    }
    out.push(exerciseLine(e, titleWidth), ...details(e));
  }
  const pct = report.max_score > 0 ? Math.round((100 * report.score) / report.max_score) : 0;
  out.push(
    "",
    `${pc.bold("Total")} ${bar(report.score, report.max_score, 30)} ${formatPoints(report.score)}/${formatPoints(report.max_score)} (${pct}%)`,
  );
  if (report.next) {
    out.push(`${pc.bold("Next")}  ${report.next.id} ${report.next.title} — ${report.next.reason}`);
    out.push(`      ${pc.cyan(report.next.command)}`);
  } else out.push(pc.green("Everything selected is at full score."));
  out.push("", report.points_line);
  return out.join("\n");
}
