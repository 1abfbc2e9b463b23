/**
 * Fashion-MNIST (Zalando): 60,000 / 10,000 greyscale 28×28 clothing images in 10 classes, from
 * the Debian package `dataset-fashion-mnist` (gzip idx files under /usr/share/datasets/fashion-mnist).
 * Optional: a clear error says how to install it when it is absent.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { DatasetFormatError, MissingSystemPackage } from "../errors";
import { pairIdx, parseIdxImages, parseIdxLabels } from "./idx";
import type { MnistSplit } from "./mnist";

const gunzipAsync = promisify(gunzip);

export const FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist";
export const FASHION_MNIST_CLASSES = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot",
] as const;

export const FASHION_MNIST_FILES = {
  train: { images: "train-images-idx3-ubyte.gz", labels: "train-labels-idx1-ubyte.gz", count: 60_000 },
  test: { images: "t10k-images-idx3-ubyte.gz", labels: "t10k-labels-idx1-ubyte.gz", count: 10_000 },
} as const;

export interface FashionMnist {
  train: MnistSplit;
  test: MnistSplit;
  classes: readonly string[];
}

/** Throws MissingSystemPackage unless the Debian package's files are there. */
export function assertFashionMnistInstalled(dir = FASHION_MNIST_DIR): void {
  const absent = Object.values(FASHION_MNIST_FILES)
    .flatMap((f) => [f.images, f.labels])
    .filter((f) => !existsSync(join(dir, f)));
  if (absent.length > 0) {
    throw new MissingSystemPackage(
      `Fashion-MNIST is not installed (${join(dir, absent[0] ?? "")} is missing). It comes from Debian: ` +
        "run `sudo apt-get install dataset-fashion-mnist` (as root: `apt-get update && apt-get install -y dataset-fashion-mnist`).",
    );
  }
}

async function readGz(path: string): Promise<Uint8Array> {
  const buf = await gunzipAsync(await readFile(path));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export async function loadFashionMnistSplit(
  split: "train" | "test",
  dir = FASHION_MNIST_DIR,
): Promise<MnistSplit> {
  assertFashionMnistInstalled(dir);
  const files = FASHION_MNIST_FILES[split];
  const [img, lab] = await Promise.all([readGz(join(dir, files.images)), readGz(join(dir, files.labels))]);
  const paired = pairIdx(
    parseIdxImages(img, files.images),
    parseIdxLabels(lab, files.labels),
    `Fashion-MNIST ${split}`,
  );
  if (paired.count !== files.count || paired.rows !== 28 || paired.cols !== 28) {
    throw new DatasetFormatError(
      `Fashion-MNIST ${split}: expected ${files.count}×28×28, found ${paired.count}×${paired.rows}×${paired.cols}`,
    );
  }
  return paired;
}

export async function loadFashionMnist(dir = FASHION_MNIST_DIR): Promise<FashionMnist> {
  const [train, test] = await Promise.all([
    loadFashionMnistSplit("train", dir),
    loadFashionMnistSplit("test", dir),
  ]);
  return { train, test, classes: FASHION_MNIST_CLASSES };
}
