/**
 * Downloading into the cache, atomically.
 *
 * Every file is written to a temporary `*.part` file in its cache folder while its bytes are
 * counted and hashed; only when the byte count and sha256 match the registry is it renamed into
 * place. A failure removes the temporary file, so the cache only ever holds verified files.
 *
 * Sources, in order of precedence: a mirror folder (copied, then verified), a mirror URL
 * (`<base>/<mirror path>`), or the file's canonical public URL.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import {
  ChecksumMismatch,
  DatasetError,
  DataUnavailable,
  HttpError,
  SizeMismatch,
  TruncatedDownload,
} from "./errors";
import { describeMirror, type Mirror } from "./paths";

/** One file of a dataset, as the registry records it. */
export interface RemoteFile {
  /** Path inside the mirror and inside the cache, e.g. "titanic/train.csv". */
  path: string;
  bytes: number;
  sha256: string;
  /** The canonical public URL, or null when the file exists only in the course mirror. */
  url: string | null;
}

export interface Progress {
  /** What is being fetched, e.g. "cats-vs-dogs". */
  label: string;
  doneBytes: number;
  totalBytes: number;
  doneFiles: number;
  totalFiles: number;
  /** Bytes per second since the start. */
  rate: number;
  finished: boolean;
}

export interface FetchOptions {
  cacheDir: string;
  mirror: Mirror | null;
  /** Called about every `progressIntervalMs` and once at the end. */
  onProgress?: (p: Progress) => void;
  progressIntervalMs?: number;
  /** Files fetched at the same time (default 8). */
  concurrency?: number;
  /** Abort a download that receives nothing for this long (default 60 s). */
  stallTimeoutMs?: number;
}

export type FileStatus = "ok" | "missing" | "wrong-size" | "corrupt";

export function cachePath(cacheDir: string, file: RemoteFile): string {
  return join(cacheDir, ...file.path.split("/"));
}

/** sha256 (hex) of a file on disk. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

/** Is the cached copy there with the right size (and, when `deep`, the right sha256)? */
export async function checkCached(cacheDir: string, file: RemoteFile, deep: boolean): Promise<FileStatus> {
  const path = cachePath(cacheDir, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return "missing";
  }
  if (size !== file.bytes) return "wrong-size";
  if (!deep) return "ok";
  return (await sha256File(path)) === file.sha256 ? "ok" : "corrupt";
}

function sourceOf(
  file: RemoteFile,
  mirror: Mirror | null,
): { kind: "folder"; path: string } | { kind: "url"; url: string } {
  if (mirror?.kind === "folder") return { kind: "folder", path: join(mirror.path, ...file.path.split("/")) };
  if (mirror?.kind === "http") {
    return {
      kind: "url",
      url: new URL(file.path.split("/").map(encodeURIComponent).join("/"), mirror.baseUrl).href,
    };
  }
  if (file.url === null) {
    throw new DataUnavailable(
      file.path,
      "the network",
      "this file has no public URL of its own (it was prepared for the course and lives in the course mirror)",
    );
  }
  return { kind: "url", url: file.url };
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

function causeText(e: unknown): string {
  const err = e as { message?: string; code?: string; cause?: { message?: string; code?: string } };
  const code = err.cause?.code ?? err.code;
  const msg = err.cause?.message ?? err.message ?? String(e);
  return code !== undefined && !msg.includes(code) ? `${msg} (${code})` : msg;
}

function isNetworkError(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; name?: string };
  return (
    NETWORK_CODES.has(err.cause?.code ?? "") ||
    NETWORK_CODES.has(err.code ?? "") ||
    (e instanceof TypeError && /fetch failed/i.test(e.message))
  );
}

/** Opens the source as a byte stream; for HTTP also checks the status. */
async function openSource(
  file: RemoteFile,
  mirror: Mirror | null,
  signal: AbortSignal,
): Promise<{ stream: Readable; where: string }> {
  const source = sourceOf(file, mirror);
  if (source.kind === "folder") {
    try {
      await stat(source.path);
    } catch {
      throw new DataUnavailable(file.path, describeMirror(mirror), `${source.path} does not exist`);
    }
    return { stream: createReadStream(source.path), where: source.path };
  }
  const where = mirror === null ? "the network" : describeMirror(mirror);
  let res: Response;
  try {
    res = await fetch(source.url, { signal, redirect: "follow" });
  } catch (e) {
    if (signal.aborted) throw new DataUnavailable(file.path, where, `no answer from ${source.url} (stalled)`);
    if (isNetworkError(e)) throw new DataUnavailable(file.path, where, `${source.url}: ${causeText(e)}`);
    throw new DatasetError(`Cannot download ${file.path} from ${source.url}: ${causeText(e)}`);
  }
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => undefined);
    throw new HttpError(source.url, res.status, res.statusText);
  }
  if (res.body === null) throw new TruncatedDownload(file.path, file.bytes, 0, source.url);
  return { stream: Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), where: source.url };
}

/** Fetches one file into the cache (see the module comment). `onBytes` reports progress. */
export async function fetchFile(
  file: RemoteFile,
  options: FetchOptions,
  onBytes: (n: number) => void = () => undefined,
): Promise<void> {
  const target = cachePath(options.cacheDir, file);
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.part`;
  const controller = new AbortController();
  const stallMs = options.stallTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  let received = 0;
  let where = "";
  let sink: ReturnType<typeof createWriteStream> | undefined;
  try {
    arm();
    const opened = await openSource(file, options.mirror, controller.signal);
    where = opened.where;
    const hash = createHash("sha256");
    const counter = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        arm();
        received += chunk.length;
        if (received > file.bytes) throw new SizeMismatch(file.path, file.bytes, received, where);
        hash.update(chunk);
        onBytes(chunk.length);
        yield chunk;
      }
    };
    try {
      sink = createWriteStream(temp, { flags: "wx" });
      await pipeline(opened.stream, counter, sink);
    } catch (e) {
      if (e instanceof DatasetError) throw e;
      // Tearing the pipeline down after our own SizeMismatch can surface as a stream error
      // (premature close) instead of that SizeMismatch; the byte count tells the truth.
      if (received > file.bytes) throw new SizeMismatch(file.path, file.bytes, received, where);
      // The connection broke or stalled part-way: a truncated download.
      if (received < file.bytes) {
        const why = controller.signal.aborted ? `stalled for ${stallMs} ms` : causeText(e);
        throw new TruncatedDownload(file.path, file.bytes, received, `${where}; ${why}`);
      }
      throw new DatasetError(`Cannot save ${file.path} to ${temp}: ${causeText(e)}`);
    }
    if (received !== file.bytes) throw new TruncatedDownload(file.path, file.bytes, received, where);
    const actual = hash.digest("hex");
    if (actual !== file.sha256) throw new ChecksumMismatch(file.path, file.sha256, actual, where);
    await rename(temp, target);
  } catch (e) {
    // A stream torn down while its file was still opening creates the file after the fact:
    // wait until it is closed, so that the removal below is the last word.
    if (sink && !sink.closed) await new Promise<void>((resolve) => sink?.once("close", () => resolve()));
    await rm(temp, { force: true });
    if (e instanceof DatasetError) throw e;
    throw new DatasetError(`Cannot fetch ${file.path}${where ? ` from ${where}` : ""}: ${causeText(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches every file that is not already in the cache with its right size. Files are
 * independent: the first error is thrown once the files in flight have finished, and files
 * already verified stay in the cache.
 */
export async function fetchFiles(
  label: string,
  files: readonly RemoteFile[],
  options: FetchOptions,
): Promise<number> {
  const todo: RemoteFile[] = [];
  for (const f of files) if ((await checkCached(options.cacheDir, f, false)) !== "ok") todo.push(f);
  if (todo.length === 0) return 0;
  const totalBytes = todo.reduce((s, f) => s + f.bytes, 0);
  const started = performance.now();
  let doneBytes = 0;
  let doneFiles = 0;
  const report = (finished: boolean): void => {
    const seconds = (performance.now() - started) / 1000;
    options.onProgress?.({
      label,
      doneBytes,
      totalBytes,
      doneFiles,
      totalFiles: todo.length,
      rate: seconds > 0 ? doneBytes / seconds : 0,
      finished,
    });
  };
  const interval = setInterval(() => report(false), options.progressIntervalMs ?? 1000);
  let firstError: unknown = null;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length && firstError === null) {
      const file = todo[next++] as RemoteFile;
      try {
        await fetchFile(file, options, (n) => {
          doneBytes += n;
        });
        doneFiles++;
      } catch (e) {
        firstError ??= e;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, todo.length) }, worker));
  } finally {
    clearInterval(interval);
  }
  if (firstError !== null) throw firstError;
  report(true);
  return todo.length;
}

function human(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

export { human as formatBytes };

/** A progress printer for stderr: one line per update, or an updating line on a terminal. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): (p: Progress) => void {
  return (p) => {
    const pct = p.totalBytes > 0 ? Math.floor((100 * p.doneBytes) / p.totalBytes) : 100;
    const line =
      `${p.label}: ${human(p.doneBytes)} / ${human(p.totalBytes)} (${pct}%), ` +
      `${p.doneFiles}/${p.totalFiles} files, ${human(p.rate)}/s${p.finished ? " — done" : ""}`;
    if (stream.isTTY) stream.write(`\r${line}\u001b[K${p.finished ? "\n" : ""}`);
    else stream.write(`${line}\n`);
  };
}
