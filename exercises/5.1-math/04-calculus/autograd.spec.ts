/**
 * Public specs for 5.1.4 Calculus, task 4 (the autograd `Value`). Run them with
 *
 *     npm test exercises/5.1-math/04-calculus
 *
 * Gradients are checked two ways: against derivatives worked out by hand (to 12 digits — the
 * same floating-point operations, so only rounding differs), and against a numerical central
 * difference written in this file (relative error below 1e-6: the numerical side is only good
 * to about 1e-10 and the expressions chain several operations). Expected zeros are checked with
 * `toBeCloseTo(0, 15)`, which accepts both +0 and −0 (`toBe(0)` would reject −0) but never NaN.
 */
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../lib/errors";
import { Rng } from "../../../lib/rng";
import { expectThrows } from "../../../lib/testing";
import { Value } from "./autograd";

/** A reference central difference (deliberately not the learner's own `derivative`). */
function numericalDerivative(f: (x: number) => number, x: number): number {
  const h = 1e-6 * Math.max(1, Math.abs(x));
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** |a − b| / max(1, |b|). */
function closeness(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

describe("4. Autograd: forward and backward (chain rule)", () => {
  test("forward pass: every operation computes the right number", () => {
    const a = new Value(3);
    const b = new Value(-2);
    expect(a.add(b).data, "3 + (−2)").toBe(1);
    expect(a.mul(b).data, "3 · (−2)").toBe(-6);
    expect(a.sub(b).data, "3 − (−2)").toBe(5);
    expect(a.div(b).data, "3 / (−2)").toBe(-1.5);
    expect(a.neg().data, "−3").toBe(-3);
    expect(a.pow(2).data, "3²").toBe(9);
    expect(a.exp().data, "e³").toBeCloseTo(Math.exp(3), 12);
    expect(a.tanh().data, "tanh 3").toBeCloseTo(Math.tanh(3), 12);
    expect(a.relu().data, "relu 3").toBe(3);
    expect(b.relu().data, "relu −2").toBeCloseTo(0, 15);
  });

  test("plain numbers are accepted as operands: a.add(1), a.mul(2), a.sub(0.5), a.div(4)", () => {
    const a = new Value(3);
    expect(a.add(1).data, "3 + 1").toBe(4);
    expect(a.mul(2).data, "3 · 2").toBe(6);
    expect(a.sub(0.5).data, "3 − 0.5").toBe(2.5);
    expect(a.div(4).data, "3 / 4").toBe(0.75);
  });

  test("backward of c = a·b + a gives ∂c/∂a = b + 1 and ∂c/∂b = a", () => {
    const a = new Value(2);
    const b = new Value(-3);
    const c = a.mul(b).add(a);
    c.backward();
    expect(c.grad, "∂c/∂c").toBe(1);
    expect(a.grad, "∂c/∂a = b + 1").toBe(-2);
    expect(b.grad, "∂c/∂b = a").toBe(2);
  });

  test("gradients accumulate for a node used twice: (a·a)′ = 2a and (a + a)′ = 2", () => {
    const a = new Value(3);
    a.mul(a).backward();
    expect(a.grad, "∂(a·a)/∂a at a = 3").toBe(6);
    const b = new Value(3);
    b.add(b).backward();
    expect(b.grad, "∂(b + b)/∂b").toBe(2);
  });

  test("reverse topological order: a node reached by paths of different lengths gets all of its gradient", () => {
    // t = tanh(x); out = t + 2t. t is used directly and through u = 2t, so t's grad (1 + 2 = 3)
    // is complete only after u has passed its share back. ∂out/∂x = 3(1 − t²).
    const x = new Value(0.5);
    const t = x.tanh();
    const out = t.add(t.mul(2));
    out.backward();
    expect(t.grad, "∂out/∂t").toBe(3);
    expect(x.grad, "∂out/∂x = 3(1 − tanh² x)").toBeCloseTo(3 * (1 - Math.tanh(0.5) ** 2), 12);
  });

  test("a neuron by hand: for y = tanh(x·w + b), ∂y/∂x = w(1 − y²), ∂y/∂w = x(1 − y²), ∂y/∂b = 1 − y²", () => {
    const x = new Value(0.8);
    const w = new Value(-1.3);
    const b = new Value(0.4);
    const y = x.mul(w).add(b).tanh();
    y.backward();
    const local = 1 - Math.tanh(0.8 * -1.3 + 0.4) ** 2;
    expect(y.data, "y").toBeCloseTo(Math.tanh(0.8 * -1.3 + 0.4), 12);
    expect(x.grad, "∂y/∂x = w(1 − y²)").toBeCloseTo(-1.3 * local, 12);
    expect(w.grad, "∂y/∂w = x(1 − y²)").toBeCloseTo(0.8 * local, 12);
    expect(b.grad, "∂y/∂b = 1 − y²").toBeCloseTo(local, 12);
  });

  test("each operation's gradient matches a numerical derivative at 5 random points (seed 42)", () => {
    const cases: Array<[string, (v: Value) => Value, (x: number) => number]> = [
      ["x³", (v) => v.pow(3), (x) => x ** 3],
      ["x^−1", (v) => v.pow(-1), (x) => x ** -1],
      ["exp x", (v) => v.exp(), Math.exp],
      ["tanh x", (v) => v.tanh(), Math.tanh],
      ["relu x", (v) => v.relu(), (x) => Math.max(0, x)],
      ["−x", (v) => v.neg(), (x) => -x],
      ["2 − x", (v) => new Value(2).sub(v), (x) => 2 - x],
      ["1 / x", (v) => new Value(1).div(v), (x) => 1 / x],
      ["x / 3", (v) => v.div(3), (x) => x / 3],
    ];
    const rng = new Rng(42);
    for (const [name, build, plain] of cases) {
      for (let k = 0; k < 5; k++) {
        const x = rng.uniform(0.2, 2) * (rng.next() < 0.5 ? -1 : 1); // away from 0 (relu's kink, 1/x's pole)
        const v = new Value(x);
        build(v).backward();
        expect(closeness(v.grad, numericalDerivative(plain, x)), `d/dx ${name} at x = ${x}`).toBeLessThan(
          1e-6,
        );
      }
    }
  });

  test("a two-input expression matches numerical partial derivatives", () => {
    // f(a, b) = (a·b + b²)·exp(−a) / (1 + relu(a − b)) − tanh(a)
    const f = (a: Value, b: Value) =>
      a.mul(b).add(b.pow(2)).mul(a.neg().exp()).div(a.sub(b).relu().add(1)).sub(a.tanh());
    const plain = (a: number, b: number) =>
      ((a * b + b * b) * Math.exp(-a)) / (1 + Math.max(0, a - b)) - Math.tanh(a);
    for (const [a0, b0] of [
      [0.7, -1.2],
      [1.5, 0.3],
      [-0.4, 2.2],
    ] as const) {
      const a = new Value(a0);
      const b = new Value(b0);
      f(a, b).backward();
      expect(
        closeness(
          a.grad,
          numericalDerivative((t) => plain(t, b0), a0),
        ),
        `∂f/∂a at (${a0}, ${b0})`,
      ).toBeLessThan(1e-6);
      expect(
        closeness(
          b.grad,
          numericalDerivative((t) => plain(a0, t), b0),
        ),
        `∂f/∂b at (${a0}, ${b0})`,
      ).toBeLessThan(1e-6);
    }
  });

  test("huge inputs stay finite: tanh(±1000) = ±1 with gradient 0, relu(1e300) has gradient 1", () => {
    for (const x of [1000, -1000]) {
      const v = new Value(x);
      const t = v.tanh();
      t.backward();
      expect(t.data, `tanh(${x})`).toBe(Math.sign(x));
      expect(v.grad, `d tanh/dx at ${x} (must not be NaN)`).toBeCloseTo(0, 15);
    }
    const big = new Value(1e300);
    big.relu().backward();
    expect(big.grad, "d relu/dx at 1e300").toBe(1);
  });

  test("backward handles a chain of 50 000 operations without overflowing the call stack", () => {
    const x = new Value(1);
    let v = x;
    for (let i = 0; i < 50_000; i++) v = v.add(1);
    v.backward();
    expect(v.data, "1 + 50 000 · 1").toBe(50_001);
    expect(x.grad, "∂v/∂x").toBe(1);
  });

  test("pow at 0: x⁰ = 1 with gradient 0 (not 0 · ∞ = NaN), x¹ has gradient 1, x² and x³ gradient 0", () => {
    // The local derivative n·xⁿ⁻¹ is 0 · 0⁻¹ = 0 · ∞ = NaN for n = 0 at x = 0: x⁰ is the constant
    // 1, so its derivative is 0 there too. For n = 1 the formula gives 1 · 0⁰ = 1, as it should.
    const zero = new Value(0);
    const one = zero.pow(0);
    one.backward();
    expect(one.data, "0⁰").toBe(1);
    expect(zero.grad, "d(x⁰)/dx at 0").toBeCloseTo(0, 15);
    for (const [n, expected] of [
      [1, 1],
      [2, 0],
      [3, 0],
    ] as const) {
      const x = new Value(0);
      x.pow(n).backward();
      expect(x.grad, `d(x^${n})/dx at 0`).toBeCloseTo(expected, 15);
    }
  });

  test("pow needs a finite exponent → InvalidArgument otherwise", () => {
    expectThrows(() => new Value(2).pow(Number.NaN), InvalidArgument, "pow(NaN)");
    expectThrows(() => new Value(2).pow(Number.POSITIVE_INFINITY), InvalidArgument, "pow(Infinity)");
  });
});
