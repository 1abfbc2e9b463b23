/**
 * The only thing a pull request contributes to its grade: the learner files that the TRUSTED
 * manifests name. Everything else in the PR (manifests, specs, grader, package.json, workflows)
 * is never read. Each learner file must be a regular file, inside its exercise folder, reached
 * without any symbolic link, and small; anything else is refused, and every refusal is reported,
 * so that a learner sees why the course's stub was graded instead of their file.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** 1 MiB: far above any honest learner file (the course's largest solution is a few kB). */
export const MAX_LEARNER_FILE_BYTES = 1024 * 1024;

/** One exercise's learner files, as its trusted manifest lists them. */
export interface LearnerFileList {
  /** "5.1-math/01-vectors", the same below exercises/ in both trees. */
  folder: string;
  /** Relative to the exercise folder (manifest `learnerFiles`). */
  files: string[];
}

export interface Refusal {
  /** Relative to the repository root, e.g. "exercises/5.1-math/01-vectors/vectors.ts". */
  file: string;
  reason: string;
}

export interface LearnerFilesResult {
  copied: string[];
  refused: Refusal[];
  /** Listed by a manifest but absent from the PR: the trusted stub stays and is graded. */
  missing: string[];
}

/** Why a learner file path from a manifest is unusable, or undefined when it is fine. */
function badPath(rel: string): string | undefined {
  if (rel === "" || path.posix.isAbsolute(rel) || rel.includes("\\") || rel.includes("\0"))
    return "not a relative path inside its exercise folder";
  const normal = path.posix.normalize(rel);
  if (normal !== rel || normal === "." || normal.startsWith("../"))
    return "escapes its exercise folder (or is not a normalised path)";
  return undefined;
}

type Lookup = { kind: "file" } | { kind: "missing" } | { kind: "refused"; reason: string };

/**
 * Walks from the PR root to the file with lstat, so that no component — the exercise folder,
 * the section, `exercises/` itself — may be a symbolic link (a link would let the PR point a
 * learner file at the trusted tree's solutions, or at anything on the machine).
 */
function lookUp(prRoot: string, rel: string): Lookup {
  const parts = rel.split("/");
  let current = prRoot;
  for (const [i, part] of parts.entries()) {
    current = path.join(current, part);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
      return { kind: "refused", reason: `could not be read (${code ?? String(error)})` };
    }
    const last = i === parts.length - 1;
    if (stat.isSymbolicLink())
      return {
        kind: "refused",
        reason: last
          ? "a symbolic link (only regular files are graded)"
          : `${parts.slice(0, i + 1).join("/")} is a symbolic link`,
      };
    if (!last && !stat.isDirectory()) return { kind: "missing" };
    if (last && stat.isDirectory()) return { kind: "refused", reason: "a directory, not a file" };
    if (last && !stat.isFile()) return { kind: "refused", reason: "not a regular file" };
  }
  return { kind: "file" };
}

/**
 * Reads a file that lookUp found regular, through one descriptor opened without following a
 * link, so that swapping the file for a link in between changes nothing. Returns the bytes, or
 * why the file is refused. Bytes are copied as they are: non-UTF-8 content is the learner's
 * business (TypeScript will say so), only its size is limited.
 */
function readLimited(file: string, maxBytes: number): Buffer | string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return `could not be opened (${(error as NodeJS.ErrnoException).code ?? "error"})`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return "not a regular file";
    // A hard link shares its bytes with some other file, possibly one outside the PR.
    if (stat.nlink > 1) return "a hard link (only plain files are graded)";
    if (stat.size > maxBytes) return `${stat.size} bytes, over the limit of ${maxBytes} bytes`;
    // Read one byte past the limit: the size reported above may be stale.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return `over the limit of ${maxBytes} bytes`;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies each listed learner file from the PR tree into the work tree, replacing the trusted
 * stub. A refused or missing file leaves the stub in place.
 */
export function copyLearnerFiles(
  lists: LearnerFileList[],
  prRoot: string,
  workRoot: string,
  maxBytes: number = MAX_LEARNER_FILE_BYTES,
): LearnerFilesResult {
  const result: LearnerFilesResult = { copied: [], refused: [], missing: [] };
  for (const { folder, files } of lists) {
    for (const file of files) {
      const rel = `exercises/${folder}/${file}`;
      const reason = badPath(file) ?? badPath(folder);
      if (reason) {
        result.refused.push({ file: rel, reason });
        continue;
      }
      const found = lookUp(prRoot, rel);
      if (found.kind === "missing") {
        result.missing.push(rel);
        continue;
      }
      if (found.kind === "refused") {
        result.refused.push({ file: rel, reason: found.reason });
        continue;
      }
      const bytes = readLimited(path.join(prRoot, rel), maxBytes);
      if (typeof bytes === "string") {
        result.refused.push({ file: rel, reason: bytes });
        continue;
      }
      const target = path.join(workRoot, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      // Remove first, so that the write can never go through whatever stood there.
      rmSync(target, { force: true });
      writeFileSync(target, bytes, { flag: "wx" });
      result.copied.push(rel);
    }
  }
  return result;
}
