/**
 * GIVEN — the type of 5.1.5's random sources (task 4), shared by your `random.ts`, the solution
 * and the specs. Read it; do not change it.
 */

/** A source of uniform random numbers in [0, 1): every call returns the next one. */
export type RandomSource = () => number;
