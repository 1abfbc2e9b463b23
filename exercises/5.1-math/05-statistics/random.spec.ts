/**
 * Public specs for 5.1.5 Statistics, task 4. Run them with
 *
 *     npm test exercises/5.1-math/05-statistics
 *
 * Random output is checked statistically, with fixed seeds, against tolerances derived from the
 * standard error (SE) of each statistic: a correct generator lands within 5 SE of the truth
 * with probability 1 − 6e-7, a broken one (wrong scale, wrong formula) lands far outside.
 *
 * - mean of n samples:            SE = σ / √n
 * - variance of n normal samples: SE ≈ σ² · √(2/n)
 * - variance of n uniform(0, 1):  SE = √((1/80 − 1/144) / n)      (1/80 = E[(u − ½)⁴])
 * - a fraction p:                 SE = √(p(1 − p) / n)
 * - lag-1 autocorrelation:        SE ≈ 1 / √n
 *
 * `uniform` and `normal` are fed from the course's `lib/rng` here, so that they are tested
 * independently of your `createRng`.
 *
 * Draw order. Statistics cannot tell a normal sample drawn in the README's order from one drawn
 * in another order, so the specs also replay it: a scripted source hands out known uniforms, and
 * every value must equal the README's formula applied to them, in order, to 1e-12 relative
 * (|got − want| ≤ 1e-12·max(1, |want|): room for another order of the floating-point operations
 * in mean + std·r·cos θ, while any other draw order is off by O(1)). `createRng` is replayed
 * exactly against both generators of the README.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { Rng, rngSource } from "../../../lib/rng";
import { at, callRepeatedly, expectAllClose, expectThrows } from "../../../lib/testing";
import { createRng, normal, uniform } from "./random";
import type { RandomSource } from "./random.given";

/** A reference source of uniforms in [0, 1), from the course's seeded generator. */
function reference(seed: number): RandomSource {
  return rngSource(new Rng(seed));
}

/** The README's 32-bit linear congruential generator. */
function lcg(seed: number): RandomSource {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A source that hands out `values` in order (failing the test if more are drawn) and counts its calls. */
function scripted(values: ArrayLike<number>): { rng: RandomSource; calls: () => number } {
  let calls = 0;
  return { rng: () => at(values, calls++, "scripted source: one draw too many"), calls: () => calls };
}

/** The README's Box–Muller on the uniforms `us`, pair by pair: what normal(source of us, mean, std, n) returns. */
function boxMuller(us: ArrayLike<number>, mean: number, std: number, n: number): number[] {
  const out: number[] = [];
  for (let k = 0; out.length < n; k += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - us[k])); // u₁ = 1 − (draw 2k)
    const theta = 2 * Math.PI * us[k + 1]; // u₂ = draw 2k + 1
    out.push(mean + std * r * Math.cos(theta), mean + std * r * Math.sin(theta));
  }
  return out.slice(0, n);
}

/** Tolerance scale of a replayed value: relative for large values, absolute near 0. */
const scaleOf = (want: ArrayLike<number>) => Array.from(want, (w) => Math.max(1, Math.abs(w)));

/** n draws, in one call into the sandbox that runs your code (see lib/testing/sandbox.ts). */
function draw(rng: RandomSource, n: number): Float64Array {
  return Float64Array.from(callRepeatedly(rng, n));
}

function sampleMean(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function sampleVariance(xs: Float64Array): number {
  const m = sampleMean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}

const N = 100_000;

describe("4. A seeded PRNG and distributions", () => {
  test("createRng is deterministic: the same seed gives the same 1000 numbers", () => {
    const a = draw(createRng(42), 1000);
    const b = draw(createRng(42), 1000);
    expect(Array.from(a), "two generators seeded with 42").toEqual(Array.from(b));
  });

  test("createRng is exactly mulberry32 or exactly the LCG of the README (first 1000 values, 6 seeds)", () => {
    // The seed is reduced with seed >>> 0, so −1 is 4294967295 and 2⁴⁰ is 0.
    for (const seed of [0, 1, 42, 123_456_789, -1, 2 ** 40]) {
      const got = Array.from(draw(createRng(seed), 1000));
      const mulberry = Array.from(draw(reference(seed), 1000));
      const congruential = Array.from(draw(lcg(seed), 1000));
      const same = (a: number[], b: number[]) => a.every((v, i) => v === b[i]);
      const matches = same(got, mulberry) || same(got, congruential);
      expect(
        matches,
        `createRng(${seed}) starts ${got.slice(0, 2).join(", ")}; mulberry32 starts ${mulberry.slice(0, 2).join(", ")}, ` +
          `the LCG ${congruential.slice(0, 2).join(", ")}`,
      ).toBe(true);
    }
  });

  test("different seeds give different sequences", () => {
    const a = Array.from(draw(createRng(1), 10));
    const b = Array.from(draw(createRng(2), 10));
    expect(a, "the first 10 numbers for seeds 1 and 2").not.toEqual(b);
  });

  test("100 000 numbers lie in [0, 1), with mean ½ and variance 1/12 within 5 SE (seed 2024)", () => {
    const xs = draw(createRng(2024), N);
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const x of xs) {
      if (x < low) low = x;
      if (x > high) high = x;
    }
    expect(low, "smallest value ≥ 0").toBeGreaterThanOrEqual(0);
    expect(high, "largest value < 1").toBeLessThan(1);
    expect(Math.abs(sampleMean(xs) - 0.5), "|mean − ½| < 5 · √(1/12) / √n").toBeLessThan(
      (5 * Math.sqrt(1 / 12)) / Math.sqrt(N),
    );
    expect(Math.abs(sampleVariance(xs) - 1 / 12), "|variance − 1/12| < 5 SE").toBeLessThan(
      5 * Math.sqrt((1 / 80 - 1 / 144) / N),
    );
  });

  test("passes a chi-square goodness-of-fit test on 10 equal bins (seed 7)", () => {
    // χ² = Σ (observed − expected)² / expected, 9 degrees of freedom. P(χ²₉ > 27.88) = 0.001.
    const counts = new Array<number>(10).fill(0);
    for (const x of draw(createRng(7), N)) counts[Math.floor(x * 10)]++;
    const expected = N / 10;
    const chi2 = counts.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2, `χ² of the bin counts ${counts.join(", ")}`).toBeLessThan(27.88);
  });

  test("consecutive numbers are uncorrelated: |lag-1 autocorrelation| < 5/√n (seed 99)", () => {
    const xs = draw(createRng(99), N);
    const m = sampleMean(xs);
    let num = 0;
    let den = 0;
    for (let i = 0; i < N; i++) {
      const d = xs[i] - m;
      den += d * d;
      if (i + 1 < N) num += d * (xs[i + 1] - m);
    }
    expect(Math.abs(num / den), "lag-1 autocorrelation").toBeLessThan(5 / Math.sqrt(N));
  });

  test("createRng accepts any integer seed (0, negative) and rejects others with InvalidArgument", () => {
    for (const seed of [0, -1, 2 ** 40]) {
      const x = createRng(seed)();
      expect(x >= 0 && x < 1, `first value for seed ${seed} is in [0, 1), got ${x}`).toBe(true);
    }
    expectThrows(() => createRng(1.5), InvalidArgument, "createRng(1.5)");
    expectThrows(() => createRng(Number.NaN), InvalidArgument, "createRng(NaN)");
  });

  test("uniform(rng, 2, 5, n): in [2, 5), mean 3.5 within 5 SE, deterministic for a seeded rng", () => {
    const xs = uniform(reference(11), 2, 5, N);
    expect(xs, "returns a Float64Array").toBeInstanceOf(Float64Array);
    expect(xs.length, "length").toBe(N);
    expect(
      xs.every((x) => x >= 2 && x < 5),
      "every value in [2, 5)",
    ).toBe(true);
    const sigma = 3 / Math.sqrt(12);
    expect(Math.abs(sampleMean(xs) - 3.5), "|mean − 3.5| < 5σ/√n").toBeLessThan((5 * sigma) / Math.sqrt(N));
    expect(Array.from(uniform(reference(11), 2, 5, 5)), "same seed, same values").toEqual(
      Array.from(xs.subarray(0, 5)),
    );
  });

  test("uniform maps draw i to value i: low + (high − low)·uᵢ, one draw per value", () => {
    const us = [0, 0.25, 0.5, 0.999];
    const source = scripted(us);
    const xs = uniform(source.rng, 2, 5, 4);
    expectAllClose(
      xs,
      [2, 2.75, 3.5, 4.997],
      1e-12,
      "uniform(scripted [0, 0.25, 0.5, 0.999], 2, 5, 4)",
      [5, 5, 5, 5],
    );
    expect(source.calls(), "draws for 4 values").toBe(4);
  });

  test("normal replays the draw order: per pair u₁ = 1 − rng() then u₂ = rng(), cosine first, odd n drops the last sine", () => {
    const us = new Rng(21).uniformArray(6);
    const source = scripted(us);
    const got = normal(source.rng, 10, 3, 5);
    const want = boxMuller(us, 10, 3, 5);
    expectAllClose(got, want, 1e-12, "normal(scripted uniforms, 10, 3, 5)", scaleOf(want));
    expect(source.calls(), "draws for 5 values: 3 pairs, the last sine dropped").toBe(6);
  });

  test("rng() = 0 is safe: u₁ = 1 − 0 = 1 gives r = 0, so both values of the pair are the mean", () => {
    // With u₁ = rng() instead, ln 0 = −∞ would make r infinite and the values ±Infinity or NaN.
    const source = scripted([0, 0.25, 0, 0.6]);
    expect(Array.from(normal(source.rng, 7, 2, 4)), "normal(scripted [0, 0.25, 0, 0.6], 7, 2, 4)").toEqual([
      7, 7, 7, 7,
    ]);
  });

  test("normal(rng, 0, 1, n): mean 0 and variance 1 within 5 SE (seed 3)", () => {
    const zs = normal(reference(3), 0, 1, N);
    expect(zs.length, "length").toBe(N);
    expect(Math.abs(sampleMean(zs)), "|mean| < 5/√n").toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(sampleVariance(zs) - 1), "|variance − 1| < 5√(2/n)").toBeLessThan(5 * Math.sqrt(2 / N));
  });

  test("normal(rng, 10, 3, n): ≈68.3% of values within ±1σ and ≈95.4% within ±2σ (seed 5)", () => {
    const xs = normal(reference(5), 10, 3, N);
    let within1 = 0;
    let within2 = 0;
    for (const x of xs) {
      const z = Math.abs(x - 10) / 3;
      if (z < 1) within1++;
      if (z < 2) within2++;
    }
    const p1 = 0.6826894921370859; // P(|Z| < 1)
    const p2 = 0.9544997361036416; // P(|Z| < 2)
    expect(Math.abs(within1 / N - p1), "fraction within ±1σ vs 68.27%").toBeLessThan(
      5 * Math.sqrt((p1 * (1 - p1)) / N),
    );
    expect(Math.abs(within2 / N - p2), "fraction within ±2σ vs 95.45%").toBeLessThan(
      5 * Math.sqrt((p2 * (1 - p2)) / N),
    );
    expect(Math.abs(sampleMean(xs) - 10), "|mean − 10| < 5σ/√n").toBeLessThan((5 * 3) / Math.sqrt(N));
  });

  test("normal handles odd n, n = 0 and std = 0", () => {
    expect(normal(reference(1), 0, 1, 7).length, "n = 7").toBe(7);
    expect(normal(reference(1), 0, 1, 0).length, "n = 0").toBe(0);
    expect(Array.from(normal(reference(1), 4, 0, 3)), "std 0: every value is the mean").toEqual([4, 4, 4]);
  });

  test("bad arguments → InvalidArgument", () => {
    const rng = reference(0);
    expectThrows(() => uniform(rng, 5, 5, 10), InvalidArgument, "uniform with low = high");
    expectThrows(() => uniform(rng, 0, 1, -1), InvalidArgument, "uniform with n = -1");
    expectThrows(() => normal(rng, 0, -1, 10), InvalidArgument, "normal with std < 0");
    expectThrows(() => normal(rng, 0, 1, 2.5), InvalidArgument, "normal with n = 2.5");
  });
});
