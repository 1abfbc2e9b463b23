/**
 * `npm run grade` — the course's main command. Runs the specs (public and hidden), scores
 * them, prints the progress report, and writes it where asked. No server, no network.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pc from "picocolors";
import { discoverExercises, SelectionError } from "./exercises";
import { gradeCourse } from "./grade";
import { ManifestError } from "./manifest";
import { saveProgress } from "./progress";
import { formatPoints } from "./report/format";
import { classroomResults, exercismResults, gradescopeResults, learnerView } from "./report/formats";
import { renderMarkdown } from "./report/markdown";
import { renderTerminal } from "./report/terminal";
import { hardenProcess } from "./run/harden";
import { ROOT, TargetError } from "./targets";

hardenProcess();

const HELP = `Usage: npm run grade -- [filter] [options]

Runs the public and hidden specs of the course's exercises and prints your progress.

  filter                 a section (5.1, 5.1-math), an exercise id (5.1.2) or a path
                         (exercises/5.1-math/02-matrix-multiplication); all when omitted

Options:
  --json <file>          also write the report as JSON (hidden tests redacted)
  --markdown <file>      also write the report as Markdown (PR comment, job summary)
  --exercism <dir>       write Exercism v3 results: <dir>/<exercise id>/results.json
  --gradescope <file>    write Gradescope's results.json (hidden tests after_published)
  --classroom <file>     write the GitHub Classroom reporter's runner input (JSON; base64
                         it into <RUNNER>_RESULTS)
  --instructor-json <f>  write the full report, hidden tests' names and messages included
  --target <target>      exercises (default) | solutions | mutant:<name>  (maintainers)
  --lane <lane>          fast | slow | all (default all)
  --time-scale <x>       multiply every time budget by x on a slow machine (default 1)
  --strict               exit with code 1 unless every selected exercise has full score
  -h, --help             show this help

Progress is kept in .course/ (last-report.json, history.jsonl).
The last line is GitHub Classroom's "Points X/Y".`;

function writeOut(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "string" },
      markdown: { type: "string" },
      exercism: { type: "string" },
      gradescope: { type: "string" },
      classroom: { type: "string" },
      "instructor-json": { type: "string" },
      target: { type: "string" },
      lane: { type: "string", default: "all" },
      "time-scale": { type: "string", default: process.env.COURSE_TIME_SCALE ?? "1" },
      strict: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 1)
    throw new SelectionError(`Give at most one filter, got: ${positionals.join(" ")}`);
  const lane = values.lane;
  if (lane !== "fast" && lane !== "slow" && lane !== "all")
    throw new SelectionError(`--lane must be fast, slow or all`);
  const timeScale = Number(values["time-scale"]);
  if (!(timeScale > 0)) throw new SelectionError(`--time-scale must be a positive number`);

  const report = await gradeCourse({
    filter: positionals[0],
    target: values.target ?? process.env.COURSE_TARGET,
    lanes: lane === "all" ? ["fast", "slow"] : [lane],
    timeScale,
    onExerciseStart: (e) => process.stderr.write(pc.dim(`grading ${e.id} ${e.manifest.title}… `)),
    onExerciseEnd: (r) =>
      process.stderr.write(
        pc.dim(`${formatPoints(r.score)}/${formatPoints(r.max_score)} in ${r.execution_time} s\n`),
      ),
  });

  // Learners see hidden tests only as "hidden test N of task T"; the instructor JSON and
  // Gradescope (which enforces its own visibility) get everything.
  const learner = learnerView(report);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  saveProgress(ROOT, learner);
  if (values.json) writeOut(values.json, json(learner));
  if (values["instructor-json"]) writeOut(values["instructor-json"], json(report));
  if (values.gradescope) writeOut(values.gradescope, json(gradescopeResults(report)));
  if (values.classroom) writeOut(values.classroom, json(classroomResults(learner)));
  if (values.exercism) {
    for (const e of learner.exercises)
      writeOut(path.join(values.exercism, e.id, "results.json"), json(exercismResults(ROOT, e)));
  }
  const markdown = renderMarkdown(learner);
  if (values.markdown) writeOut(values.markdown, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
  if (discoverExercises(ROOT).every((e) => e.hiddenSpecs.length === 0)) {
    console.log(
      pc.yellow(
        "Unofficial score: this copy of the course has no hidden specs, so only the public specs ran. The official grade (hidden specs included) comes from the course's CI when you open a pull request.",
      ),
    );
  }
  console.log(renderTerminal(learner));
  return values.strict && report.score < report.max_score ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof SelectionError || error instanceof ManifestError || error instanceof TargetError;
    console.error(pc.red(known ? (error as Error).message : String((error as Error).stack ?? error)));
    if (known) console.error(pc.dim("Run `npm run grade -- --help` for usage."));
    process.exit(2);
  },
);
