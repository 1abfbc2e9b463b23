/**
 * Publishes a graded pull request from the job that holds the write token, reading only the
 * files `npm run grade:pr` wrote (it runs no learner code): creates or updates ONE comment on the
 * PR — the course bot's comment that starts with the hidden marker — and creates a check run on
 * the graded commit. GitHub REST API through global fetch; GITHUB_API_URL points it elsewhere
 * (GitHub Enterprise, or the grader's tests' local fake server).
 *
 *   GITHUB_TOKEN=… npx tsx grader/pr/publish.ts --out <dir> --repo owner/name --sha <sha> [--pr <n>]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type CheckRunSummary, COMMENT_MARKER, OUTPUT_FILES } from "./results";

export class PublishError extends Error {
  override name = "PublishError";
}

export interface PublishOptions {
  /** The folder `npm run grade:pr` wrote. */
  out: string;
  /** "owner/name" */
  repository: string;
  /** The commit that was graded; with a PR, it must still be the PR's head. */
  headSha: string;
  /** The pull request to comment on; none on a push (check run only). */
  pullNumber?: number;
  token: string;
  apiUrl?: string;
  /** Whose comment is the course's: only that author's marker comment is ever updated. */
  botLogin?: string;
  checkName?: string;
}

export interface PublishResult {
  commentId?: number;
  commentCreated?: boolean;
  checkRunId: number;
}

interface Comment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;
const PAGE = 100;

function checkOptions(o: PublishOptions): void {
  if (!o.token) throw new PublishError("GITHUB_TOKEN is not set");
  if (!REPOSITORY.test(o.repository))
    throw new PublishError(`--repo must be owner/name, got "${o.repository}"`);
  if (!SHA.test(o.headSha)) throw new PublishError(`--sha must be a full commit sha, got "${o.headSha}"`);
  // The PR number may come from an artifact the untrusted job wrote: a positive integer, or nothing.
  if (o.pullNumber !== undefined && !(Number.isSafeInteger(o.pullNumber) && o.pullNumber > 0))
    throw new PublishError(`--pr must be a pull request number, got "${o.pullNumber}"`);
}

function client(o: PublishOptions) {
  const base = (o.apiUrl ?? "https://api.github.com").replace(/\/$/, "");
  return async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/repos/${o.repository}${route}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${o.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "course-autograde",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok)
      throw new PublishError(`${method} ${route}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
}

export async function publish(o: PublishOptions): Promise<PublishResult> {
  checkOptions(o);
  const read = (name: string) => readFileSync(path.join(o.out, name), "utf8");
  const comment = read(OUTPUT_FILES.comment);
  const check = JSON.parse(read(OUTPUT_FILES.checkRun)) as CheckRunSummary;
  const api = client(o);
  const result: Partial<PublishResult> = {};

  if (o.pullNumber !== undefined) {
    // A workflow_run job learns the PR number from the untrusted job: make sure that PR's head
    // is the commit that was graded, so that no artifact can post a grade on somebody else's PR.
    const pull = await api<{ head?: { sha?: string } }>("GET", `/pulls/${o.pullNumber}`);
    if (pull.head?.sha !== o.headSha)
      throw new PublishError(
        `pull request #${o.pullNumber} has head ${pull.head?.sha ?? "unknown"}, not the graded ${o.headSha}`,
      );
    const bot = o.botLogin ?? "github-actions[bot]";
    let existing: Comment | undefined;
    for (let page = 1; !existing; page++) {
      const comments = await api<Comment[]>(
        "GET",
        `/issues/${o.pullNumber}/comments?per_page=${PAGE}&page=${page}`,
      );
      // Anyone can write the marker into a comment; only the bot's own comment is the course's.
      existing = comments.find((c) => c.user?.login === bot && c.body?.startsWith(COMMENT_MARKER));
      if (comments.length < PAGE) break;
    }
    const written = existing
      ? await api<Comment>("PATCH", `/issues/comments/${existing.id}`, { body: comment })
      : await api<Comment>("POST", `/issues/${o.pullNumber}/comments`, { body: comment });
    result.commentId = written.id;
    result.commentCreated = !existing;
  }

  const run = await api<{ id: number }>("POST", "/check-runs", {
    name: o.checkName ?? "autograde",
    head_sha: o.headSha,
    status: "completed",
    conclusion: check.conclusion,
    output: { title: check.title, summary: check.summary },
  });
  return { ...result, checkRunId: run.id };
}

const HELP = `Usage: GITHUB_TOKEN=… npx tsx grader/pr/publish.ts --out <dir> --sha <sha> [options]

Posts what npm run grade:pr wrote to <dir>: creates or updates the course's one comment on the
pull request (found by the marker ${COMMENT_MARKER} and the bot's login) and creates a check run.

  --out <dir>          the grade:pr output folder (required)
  --sha <sha>          the graded commit (required); with --pr, it must be the PR's head
  --repo <owner/name>  default: GITHUB_REPOSITORY
  --pr <number>        the pull request to comment on; none: the check run only
  --bot <login>        whose marker comment to update (default github-actions[bot])
  --check-name <name>  default autograde
  -h, --help           show this help

GITHUB_API_URL overrides https://api.github.com.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      sha: { type: "string" },
      repo: { type: "string" },
      pr: { type: "string" },
      bot: { type: "string" },
      "check-name": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.out || !values.sha) throw new PublishError("--out and --sha are required");
  const options: PublishOptions = {
    out: values.out,
    headSha: values.sha,
    repository: values.repo ?? process.env.GITHUB_REPOSITORY ?? "",
    token: process.env.GITHUB_TOKEN ?? "",
  };
  if (values.pr) options.pullNumber = /^\d+$/.test(values.pr) ? Number(values.pr) : Number.NaN;
  if (values.bot) options.botLogin = values.bot;
  if (values["check-name"]) options.checkName = values["check-name"];
  if (process.env.GITHUB_API_URL) options.apiUrl = process.env.GITHUB_API_URL;
  const result = await publish(options);
  if (result.commentId !== undefined)
    console.log(`${result.commentCreated ? "Created" : "Updated"} comment ${result.commentId}.`);
  console.log(`Created check run ${result.checkRunId}.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof PublishError;
      console.error(known ? (error as Error).message : error);
      if (known) console.error("Run `npx tsx grader/pr/publish.ts --help` for usage.");
      process.exit(known ? 2 : 1);
    },
  );
}
