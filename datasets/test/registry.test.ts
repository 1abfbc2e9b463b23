/**
 * The registry against the mirror: the generated file list matches MANIFEST.tsv, every mirror
 * file belongs to one dataset, every entry fetches from the mirror and verifies.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIRROR_FILES } from "../generated/mirror-files";
import { DATASET_IDS, fetchDataset, verifyDataset } from "../index";
import { ALL_ENTRIES, UNREGISTERED_MIRROR_FILES } from "../registry";
import { renderMirrorFiles } from "../scripts/generate-files";
import { removeDir, tempDir, testMirror } from "./helpers";

async function manifest(): Promise<Map<string, { bytes: number; sha256: string }>> {
  const text = await readFile(join(testMirror(), "MANIFEST.tsv"), "utf8");
  const out = new Map<string, { bytes: number; sha256: string }>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line.trim() === "") continue;
    const [path = "", bytes = "", sha256 = ""] = line.split("\t");
    out.set(path, { bytes: Number(bytes), sha256 });
  }
  return out;
}

describe("registry", () => {
  it("the generated file list is in sync with the mirror's MANIFEST.tsv", async () => {
    const m = await manifest();
    const generated = new Map<string, { bytes: number; sha256: string }>();
    for (const [dir, files] of Object.entries(MIRROR_FILES)) {
      for (const [name, bytes, sha256] of files) generated.set(`${dir}/${name}`, { bytes, sha256 });
    }
    expect(generated.size).toBe(m.size);
    expect(Object.fromEntries(generated)).toEqual(Object.fromEntries(m));
    // The generator itself still renders every line of the manifest.
    const rendered = renderMirrorFiles(await readFile(join(testMirror(), "MANIFEST.tsv"), "utf8"), "x");
    for (const [path, { sha256 }] of m) {
      expect(rendered).toContain(sha256);
      expect(rendered).toContain(path.split("/").at(-1));
    }
  });

  it("every mirror file belongs to exactly one dataset, or is listed as deliberately left out", async () => {
    const m = await manifest();
    const owner = new Map<string, string>();
    for (const entry of ALL_ENTRIES) {
      if (entry.source.kind !== "mirror") continue;
      for (const f of entry.source.files) {
        expect(owner.has(f.path), `${f.path} in two datasets`).toBe(false);
        owner.set(f.path, entry.id);
        expect(m.get(f.path)).toEqual({ bytes: f.bytes, sha256: f.sha256 });
      }
    }
    const unowned = [...m.keys()].filter((p) => !owner.has(p)).sort();
    expect(unowned).toEqual(Object.keys(UNREGISTERED_MIRROR_FILES).sort());
    expect(m.size).toBe(owner.size + unowned.length);
  });

  it("entries are complete: ids, licences, citations, public URLs pinned to a commit", () => {
    expect(new Set(DATASET_IDS).size).toBe(DATASET_IDS.length);
    expect(DATASET_IDS.length).toBe(18);
    for (const e of ALL_ENTRIES) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.description.length).toBeGreaterThan(20);
      expect(e.licence.length).toBeGreaterThan(2);
      expect(e.citation.length).toBeGreaterThan(10);
      expect(e.homepage).toMatch(/^https?:\/\//);
      expect(e.source.files.length).toBeGreaterThan(0);
      for (const f of e.source.files) {
        expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(f.bytes).toBeGreaterThan(0);
      }
      if (e.source.kind === "mirror") {
        for (const f of e.source.files) {
          if (f.url !== null) {
            expect(f.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\/\S+$/);
          }
        }
      }
    }
    const mirrorOnly = ALL_ENTRIES.flatMap((e) =>
      e.source.kind === "mirror" ? e.source.files.filter((f) => f.url === null).map((f) => f.path) : [],
    );
    expect(mirrorOnly.sort()).toEqual([
      "models/mobilenet-v2-1.0-224/conversion/tflite2onnx.py",
      "models/mobilenet-v2-1.0-224/conversion/tflite_reader.py",
      "models/mobilenet-v2-1.0-224/mobilenet_v2_1.0_224.onnx",
      "models/tiny-darknet-imagenet/darknet_labels.txt",
      "word-vectors/glove.6B.100d.top20k.txt.gz",
    ]);
  });

  it("cats vs dogs: 1500 files with public URLs into the training/test sets", () => {
    const files = ALL_ENTRIES.find((e) => e.id === "cats-vs-dogs")?.source.files ?? [];
    expect(files).toHaveLength(1500);
    const first = files.find((f) => "path" in f && f.path === "cats-vs-dogs/train/cat/cat.1.jpg");
    expect(first && "url" in first ? first.url : null).toBe(
      "https://raw.githubusercontent.com/chanakya2734/Image-classification-using-CNN/bf746c6e53f1edacd97b383de350f7a495cef0e1/dataset/training_set/cats/cat.1.jpg",
    );
  });
});

describe("every registry entry from the mirror", () => {
  let cache: string;
  beforeAll(async () => {
    cache = await tempDir();
  });
  afterAll(async () => {
    await removeDir(cache);
  });

  it("fetches every dataset into a fresh cache and verifies every checksum", async () => {
    const opts = { cacheDir: cache, mirror: testMirror(), quiet: true };
    let files = 0;
    for (const id of DATASET_IDS) {
      const entry = ALL_ENTRIES.find((e) => e.id === id);
      if (entry?.source.kind === "apt") continue; // checked below: optional system package
      await fetchDataset(id, opts);
      const reports = await verifyDataset(id, opts);
      expect(reports.filter((r) => r.status !== "ok")).toEqual([]);
      files += reports.length;
    }
    // 1624 mirror files in the registry, 4 MNIST files, 1 Iris file.
    expect(files).toBe(1624 + 4 + 1);
  });

  it("fashion-mnist: verified when the Debian package is installed, else a clear install hint", async () => {
    const reports = await verifyDataset("fashion-mnist");
    if (reports.every((r) => r.status === "ok")) {
      expect(reports).toHaveLength(4);
    } else {
      const err = await fetchDataset("fashion-mnist").catch((e: unknown) => e);
      expect((err as Error).message).toContain("apt-get install dataset-fashion-mnist");
    }
  });
});
