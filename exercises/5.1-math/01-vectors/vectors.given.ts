/**
 * 5.1.1 Vectors — given code (read it, don't change it): the input type shared by `vectors.ts`
 * and its specs.
 */

/** Anything indexable with a length: `number[]`, `Float64Array`, `Float32Array`, `Int32Array`, … */
export type VectorLike = ArrayLike<number>;
