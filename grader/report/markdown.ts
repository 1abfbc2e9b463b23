/** The report as Markdown, for a pull-request comment or a CI job summary. */
import { sectionTitle } from "../sections";
import { formatMetric, formatPoints, formatThreshold, STATUS_ICON, STATUS_LABEL } from "./format";
import type { CourseReport } from "./report";

/**
 * Learner text (error messages, test names) must never become HTML, a link or an image (a
 * PR comment is posted by the course's bot), a mention that notifies someone, or break the
 * table: HTML is entity-escaped, Markdown punctuation backslash-escaped, and "@" followed by a
 * zero-width space, which GitHub does not read as a mention.
 */
export const escapeMarkdown = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/[\\`*_[\]()!#~|]/g, "\\$&")
    .replaceAll("@", "@\u200b")
    .replaceAll("\n", " ");

export function renderMarkdown(report: CourseReport): string {
  const out: string[] = [];
  const pct = report.max_score > 0 ? Math.round((100 * report.score) / report.max_score) : 0;
  out.push(
    `## ML course — ${formatPoints(report.score)}/${formatPoints(report.max_score)} points (${pct}%)`,
    "",
  );
  out.push(`Target: \`${report.target}\` · ${report.execution_time} s · ${report.generated_at}`, "");
  out.push("| | Exercise | Section | Score | Status |", "|---|---|---|---:|---|");
  for (const e of report.exercises) {
    out.push(
      `| ${STATUS_ICON[e.status]} | ${e.id} ${escapeMarkdown(e.title)} | ${sectionTitle(e.section)} | ${formatPoints(e.score)}/${formatPoints(e.max_score)} | ${STATUS_LABEL[e.status]} |`,
    );
  }
  const measured = report.exercises.filter(
    (e) => e.thresholds.length > 0 || Object.keys(e.metrics).length > 0,
  );
  if (measured.length > 0) {
    out.push("", "### Metrics and benchmarks", "");
    for (const e of measured) {
      for (const t of e.thresholds) out.push(`- ${t.passed ? "✔" : "✘"} ${e.id} ${formatThreshold(t)}`);
      const shown = new Set(e.thresholds.map((t) => t.name));
      for (const [name, m] of Object.entries(e.metrics))
        if (!shown.has(name)) out.push(`- ${e.id} ${name} = ${formatMetric(m)}`);
    }
  }
  const failing = report.exercises.filter((e) => e.status !== "passed" && e.status !== "not_started");
  for (const e of failing) {
    out.push("", `<details><summary>${e.id} ${escapeMarkdown(e.title)}: what is missing</summary>`, "");
    for (const p of e.problems) out.push(`- ⚠️ ${escapeMarkdown(p)}`);
    for (const t of e.tests.filter((t) => t.status !== "pass").slice(0, 20)) {
      const msg =
        t.visibility === "visible"
          ? ` — ${escapeMarkdown((t.message ?? "").slice(0, 200))}`
          : " (hidden test)";
      out.push(`- task ${t.task_id ?? "?"}: ${escapeMarkdown(t.name)}${msg}`);
    }
    out.push("", "</details>");
  }
  if (report.next)
    out.push(
      "",
      `**Next:** ${report.next.id} ${report.next.title} — ${report.next.reason} (\`${report.next.command}\`)`,
    );
  out.push("", report.points_line, "");
  return out.join("\n");
}
