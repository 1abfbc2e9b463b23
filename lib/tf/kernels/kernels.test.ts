/**
 * The course kernels are equal to the stock cpu kernels (within 1e-5 normwise relative error)
 * on many shapes — odd sizes, strides 1–3, batch 1, one and many channels, `same` / `valid`
 * padding, non-square windows — and their gradients equal finite differences on small cases.
 *
 * Relative error here is max |course − reference| / max |reference| over the whole output.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, describe, expect, it } from "vitest";
import { Rng } from "../../rng";
import { getTf } from "../index";
import {
  COURSE_CPU,
  COURSE_WASM,
  finiteDifferences,
  type Runtime,
  randomValues,
  relativeError,
  runOn,
  runtimeName,
  STOCK_CPU,
  STOCK_WASM,
} from "../testing";
import { setMaxScratchFloats } from "./wasm";

const TOLERANCE = 1e-5;
type Shape4 = [number, number, number, number];
type Pair = number | [number, number];

/** Worst relative error seen per kernel and runtime, printed at the end (for the docs/report). */
const worst = new Map<string, number>();
function note(kernel: string, runtime: Runtime, err: number): void {
  const key = `${kernel} on ${runtimeName(runtime)}`;
  worst.set(key, Math.max(worst.get(key) ?? 0, err));
}
afterAll(() => {
  const lines = [...worst.entries()].map(([k, v]) => `  ${k}: max relative error ${v.toExponential(2)}`);
  console.log(`course kernels vs stock cpu:\n${lines.join("\n")}`);
});

interface ConvCase {
  name: string;
  x: Shape4;
  f: Shape4;
  strides: Pair;
  pad: "same" | "valid";
}

const CONV_CASES: ConvCase[] = [
  {
    name: "batch 1, 1→1 channel, 3×3, stride 1, same",
    x: [1, 7, 9, 1],
    f: [3, 3, 1, 1],
    strides: 1,
    pad: "same",
  },
  {
    name: "batch 1, 1→1 channel, 3×3, stride 2, same",
    x: [1, 7, 9, 1],
    f: [3, 3, 1, 1],
    strides: 2,
    pad: "same",
  },
  {
    name: "3→8 channels, 3×3, stride 2, valid",
    x: [2, 11, 11, 3],
    f: [3, 3, 3, 8],
    strides: 2,
    pad: "valid",
  },
  {
    name: "16→5 channels, 5×5, stride 2, same",
    x: [3, 10, 13, 16],
    f: [5, 5, 16, 5],
    strides: 2,
    pad: "same",
  },
  { name: "1×1 pointwise, stride 1, valid", x: [2, 6, 5, 7], f: [1, 1, 7, 9], strides: 1, pad: "valid" },
  { name: "1×1, stride 2, same", x: [2, 7, 6, 4], f: [1, 1, 4, 3], strides: 2, pad: "same" },
  {
    name: "2×3 window, strides [2, 1], same",
    x: [1, 8, 7, 4],
    f: [2, 3, 4, 3],
    strides: [2, 1],
    pad: "same",
  },
  { name: "window = input (1×1 output), valid", x: [1, 5, 5, 2], f: [5, 5, 2, 3], strides: 1, pad: "valid" },
  { name: "stride 3, same", x: [4, 10, 10, 2], f: [3, 3, 2, 4], strides: 3, pad: "same" },
  {
    name: "even 4×4 window, stride 2, same (asymmetric padding)",
    x: [2, 9, 8, 3],
    f: [4, 4, 3, 4],
    strides: 2,
    pad: "same",
  },
  {
    name: "MNIST-like 16→32, 3×3, stride 1, same",
    x: [2, 14, 14, 16],
    f: [3, 3, 16, 32],
    strides: 1,
    pad: "same",
  },
];

function randomConvCases(seed: number, count: number): ConvCase[] {
  const rng = new Rng(seed);
  const out: ConvCase[] = [];
  while (out.length < count) {
    const h = rng.int(1, 13);
    const w = rng.int(1, 13);
    const kh = rng.int(1, 6);
    const kw = rng.int(1, 6);
    const pad = rng.next() < 0.5 ? "same" : "valid";
    if (pad === "valid" && (kh > h || kw > w)) continue;
    const inC = rng.next() < 0.3 ? 1 : rng.int(2, 18);
    const outC = rng.next() < 0.2 ? 1 : rng.int(2, 10);
    const strides: Pair = [rng.int(1, 4), rng.int(1, 4)];
    const x: Shape4 = [rng.int(1, 4), h, w, inC];
    const f: Shape4 = [kh, kw, inC, outC];
    out.push({ name: `random ${JSON.stringify({ x, f, strides, pad })}`, x, f, strides, pad });
  }
  return out;
}

function convOutShape(c: ConvCase): Shape4 {
  const info = tf.backend_util.computeConv2DInfo(c.x, c.f, c.strides, 1, c.pad);
  return info.outShape as Shape4;
}

interface ConvData {
  x: Float32Array;
  w: Float32Array;
  dy: Float32Array;
  outShape: Shape4;
}

function convData(c: ConvCase, seed: number): ConvData {
  const rng = new Rng(seed);
  const outShape = convOutShape(c);
  const size = (s: number[]) => s.reduce((a, b) => a * b, 1);
  return {
    x: randomValues(rng, size(c.x)),
    w: randomValues(rng, size(c.f)),
    dy: randomValues(rng, size(outShape)),
    outShape,
  };
}

function filterGrad(c: ConvCase, d: ConvData, runtime: Runtime): Promise<Float32Array> {
  return runOn(
    runtime,
    (t) =>
      t
        .engine()
        .runKernel(
          "Conv2DBackpropFilter",
          { x: t.tensor4d(d.x, c.x), dy: t.tensor4d(d.dy, d.outShape) },
          { strides: c.strides, pad: c.pad, dataFormat: "NHWC", filterShape: c.f },
        ) as tf.Tensor,
  );
}

function inputGrad(c: ConvCase, d: ConvData, runtime: Runtime): Promise<Float32Array> {
  return runOn(
    runtime,
    (t) =>
      t
        .engine()
        .runKernel(
          "Conv2DBackpropInput",
          { dy: t.tensor4d(d.dy, d.outShape), filter: t.tensor4d(d.w, c.f) },
          { strides: c.strides, pad: c.pad, dataFormat: "NHWC", inputShape: c.x },
        ) as tf.Tensor,
  );
}

function forward(c: ConvCase, d: ConvData, runtime: Runtime): Promise<Float32Array> {
  return runOn(
    runtime,
    (t) =>
      t
        .engine()
        .runKernel(
          "Conv2D",
          { x: t.tensor4d(d.x, c.x), filter: t.tensor4d(d.w, c.f) },
          { strides: c.strides, pad: c.pad, dataFormat: "NHWC", dilations: 1 },
        ) as tf.Tensor,
  );
}

const ALL_CONV_CASES = [...CONV_CASES, ...randomConvCases(41, 14)];

describe("Conv2D (forward) on course cpu equals the stock cpu kernel", () => {
  it.each(ALL_CONV_CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const d = convData(c, 1000 + i);
    const err = relativeError(await forward(c, d, COURSE_CPU), await forward(c, d, STOCK_CPU));
    note("Conv2D", COURSE_CPU, err);
    expect(err, "y on course cpu: relative error").toBeLessThanOrEqual(TOLERANCE);
  });
});

describe("Conv2DBackpropFilter and Conv2DBackpropInput equal the stock cpu kernels", () => {
  it.each(ALL_CONV_CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const d = convData(c, 1000 + i);
    const refW = await filterGrad(c, d, STOCK_CPU);
    const refX = await inputGrad(c, d, STOCK_CPU);
    for (const runtime of [COURSE_CPU, COURSE_WASM]) {
      const errW = relativeError(await filterGrad(c, d, runtime), refW);
      const errX = relativeError(await inputGrad(c, d, runtime), refX);
      note("Conv2DBackpropFilter", runtime, errW);
      note("Conv2DBackpropInput", runtime, errX);
      expect(errW, `dW on ${runtimeName(runtime)}: relative error`).toBeLessThanOrEqual(TOLERANCE);
      expect(errX, `dx on ${runtimeName(runtime)}: relative error`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("splits large convolutions into chunks on wasm with the same result", async () => {
    const previous = setMaxScratchFloats(200);
    try {
      const oneChannel: ConvCase = {
        name: "1 channel, batch 3",
        x: [3, 9, 8, 1],
        f: [3, 3, 1, 4],
        strides: 2,
        pad: "same",
      };
      for (const [i, c] of [CONV_CASES[3], CONV_CASES[9], CONV_CASES[10], oneChannel].entries()) {
        if (c === undefined) throw new Error("missing case");
        const d = convData(c, 2000 + i);
        const errW = relativeError(await filterGrad(c, d, COURSE_WASM), await filterGrad(c, d, STOCK_CPU));
        const errX = relativeError(await inputGrad(c, d, COURSE_WASM), await inputGrad(c, d, STOCK_CPU));
        expect(errW, `${c.name}: chunked dW`).toBeLessThanOrEqual(TOLERANCE);
        expect(errX, `${c.name}: chunked dx`).toBeLessThanOrEqual(TOLERANCE);
      }
    } finally {
      setMaxScratchFloats(previous);
    }
  });
});

describe("the stride-2 bug of the stock wasm Conv3DBackpropFilterV2", () => {
  // A 2-D convolution is a 3-D one with depth 1. At stride 1 the stock wasm Conv3DBackpropFilterV2
  // gives the right filter gradient; at stride 2 it is wrong. That is why Conv2DBackpropFilter on
  // wasm is a course kernel and not a reshape to 5-D.
  const c: ConvCase = { name: "", x: [2, 9, 9, 3], f: [3, 3, 3, 4], strides: 2, pad: "valid" };

  function conv3dFilterGrad(d: ConvData, stride: number): Promise<Float32Array> {
    return runOn(STOCK_WASM, (t) => {
      const [n, h, w, ci] = c.x;
      const [, oh, ow, co] = d.outShape;
      return t
        .engine()
        .runKernel(
          "Conv3DBackpropFilterV2",
          { x: t.tensor5d(d.x, [n, 1, h, w, ci]), dy: t.tensor5d(d.dy, [n, 1, oh, ow, co]) },
          { strides: [1, stride, stride], pad: "valid", filterShape: [1, ...c.f] },
        ) as tf.Tensor;
    });
  }

  it("stock wasm Conv3DBackpropFilterV2 is right at stride 1 and wrong at stride 2", async () => {
    const s1: ConvCase = { ...c, strides: 1 };
    const d1 = convData(s1, 7);
    expect(relativeError(await conv3dFilterGrad(d1, 1), await filterGrad(s1, d1, STOCK_CPU))).toBeLessThan(
      1e-5,
    );
    const d2 = convData(c, 8);
    const err = relativeError(await conv3dFilterGrad(d2, 2), await filterGrad(c, d2, STOCK_CPU));
    expect(
      err,
      "if this fails, TF.js fixed the stride-2 bug; the course kernel is still correct",
    ).toBeGreaterThan(0.1);
  });

  it("the course Conv2DBackpropFilter on wasm is right at stride 2", async () => {
    const d = convData(c, 8);
    expect(
      relativeError(await filterGrad(c, d, COURSE_WASM), await filterGrad(c, d, STOCK_CPU)),
    ).toBeLessThan(TOLERANCE);
  });
});

interface PoolCase {
  name: string;
  x: Shape4;
  size: Pair;
  strides: Pair;
  pad: "same" | "valid";
}

const POOL_CASES: PoolCase[] = [
  { name: "2×2 stride 2 valid, 28×28×16", x: [2, 28, 28, 16], size: 2, strides: 2, pad: "valid" },
  {
    name: "2×2 stride 2 valid, odd 7×7×17 (last row dropped)",
    x: [1, 7, 7, 17],
    size: 2,
    strides: 2,
    pad: "valid",
  },
  { name: "3×3 stride 2 valid (overlapping)", x: [2, 9, 11, 3], size: 3, strides: 2, pad: "valid" },
  { name: "3×3 stride 1 valid", x: [1, 6, 5, 2], size: 3, strides: 1, pad: "valid" },
  { name: "2×2 stride 2 same, even size (no padding)", x: [3, 8, 6, 5], size: 2, strides: 2, pad: "same" },
  { name: "3×3 stride 2 same, odd size", x: [2, 7, 9, 5], size: 3, strides: 2, pad: "same" },
  { name: "2×2 stride 1 same", x: [1, 6, 5, 3], size: 2, strides: 1, pad: "same" },
  { name: "3×2 window, strides [2, 1], same", x: [2, 7, 6, 4], size: [3, 2], strides: [2, 1], pad: "same" },
  { name: "batch 1, 1 channel, 3×3 stride 3 same", x: [1, 10, 10, 1], size: 3, strides: 3, pad: "same" },
];

function poolInfo(c: PoolCase): tf.backend_util.Conv2DInfo {
  return tf.backend_util.computePool2DInfo(c.x, c.size, c.strides, 1, c.pad);
}

function poolPadded(c: PoolCase): boolean {
  const p = poolInfo(c).padInfo;
  return p.top + p.bottom + p.left + p.right > 0;
}

function poolData(c: PoolCase, seed: number): { x: Float32Array; dy: Float32Array; outShape: Shape4 } {
  const rng = new Rng(seed);
  const outShape = poolInfo(c).outShape as Shape4;
  return {
    x: randomValues(
      rng,
      c.x.reduce((a, b) => a * b, 1),
    ),
    dy: randomValues(
      rng,
      outShape.reduce((a, b) => a * b, 1),
    ),
    outShape,
  };
}

function maxPoolGrad(c: PoolCase, d: ReturnType<typeof poolData>, runtime: Runtime): Promise<Float32Array> {
  return runOn(runtime, (t) => {
    const x = t.tensor4d(d.x, c.x);
    const output = t.maxPool(x, c.size, c.strides, c.pad);
    return t
      .engine()
      .runKernel(
        "MaxPoolGrad",
        { dy: t.tensor4d(d.dy, d.outShape), input: x, output },
        { filterSize: c.size, strides: c.strides, pad: c.pad },
      ) as tf.Tensor;
  });
}

function avgPoolGrad(c: PoolCase, d: ReturnType<typeof poolData>, runtime: Runtime): Promise<Float32Array> {
  return runOn(
    runtime,
    (t) =>
      t
        .engine()
        .runKernel(
          "AvgPoolGrad",
          { dy: t.tensor4d(d.dy, d.outShape), input: t.tensor4d(d.x, c.x) },
          { filterSize: c.size, strides: c.strides, pad: c.pad },
        ) as tf.Tensor,
  );
}

describe("MaxPoolGrad and AvgPoolGrad equal the stock cpu kernels", () => {
  it.each(POOL_CASES.map((c, i) => [c.name, c, i] as const))("MaxPoolGrad, %s", async (_name, c, i) => {
    const d = poolData(c, 3000 + i);
    const ref = await maxPoolGrad(c, d, STOCK_CPU);
    for (const runtime of [COURSE_CPU, COURSE_WASM]) {
      const err = relativeError(await maxPoolGrad(c, d, runtime), ref);
      note("MaxPoolGrad", runtime, err);
      expect(err, `MaxPoolGrad on ${runtimeName(runtime)}`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("the stock wasm MaxPoolGrad is wrong when all values of a window are negative (why it is replaced)", async () => {
    // Two 2×2 windows: [-3, -1, -4, -2] (max -1 at index 1) and [5, 6, 8, 7] (max 8 at index 2).
    const c: PoolCase = { name: "", x: [2, 2, 2, 1], size: 2, strides: 2, pad: "valid" };
    const d = {
      x: Float32Array.of(-3, -1, -4, -2, 5, 6, 8, 7),
      dy: Float32Array.of(10, 20),
      outShape: [2, 1, 1, 1] as Shape4,
    };
    const expected = [0, 10, 0, 0, 0, 0, 20, 0];
    expect(Array.from(await maxPoolGrad(c, d, STOCK_CPU))).toEqual(expected);
    expect(Array.from(await maxPoolGrad(c, d, COURSE_WASM))).toEqual(expected);
    expect(Array.from(await maxPoolGrad(c, d, COURSE_CPU))).toEqual(expected);
    expect(
      Array.from(await maxPoolGrad(c, d, STOCK_WASM)),
      "if this fails, TF.js fixed its wasm MaxPoolGrad; the course kernel is still correct",
    ).not.toEqual(expected);
  });

  // The stock AvgPoolGrad kernels are right wherever no window reaches into the padding.
  it.each(POOL_CASES.filter((c) => !poolPadded(c)).map((c, i) => [c.name, c, i] as const))(
    "AvgPoolGrad, %s",
    async (_name, c, i) => {
      const d = poolData(c, 4000 + i);
      const ref = await avgPoolGrad(c, d, STOCK_CPU);
      for (const runtime of [COURSE_CPU, COURSE_WASM]) {
        const err = relativeError(await avgPoolGrad(c, d, runtime), ref);
        note("AvgPoolGrad", runtime, err);
        expect(err, `AvgPoolGrad on ${runtimeName(runtime)}`).toBeLessThanOrEqual(TOLERANCE);
      }
    },
  );
});

describe("gradients equal finite differences", () => {
  const H = 1e-2;
  /** FD of a float32 forward: allow 1e-3 of the gradient's scale. */
  const FD_TOLERANCE = 1e-3;

  async function checkAgainstFd(
    runtime: Runtime,
    xShape: number[],
    outShape: number[],
    op: (t: typeof tf, x: tf.Tensor) => tf.Tensor,
    x0: Float32Array,
    seed: number,
    h = H,
  ): Promise<number> {
    const weights = randomValues(
      new Rng(seed),
      outShape.reduce((a, b) => a * b, 1),
    );
    const analytic = await runOn(runtime, (t) =>
      t.grad((x: tf.Tensor) => op(t, x).mul(t.tensor(weights, outShape)).sum())(t.tensor(x0, xShape)),
    );
    const t = await getTf(runtime);
    const numeric = finiteDifferences(t, (x) => op(t, x), x0, xShape, weights, h);
    return relativeError(analytic, numeric);
  }

  const convFd: { name: string; c: ConvCase }[] = [
    { name: "stride 1, same", c: { name: "", x: [1, 5, 6, 2], f: [3, 3, 2, 3], strides: 1, pad: "same" } },
    { name: "stride 2, same", c: { name: "", x: [2, 5, 6, 2], f: [3, 3, 2, 3], strides: 2, pad: "same" } },
    { name: "stride 2, valid", c: { name: "", x: [1, 7, 5, 1], f: [3, 2, 1, 2], strides: 2, pad: "valid" } },
  ];

  for (const runtime of [COURSE_WASM, COURSE_CPU]) {
    it.each(convFd.map(({ name, c }) => [name, c] as const))(
      `conv2d on ${runtimeName(runtime)}, %s: d/dfilter and d/dinput`,
      async (_name, c) => {
        const d = convData(c, 5000);
        const outShape = convOutShape(c);
        const errW = await checkAgainstFd(
          runtime,
          c.f,
          outShape,
          (t, w) => t.conv2d(t.tensor4d(d.x, c.x), w as tf.Tensor4D, c.strides, c.pad),
          d.w,
          5001,
        );
        const errX = await checkAgainstFd(
          runtime,
          c.x,
          outShape,
          (t, x) => t.conv2d(x as tf.Tensor4D, t.tensor4d(d.w, c.f), c.strides, c.pad),
          d.x,
          5002,
        );
        expect(errW, "d/dfilter vs finite differences").toBeLessThan(FD_TOLERANCE);
        expect(errX, "d/dinput vs finite differences").toBeLessThan(FD_TOLERANCE);
      },
    );

    it(`maxPool on ${runtimeName(runtime)}: 3×3 stride 2 same and 2×2 stride 2 valid`, async () => {
      for (const c of [POOL_CASES[5], POOL_CASES[1]]) {
        if (c === undefined) throw new Error("missing case");
        // Distinct values 0.05 apart, so that a step of 1e-3 never changes which value is the max.
        const n = c.x.reduce((a, b) => a * b, 1);
        const order = new Rng(6000).permutation(n);
        const x0 = Float32Array.from(order, (k) => k * 0.05 - n * 0.025);
        const outShape = poolInfo(c).outShape;
        const err = await checkAgainstFd(
          runtime,
          c.x,
          outShape,
          (t, x) => t.maxPool(x as tf.Tensor4D, c.size, c.strides, c.pad),
          x0,
          6001,
          1e-3,
        );
        expect(err, `${c.name}: maxPool gradient vs finite differences`).toBeLessThan(FD_TOLERANCE);
      }
    });

    it(`avgPool on ${runtimeName(runtime)}, same padding at the borders`, async () => {
      for (const c of [POOL_CASES[5], POOL_CASES[6], POOL_CASES[8]]) {
        if (c === undefined) throw new Error("missing case");
        const d = poolData(c, 7000);
        const err = await checkAgainstFd(
          runtime,
          c.x,
          poolInfo(c).outShape,
          (t, x) => t.avgPool(x as tf.Tensor4D, c.size, c.strides, c.pad),
          d.x,
          7001,
        );
        expect(err, `${c.name}: avgPool gradient vs finite differences`).toBeLessThan(FD_TOLERANCE);
      }
    });
  }

  it("the stock AvgPoolGrad is wrong where same-padding windows reach past the border (why it is replaced)", async () => {
    const c = POOL_CASES[6];
    if (c === undefined) throw new Error("missing case");
    const d = poolData(c, 7000);
    for (const runtime of [STOCK_CPU, STOCK_WASM]) {
      const err = await checkAgainstFd(
        runtime,
        c.x,
        poolInfo(c).outShape,
        (t, x) => t.avgPool(x as tf.Tensor4D, c.size, c.strides, c.pad),
        d.x,
        7001,
      );
      expect(err, `${runtimeName(runtime)}: if this fails, TF.js fixed AvgPoolGrad`).toBeGreaterThan(0.05);
    }
  });
});

describe("BatchMatMul on wasm with transposed operands equals stock cpu", () => {
  const cases: { a: number[]; b: number[]; ta: boolean; tb: boolean }[] = [
    { a: [7, 5], b: [7, 3], ta: true, tb: false },
    { a: [5, 7], b: [3, 7], ta: false, tb: true },
    { a: [7, 5], b: [3, 7], ta: true, tb: true },
    { a: [2, 9, 4], b: [2, 9, 6], ta: true, tb: false },
    { a: [3, 4, 9], b: [1, 6, 9], ta: false, tb: true },
    { a: [64, 784], b: [64, 128], ta: true, tb: false },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))("%s", async (_name, c) => {
    const rng = new Rng(8000);
    const a = randomValues(
      rng,
      c.a.reduce((x, y) => x * y, 1),
    );
    const b = randomValues(
      rng,
      c.b.reduce((x, y) => x * y, 1),
    );
    const run = (r: Runtime) => runOn(r, (t) => t.matMul(t.tensor(a, c.a), t.tensor(b, c.b), c.ta, c.tb));
    const err = relativeError(await run(COURSE_WASM), await run(STOCK_CPU));
    note("BatchMatMul", COURSE_WASM, err);
    expect(err).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe("Slice and Tile on wasm equal stock cpu", () => {
  const sliceCases: { shape: number[]; begin: number[]; size: number[] }[] = [
    { shape: [10], begin: [3], size: [4] },
    { shape: [60, 7], begin: [5, 0], size: [8, 7] },
    { shape: [60, 7], begin: [5, 2], size: [8, 3] },
    { shape: [4, 5, 6], begin: [1, 1, 0], size: [2, -1, 6] },
    { shape: [3, 4, 5, 6], begin: [1, 0, 2, 1], size: [2, 4, 3, 4] },
    { shape: [2, 3, 2, 3, 4], begin: [0, 1, 0, 1, 1], size: [2, 2, 2, 2, 2] },
    { shape: [5, 5], begin: [2, 2], size: [0, 3] },
  ];
  it.each(sliceCases.map((c) => [JSON.stringify(c), c] as const))("Slice %s", async (_name, c) => {
    const values = randomValues(
      new Rng(8100),
      c.shape.reduce((a, b) => a * b, 1),
    );
    const run = (r: Runtime) => runOn(r, (t) => t.slice(t.tensor(values, c.shape), c.begin, c.size));
    expect(Array.from(await run(COURSE_WASM))).toEqual(Array.from(await run(STOCK_CPU)));
  });

  const tileCases: { shape: number[]; reps: number[] }[] = [
    { shape: [3], reps: [4] },
    { shape: [2, 3], reps: [1, 3] },
    { shape: [2, 3], reps: [3, 1] },
    { shape: [1, 1, 1, 5], reps: [4, 3, 2, 1] },
    { shape: [2, 1, 3, 2], reps: [2, 3, 1, 2] },
    { shape: [2, 2, 2, 2, 2], reps: [1, 2, 1, 3, 1] },
    { shape: [0, 2], reps: [3, 2] },
  ];
  it.each(tileCases.map((c) => [JSON.stringify(c), c] as const))("Tile %s", async (_name, c) => {
    const values = randomValues(
      new Rng(8200),
      c.shape.reduce((a, b) => a * b, 1),
    );
    const run = (r: Runtime) => runOn(r, (t) => t.tile(t.tensor(values, c.shape), c.reps));
    expect(Array.from(await run(COURSE_WASM))).toEqual(Array.from(await run(STOCK_CPU)));
    const ints = Int32Array.from(values, (v) => Math.round(10 * v));
    const runInt = (r: Runtime) => runOn(r, (t) => t.tile(t.tensor(ints, c.shape, "int32"), c.reps));
    expect(Array.from(await runInt(COURSE_WASM))).toEqual(Array.from(await runInt(STOCK_CPU)));
  });
});

describe("the course kernels free their scratch memory", () => {
  it("no data buffers are left behind on wasm", async () => {
    // Stride 2 (GEMM + col2im) and stride 1 (flipped-filter convolution); 16 and 1 input channels.
    const convs = [CONV_CASES[3], CONV_CASES[10], CONV_CASES[0]];
    const p = POOL_CASES[5];
    if (p === undefined || convs.some((c) => c === undefined)) throw new Error("missing case");
    const data = convs.map((c, i) => [c as ConvCase, convData(c as ConvCase, 9000 + i)] as const);
    const pd = poolData(p, 9001);
    const round = async () => {
      for (const [c, d] of data) {
        await filterGrad(c, d, COURSE_WASM);
        await inputGrad(c, d, COURSE_WASM);
      }
      await maxPoolGrad(p, pd, COURSE_WASM);
      await avgPoolGrad(p, pd, COURSE_WASM);
      await runOn(COURSE_WASM, (t) => t.matMul(t.ones([4, 3]), t.ones([4, 5]), true, false));
    };
    await round();
    const before = tf.memory();
    await round();
    await round();
    const after = tf.memory();
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numDataBuffers).toBe(before.numDataBuffers);
  });

  it("the XNNPACK operator built for each flipped filter is freed with it (wasm heap stable)", async () => {
    const t = await getTf(COURSE_WASM);
    const heapBytes = () => (t.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length;
    const dy = t.ones([1, 8, 8, 64]);
    const filter = t.ones([3, 3, 64, 64]);
    const run = (n: number) => {
      for (let i = 0; i < n; i++) {
        const dx = t
          .engine()
          .runKernel(
            "Conv2DBackpropInput",
            { dy, filter },
            { strides: 1, pad: "same", dataFormat: "NHWC", inputShape: [1, 8, 8, 64] },
          ) as tf.Tensor;
        dx.dispose();
      }
    };
    run(20);
    const before = heapBytes();
    // A leaked operator would keep its packed 3×3×64×64 weights (147 KB): 300 of them, 44 MB.
    run(300);
    expect(heapBytes()).toBe(before);
    t.dispose([dy, filter]);
  });
});
