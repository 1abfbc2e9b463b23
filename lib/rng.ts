/**
 * The course's seeded random number generator.
 *
 * `Math.random` cannot be seeded, so a spec that used it could pass once and fail the next
 * time. Everything random in specs, solutions, the grader and `lib/` goes through `Rng`.
 *
 * Algorithm: mulberry32 (32-bit state, period 2^32). It is tiny, fast and passes the usual
 * statistical batteries well enough for teaching and for test data; it is not for cryptography.
 */
import { InvalidArgument } from "./errors";

export class Rng {
  #state: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new InvalidArgument(`Rng seed must be an integer, got ${seed}`);
    this.#state = seed >>> 0;
  }

  /**
   * The generator's whole state, and a generator continuing from one. The grader uses these to
   * pass an `Rng` between the spec process and the sandbox that runs learner code, so that both
   * draw the same sequence.
   */
  get state(): number {
    return this.#state;
  }

  set state(value: number) {
    this.#state = value >>> 0;
  }

  static fromState(state: number): Rng {
    const rng = new Rng(0);
    rng.state = state;
    return rng;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform float in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.next();
  }

  /** A uniform integer in [low, high). */
  int(low: number, high: number): number {
    if (!(high > low)) throw new InvalidArgument(`Rng.int needs high > low, got [${low}, ${high})`);
    return low + Math.floor(this.next() * (high - low));
  }

  /** A normal sample (Box–Muller; the second value of each pair is discarded for simplicity). */
  normal(mean = 0, std = 1): number {
    // 1 - next() lies in (0, 1], so the logarithm is always finite.
    const u1 = 1 - this.next();
    const u2 = this.next();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** A Float64Array of `n` uniform values in [low, high). */
  uniformArray(n: number, low = 0, high = 1): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.uniform(low, high);
    return out;
  }

  /** A Float64Array of `n` normal values. */
  normalArray(n: number, mean = 0, std = 1): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.normal(mean, std);
    return out;
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i + 1);
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): Uint32Array {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(0, i + 1);
      const tmp = out[i] as number;
      out[i] = out[j] as number;
      out[j] = tmp;
    }
    return out;
  }
}

/** Where `rngSource` keeps the generator behind the function it returns. */
export const RNG_OF_SOURCE = Symbol.for("course.rng.source");

/**
 * `() => rng.next()`, marked so that the grader's sandbox boundary can move it by value: a spec
 * that passes a reference source to learner code (which draws from it 100,000 times) then pays
 * no round trip per draw; the generator's state travels with the call and comes back.
 */
export function rngSource(rng: Rng): () => number {
  const source = () => rng.next();
  Object.defineProperty(source, RNG_OF_SOURCE, { value: rng });
  return source;
}
