/**
 * Image folders (`<split>/<class>/<file>.jpg`), decoded and resized with `sharp` (libvips; its
 * prebuilt binary ships in the npm package @img/sharp-linux-x64) into Float32 NHWC arrays in
 * [0, 1], labels from the folder names.
 *
 * Images are decoded batch by batch, never all at once unless asked:
 *
 * ```ts
 * const { train } = await loadDataset("cats-vs-dogs");
 * for await (const batch of train.batches({ size: 64, batchSize: 32, shuffle: new Rng(1) })) {
 *   batch.images; // Float32Array, batch.shape = [n, 64, 64, 3]
 *   batch.labels; // Uint8Array, 0 = cat, 1 = dog (train.classes)
 * }
 * ```
 */
import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import sharp from "sharp";
import type { Rng } from "../../lib/rng";
import { DatasetFormatError } from "../errors";

const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png"]);

export interface ImageItem {
  path: string;
  label: number;
  className: string;
}

export interface ImageBatch {
  /** n × height × width × 3, RGB, values in [0, 1]. */
  images: Float32Array;
  labels: Uint8Array;
  shape: [n: number, height: number, width: number, channels: 3];
  paths: string[];
}

export interface DecodeOptions {
  /** Output size: one number for a square, or [height, width]. */
  size: number | readonly [height: number, width: number];
  /**
   * How to fit the picture into the size: "fill" stretches (the default, like Keras'
   * image_dataset_from_directory), "cover" crops the centre, "contain" pads with black.
   */
  fit?: "fill" | "cover" | "contain";
}

export interface BatchOptions extends DecodeOptions {
  batchSize?: number;
  /** Shuffle the order with this generator (a new permutation per call). */
  shuffle?: Rng;
  /** Only the first `limit` images (after shuffling). */
  limit?: number;
  /** Images decoded at the same time (default 4). */
  concurrency?: number;
}

function sizeOf(size: DecodeOptions["size"]): [number, number] {
  const [h, w] = typeof size === "number" ? [size, size] : size;
  if (!(Number.isInteger(h) && Number.isInteger(w) && h > 0 && w > 0)) {
    throw new DatasetFormatError(`image size must be positive integers, got ${String(size)}`);
  }
  return [h, w];
}

/** Decodes one image file into `out` at `offset` (height × width × 3 floats). */
export async function decodeImageInto(
  path: string,
  out: Float32Array,
  offset: number,
  options: DecodeOptions,
): Promise<void> {
  const [h, w] = sizeOf(options.size);
  let data: Buffer;
  let channels: number;
  try {
    const res = await sharp(path)
      .rotate()
      .resize(w, h, { fit: options.fit ?? "fill", background: { r: 0, g: 0, b: 0 } })
      .removeAlpha()
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    data = res.data;
    channels = res.info.channels;
    if (res.info.width !== w || res.info.height !== h)
      throw new Error(`got ${res.info.width}×${res.info.height}`);
  } catch (e) {
    throw new DatasetFormatError(`${path}: cannot decode image: ${(e as Error).message}`);
  }
  const pixels = h * w;
  if (data.length !== pixels * channels)
    throw new DatasetFormatError(`${path}: decoded ${data.length} bytes`);
  for (let p = 0; p < pixels; p++) {
    for (let c = 0; c < 3; c++)
      out[offset + p * 3 + c] = (data[p * channels + (channels === 1 ? 0 : c)] ?? 0) / 255;
  }
}

async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** One split of an image folder: `<dir>/<class>/<image>`. */
export class ImageFolder {
  readonly dir: string;
  /** Class names, sorted; label i is classes[i]. */
  readonly classes: string[];
  /** Every image, in class then file-name order. */
  readonly items: ImageItem[];

  constructor(dir: string, classes: string[], items: ImageItem[]) {
    this.dir = dir;
    this.classes = classes;
    this.items = items;
  }

  static async open(dir: string): Promise<ImageFolder> {
    const entries = await readdir(dir, { withFileTypes: true });
    const classes = entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    if (classes.length === 0) throw new DatasetFormatError(`${dir}: no class folders`);
    const items: ImageItem[] = [];
    for (const [label, className] of classes.entries()) {
      const files = (await readdir(join(dir, className)))
        .filter((f) => IMAGE_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      for (const f of files) items.push({ path: join(dir, className, f), label, className });
    }
    return new ImageFolder(dir, classes, items);
  }

  get size(): number {
    return this.items.length;
  }

  /** Images per class name. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.classes) out[c] = 0;
    for (const it of this.items) out[it.className] = (out[it.className] ?? 0) + 1;
    return out;
  }

  /** Decodes the given items into one batch. */
  async decode(
    items: readonly ImageItem[],
    options: DecodeOptions & { concurrency?: number },
  ): Promise<ImageBatch> {
    const [h, w] = sizeOf(options.size);
    const per = h * w * 3;
    const images = new Float32Array(items.length * per);
    const labels = new Uint8Array(items.length);
    await mapLimit(items, options.concurrency ?? 4, async (item, i) => {
      await decodeImageInto(item.path, images, i * per, options);
      labels[i] = item.label;
    });
    return { images, labels, shape: [items.length, h, w, 3], paths: items.map((it) => it.path) };
  }

  /** Decodes batch after batch; only one batch is in memory at a time. */
  async *batches(options: BatchOptions): AsyncGenerator<ImageBatch> {
    const batchSize = options.batchSize ?? 32;
    if (!(Number.isInteger(batchSize) && batchSize > 0)) {
      throw new DatasetFormatError(`batchSize must be a positive integer, got ${batchSize}`);
    }
    let order = this.items.slice();
    if (options.shuffle !== undefined) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = options.shuffle.int(0, i + 1);
        [order[i], order[j]] = [order[j] as ImageItem, order[i] as ImageItem];
      }
    }
    if (options.limit !== undefined) order = order.slice(0, options.limit);
    for (let start = 0; start < order.length; start += batchSize) {
      yield await this.decode(order.slice(start, start + batchSize), options);
    }
  }

  /** Every image (or the first `limit`) in one array: mind the memory (n × h × w × 3 × 4 bytes). */
  async loadAll(options: DecodeOptions & { limit?: number; concurrency?: number }): Promise<ImageBatch> {
    return this.decode(this.items.slice(0, options.limit ?? this.items.length), options);
  }
}

export interface ImageDataset {
  train: ImageFolder;
  test: ImageFolder;
  classes: string[];
}

/** Opens `<dir>/train` and `<dir>/test`; both must have the same classes. */
export async function loadImageDataset(dir: string): Promise<ImageDataset> {
  const [train, test] = await Promise.all([
    ImageFolder.open(join(dir, "train")),
    ImageFolder.open(join(dir, "test")),
  ]);
  if (train.classes.join() !== test.classes.join()) {
    throw new DatasetFormatError(
      `${dir}: train classes [${train.classes}] differ from test classes [${test.classes}]`,
    );
  }
  return { train, test, classes: train.classes };
}
