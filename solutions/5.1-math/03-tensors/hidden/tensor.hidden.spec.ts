/**
 * Hidden specs for 5.1.3: random shapes (up to 4-d) against a naive reference written here
 * on plain row-major number arrays, non-contiguous views everywhere, and the edge cases —
 * 0-d tensors, zero-length axes, NaN, bad axes and permutations.
 *
 * Tolerances: element-wise results are one floating-point operation per element, so they
 * must match the reference exactly. Sums and means may add in any order; the values are
 * standard normal and at most 625 are added, so any order stays within n·ε·Σ|x| < 1e-10 of
 * the reference — the specs allow 1e-9. Maxima are exact.
 */
import { broadcastShapes, rowMajorStrides, Tensor } from "@exercise/5.1-math/03-tensors/tensor";
import { formatShape, type NestedArray } from "@exercise/5.1-math/03-tensors/tensor.given";
import { describe, expect, it } from "vitest";
import { InvalidArgument, ShapeError } from "../../../../lib/errors";
import { Rng } from "../../../../lib/rng";
import { expectThrows, maxAbsDiff } from "../../../../lib/testing";

// ---------------------------------------------------------------------------------------
// The naive reference: a shape and its values in row-major order, nothing else.
// ---------------------------------------------------------------------------------------

interface Ref {
  shape: number[];
  values: number[];
}

function count(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** Every index of `shape`, in row-major order (the last index changes fastest). */
function allIndices(shape: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const d of shape) {
    const next: number[][] = [];
    for (const prefix of out) for (let i = 0; i < d; i++) next.push([...prefix, i]);
    out = next;
  }
  return out;
}

/** The element of `r` at `index`. */
function valueAt(r: Ref, index: readonly number[]): number {
  let flat = 0;
  for (let k = 0; k < r.shape.length; k++) flat = flat * r.shape[k] + index[k];
  return r.values[flat];
}

function nest(r: Ref): NestedArray {
  const build = (axis: number, start: number, span: number): NestedArray => {
    if (axis === r.shape.length) return r.values[start];
    const d = r.shape[axis];
    const inner = span / Math.max(d, 1);
    return Array.from({ length: d }, (_, i) => build(axis + 1, start + i * inner, inner));
  };
  return build(0, 0, count(r.shape));
}

function refTranspose(r: Ref, perm: readonly number[]): Ref {
  const shape = perm.map((p) => r.shape[p]);
  const values = allIndices(shape).map((index) => {
    const source = new Array<number>(perm.length);
    perm.forEach((p, k) => {
      source[p] = index[k];
    });
    return valueAt(r, source);
  });
  return { shape, values };
}

function refBroadcastShape(a: readonly number[], b: readonly number[]): number[] | undefined {
  const n = Math.max(a.length, b.length);
  const pa = [...new Array<number>(n - a.length).fill(1), ...a];
  const pb = [...new Array<number>(n - b.length).fill(1), ...b];
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const x = pa[k];
    const y = pb[k];
    if (x === y || y === 1) out.push(x);
    else if (x === 1) out.push(y);
    else return undefined;
  }
  return out;
}

function refBinary(a: Ref, b: Ref, op: (x: number, y: number) => number): Ref {
  const shape = refBroadcastShape(a.shape, b.shape);
  if (!shape) throw new Error("reference: shapes do not broadcast");
  const pick = (r: Ref, index: number[]) =>
    valueAt(
      r,
      index.slice(index.length - r.shape.length).map((i, k) => (r.shape[k] === 1 ? 0 : i)),
    );
  return { shape, values: allIndices(shape).map((index) => op(pick(a, index), pick(b, index))) };
}

function refReduce(r: Ref, axis: number, fold: (xs: number[]) => number, keepDims: boolean): Ref {
  const outer = r.shape.filter((_, k) => k !== axis);
  const values = allIndices(outer).map((index) => {
    const xs: number[] = [];
    for (let i = 0; i < r.shape[axis]; i++)
      xs.push(valueAt(r, [...index.slice(0, axis), i, ...index.slice(axis)]));
    return fold(xs);
  });
  return { shape: keepDims ? r.shape.map((d, k) => (k === axis ? 1 : d)) : outer, values };
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const meanOf = (xs: number[]) => sumOf(xs) / xs.length;
const maxOf = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);

// ---------------------------------------------------------------------------------------
// Random cases
// ---------------------------------------------------------------------------------------

function randomShape(rng: Rng, maxDims = 4, maxDim = 5): number[] {
  return Array.from({ length: rng.int(1, maxDims + 1) }, () => rng.int(1, maxDim + 1));
}

function randomRef(rng: Rng, shape: number[]): Ref {
  return { shape, values: Array.from({ length: count(shape) }, () => rng.normal()) };
}

function inversePermutation(perm: readonly number[]): number[] {
  const inverse = new Array<number>(perm.length);
  perm.forEach((p, k) => {
    inverse[p] = k;
  });
  return inverse;
}

/**
 * A Tensor holding `r`, either fresh from `Tensor.from` or — when `view` is true — as a
 * transposed view of a tensor laid out in another axis order (so it is usually not contiguous).
 */
function tensorOf(rng: Rng, r: Ref, view: boolean): Tensor {
  if (!view || r.shape.length < 2) return Tensor.from(nest(r));
  const perm = Array.from(rng.permutation(r.shape.length));
  const stored = refTranspose(r, inversePermutation(perm));
  return Tensor.from(nest(stored)).transpose(perm);
}

/** A shape with the same number of elements as `size`, in `dims` dimensions. */
function randomFactorisation(rng: Rng, size: number, dims: number): number[] {
  const primes: number[] = [];
  let rest = size;
  for (let p = 2; p * p <= rest; p++) {
    while (rest % p === 0) {
      primes.push(p);
      rest /= p;
    }
  }
  if (rest > 1) primes.push(rest);
  const shape = new Array<number>(dims).fill(1);
  for (const p of primes) {
    const k = rng.int(0, dims);
    shape[k] = shape[k] * p;
  }
  return shape;
}

/** A shape that broadcasts with `shape`: a random suffix of it, some dimensions replaced by 1. */
function broadcastPartner(rng: Rng, shape: readonly number[]): number[] {
  const keep = rng.int(0, shape.length + 1);
  const partner = shape.slice(shape.length - keep).map((d) => (rng.next() < 0.35 ? 1 : d));
  // Sometimes add a leading dimension: beyond the other shape it may be anything (the partner
  // is then the longer one); inside it, it must match or be 1.
  if (rng.next() < 0.3) {
    const above = keep < shape.length ? shape[shape.length - keep - 1] : undefined;
    partner.unshift(above === undefined ? rng.int(1, 4) : rng.next() < 0.5 ? 1 : above);
  }
  return partner;
}

function expectMatches(t: Tensor, r: Ref, what: string): void {
  expect([...t.shape], `${what}: shape`).toEqual(r.shape);
  expect(t.toArray(), `${what}: elements`).toEqual(nest(r));
}

function expectClose(t: Tensor, r: Ref, tolerance: number, what: string): void {
  expect([...t.shape], `${what}: shape`).toEqual(r.shape);
  const got = allIndices(r.shape).map((index) => t.get(...index));
  expect(maxAbsDiff(got, r.values), `${what}: largest difference from the reference`).toBeLessThan(tolerance);
}

describe("1. Shape and strides", () => {
  it("round-trips 60 random tensors of up to 4 dimensions", () => {
    const rng = new Rng(101);
    for (let trial = 0; trial < 60; trial++) {
      const r = randomRef(rng, randomShape(rng));
      const t = Tensor.from(nest(r));
      const what = `Tensor.from(${formatShape(r.shape)})`;
      expectMatches(t, r, what);
      expect([...t.strides], `${what}: strides`).toEqual(rowMajorStrides(r.shape));
      expect(t.size, `${what}: size`).toBe(count(r.shape));
      expect(Array.from(t.data), `${what}: data in row-major order`).toEqual(r.values);
      for (let probe = 0; probe < 5; probe++) {
        const index = r.shape.map((d) => rng.int(0, d));
        expect(t.get(...index), `${what}.get(${index.join(", ")})`).toBe(valueAt(r, index));
      }
    }
  });

  it("computes row-major strides for shapes with ones and long axes", () => {
    expect(rowMajorStrides([3, 1, 2]), "rowMajorStrides([3,1,2])").toEqual([2, 2, 1]);
    expect(rowMajorStrides([1, 1, 1]), "rowMajorStrides([1,1,1])").toEqual([1, 1, 1]);
    expect(rowMajorStrides([7, 11, 13, 2]), "rowMajorStrides([7,11,13,2])").toEqual([286, 26, 2, 1]);
    expect([...Tensor.zeros([3, 1, 2]).strides], "strides of Tensor.zeros([3,1,2])").toEqual([2, 2, 1]);
    // Zero-length axes: still strides[k] = shape[k+1] · … · shape[n−1] (0/0 would be NaN).
    expect(rowMajorStrides([0]), "rowMajorStrides([0])").toEqual([1]);
    expect(rowMajorStrides([3, 0]), "rowMajorStrides([3,0])").toEqual([0, 1]);
    expect(rowMajorStrides([0, 4, 5]), "rowMajorStrides([0,4,5])").toEqual([20, 5, 1]);
    expect([...Tensor.zeros([2, 0, 3]).strides], "strides of Tensor.zeros([2,0,3])").toEqual([0, 3, 1]);
    expect([...Tensor.from([[], []]).strides], "strides of Tensor.from([[], []])").toEqual([0, 1]);
  });

  it("writes with set at random positions without touching the others", () => {
    const rng = new Rng(102);
    const shape = [3, 4, 2];
    const t = Tensor.zeros(shape);
    const r: Ref = { shape, values: new Array<number>(count(shape)).fill(0) };
    for (let k = 0; k < 20; k++) {
      const index = shape.map((d) => rng.int(0, d));
      const value = rng.int(-50, 50);
      t.set(value, ...index);
      r.values[index[0] * 8 + index[1] * 2 + index[2]] = value;
    }
    expectMatches(t, r, "zeros([3,4,2]) after 20 random sets");
  });

  it("handles zero-length axes, 0-d zeros and NaN values", () => {
    const empty = Tensor.zeros([2, 0, 3]);
    expect(empty.size, "Tensor.zeros([2,0,3]).size").toBe(0);
    expect(empty.toArray(), "Tensor.zeros([2,0,3]).toArray()").toEqual([[], []]);
    expect([...Tensor.from([[]]).shape], "Tensor.from([[]]).shape").toEqual([1, 0]);
    const scalar = Tensor.zeros([]);
    expect(scalar.size, "Tensor.zeros([]).size").toBe(1);
    expect(scalar.get(), "Tensor.zeros([]).get()").toBe(0);
    scalar.set(4.5);
    expect(scalar.toArray(), "a 0-d tensor after set(4.5)").toBe(4.5);
    const withNaN = Tensor.from([Number.NaN, 1]);
    expect(withNaN.get(0), "tensors may hold NaN").toBeNaN();
  });

  it("rejects ragged arrays at any depth", () => {
    expectThrows(
      () =>
        Tensor.from([
          [
            [1, 2],
            [3, 4],
          ],
          [[5, 6], [7]],
        ]),
      ShapeError,
      "a 2×2×2 array whose last row is short",
    );
    expectThrows(() => Tensor.from([1, [2]]), ShapeError, "Tensor.from([1, [2]])");
    expectThrows(() => Tensor.from([[1], [2, 3]]), ShapeError, "Tensor.from([[1], [2, 3]])");
    expectThrows(() => Tensor.from([[1, 2], []]), ShapeError, "Tensor.from([[1, 2], []])");
    // Ragged although the count of numbers fits the shape: every row is checked, not the total.
    expectThrows(
      () => Tensor.from([[1, 2], [3], [4, 5, 6]]),
      ShapeError,
      "Tensor.from([[1,2],[3],[4,5,6]]) (6 = 3·2)",
    );
    expectThrows(
      () => Tensor.from([[[1], [2]], [[3, 4]]]),
      ShapeError,
      "Tensor.from([[[1],[2]],[[3,4]]]) (4 = 2·2·1)",
    );
  });

  it("rejects bad indices on 0-d and 3-d tensors", () => {
    expectThrows(() => Tensor.from(5).get(0), InvalidArgument, "get(0) on a 0-d tensor");
    const t = Tensor.zeros([2, 3, 4]);
    expectThrows(() => t.get(1, 2, 4), InvalidArgument, "get(1, 2, 4) on [2,3,4]");
    expectThrows(() => t.get(1, Number.NaN, 0), InvalidArgument, "get(1, NaN, 0)");
    expectThrows(() => t.set(1, 0, 0), InvalidArgument, "set with two indices on a 3-d tensor");
    expectThrows(() => Tensor.zeros([2, Number.NaN]), InvalidArgument, "Tensor.zeros([2, NaN])");
  });
});

describe("2. Reshape and transpose", () => {
  it("reshapes 40 random tensors, with and without -1", () => {
    const rng = new Rng(201);
    for (let trial = 0; trial < 40; trial++) {
      const r = randomRef(rng, randomShape(rng));
      const target = randomFactorisation(rng, count(r.shape), rng.int(1, 5));
      const request = [...target];
      if (trial % 2 === 1) request[rng.int(0, request.length)] = -1;
      const got = Tensor.from(nest(r)).reshape(request);
      expectMatches(
        got,
        { shape: target, values: r.values },
        `${formatShape(r.shape)}.reshape(${formatShape(request)})`,
      );
    }
  });

  it("transposes 40 random tensors with random permutations, as views", () => {
    const rng = new Rng(202);
    for (let trial = 0; trial < 40; trial++) {
      const r = randomRef(rng, randomShape(rng));
      const perm = Array.from(rng.permutation(r.shape.length));
      const t = Tensor.from(nest(r));
      const v = t.transpose(perm);
      const what = `${formatShape(r.shape)}.transpose(${formatShape(perm)})`;
      expectMatches(v, refTranspose(r, perm), what);
      expect([...v.strides], `${what}: strides are permuted too`).toEqual(perm.map((p) => t.strides[p]));
      // Writing through the view changes the source at the permuted index.
      const index = v.shape.map((d) => rng.int(0, d));
      const source = new Array<number>(perm.length);
      perm.forEach((p, k) => {
        source[p] = index[k];
      });
      v.set(1234, ...index);
      expect(t.get(...source), `${what}: a write through the view reaches the source`).toBe(1234);
    }
  });

  it("transposes twice and reshapes non-contiguous views by copying", () => {
    const rng = new Rng(203);
    for (let trial = 0; trial < 30; trial++) {
      const r = randomRef(rng, randomShape(rng, 4, 4));
      const p1 = Array.from(rng.permutation(r.shape.length));
      const p2 = Array.from(rng.permutation(r.shape.length));
      const t = Tensor.from(nest(r));
      const twice = t.transpose(p1).transpose(p2);
      const want = refTranspose(refTranspose(r, p1), p2);
      expectMatches(twice, want, `transpose(${formatShape(p1)}).transpose(${formatShape(p2)})`);
      const flat = twice.reshape([-1]);
      expectMatches(flat, { shape: [count(r.shape)], values: want.values }, "…then reshape([-1])");
      expect(flat.isContiguous(), "a reshaped tensor is contiguous").toBe(true);
    }
  });

  it("a copy made by reshape does not write back; a view does", () => {
    const t = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const copy = t.transpose().reshape([6]);
    copy.set(-1, 0);
    expect(t.get(0, 0), "writing into transpose().reshape(…) must not change the source").toBe(1);
    const view = t.reshape([3, 2]);
    view.set(-2, 0, 0);
    expect(t.get(0, 0), "writing into reshape(…) of a contiguous tensor changes the source").toBe(-2);
  });

  it("treats axes of length 1 as contiguous whatever their stride", () => {
    const row = Tensor.from([[1, 2, 3]]); // [1,3]
    const column = row.transpose(); // [3,1], strides [1,3]
    expect([...column.strides], "strides of [[1,2,3]].transpose()").toEqual([1, 3]);
    expect(column.isContiguous(), "[3,1] with strides [1,3] is contiguous").toBe(true);
    const flat = column.reshape([3]);
    flat.set(9, 2);
    expect(row.get(0, 2), "reshape of a contiguous view shares data").toBe(9);
    const cube = Tensor.zeros([2, 3, 4]);
    expect(cube.transpose([0, 2, 1]).isContiguous(), "[2,3,4].transpose([0,2,1])").toBe(false);
    expect(cube.transpose([1, 0, 2]).isContiguous(), "[2,3,4].transpose([1,0,2])").toBe(false);
    expect(cube.reshape([4, 6]).isContiguous(), "[2,3,4].reshape([4,6])").toBe(true);
  });

  it("reshapes 0-d and empty tensors", () => {
    expect(Tensor.from(5).reshape([1, 1]).toArray(), "Tensor.from(5).reshape([1,1])").toEqual([[5]]);
    const back = Tensor.from([5]).reshape([]);
    expect([...back.shape], "Tensor.from([5]).reshape([])").toEqual([]);
    expect(back.get(), "the value survives").toBe(5);
    expect([...Tensor.zeros([0, 3]).reshape([3, 0]).shape], "[0,3].reshape([3,0])").toEqual([3, 0]);
    expect([...Tensor.zeros([0, 3]).reshape([-1]).shape], "[0,3].reshape([-1])").toEqual([0]);
    expectThrows(
      () => Tensor.zeros([0, 3]).reshape([0, -1]),
      InvalidArgument,
      "[0,3].reshape([0,-1]) is ambiguous",
    );
  });

  it("validates reshape and transpose arguments", () => {
    const cube = Tensor.zeros([2, 3, 4]);
    expectThrows(() => cube.reshape([5, 5]), ShapeError, "[2,3,4].reshape([5,5])", /\[2,3,4\]/);
    expectThrows(() => cube.reshape([5, 5]), ShapeError, "[2,3,4].reshape([5,5])", /\[5,5\]/);
    expectThrows(() => cube.reshape([5, -1]), ShapeError, "24 elements into [5,-1]");
    expectThrows(() => cube.reshape([2.5, 4]), InvalidArgument, "reshape([2.5,4])");
    expectThrows(() => cube.reshape([-1, 2, -1]), InvalidArgument, "reshape([-1,2,-1])");
    expectThrows(() => cube.transpose([0, 1]), InvalidArgument, "transpose([0,1]) of a 3-d tensor");
    expectThrows(() => cube.transpose([0, 1, -1]), InvalidArgument, "transpose([0,1,-1])");
    expectThrows(() => cube.transpose([0, 1, 1.5]), InvalidArgument, "transpose([0,1,1.5])");
    expectThrows(() => cube.transpose([0, 1, 2, 3]), InvalidArgument, "transpose([0,1,2,3]) of a 3-d tensor");
  });

  it("transposes 1-d and 0-d tensors to themselves", () => {
    expect(Tensor.from([1, 2, 3]).transpose().toArray(), "transpose of a 1-d tensor").toEqual([1, 2, 3]);
    const s = Tensor.from(8).transpose();
    expect([...s.shape], "transpose of a 0-d tensor").toEqual([]);
    expect(s.get(), "its value").toBe(8);
  });
});

describe("3. Broadcasting", () => {
  it("agrees with the reference broadcast shape on random pairs, both ways round", () => {
    const rng = new Rng(301);
    for (let trial = 0; trial < 100; trial++) {
      const a = randomShape(rng);
      const b = broadcastPartner(rng, a);
      const want = refBroadcastShape(a, b);
      expect(broadcastShapes(a, b), `broadcastShapes(${formatShape(a)}, ${formatShape(b)})`).toEqual(want);
      expect(broadcastShapes(b, a), `broadcastShapes(${formatShape(b)}, ${formatShape(a)})`).toEqual(want);
    }
  });

  it("rejects random incompatible pairs, naming both shapes", () => {
    const rng = new Rng(302);
    for (let trial = 0; trial < 30; trial++) {
      const a = randomShape(rng, 4, 4).map((d) => d + 1); // every dimension ≥ 2
      const b = a.slice(rng.int(0, a.length));
      const k = rng.int(0, b.length);
      b[k] = b[k] + 1; // one clash, right-aligned
      const what = `${formatShape(a)} with ${formatShape(b)}`;
      const escaped = (s: string) => s.replace(/[[\]]/g, "\\$&");
      expectThrows(() => broadcastShapes(a, b), ShapeError, what, new RegExp(escaped(formatShape(a))));
      expectThrows(() => broadcastShapes(a, b), ShapeError, what, new RegExp(escaped(formatShape(b))));
      expectThrows(() => Tensor.zeros(a).mul(Tensor.zeros(b)), ShapeError, `Tensor ${what}`);
    }
  });

  it("matches the reference on 80 random operations, with non-contiguous operands", () => {
    const rng = new Rng(303);
    const ops = [
      ["add", (x: number, y: number) => x + y],
      ["sub", (x: number, y: number) => x - y],
      ["mul", (x: number, y: number) => x * y],
      ["div", (x: number, y: number) => x / y],
    ] as const;
    for (let trial = 0; trial < 80; trial++) {
      const ra = randomRef(rng, randomShape(rng));
      const rb = randomRef(rng, broadcastPartner(rng, ra.shape));
      const [first, second] = trial % 3 === 0 ? [rb, ra] : [ra, rb];
      const a = tensorOf(rng, first, rng.next() < 0.6);
      const b = tensorOf(rng, second, rng.next() < 0.6);
      const [name, op] = ops[trial % 4];
      const got = a[name](b);
      const what = `${formatShape(first.shape)} ${name} ${formatShape(second.shape)} (contiguous: ${a.isContiguous()}, ${b.isContiguous()})`;
      expectMatches(got, refBinary(first, second, op), what);
      expect(got.isContiguous(), `${what}: the result is contiguous`).toBe(true);
    }
  });

  it("matches the reference on a 64×128 matrix plus a row and a column", () => {
    const rng = new Rng(304);
    const m = randomRef(rng, [64, 128]);
    const row = randomRef(rng, [128]);
    const col = randomRef(rng, [64, 1]);
    const t = tensorOf(rng, m, true);
    expectMatches(
      t.add(Tensor.from(nest(row))),
      refBinary(m, row, (x, y) => x + y),
      "[64,128] + [128]",
    );
    expectMatches(
      t.sub(Tensor.from(nest(col))),
      refBinary(m, col, (x, y) => x - y),
      "[64,128] − [64,1]",
    );
  });

  it("returns new tensors and leaves the operands alone", () => {
    const a = Tensor.from([1, 2, 3]);
    const sum = a.add(0);
    expect(sum.data, "a.add(0) must not share a's data").not.toBe(a.data);
    sum.set(100, 0);
    expect(a.get(0), "writing into a.add(0) must not change a").toBe(1);
    const b = Tensor.from([
      [1, 2],
      [3, 4],
    ]);
    const bt = b.transpose();
    bt.mul(bt);
    expect(b.toArray(), "b after bᵀ·bᵀ").toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("handles scalars, 0-d tensors and zero-length axes", () => {
    const five = Tensor.from(2).add(Tensor.from(3));
    expect([...five.shape], "0-d + 0-d is 0-d").toEqual([]);
    expect(five.get(), "2 + 3").toBe(5);
    expect(Tensor.from([2, 4]).div(Tensor.from(4)).toArray(), "[2,4] / 0-d 4").toEqual([0.5, 1]);
    expect(Tensor.from([2, 4]).sub(1).toArray(), "[2,4] − 1").toEqual([1, 3]);
    expect(broadcastShapes([0, 3], [3]), "[0,3] with [3]").toEqual([0, 3]);
    expect(broadcastShapes([0], [1]), "[0] with [1]").toEqual([0]);
    expect(broadcastShapes([1], [0]), "[1] with [0]").toEqual([0]);
    expectThrows(() => broadcastShapes([0], [2]), ShapeError, "[0] with [2]");
    const empty = Tensor.zeros([0, 3]).add(Tensor.from([1, 2, 3]));
    expect([...empty.shape], "[0,3] + [3]").toEqual([0, 3]);
    expect(empty.size, "…has no elements").toBe(0);
  });
});

describe("4. Reductions along an axis", () => {
  it("matches the reference for every axis of 40 random tensors (views included)", () => {
    const rng = new Rng(401);
    for (let trial = 0; trial < 40; trial++) {
      const r = randomRef(rng, randomShape(rng));
      const t = tensorOf(rng, r, trial % 2 === 0);
      const n = r.shape.length;
      for (let axis = -n; axis < n; axis++) {
        const keepDims = rng.next() < 0.5;
        const ax = axis < 0 ? axis + n : axis;
        const what = `${formatShape(r.shape)} (contiguous: ${t.isContiguous()}) axis ${axis}, keepDims ${keepDims}`;
        expectClose(t.sum(axis, keepDims), refReduce(r, ax, sumOf, keepDims), 1e-9, `sum ${what}`);
        expectClose(t.mean(axis, keepDims), refReduce(r, ax, meanOf, keepDims), 1e-9, `mean ${what}`);
        expectMatches(t.max(axis, keepDims), refReduce(r, ax, maxOf, keepDims), `max ${what}`);
      }
    }
  });

  it("reduces everything when no axis is given", () => {
    const rng = new Rng(402);
    for (let trial = 0; trial < 20; trial++) {
      const r = randomRef(rng, randomShape(rng));
      const t = tensorOf(rng, r, true);
      const what = formatShape(r.shape);
      expectClose(t.sum(), { shape: [], values: [sumOf(r.values)] }, 1e-9, `sum() of ${what}`);
      expectClose(t.mean(), { shape: [], values: [meanOf(r.values)] }, 1e-9, `mean() of ${what}`);
      expect(t.max().toArray(), `max() of ${what}`).toBe(maxOf(r.values));
      expect([...t.sum(undefined, true).shape], `sum(undefined, true) of ${what}`).toEqual(
        r.shape.map(() => 1),
      );
    }
  });

  it("keepDims lets the result broadcast back: rows normalised to sum 1", () => {
    const rng = new Rng(403);
    const x = Tensor.zeros([5, 7]);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 7; j++) x.set(rng.uniform(0.1, 2), i, j);
    const p = x.div(x.sum(1, true));
    const rowSums = p.sum(1);
    // Seven terms near 1/7 each: rounding stays near 1e-16, far below 1e-12.
    for (let i = 0; i < 5; i++) expect(rowSums.get(i), `row ${i} of x / x.sum(1, true)`).toBeCloseTo(1, 12);
    const cols = x.sub(x.mean(0, true)).mean(0);
    for (let j = 0; j < 7; j++)
      expect(cols.get(j), `column ${j} after subtracting mean(0, true)`).toBeCloseTo(0, 12);
  });

  it("handles 0-d tensors and empty reductions", () => {
    const s = Tensor.from(5);
    expect(s.sum().toArray(), "sum() of a 0-d tensor").toBe(5);
    expect(s.max().toArray(), "max() of a 0-d tensor").toBe(5);
    expectThrows(() => s.sum(0), InvalidArgument, "sum(0) of a 0-d tensor (it has no axes)");
    expect(Tensor.zeros([0]).sum().toArray(), "sum() of an empty tensor").toBe(0);
    expect(Tensor.zeros([0, 3]).sum(0).toArray(), "[0,3].sum(0)").toEqual([0, 0, 0]);
    expect([...Tensor.zeros([0, 3]).sum(1).shape], "[0,3].sum(1)").toEqual([0]);
    expect([...Tensor.zeros([3, 0]).max(0).shape], "[3,0].max(0) is empty but not an error").toEqual([0]);
    // Likewise for mean: only a reduced axis of length 0 is an error, not an empty tensor.
    expect([...Tensor.zeros([3, 0]).mean(0).shape], "[3,0].mean(0) is empty but not an error").toEqual([0]);
    expect([...Tensor.zeros([0, 2]).mean(1).shape], "[0,2].mean(1)").toEqual([0]);
    expect([...Tensor.zeros([2, 0, 3]).mean(-1, true).shape], "[2,0,3].mean(-1, true)").toEqual([2, 0, 1]);
    expectThrows(() => Tensor.zeros([0, 3]).mean(0), InvalidArgument, "[0,3].mean(0): mean of nothing");
    expectThrows(() => Tensor.zeros([0]).mean(), InvalidArgument, "mean() of an empty tensor");
    expectThrows(() => Tensor.zeros([0, 3]).max(0), InvalidArgument, "[0,3].max(0): max of nothing");
    expectThrows(() => Tensor.zeros([2, 0]).max(), InvalidArgument, "max() of an empty tensor");
  });

  it("propagates NaN through max, wherever it sits", () => {
    const t = Tensor.from([
      [Number.NaN, 1, 2],
      [1, 2, Number.NaN],
      [1, 2, 3],
    ]);
    const rows = t.max(1);
    expect(rows.get(0), "max of [NaN, 1, 2]").toBeNaN();
    expect(rows.get(1), "max of [1, 2, NaN]").toBeNaN();
    expect(rows.get(2), "max of [1, 2, 3]").toBe(3);
    expect(t.max().get(), "max() of a tensor holding NaN").toBeNaN();
    expect(Tensor.from([Number.NEGATIVE_INFINITY]).max().get(), "max of [-Infinity]").toBe(
      Number.NEGATIVE_INFINITY,
    );
  });

  it("rejects invalid axes on a 3-d tensor", () => {
    const t = Tensor.zeros([2, 3, 4]);
    expectThrows(() => t.sum(3), InvalidArgument, "sum(3) of a 3-d tensor");
    expectThrows(() => t.sum(-4), InvalidArgument, "sum(-4) of a 3-d tensor");
    expectThrows(() => t.mean(1.5), InvalidArgument, "mean(1.5)");
    expectThrows(() => t.max(Number.NaN), InvalidArgument, "max(NaN)");
    expect([...t.sum(-3).shape], "sum(-3) of a 3-d tensor is sum(0)").toEqual([3, 4]);
  });
});
