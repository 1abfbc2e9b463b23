/**
 * Where the datasets layer reads and writes.
 *
 * - The cache: `.cache/datasets` at the repository root (git-ignored), or `COURSE_DATA_DIR`.
 * - The mirror: `COURSE_DATA_MIRROR`, a folder or an http(s) base URL laid out like the
 *   course's dataset mirror (`../shared/datasets` beside the repository). When it is unset and
 *   that sibling folder exists it is used; `COURSE_DATA_MIRROR=off` forces the network.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (the folder that holds `datasets/`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The mirror folder next to the repository, as laid out on CI and development machines. */
export const SIBLING_MIRROR = resolve(REPO_ROOT, "..", "shared", "datasets");

/** A place to get files from instead of their canonical public URLs. */
export type Mirror = { kind: "folder"; path: string } | { kind: "http"; baseUrl: string };

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.COURSE_DATA_DIR;
  if (fromEnv !== undefined && fromEnv !== "") return isAbsolute(fromEnv) ? fromEnv : resolve(fromEnv);
  return join(REPO_ROOT, ".cache", "datasets");
}

/** Parses a mirror setting: an http(s) URL or a folder path (relative paths are taken from the cwd). */
export function parseMirror(value: string): Mirror {
  if (/^https?:\/\//i.test(value))
    return { kind: "http", baseUrl: value.endsWith("/") ? value : `${value}/` };
  return { kind: "folder", path: isAbsolute(value) ? value : resolve(value) };
}

/** The mirror in force: COURSE_DATA_MIRROR, else the sibling folder when present, else none. */
export function defaultMirror(env: NodeJS.ProcessEnv = process.env): Mirror | null {
  const fromEnv = env.COURSE_DATA_MIRROR;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv === "off" || fromEnv === "none") return null;
    return parseMirror(fromEnv);
  }
  if (existsSync(join(SIBLING_MIRROR, "MANIFEST.tsv"))) return { kind: "folder", path: SIBLING_MIRROR };
  return null;
}

export function describeMirror(mirror: Mirror | null): string {
  if (mirror === null) return "the network (no mirror)";
  return mirror.kind === "folder" ? `mirror folder ${mirror.path}` : `mirror ${mirror.baseUrl}`;
}
