import { describe, expect, it } from "vitest";
import { InvalidArgument } from "./errors";
import { Rng } from "./rng";

describe("Rng", () => {
  it("is deterministic per seed and differs between seeds", () => {
    const a = new Rng(7).uniformArray(5);
    expect(new Rng(7).uniformArray(5)).toEqual(a);
    expect(new Rng(8).uniformArray(5)).not.toEqual(a);
  });

  it("draws uniforms in [0, 1) with the right mean and variance", () => {
    const xs = new Rng(1).uniformArray(100_000);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Standard error of the mean is sqrt(1/12/n) ≈ 0.0009; 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it("draws normals with the requested mean and standard deviation", () => {
    const xs = new Rng(2).normalArray(100_000, 3, 2);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 3)).toBeLessThan((5 * 2) / Math.sqrt(xs.length));
    expect(Math.abs(std - 2)).toBeLessThan(0.03);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it("draws integers in [low, high) and covers the range", () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });

  it("shuffles and permutes without losing or duplicating elements", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Rng(4).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    const perm = Array.from(new Rng(5).permutation(50));
    expect(perm.sort((a, b) => a - b)).toEqual(items);
  });

  it("rejects a non-integer seed and an empty integer range", () => {
    expect(() => new Rng(1.5)).toThrow(InvalidArgument);
    expect(() => new Rng(1).int(3, 3)).toThrow(/high > low/);
  });
});
