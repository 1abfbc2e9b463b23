/**
 * publish.ts against a local fake of the GitHub REST API (node:http on loopback, no network):
 * one comment per PR, created then updated, found by marker and author; a check run per
 * publish; nothing written when the PR's head is not the graded commit.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PublishError, type PublishOptions, publish } from "../pr/publish";
import { COMMENT_MARKER, commentBody, writeOutputs } from "../pr/results";
import { ROOT } from "../targets";

const BOT = "github-actions[bot]";
const TOKEN = "ghs_test_token";
const SHA = "a".repeat(40);

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

/** The state of the fake repository "teacher/course", and every request it received. */
const github = {
  head: SHA,
  comments: [] as Comment[],
  checkRuns: [] as Record<string, unknown>[],
  requests: [] as string[],
  failChecks: false,
};
let server: Server;
let api: string;
let out: string;

function reply(res: import("node:http").ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      github.requests.push(`${req.method} ${url.pathname}${url.search}`);
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return reply(res, 401, { message: "Bad credentials" });
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const route = `${req.method} ${url.pathname}`;
      if (route === "GET /repos/teacher/course/pulls/7")
        return reply(res, 200, { head: { sha: github.head } });
      if (route === "GET /repos/teacher/course/issues/7/comments") {
        const per = Number(url.searchParams.get("per_page"));
        const page = Number(url.searchParams.get("page"));
        return reply(res, 200, github.comments.slice((page - 1) * per, page * per));
      }
      if (route === "POST /repos/teacher/course/issues/7/comments") {
        const comment = { id: 1000 + github.comments.length, body: String(body.body), user: { login: BOT } };
        github.comments.push(comment);
        return reply(res, 201, comment);
      }
      const patch = /^PATCH \/repos\/teacher\/course\/issues\/comments\/(\d+)$/.exec(route);
      const comment = github.comments.find((c) => c.id === Number(patch?.[1]));
      if (patch && comment) {
        if (comment.user.login !== BOT) return reply(res, 403, { message: "not yours" });
        comment.body = String(body.body);
        return reply(res, 200, comment);
      }
      if (route === "POST /repos/teacher/course/check-runs") {
        if (github.failChecks) return reply(res, 422, { message: "Validation Failed" });
        github.checkRuns.push(body);
        return reply(res, 201, { id: 500 + github.checkRuns.length });
      }
      reply(res, 404, { message: "Not Found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  Object.assign(github, { head: SHA, comments: [], checkRuns: [], requests: [], failChecks: false });
  out = mkdtempSync(path.join(tmpdir(), "course-publish-"));
  const files = {
    copied: [],
    refused: [{ file: "exercises/a/b/c.ts", reason: "a symbolic link" }],
    missing: [],
  };
  writeOutputs(out, {
    comment: commentBody("## ML course — 9/10 points\n\nPoints 9/10\n", files),
    checkRun: { conclusion: "failure", title: "Points 9/10", summary: "## ML course — 9/10 points" },
    files,
  });
});

afterEach(() => rmSync(out, { recursive: true, force: true }));

const options = (extra: Partial<PublishOptions> = {}): PublishOptions => ({
  out,
  repository: "teacher/course",
  headSha: SHA,
  pullNumber: 7,
  token: TOKEN,
  apiUrl: api,
  ...extra,
});

const writes = () => github.requests.filter((r) => !r.startsWith("GET "));

describe("publishing a graded pull request", () => {
  it("creates one comment and a check run, then updates that comment", async () => {
    const first = await publish(options());
    expect(first).toEqual({ commentId: 1000, commentCreated: true, checkRunId: 501 });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body.startsWith(`${COMMENT_MARKER}\n### Files not graded`)).toBe(true);
    expect(github.checkRuns[0]).toEqual({
      name: "autograde",
      head_sha: SHA,
      status: "completed",
      conclusion: "failure",
      output: { title: "Points 9/10", summary: "## ML course — 9/10 points" },
    });

    writeOutputs(out, {
      comment: commentBody("Points 10/10\n", { copied: [], refused: [], missing: [] }),
      checkRun: { conclusion: "success", title: "Points 10/10", summary: "all done" },
      files: { copied: [], refused: [], missing: [] },
    });
    const second = await publish(options());
    expect(second).toEqual({ commentId: 1000, commentCreated: false, checkRunId: 502 });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toBe(`${COMMENT_MARKER}\nPoints 10/10\n`);
    expect(writes()).toEqual([
      "POST /repos/teacher/course/issues/7/comments",
      "POST /repos/teacher/course/check-runs",
      "PATCH /repos/teacher/course/issues/comments/1000",
      "POST /repos/teacher/course/check-runs",
    ]);
  });

  it("finds its comment on a later page, and never takes a learner's comment with the marker for it", async () => {
    for (let i = 0; i < 150; i++)
      github.comments.push({
        id: i + 1,
        body: i === 3 ? `${COMMENT_MARKER}\nPoints 1000/1000` : `comment ${i}`,
        user: { login: "student" },
      });
    github.comments.push({ id: 151, body: `${COMMENT_MARKER}\nold`, user: { login: BOT } });
    const result = await publish(options());
    expect(result.commentId).toBe(151);
    expect(github.comments[3]?.body).toBe(`${COMMENT_MARKER}\nPoints 1000/1000`);
    expect(github.comments[150]?.body).toContain("### Files not graded");
    expect(github.requests.filter((r) => r.includes("/comments?"))).toEqual([
      "GET /repos/teacher/course/issues/7/comments?per_page=100&page=1",
      "GET /repos/teacher/course/issues/7/comments?per_page=100&page=2",
    ]);
  });

  it("writes nothing when the PR's head is not the graded commit", async () => {
    github.head = "b".repeat(40);
    await expect(publish(options())).rejects.toThrow(/pull request #7 has head b{40}, not the graded a{40}/);
    expect(writes()).toEqual([]);
  });

  it("on a push, creates the check run only", async () => {
    const result = await publish(options({ pullNumber: undefined }));
    expect(result).toEqual({ checkRunId: 501 });
    expect(github.requests).toEqual(["POST /repos/teacher/course/check-runs"]);
  });

  it("reports an API error with its status, without the token", async () => {
    github.failChecks = true;
    const error = await publish(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(/POST \/check-runs: HTTP 422 .*Validation Failed/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it.each([
    [{ token: "" }, "GITHUB_TOKEN is not set"],
    [{ repository: "teacher" }, "--repo must be owner/name"],
    [{ headSha: "main" }, "--sha must be a full commit sha"],
    [{ pullNumber: Number.NaN }, "--pr must be a pull request number"],
    [{ pullNumber: -1 }, "--pr must be a pull request number"],
  ])("refuses %j before any request", async (extra, message) => {
    await expect(publish(options(extra as Partial<PublishOptions>))).rejects.toThrow(message);
    expect(github.requests).toEqual([]);
  });

  it("runs as a command with GITHUB_TOKEN and GITHUB_API_URL", async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        "npx",
        ["tsx", "grader/pr/publish.ts", "--out", out, "--repo", "teacher/course", "--sha", SHA, "--pr", "7"],
        { cwd: ROOT, env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api } },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
      });
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Created comment 1000.");
    expect(run.stdout).toContain("Created check run 501.");
  }, 30_000);
});
