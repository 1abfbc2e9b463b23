/**
 * The options of `npm run grade:pr`, its help text, and its typed input error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { MAX_LEARNER_FILE_BYTES } from "./learner-files";

export class PrInputError extends Error {
  override name = "PrInputError";
}

export interface PrOptions {
  /** The instructor's tree: a checkout, or a git repository together with `trustedRef`. */
  trusted: string;
  /** Take the trusted tree from this commit of the repository at `trusted` (git archive). */
  trustedRef?: string;
  /** The PR head's files: a checkout, or the learner-files artifact laid out the same way. */
  pr: string;
  /** Where the outputs go (created if absent). */
  out: string;
  /** Grade only these exercises (a section, an id or a path, as for `npm run grade`). */
  filter?: string;
  /** A node_modules folder installed from the trusted lockfile, linked instead of `npm ci`. */
  nodeModules?: string;
  /** The work folder (must be empty or absent); kept afterwards. A temporary one otherwise, removed. */
  work?: string;
  maxFileBytes?: number;
  /** The Classroom reporter's runner id: the env var is `<ID>_RESULTS`. */
  classroomRunner?: string;
  /** Passed to the grader (a slow machine). */
  timeScale?: number;
}

export const HELP = `Usage: npm run grade:pr -- --trusted <dir> --pr <dir> --out <dir> [options]

Grades a pull request: the grader, specs, hidden specs, manifests, lockfile and configs come
from the trusted tree; only the files its manifests list as learnerFiles come from the PR head
(regular files only: links, folders, files over the size limit and paths outside the exercise
folder are refused and listed). Dependencies are installed with npm ci --ignore-scripts.

Required:
  --trusted <dir>          the instructor's course checkout (or a git repository, with --trusted-ref)
  --pr <dir>               the PR head's files: a checkout, or the learner-files artifact
  --out <dir>              writes comment.md, check-run.json, classroom.env (<RUNNER>_RESULTS),
                           classroom.json, report.json, instructor.json, learner-files.json

Options:
  --trusted-ref <ref>      grade with the tree of this commit of the --trusted repository
  --filter <filter>        grade only a section (5.1), an exercise id (5.1.2) or a path
  --node-modules <dir>     link this node_modules (installed from the trusted lockfile) into
                           the work folder instead of running npm ci --ignore-scripts
  --work <dir>             the work folder (empty or absent), kept afterwards; a temporary
                           folder otherwise, removed at the end
  --max-file-bytes <n>     size limit per learner file (default ${MAX_LEARNER_FILE_BYTES}, 1 MiB)
  --classroom-runner <id>  the Classroom reporter's runner id (default course: COURSE_RESULTS)
  --time-scale <x>         multiply every time budget by x (default 1)
  -h, --help               show this help

Exit code: 0 when graded, 1 when the grader did not produce a report (the outputs say so),
2 for bad input.`;

export function parsePrArgs(argv: string[]): PrOptions | "help" {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      trusted: { type: "string" },
      "trusted-ref": { type: "string" },
      pr: { type: "string" },
      out: { type: "string" },
      filter: { type: "string" },
      "node-modules": { type: "string" },
      work: { type: "string" },
      "max-file-bytes": { type: "string" },
      "classroom-runner": { type: "string" },
      "time-scale": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (positionals.length > 0) throw new PrInputError(`Unexpected argument: ${positionals.join(" ")}`);
  const required = (name: "trusted" | "pr" | "out") => {
    const value = values[name];
    if (!value) throw new PrInputError(`--${name} <dir> is required`);
    return path.resolve(value);
  };
  const options: PrOptions = { trusted: required("trusted"), pr: required("pr"), out: required("out") };
  if (values["trusted-ref"]) options.trustedRef = values["trusted-ref"];
  if (values.filter) options.filter = values.filter;
  if (values["node-modules"]) options.nodeModules = path.resolve(values["node-modules"]);
  if (values.work) options.work = path.resolve(values.work);
  if (values["classroom-runner"]) options.classroomRunner = values["classroom-runner"];
  if (values["max-file-bytes"] !== undefined) options.maxFileBytes = Number(values["max-file-bytes"]);
  if (values["time-scale"] !== undefined) {
    options.timeScale = Number(values["time-scale"]);
    if (!(options.timeScale > 0)) throw new PrInputError("--time-scale must be a positive number");
  }
  return options;
}
