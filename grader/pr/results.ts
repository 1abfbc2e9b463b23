/**
 * What the trusted job publishes, written as files into `--out` so that the job that publishes
 * (with a write token) only reads data and runs no learner code:
 *
 *   comment.md        the PR comment: a hidden marker, the files that were not graded, the
 *                     grader's learner Markdown (escaped, hidden failures redacted)
 *   check-run.json    { conclusion, title, summary } for a check run on the graded commit
 *   classroom.env     `<RUNNER>_RESULTS=<base64 JSON>`, the GitHub Classroom reporter's input,
 *                     ready to append to $GITHUB_ENV (classroom.json: the same JSON, readable)
 *   report.json       the learner report;  instructor.json  the full report
 *   learner-files.json  which learner files were copied, refused (and why) or missing
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { escapeMarkdown } from "../report/markdown";
import type { CourseReport } from "../report/report";
import type { LearnerFilesResult } from "./learner-files";

/** Finds the course's own comment among a PR's comments; never shown by GitHub. */
export const COMMENT_MARKER = "<!-- course-autograde -->";

/** GitHub refuses comment bodies and check-run summaries above 65 536 characters. */
export const GITHUB_TEXT_LIMIT = 65_000;

export interface CheckRunSummary {
  conclusion: "success" | "failure";
  title: string;
  summary: string;
}

/** The Classroom reporter reads `<ID>_RESULTS` for each id of its `runners` input. */
export const CLASSROOM_RUNNER_PATTERN = /^[a-zA-Z0-9]+$/;

export function classroomEnvLine(runner: string, classroomJson: string): string {
  const value = Buffer.from(classroomJson).toString("base64");
  return `${runner.toUpperCase()}_RESULTS=${value}\n`;
}

function limit(text: string): string {
  const notice = "\n\n… (cut: the full report is in the job's artifacts)\n";
  return text.length <= GITHUB_TEXT_LIMIT ? text : text.slice(0, GITHUB_TEXT_LIMIT - notice.length) + notice;
}

/** The section of the comment that says which files were not graded, and why. */
export function filesSection(files: LearnerFilesResult): string {
  if (files.refused.length === 0) return "";
  const lines = [
    "### Files not graded",
    "",
    "These files of your pull request were refused; the course's version of each was graded instead.",
    "",
    ...files.refused.map((r) => `- ${escapeMarkdown(r.file)}: ${escapeMarkdown(r.reason)}`),
    "",
  ];
  return `${lines.join("\n")}\n`;
}

export function commentBody(markdown: string, files: LearnerFilesResult): string {
  return limit(`${COMMENT_MARKER}\n${filesSection(files)}${markdown}`);
}

/** A full score is a success; anything less fails the check, as Classroom's own reporter does. */
export function checkRun(report: CourseReport, files: LearnerFilesResult, markdown: string): CheckRunSummary {
  const refused = files.refused.length > 0 ? ` (${files.refused.length} file(s) not graded)` : "";
  return {
    conclusion: report.status === "pass" ? "success" : "failure",
    title: `${report.points_line}${refused}`,
    summary: limit(`${filesSection(files)}${markdown}`),
  };
}

/** When grading itself failed: the PR still gets a comment and a failing check that say so. */
export function failureCheckRun(reason: string): CheckRunSummary {
  return {
    conclusion: "failure",
    title: "Grading did not complete",
    summary: `The grader could not grade this pull request: ${escapeMarkdown(reason)}`,
  };
}

export interface Outputs {
  comment: string;
  checkRun: CheckRunSummary;
  /** Absent when grading failed: no points reach Classroom rather than wrong ones. */
  classroom?: { runner: string; json: string };
  learnerJson?: string;
  instructorJson?: string;
  files: LearnerFilesResult;
}

export const OUTPUT_FILES = {
  comment: "comment.md",
  checkRun: "check-run.json",
  classroomEnv: "classroom.env",
  classroomJson: "classroom.json",
  learnerJson: "report.json",
  instructorJson: "instructor.json",
  files: "learner-files.json",
} as const;

export function writeOutputs(out: string, outputs: Outputs): void {
  const write = (name: string, text: string) => writeFileSync(path.join(out, name), text);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  write(OUTPUT_FILES.comment, outputs.comment);
  write(OUTPUT_FILES.checkRun, json(outputs.checkRun));
  write(OUTPUT_FILES.files, json(outputs.files));
  if (outputs.classroom) {
    write(OUTPUT_FILES.classroomEnv, classroomEnvLine(outputs.classroom.runner, outputs.classroom.json));
    write(OUTPUT_FILES.classroomJson, outputs.classroom.json);
  }
  if (outputs.learnerJson !== undefined) write(OUTPUT_FILES.learnerJson, outputs.learnerJson);
  if (outputs.instructorJson !== undefined) write(OUTPUT_FILES.instructorJson, outputs.instructorJson);
}
