/**
 * The idx format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/).
 *
 * A big-endian header: magic number (0x00000801 = 2049 for labels, 0x00000803 = 2051 for
 * images), then one uint32 per dimension, then the unsigned bytes.
 */
import { DatasetFormatError } from "../errors";

export const IDX_LABELS_MAGIC = 2049;
export const IDX_IMAGES_MAGIC = 2051;

export interface IdxImages {
  images: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Parses an idx3 image file. `name` only serves the error messages. */
export function parseIdxImages(bytes: Uint8Array, name: string): IdxImages {
  if (bytes.byteLength < 16)
    throw new DatasetFormatError(`${name}: ${bytes.byteLength} bytes is too short for an idx3 header`);
  const dv = view(bytes);
  const magic = dv.getUint32(0);
  if (magic !== IDX_IMAGES_MAGIC) {
    throw new DatasetFormatError(
      `${name}: magic number ${magic}, expected ${IDX_IMAGES_MAGIC} (idx3 images)`,
    );
  }
  const count = dv.getUint32(4);
  const rows = dv.getUint32(8);
  const cols = dv.getUint32(12);
  const expected = 16 + count * rows * cols;
  if (bytes.byteLength !== expected) {
    throw new DatasetFormatError(
      `${name}: header says ${count}×${rows}×${cols} images (${expected} bytes), file has ${bytes.byteLength} bytes`,
    );
  }
  return { images: bytes.subarray(16), count, rows, cols };
}

/** Parses an idx1 label file. */
export function parseIdxLabels(bytes: Uint8Array, name: string): Uint8Array {
  if (bytes.byteLength < 8)
    throw new DatasetFormatError(`${name}: ${bytes.byteLength} bytes is too short for an idx1 header`);
  const dv = view(bytes);
  const magic = dv.getUint32(0);
  if (magic !== IDX_LABELS_MAGIC) {
    throw new DatasetFormatError(
      `${name}: magic number ${magic}, expected ${IDX_LABELS_MAGIC} (idx1 labels)`,
    );
  }
  const count = dv.getUint32(4);
  if (bytes.byteLength !== 8 + count) {
    throw new DatasetFormatError(
      `${name}: header says ${count} labels, file has ${bytes.byteLength - 8} label bytes`,
    );
  }
  return bytes.subarray(8);
}

/** Images plus labels, checked against each other. */
export function pairIdx(
  images: IdxImages,
  labels: Uint8Array,
  name: string,
  maxLabel = 9,
): IdxImages & { labels: Uint8Array } {
  if (labels.length !== images.count) {
    throw new DatasetFormatError(`${name}: ${images.count} images but ${labels.length} labels`);
  }
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    if (l > maxLabel)
      throw new DatasetFormatError(`${name}: label ${l} at index ${i} is outside 0..${maxLabel}`);
  }
  return { ...images, labels };
}
