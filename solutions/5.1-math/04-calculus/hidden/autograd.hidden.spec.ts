/**
 * Hidden specs for 5.1.4 Calculus, task 4: a small neural network checked parameter by
 * parameter against numerical gradients, reuse-heavy and deep graphs, and the large-input
 * behaviour the README promises (no NaN from tanh or relu of huge inputs).
 */

import { Value } from "@exercise/5.1-math/04-calculus/autograd";
import { describe, expect, test } from "vitest";
import { InvalidArgument } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectThrows } from "../../../../lib/testing";

function closeness(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

/**
 * A 3-4-1 network with tanh hidden units and a squared-error loss, written once over an
 * abstract number type so that the same code runs on plain numbers and on `Value`s.
 */
interface Ops<T> {
  lift(x: number): T;
  add(a: T, b: T): T;
  mul(a: T, b: T): T;
  sub(a: T, b: T): T;
  tanh(a: T): T;
  square(a: T): T;
}

const numberOps: Ops<number> = {
  lift: (x) => x,
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
  sub: (a, b) => a - b,
  tanh: Math.tanh,
  square: (a) => a * a,
};

const valueOps: Ops<Value> = {
  lift: (x) => new Value(x),
  add: (a, b) => a.add(b),
  mul: (a, b) => a.mul(b),
  sub: (a, b) => a.sub(b),
  tanh: (a) => a.tanh(),
  square: (a) => a.pow(2),
};

const IN = 3;
const HIDDEN = 4;
const PARAMS = HIDDEN * IN + HIDDEN + HIDDEN + 1; // W1, b1, w2, b2

function mlpLoss<T>(ops: Ops<T>, params: T[], inputs: number[][], targets: number[]): T {
  let loss = ops.lift(0);
  inputs.forEach((x, n) => {
    let out = params[PARAMS - 1];
    for (let h = 0; h < HIDDEN; h++) {
      let pre = params[HIDDEN * IN + h];
      for (let i = 0; i < IN; i++) pre = ops.add(pre, ops.mul(params[h * IN + i], ops.lift(x[i])));
      out = ops.add(out, ops.mul(params[HIDDEN * IN + HIDDEN + h], ops.tanh(pre)));
    }
    loss = ops.add(loss, ops.square(ops.sub(out, ops.lift(targets[n]))));
  });
  return loss;
}

describe("4. Autograd: forward and backward (chain rule)", () => {
  test("a 3-4-1 tanh network: every one of its 21 parameter gradients matches a numerical one (seed 5)", () => {
    const rng = new Rng(5);
    const weights = Array.from({ length: PARAMS }, () => rng.normal(0, 0.8));
    const inputs = Array.from({ length: 4 }, () => Array.from({ length: IN }, () => rng.uniform(-1, 1)));
    const targets = inputs.map((x) => Math.sin(x[0] + x[1]) - x[2]);

    const params = weights.map((w) => new Value(w));
    const loss = mlpLoss(valueOps, params, inputs, targets);
    expect(loss.data, "forward loss").toBeCloseTo(mlpLoss(numberOps, weights, inputs, targets), 12);
    loss.backward();

    for (let k = 0; k < PARAMS; k++) {
      const h = 1e-6;
      const plus = weights.slice();
      const minus = weights.slice();
      plus[k] += h;
      minus[k] -= h;
      const numerical =
        (mlpLoss(numberOps, plus, inputs, targets) - mlpLoss(numberOps, minus, inputs, targets)) / (2 * h);
      expect(closeness(params[k].grad, numerical), `∂loss/∂param${k}`).toBeLessThan(1e-6);
    }
  });

  test("a residual (skip) connection: out = tanh(w·h) + h with h = tanh(x)", () => {
    // h reaches out directly and through tanh(w·h): ∂out/∂h = w(1 − tanh²(w·h)) + 1.
    const x = new Value(0.6);
    const w = new Value(-1.7);
    const h = x.tanh();
    const out = h.mul(w).tanh().add(h);
    out.backward();
    const hv = Math.tanh(0.6);
    const dOutDh = -1.7 * (1 - Math.tanh(-1.7 * hv) ** 2) + 1;
    expect(h.grad, "∂out/∂h").toBeCloseTo(dOutDh, 12);
    expect(x.grad, "∂out/∂x = ∂out/∂h · (1 − h²)").toBeCloseTo(dOutDh * (1 - hv * hv), 12);
    expect(w.grad, "∂out/∂w = h(1 − tanh²(w·h))").toBeCloseTo(hv * (1 - Math.tanh(-1.7 * hv) ** 2), 12);
  });

  test("x·x·x has gradient 3x²; x^0.5 at 4 has gradient 0.25; x^0 has gradient 0, also at 0", () => {
    const x = new Value(-1.5);
    x.mul(x).mul(x).backward();
    expect(x.grad, "d(x·x·x)/dx at −1.5").toBeCloseTo(3 * 1.5 ** 2, 12);
    const y = new Value(4);
    y.pow(0.5).backward();
    expect(y.grad, "d√y/dy at 4").toBeCloseTo(0.25, 12);
    const z = new Value(2);
    z.pow(0).backward();
    expect(z.grad, "d(z⁰)/dz").toBeCloseTo(0, 15);
    // At 0 the product rule must see d(x⁰)/dx = 0, not NaN: ∂(x⁰·x + x¹)/∂x = 1 + 1 = 2.
    const w = new Value(0);
    w.pow(0).mul(w).add(w.pow(1)).backward();
    expect(w.grad, "∂(x⁰·x + x¹)/∂x at 0").toBe(2);
  });

  test("a node used 1000 times collects 1000 contributions", () => {
    const a = new Value(0.3);
    let s = new Value(0);
    for (let k = 1; k <= 1000; k++) s = s.add(a.mul(k));
    s.backward();
    expect(a.grad, "∂(Σ k·a)/∂a = Σ k").toBe(500_500);
  });

  test("a − a and a / a have gradient 0; a / b has gradients 1/b and −a/b²", () => {
    const a = new Value(2.5);
    a.sub(a).backward();
    expect(a.grad, "∂(a − a)/∂a").toBeCloseTo(0, 15);
    const c = new Value(2.5);
    c.div(c).backward();
    expect(Math.abs(c.grad), "|∂(c / c)/∂c|").toBeLessThan(1e-15);
    const p = new Value(3);
    const q = new Value(-4);
    p.div(q).backward();
    expect(p.grad, "∂(p/q)/∂p = 1/q").toBeCloseTo(-0.25, 14);
    expect(q.grad, "∂(p/q)/∂q = −p/q²").toBeCloseTo(-3 / 16, 14);
  });

  test("relu has gradient 0 at 0 and below; an input the output does not depend on keeps grad 0", () => {
    const zero = new Value(0);
    const negative = new Value(-5);
    const unused = new Value(7);
    const out = zero.relu().add(negative.relu());
    out.backward();
    expect(zero.grad, "relu′(0)").toBeCloseTo(0, 15);
    expect(negative.grad, "relu′(−5)").toBeCloseTo(0, 15);
    expect(unused.grad, "a Value outside the graph").toBeCloseTo(0, 15);
  });

  test("backward on a leaf gives it grad 1; constants wrapped from numbers do not disturb the operand", () => {
    const leaf = new Value(3);
    leaf.backward();
    expect(leaf.grad, "∂x/∂x").toBe(1);
    const a = new Value(2);
    const one = new Value(1);
    a.add(one).mul(5).backward();
    expect(a.grad, "∂(5(a + 1))/∂a").toBe(5);
    expect(one.grad, "∂(5(a + 1))/∂one").toBe(5);
  });

  test("huge inputs: tanh(x·w) with x·w = Infinity, exp(−1000) and relu(−1e300) give finite gradients", () => {
    const x = new Value(1e200);
    const w = new Value(1e200);
    const t = x.mul(w).tanh();
    t.backward();
    expect(t.data, "tanh(1e200 · 1e200)").toBe(1);
    expect(x.grad, "∂/∂x (not NaN)").toBeCloseTo(0, 15);
    expect(w.grad, "∂/∂w (not NaN)").toBeCloseTo(0, 15);

    const small = new Value(-1000);
    const e = small.exp();
    e.backward();
    expect(e.data, "exp(−1000)").toBeCloseTo(0, 15);
    expect(small.grad, "d exp/dx at −1000").toBeCloseTo(0, 15);

    const neg = new Value(-1e300);
    neg.relu().backward();
    expect(neg.grad, "d relu/dx at −1e300").toBeCloseTo(0, 15);

    const u = new Value(-1000);
    u.mul(3).tanh().mul(2).backward();
    expect(u.grad, "d(2·tanh(3u))/du at −1000").toBeCloseTo(0, 15);
  });

  test("a deep chain where every node is used twice: v ← 0.5·v + 0.5·v, 20 000 times", () => {
    const x = new Value(1.25);
    let v = x;
    for (let i = 0; i < 20_000; i++) v = v.mul(0.5).add(v.mul(0.5));
    v.backward();
    expect(v.data, "value").toBe(1.25);
    expect(x.grad, "∂v/∂x").toBe(1);
  });

  test("a chain of 2 000 tanh: the gradient is the product of the local derivatives", () => {
    const x = new Value(0.9);
    let v = x;
    let plain = 0.9;
    let expected = 1;
    for (let i = 0; i < 2000; i++) {
      v = v.tanh();
      plain = Math.tanh(plain);
      expected *= 1 - plain * plain;
    }
    v.backward();
    expect(v.data, "tanh²⁰⁰⁰(0.9)").toBeCloseTo(plain, 12);
    expect(Math.abs(x.grad / expected - 1), "∂v/∂x relative to Π(1 − tᵢ²)").toBeLessThan(1e-9);
  });

  test("division by zero gives Infinity in the forward pass (no throw); pow(−Infinity) throws", () => {
    expect(new Value(3).div(0).data, "3 / 0").toBe(Number.POSITIVE_INFINITY);
    expectThrows(() => new Value(3).pow(Number.NEGATIVE_INFINITY), InvalidArgument, "pow(−Infinity)");
  });
});
