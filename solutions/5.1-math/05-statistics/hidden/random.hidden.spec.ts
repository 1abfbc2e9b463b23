/**
 * Hidden specs for 5.1.5 Statistics, task 4: more seeds, a 2-d uniformity test, higher moments
 * of the normal and a Kolmogorov–Smirnov test. Tolerances are 5 standard errors (see the public
 * spec) or the p = 0.001 critical value of the test statistic.
 */

import { createRng, normal, uniform } from "@exercise/5.1-math/05-statistics/random";
import type { RandomSource } from "@exercise/5.1-math/05-statistics/random.given";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng, rngSource } from "../../../../lib/rng";
import { at, callRepeatedly, expectAllClose, expectThrows } from "../../../../lib/testing";

function reference(seed: number): RandomSource {
  return rngSource(new Rng(seed));
}

/** A source that hands out `values` in order (failing the test if more are drawn) and counts its calls. */
function scripted(values: ArrayLike<number>): { rng: RandomSource; calls: () => number } {
  let calls = 0;
  return { rng: () => at(values, calls++, "scripted source: one draw too many"), calls: () => calls };
}

/** The README's Box–Muller on the uniforms `us`, pair by pair (u₁ = 1 − us[2k], u₂ = us[2k + 1]). */
function boxMuller(us: ArrayLike<number>, mean: number, std: number, n: number): number[] {
  const out: number[] = [];
  for (let k = 0; out.length < n; k += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - us[k]));
    const theta = 2 * Math.PI * us[k + 1];
    out.push(mean + std * r * Math.cos(theta), mean + std * r * Math.sin(theta));
  }
  return out.slice(0, n);
}

/** Replayed values must agree to 1e-12 relative (absolute near 0); see the public spec. */
const scaleOf = (want: ArrayLike<number>) => Array.from(want, (w) => Math.max(1, Math.abs(w)));

/** Central moments: [mean, variance, skewness, kurtosis] (population formulas). */
function moments(xs: Float64Array): [number, number, number, number] {
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - m;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= xs.length;
  m3 /= xs.length;
  m4 /= xs.length;
  return [m, m2, m3 / m2 ** 1.5, m4 / (m2 * m2)];
}

/** The standard normal CDF Φ(z), via erf (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

const N = 100_000;

describe("4. A seeded PRNG and distributions", () => {
  test("10 seeds give 10 different first values; the same seed repeats 100 000 values exactly", () => {
    const firsts = new Set(Array.from({ length: 10 }, (_, seed) => createRng(seed * 7919 + 1)()));
    expect(firsts.size, "distinct first values of 10 seeds").toBe(10);
    const a = callRepeatedly(createRng(123456), N);
    const b = callRepeatedly(createRng(123456), N);
    let same = 0;
    for (let i = 0; i < N; i++) if (a[i] === b[i]) same++;
    expect(same, "identical values from two generators with the same seed").toBe(N);
  });

  test("each generator has its own state: interleaved calls do not disturb each other", () => {
    const solo = createRng(5);
    const expected = [solo(), solo(), solo()];
    const a = createRng(5);
    const b = createRng(5);
    const got = [a(), b(), a(), b(), a(), b()];
    expect([got[0], got[2], got[4]], "generator a").toEqual(expected);
    expect([got[1], got[3], got[5]], "generator b").toEqual(expected);
  });

  test("chi-square on 20 bins (seed 77) and on a 5×5 grid of consecutive pairs (seed 78)", () => {
    const counts = new Array<number>(20).fill(0);
    for (const x of callRepeatedly(createRng(77), N)) counts[Math.floor(x * 20)]++;
    const chi2 = counts.reduce((s, o) => s + (o - N / 20) ** 2 / (N / 20), 0);
    expect(chi2, "χ² on 20 bins (19 df, p = 0.001 critical value 43.82)").toBeLessThan(43.82);

    const grid = new Array<number>(25).fill(0);
    const pairs = callRepeatedly(createRng(78), 2 * N);
    for (let i = 0; i < N; i++) grid[Math.floor(pairs[2 * i] * 5) * 5 + Math.floor(pairs[2 * i + 1] * 5)]++;
    const chi2Pairs = grid.reduce((s, o) => s + (o - N / 25) ** 2 / (N / 25), 0);
    expect(chi2Pairs, "χ² on pairs (24 df, p = 0.001 critical value 51.18)").toBeLessThan(51.18);
  });

  test("uniform on a negative interval [−3, −1): range and mean within 5 SE; n = 0 → empty", () => {
    const xs = uniform(reference(41), -3, -1, N);
    expect(
      xs.every((x) => x >= -3 && x < -1),
      "every value in [−3, −1)",
    ).toBe(true);
    const [m, v] = moments(xs);
    expect(Math.abs(m + 2), "|mean + 2| < 5σ/√n").toBeLessThan((5 * (2 / Math.sqrt(12))) / Math.sqrt(N));
    expect(Math.abs(v - 4 / 12), "|variance − 1/3| < 5 SE").toBeLessThan(
      5 * 4 * Math.sqrt((1 / 80 - 1 / 144) / N),
    );
    expect(uniform(reference(41), 0, 1, 0).length, "n = 0").toBe(0);
  });

  test("normal: skewness ≈ 0 and kurtosis ≈ 3 within 5 SE, 0.27% beyond ±3σ (seed 43, odd n)", () => {
    const n = N + 1;
    const zs = normal(reference(43), -2, 0.5, n);
    expect(zs.length, "length").toBe(n);
    const [m, v, skew, kurt] = moments(zs);
    expect(Math.abs(m + 2), "|mean + 2| < 5σ/√n").toBeLessThan((5 * 0.5) / Math.sqrt(n));
    expect(Math.abs(v / 0.25 - 1), "|variance/σ² − 1| < 5√(2/n)").toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(skew), "|skewness| < 5√(6/n)").toBeLessThan(5 * Math.sqrt(6 / n));
    expect(Math.abs(kurt - 3), "|kurtosis − 3| < 5√(24/n)").toBeLessThan(5 * Math.sqrt(24 / n));
    let beyond3 = 0;
    for (const z of zs) if (Math.abs(z + 2) > 1.5) beyond3++;
    const p = 0.0026997960632601866;
    expect(Math.abs(beyond3 / n - p), "fraction beyond ±3σ vs 0.27%").toBeLessThan(
      5 * Math.sqrt((p * (1 - p)) / n),
    );
  });

  test("normal passes a Kolmogorov–Smirnov test against Φ (seed 47, n = 20 000)", () => {
    const n = 20_000;
    const zs = Array.from(normal(reference(47), 0, 1, n)).sort((a, b) => a - b);
    let d = 0;
    zs.forEach((z, i) => {
      const cdf = normalCdf(z);
      d = Math.max(d, Math.abs((i + 1) / n - cdf), Math.abs(cdf - i / n));
    });
    // P(√n · D > 1.949) ≈ 0.001 for a sample of the hypothesised distribution.
    expect(d * Math.sqrt(n), "√n · D (Kolmogorov–Smirnov)").toBeLessThan(1.949);
  });

  test("normal fed by your own createRng is deterministic and standard", () => {
    const a = normal(createRng(2025), 0, 1, N);
    const b = normal(createRng(2025), 0, 1, N);
    expect(a[N - 1], "the last value repeats for the same seed").toBe(b[N - 1]);
    const [m, v] = moments(a);
    expect(Math.abs(m), "|mean| < 5/√n").toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(v - 1), "|variance − 1| < 5√(2/n)").toBeLessThan(5 * Math.sqrt(2 / N));
  });

  test("normal replays 1001 values from lib/rng's uniforms in the documented order (seed 51)", () => {
    const us = new Rng(51).uniformArray(1002);
    const source = scripted(us);
    const got = normal(source.rng, -2, 0.5, 1001);
    const want = boxMuller(us, -2, 0.5, 1001);
    expectAllClose(got, want, 1e-12, "normal(scripted uniforms, −2, 0.5, 1001)", scaleOf(want));
    expect(source.calls(), "draws for 1001 values").toBe(1002);
  });

  test("nothing is kept between calls: normal(…, 1) twice uses two fresh pairs and drops both sines", () => {
    const us = [0.1, 0.2, 0.3, 0.4];
    const source = scripted(us);
    const first = normal(source.rng, 0, 1, 1);
    expect(source.calls(), "draws of the first call").toBe(2);
    const second = normal(source.rng, 0, 1, 1);
    expect(source.calls(), "draws after the second call").toBe(4);
    const want = boxMuller(us, 0, 1, 3); // z₀ of pair 1, (z₁ of pair 1), z₀ of pair 2
    expectAllClose([first[0], second[0]], [want[0], want[2]], 1e-12, "the two single values", [1, 1]);
  });

  test("uniform on [−3, −1) maps 1000 draws of lib/rng one to one (seed 52)", () => {
    const us = new Rng(52).uniformArray(1000);
    const source = scripted(us);
    const xs = uniform(source.rng, -3, -1, 1000);
    expectAllClose(
      xs,
      Array.from(us, (u) => -3 + 2 * u),
      1e-12 * 3,
      "uniform(scripted uniforms, −3, −1, 1000)",
    );
    expect(source.calls(), "draws").toBe(1000);
  });

  test("more bad arguments → InvalidArgument", () => {
    const rng = reference(0);
    expectThrows(
      () => uniform(rng, 0, Number.POSITIVE_INFINITY, 3),
      InvalidArgument,
      "uniform up to Infinity",
    );
    expectThrows(() => uniform(rng, 2, 1, 3), InvalidArgument, "uniform with low > high");
    expectThrows(() => uniform(rng, 0, 1, Number.NaN), InvalidArgument, "uniform with n = NaN");
    expectThrows(
      () => normal(rng, Number.POSITIVE_INFINITY, 1, 3),
      InvalidArgument,
      "normal with mean Infinity",
    );
    expectThrows(() => normal(rng, 0, Number.NaN, 3), InvalidArgument, "normal with std NaN");
    expectThrows(() => normal(rng, 0, 1, -2), InvalidArgument, "normal with n = −2");
  });
});
