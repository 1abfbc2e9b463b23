/**
 * Reproducible training: seeded weight initialisation and seeded shuffling.
 *
 * TensorFlow.js draws initial weights and `fit`'s shuffling from `Math.random` unless told
 * otherwise, so two runs of the same script differ. The course makes both explicit:
 *
 * - `SeededInit` hands every layer its own initializer seed, drawn from one course `Rng`
 *   (two layers of the same shape then still get different weights);
 * - `epochOrder` / `batches` shuffle sample indices with the course `Rng`, and `gatherBatch`
 *   copies one batch of rows out of a typed-array dataset.
 *
 * Caveats: `fit({ shuffle: true })` (its default) uses `Math.random`: pass `shuffle: false` and
 * shuffle with `epochOrder`. A Dropout layer given a fixed `seed` repeats one mask on every
 * step; the course's reproducible networks do not use dropout.
 */
import * as tf from "@tensorflow/tfjs";
import { InvalidArgument } from "../errors";
import { Rng } from "../rng";

/** A TensorFlow.js weight initializer, as `kernelInitializer` of a layer accepts it. */
export type Initializer = ReturnType<typeof tf.initializers.glorotUniform>;

/** A source of per-layer initializer seeds. */
export class SeededInit {
  readonly #rng: Rng;

  constructor(seed: number) {
    this.#rng = new Rng(seed);
  }

  /** The next initializer seed (a non-negative 31-bit integer). */
  nextSeed(): number {
    return this.#rng.int(0, 0x7fffffff);
  }

  /** Glorot (Xavier) uniform: U(±√(6 / (fanIn + fanOut))). The Keras default for Dense and Conv. */
  glorotUniform(): Initializer {
    return tf.initializers.glorotUniform({ seed: this.nextSeed() });
  }

  glorotNormal(): Initializer {
    return tf.initializers.glorotNormal({ seed: this.nextSeed() });
  }

  /** He normal: N(0, 2 / fanIn) truncated. Suited to ReLU layers. */
  heNormal(): Initializer {
    return tf.initializers.heNormal({ seed: this.nextSeed() });
  }

  heUniform(): Initializer {
    return tf.initializers.heUniform({ seed: this.nextSeed() });
  }
}

/** A shuffled order of `count` sample indices for one epoch. */
export function epochOrder(rng: Rng, count: number): Uint32Array {
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgument(`epochOrder: bad count ${count}`);
  return rng.permutation(count);
}

/** Splits an index order into consecutive batches of `batchSize` (the last one may be smaller). */
export function batches(order: Uint32Array, batchSize: number): Uint32Array[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new InvalidArgument(`batches: batchSize must be a positive integer, got ${batchSize}`);
  }
  const out: Uint32Array[] = [];
  for (let i = 0; i < order.length; i += batchSize) out.push(order.subarray(i, i + batchSize));
  return out;
}

/**
 * Copies the rows `indices` (each `rowLength` values) of `source` into `out` (or a new array),
 * multiplied by `scale` (e.g. 1/255 for bytes → [0, 1]).
 */
export function gatherBatch(
  source: ArrayLike<number>,
  rowLength: number,
  indices: ArrayLike<number>,
  scale = 1,
  out: Float32Array = new Float32Array(indices.length * rowLength),
): Float32Array {
  if (out.length < indices.length * rowLength) {
    throw new InvalidArgument(
      `gatherBatch: out holds ${out.length} values, need ${indices.length * rowLength}`,
    );
  }
  for (let b = 0; b < indices.length; b++) {
    const src = (indices[b] as number) * rowLength;
    if (src + rowLength > source.length) {
      throw new InvalidArgument(
        `gatherBatch: row ${indices[b]} is outside a source of ${source.length} values`,
      );
    }
    const dst = b * rowLength;
    for (let i = 0; i < rowLength; i++) out[dst + i] = (source[src + i] as number) * scale;
  }
  return out;
}

/** One-hot rows (float32) for the labels at `indices`. */
export function oneHotBatch(
  labels: ArrayLike<number>,
  indices: ArrayLike<number>,
  classes: number,
  out: Float32Array = new Float32Array(indices.length * classes),
): Float32Array {
  out.fill(0, 0, indices.length * classes);
  for (let b = 0; b < indices.length; b++) {
    const label = labels[indices[b] as number] as number;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new InvalidArgument(`oneHotBatch: label ${label} is not in 0..${classes - 1}`);
    }
    out[b * classes + label] = 1;
  }
  return out;
}
