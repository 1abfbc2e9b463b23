/**
 * `npm run datasets -- <command>`: list, fetch, verify and locate the course's datasets.
 */
import { rm } from "node:fs/promises";
import { CourseError } from "../lib/errors";
import { formatBytes, stderrProgress } from "./fetch";
import {
  DATASET_IDS,
  type DatasetOptions,
  datasetPath,
  fetchDataset,
  findDataset,
  listDatasets,
  verifyDataset,
} from "./index";
import { defaultCacheDir, defaultMirror, describeMirror } from "./paths";

export const HELP = `Usage: npm run datasets -- <command> [arguments]

Commands:
  list                 every dataset: id, size, source, and whether it is cached here
  fetch <id…>          download datasets into the cache (verifying each file's sha256)
  fetch --all          download every dataset
  verify [id…]         re-hash the cached files (all datasets when no id is given);
                       corrupt files are removed so that \`fetch\` gets them again
  path <id>            print the local folder of a dataset (fetching it first if needed)
  help, --help         this text

Environment:
  COURSE_DATA_DIR      cache folder (default: .cache/datasets at the repository root)
  COURSE_DATA_MIRROR   a folder or an http(s) base URL laid out like the course's dataset
                       mirror (../shared/datasets), used instead of the network; when unset,
                       ../shared/datasets is used if it exists; "off" forces the network

Examples:
  npm run datasets -- list
  npm run datasets -- fetch titanic cats-vs-dogs
  COURSE_DATA_MIRROR=/data/course-mirror npm run datasets -- fetch --all
  ls "$(npm run -s datasets -- path titanic)"
`;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

async function list(out: (s: string) => void): Promise<number> {
  const rows = await listDatasets();
  const w = Math.max(...rows.map((r) => r.id.length), 2);
  out(`${pad("id", w)}  ${pad("size", 9)}  ${pad("files", 5)}  status`);
  for (const r of rows) {
    out(`${pad(r.id, w)}  ${pad(formatBytes(r.bytes), 9)}  ${pad(String(r.files), 5)}  ${r.status}`);
  }
  out("");
  out(`cache: ${defaultCacheDir()}`);
  out(`source: ${describeMirror(defaultMirror())}`);
  return 0;
}

async function fetchCmd(args: string[], out: (s: string) => void, opts: DatasetOptions): Promise<number> {
  const ids = args.includes("--all") ? [...DATASET_IDS] : args.filter((a) => !a.startsWith("-"));
  if (ids.length === 0)
    throw new CourseError("fetch needs dataset ids or --all (see `npm run datasets -- list`)");
  for (const id of ids) findDataset(id); // unknown ids fail before any download
  for (const id of ids) {
    const n = await fetchDataset(id, opts);
    out(`${id}: ${n === 0 ? "already available" : `fetched ${n} file${n === 1 ? "" : "s"}`}`);
  }
  return 0;
}

async function verifyCmd(args: string[], out: (s: string) => void): Promise<number> {
  const ids = args.length === 0 ? [...DATASET_IDS] : args;
  for (const id of ids) findDataset(id);
  let bad = 0;
  for (const id of ids) {
    const reports = await verifyDataset(id);
    const ok = reports.filter((r) => r.status === "ok").length;
    const missing = reports.filter((r) => r.status === "missing").length;
    const broken = reports.filter((r) => r.status === "corrupt" || r.status === "wrong-size");
    for (const r of broken) {
      out(
        `  ${r.status}: ${r.path}\n    expected sha256 ${r.expected}${r.actual ? `\n    actual   sha256 ${r.actual}` : ""}`,
      );
      if (findDataset(id).source.kind === "mirror") await rm(r.path, { force: true });
    }
    bad += broken.length;
    const state = broken.length > 0 ? "PROBLEMS" : missing === reports.length ? "not cached" : "ok";
    out(
      `${pad(id, 18)} ${state}: ${ok}/${reports.length} verified${missing > 0 ? `, ${missing} missing` : ""}`,
    );
  }
  if (bad > 0)
    out(`${bad} bad file(s) removed from the cache: run \`npm run datasets -- fetch <id>\` again.`);
  return bad > 0 ? 1 : 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const [command, ...args] = argv;
  const opts: DatasetOptions = { onProgress: stderrProgress() };
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      out(HELP);
      return command === undefined ? 1 : 0;
    case "list":
      return list(out);
    case "fetch":
      return fetchCmd(args, out, opts);
    case "verify":
      return verifyCmd(args, out);
    case "path": {
      const [id] = args;
      if (id === undefined || args.length !== 1) throw new CourseError("path needs exactly one dataset id");
      out(await datasetPath(id, opts));
      return 0;
    }
    default:
      throw new CourseError(`unknown command "${command}". ${HELP}`);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof CourseError) {
        console.error(`error: ${e.message}`);
        process.exitCode = 2;
      } else {
        console.error(e);
        process.exitCode = 3;
      }
    },
  );
}
