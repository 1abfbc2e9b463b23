/**
 * GIVEN — the input type of 5.1.6's `mse.ts` and `bias-variance.ts`, shared by your files, the
 * solution and the specs. Read it; do not change it.
 */

/** Anything indexable with a length: `number[]`, `Float64Array`, `Float32Array`, … */
export type VectorLike = ArrayLike<number>;
