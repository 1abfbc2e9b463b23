/**
 * Test helpers: the mirror folder, temporary caches, and a real HTTP server on 127.0.0.1 that
 * serves the mirror with injected faults. No test touches the internet.
 */
import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DatasetOptions } from "../index";
import { REPO_ROOT } from "../paths";

/** The mirror folder: COURSE_DATA_MIRROR (CI sets it), else ../shared/datasets. */
export function testMirror(): string {
  const env = process.env.COURSE_DATA_MIRROR;
  const dir =
    env !== undefined && env !== "" && !/^https?:/i.test(env)
      ? resolve(env)
      : resolve(REPO_ROOT, "..", "shared", "datasets");
  if (!existsSync(join(dir, "MANIFEST.tsv"))) {
    throw new Error(
      `The dataset tests need the course mirror (no test may use the internet): ${dir}/MANIFEST.tsv is missing. ` +
        "Set COURSE_DATA_MIRROR to the mirror folder.",
    );
  }
  return dir;
}

/** Options for loader tests: the mirror folder into the normal cache, without progress output. */
export function mirrorOptions(): DatasetOptions {
  return { mirror: { kind: "folder", path: testMirror() }, quiet: true };
}

export async function tempDir(prefix = "course-datasets-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Every file under `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface MirrorServer {
  /** Base URL of a fault mode: `${url("ok")}titanic/train.csv`. */
  url(mode: "ok" | "corrupt" | "truncated" | "missing" | "slow" | "stall" | "oversize"): string;
  requests: string[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Serves `mirrorDir` under /<mode>/<path>:
 * - ok: the file as is;
 * - corrupt: the same length with one byte changed;
 * - truncated: announces the full Content-Length, sends half, then drops the connection;
 * - missing: 404;
 * - slow: the file in 8 pieces, `slowMs` apart;
 * - stall: headers and 100 bytes, then nothing until the client gives up;
 * - oversize: the file followed by extra bytes.
 */
export async function startMirrorServer(mirrorDir: string, slowMs = 60): Promise<MirrorServer> {
  const requests: string[] = [];
  const send = async (res: ServerResponse, mode: string, path: string): Promise<void> => {
    if (mode === "missing" || !existsSync(path) || !(await stat(path)).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (mode === "ok") {
      res.writeHead(200, { "content-length": (await stat(path)).size });
      createReadStream(path).pipe(res);
      return;
    }
    const body = await readFile(path);
    if (mode === "corrupt") {
      const copy = Buffer.from(body);
      const i = Math.floor(copy.length / 2);
      copy[i] = (copy[i] ?? 0) ^ 0xff;
      res.writeHead(200, { "content-length": copy.length }).end(copy);
    } else if (mode === "truncated") {
      res.writeHead(200, { "content-length": body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        setTimeout(() => res.socket?.destroy(), 20);
      });
    } else if (mode === "slow") {
      res.writeHead(200, { "content-length": body.length });
      const piece = Math.ceil(body.length / 8);
      for (let off = 0; off < body.length; off += piece) {
        res.write(body.subarray(off, off + piece));
        await sleep(slowMs);
      }
      res.end();
    } else if (mode === "stall") {
      res.writeHead(200, { "content-length": body.length });
      res.write(body.subarray(0, 100));
    } else if (mode === "oversize") {
      const extra = Buffer.concat([body, Buffer.from("trailing garbage")]);
      res.writeHead(200, { "content-length": extra.length }).end(extra);
    } else {
      res.writeHead(400).end();
    }
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname);
    const [, mode = "", ...rest] = url.pathname.split("/");
    const rel = rest.map(decodeURIComponent).join("/");
    const path = resolve(mirrorDir, rel);
    if (!path.startsWith(mirrorDir)) {
      res.writeHead(403).end();
      return;
    }
    send(res, mode, path).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (mode) => `http://127.0.0.1:${port}/${mode}/`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
