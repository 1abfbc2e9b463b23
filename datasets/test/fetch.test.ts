/**
 * The real download path against a real HTTP server on 127.0.0.1 serving the mirror, with
 * faults: a corrupt file, a truncated response, a 404, a slow and a stalled response.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CourseError } from "../../lib/errors";
import { fetchFile, fetchFiles, type Progress, type RemoteFile } from "../fetch";
import {
  ChecksumMismatch,
  DataUnavailable,
  fetchDataset,
  findDataset,
  HttpError,
  loadDataset,
  SizeMismatch,
  TruncatedDownload,
  UnknownDataset,
} from "../index";
import { REGISTRY } from "../registry";
import {
  closedPort,
  listFiles,
  type MirrorServer,
  removeDir,
  startMirrorServer,
  tempDir,
  testMirror,
} from "./helpers";

const titanicTrain = (REGISTRY.titanic.source.files as RemoteFile[]).find(
  (f) => f.path === "titanic/train.csv",
) as RemoteFile;

let server: MirrorServer;
let cache: string;

beforeAll(async () => {
  server = await startMirrorServer(testMirror());
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  cache = await tempDir();
});
afterEach(async () => {
  await removeDir(cache);
});

describe("download from an http(s) mirror", () => {
  it("fetches a dataset, verifies it and loads it from the cache", async () => {
    const n = await fetchDataset("titanic", { cacheDir: cache, mirror: server.url("ok"), quiet: true });
    expect(n).toBe(2);
    expect(await listFiles(cache)).toEqual(["titanic/test.csv", "titanic/train.csv"]);
    expect(server.requests).toContain("/ok/titanic/train.csv");
    // Second time: nothing is downloaded.
    const before = server.requests.length;
    expect(await fetchDataset("titanic", { cacheDir: cache, mirror: server.url("ok"), quiet: true })).toBe(0);
    expect(server.requests.length).toBe(before);
    const data = await loadDataset("titanic", {
      cacheDir: cache,
      mirror: server.url("missing"),
      quiet: true,
    });
    expect(data.train).toHaveLength(891);
  });

  it("fetches many files concurrently (Tiny Darknet: model.json + 31 shards + labels + licence)", async () => {
    const n = await fetchDataset("tiny-darknet", { cacheDir: cache, mirror: server.url("ok"), quiet: true });
    expect(n).toBe(34);
    const files = await listFiles(join(cache, "models", "tiny-darknet-imagenet"));
    expect(files.filter((f) => f.startsWith("group"))).toHaveLength(31);
    expect(files.some((f) => f.endsWith(".part"))).toBe(false);
  });

  it("reports progress (bytes, rate) during a slow response and completes it", async () => {
    const updates: Progress[] = [];
    await fetchFiles("titanic", [titanicTrain], {
      cacheDir: cache,
      mirror: { kind: "http", baseUrl: server.url("slow") },
      onProgress: (p) => updates.push({ ...p }),
      progressIntervalMs: 40,
    });
    const last = updates.at(-1);
    expect(last?.finished).toBe(true);
    expect(last?.doneBytes).toBe(titanicTrain.bytes);
    expect(last?.rate).toBeGreaterThan(0);
    // At least one report came while the download was still under way.
    expect(updates.some((p) => !p.finished && p.doneBytes < titanicTrain.bytes)).toBe(true);
    expect((await readFile(join(cache, "titanic", "train.csv"))).length).toBe(titanicTrain.bytes);
  });
});

describe("failures leave nothing half-written", () => {
  const opts = (mode: Parameters<MirrorServer["url"]>[0]) => ({
    cacheDir: cache,
    mirror: { kind: "http" as const, baseUrl: server.url(mode) },
    stallTimeoutMs: 400,
  });

  it("a corrupt file: ChecksumMismatch naming the file, expected and actual hash", async () => {
    const err = await fetchFile(titanicTrain, opts("corrupt")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumMismatch);
    expect(err).toBeInstanceOf(CourseError);
    const e = err as ChecksumMismatch;
    expect(e.file).toBe("titanic/train.csv");
    expect(e.expected).toBe(titanicTrain.sha256);
    expect(e.actual).toMatch(/^[0-9a-f]{64}$/);
    expect(e.actual).not.toBe(e.expected);
    expect(e.message).toContain(e.expected);
    expect(e.message).toContain(e.actual);
    expect(e.message).toContain("titanic/train.csv");
    expect(await listFiles(cache)).toEqual([]);
  });

  it("a truncated response: TruncatedDownload with the byte counts", async () => {
    const err = await fetchFile(titanicTrain, opts("truncated")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TruncatedDownload);
    const e = err as TruncatedDownload;
    expect(e.expectedBytes).toBe(titanicTrain.bytes);
    expect(e.actualBytes).toBeLessThan(titanicTrain.bytes);
    expect(e.message).toMatch(/Truncated download of titanic\/train\.csv/);
    expect(await listFiles(cache)).toEqual([]);
  });

  it("a 404: HttpError with the status and URL", async () => {
    const err = await fetchFile(titanicTrain, opts("missing")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(404);
    expect((err as HttpError).message).toContain("/missing/titanic/train.csv");
    expect(await listFiles(cache)).toEqual([]);
  });

  it("a stalled response is abandoned after the stall timeout", async () => {
    const err = await fetchFile(titanicTrain, opts("stall")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TruncatedDownload);
    expect((err as Error).message).toMatch(/stalled/);
    expect(await listFiles(cache)).toEqual([]);
  });

  it("more bytes than the registry says: SizeMismatch", async () => {
    const err = await fetchFile(titanicTrain, opts("oversize")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SizeMismatch);
    expect(await listFiles(cache)).toEqual([]);
  });

  it("a failed file does not undo the verified ones of the same dataset", async () => {
    const good: RemoteFile = { ...titanicTrain };
    const bad: RemoteFile = { ...titanicTrain, path: "titanic/test.csv", sha256: "0".repeat(64) };
    const err = await fetchFiles("titanic", [good, { ...bad, bytes: 28932 }], {
      ...opts("ok"),
      concurrency: 1,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumMismatch);
    expect(await listFiles(cache)).toEqual(["titanic/train.csv"]);
  });
});

describe("no network and no mirror", () => {
  it("an unreachable server without a mirror says how to get the data", async () => {
    const port = await closedPort();
    const file: RemoteFile = { ...titanicTrain, url: `http://127.0.0.1:${port}/titanic.csv` };
    const err = await fetchFile(file, { cacheDir: cache, mirror: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataUnavailable);
    expect((err as Error).message).toContain("COURSE_DATA_MIRROR");
    expect((err as Error).message).toMatch(/connect to the internet/);
    expect((err as Error).message).toMatch(/ECONNREFUSED/);
    expect(await listFiles(cache)).toEqual([]);
  });

  it("a mirror-only file without a mirror fails before any request", async () => {
    const err = await fetchDataset("glove-100d-20k", { cacheDir: cache, mirror: null, quiet: true }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataUnavailable);
    expect((err as Error).message).toContain("COURSE_DATA_MIRROR");
  });

  it("a mirror folder without the file", async () => {
    const empty = await tempDir("empty-mirror-");
    try {
      const err = await fetchDataset("titanic", { cacheDir: cache, mirror: empty, quiet: true }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataUnavailable);
      expect((err as Error).message).toContain(empty);
    } finally {
      await removeDir(empty);
    }
  });
});

describe("folder mirror", () => {
  it("copies, then verifies: a changed mirror file is refused", async () => {
    const fake = await tempDir("fake-mirror-");
    try {
      const { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(join(fake, "titanic"), { recursive: true });
      const real = await readFile(join(testMirror(), "titanic", "train.csv"));
      const changed = Buffer.from(real);
      changed[10] = 0x21;
      await writeFile(join(fake, "titanic", "train.csv"), changed);
      const err = await fetchFile(titanicTrain, {
        cacheDir: cache,
        mirror: { kind: "folder", path: fake },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChecksumMismatch);
      expect(await listFiles(cache)).toEqual([]);
    } finally {
      await removeDir(fake);
    }
  });
});

describe("unknown dataset ids", () => {
  it.each([
    ["titanik", "titanic"],
    ["house_prices", "house-prices"],
    ["glove", "glove-100d-20k"],
    ["fashion", "fashion-mnist"],
    ["sst-2", "sst2"],
  ])("%s suggests %s", (typo, suggestion) => {
    const err = (() => {
      try {
        findDataset(typo);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(UnknownDataset);
    expect((err as UnknownDataset).suggestion).toBe(suggestion);
    expect((err as Error).message).toContain(`Did you mean "${suggestion}"?`);
  });

  it("no suggestion for something unrelated, but the list of ids", async () => {
    const err = await fetchDataset("zzzzzzzzzzzzzzzzzzzz", { cacheDir: cache, quiet: true }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UnknownDataset);
    expect((err as UnknownDataset).suggestion).toBeUndefined();
    expect((err as Error).message).toContain("titanic, house-prices");
  });
});
