/**
 * Word vectors in GloVe text format (`word v1 v2 … vD` per line), gzipped: the 20,000 most
 * frequent words of GloVe 6B, 100 dimensions.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { DatasetFormatError } from "../errors";

export interface WordVectors {
  /** Words in file order (most frequent first). */
  vocab: string[];
  /** word → row of `vectors`. */
  index: Map<string, number>;
  /** count × dim, row-major. */
  vectors: Float32Array;
  count: number;
  dim: number;
}

export const GLOVE_FILE = "glove.6B.100d.top20k.txt.gz";

/** Reads a gzipped GloVe text file; `expectedCount` preallocates and is checked. */
export async function readGloveGz(path: string, dim: number, expectedCount: number): Promise<WordVectors> {
  const vectors = new Float32Array(expectedCount * dim);
  const vocab: string[] = [];
  const index = new Map<string, number>();
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line === "") continue;
    const parts = line.split(" ");
    if (parts.length !== dim + 1) {
      throw new DatasetFormatError(
        `${path}: line ${lineNo} has ${parts.length - 1} numbers, expected ${dim}`,
      );
    }
    const row = vocab.length;
    if (row >= expectedCount) throw new DatasetFormatError(`${path}: more than ${expectedCount} words`);
    const word = parts[0] ?? "";
    for (let j = 0; j < dim; j++) {
      const v = Number(parts[j + 1]);
      if (!Number.isFinite(v))
        throw new DatasetFormatError(`${path}: line ${lineNo}: "${parts[j + 1]}" is not a number`);
      vectors[row * dim + j] = v;
    }
    if (!index.has(word)) index.set(word, row);
    vocab.push(word);
  }
  if (vocab.length !== expectedCount) {
    throw new DatasetFormatError(`${path}: ${vocab.length} words, expected ${expectedCount}`);
  }
  return { vocab, index, vectors, count: vocab.length, dim };
}

export function loadGlove(dir: string): Promise<WordVectors> {
  return readGloveGz(join(dir, GLOVE_FILE), 100, 20_000);
}

/** The vector of `word`, or undefined. A view into `vectors`: copy before changing it. */
export function vectorOf(wv: WordVectors, word: string): Float32Array | undefined {
  const i = wv.index.get(word);
  return i === undefined ? undefined : wv.vectors.subarray(i * wv.dim, (i + 1) * wv.dim);
}
