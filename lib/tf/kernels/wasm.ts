/**
 * Course kernels for the `wasm` backend.
 *
 * The stock wasm backend multiplies non-transposed matrices fast (XNNPACK, SIMD: 25–40 GFLOP/s
 * on this machine) but is missing `Conv2DBackpropFilter`, and is ~10× slower when asked for a
 * transposed operand (3 GFLOP/s). So the convolution gradients are written as
 * "im2col in JS on the wasm heap, then one non-transposed wasm matrix product":
 *
 * - Conv2DBackpropFilter: dWᵀ[Co, Kd] = dyᵀ[Co, M] · col[M, Kd]            (im2col in JS;
 *   for one input channel dW[Kd, Co] = colT[Kd, M] · dy[M, Co], im2colT in JS)
 * - Conv2DBackpropInput: at stride 1 a wasm Conv2D of dy with the flipped filter; otherwise
 *   dcol[M, Kd] = dy[M, Co] · Wᵀ[Co, Kd] and dx = col2im(dcol)            (col2im in JS)
 * - BatchMatMul with a transposed operand: transpose it with the wasm Transpose kernel, then
 *   multiply without transposes (this is the Dense layer's backward pass).
 * - MaxPoolGrad, AvgPoolGrad: single-pass typed-array JS directly on the heap views.
 *
 * The matrix products accumulate in float32 (XNNPACK). Large convolutions are split into chunks
 * of output pixels so the im2col scratch stays below `maxScratchFloats` (32 MiB).
 *
 * Heap views: `typedArrayFromHeap` returns a view of the wasm memory, which is detached when the
 * memory grows. Every view is therefore taken after the last allocation that precedes its use.
 */
import * as tf from "@tensorflow/tfjs";
import { CourseError } from "../../errors";
import { type ConvGeometry, convGeometry, isPointwise, poolGeometry } from "./geometry";
import {
  avgPoolGradInto,
  col2imAdd,
  convSizes,
  flipFilter,
  im2col,
  im2colT,
  maxPoolGradInto,
  transpose2d,
} from "./typed";

/** The parts of the wasm backend (`BackendWasm`) the course kernels use. */
export interface WasmBackendLike {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
  disposeData(dataId: tf.DataId, force?: boolean): boolean;
}

/** Upper bound on one im2col scratch buffer (floats); default 8 Mi floats = 32 MiB. */
let maxScratchFloats = 8 * 1024 * 1024;

/** Changes the im2col scratch bound (tests use a small one to exercise the chunked paths); returns the old one. */
export function setMaxScratchFloats(floats: number): number {
  if (!Number.isInteger(floats) || floats < 1)
    throw new CourseError(`setMaxScratchFloats: bad value ${floats}`);
  const previous = maxScratchFloats;
  maxScratchFloats = floats;
  return previous;
}

type KernelArgs = Parameters<tf.KernelFunc>[0];

function wasmBackend(args: KernelArgs): WasmBackendLike {
  return args.backend as WasmBackendLike;
}

function input(args: KernelArgs, name: string): tf.TensorInfo {
  const t = args.inputs[name];
  if (t === undefined) throw new CourseError(`course kernel: missing input "${name}"`);
  if (t.dtype !== "float32")
    throw new CourseError(`course kernel: input "${name}" must be float32, got ${t.dtype}`);
  return t;
}

function heap(backend: WasmBackendLike, t: tf.TensorInfo): Float32Array {
  const view = backend.typedArrayFromHeap(t);
  if (!(view instanceof Float32Array)) throw new CourseError("course kernel: expected a float32 tensor");
  return view;
}

function single(out: tf.TensorInfo | tf.TensorInfo[]): tf.TensorInfo {
  if (Array.isArray(out)) throw new CourseError("course kernel: expected one output");
  return out;
}

function shape4(s: number[]): [number, number, number, number] {
  if (s.length !== 4) throw new CourseError(`course kernel: expected a rank-4 shape, got [${s.join(", ")}]`);
  return [s[0] as number, s[1] as number, s[2] as number, s[3] as number];
}

/** The stock wasm kernels the course kernels call. Looked up when the course kernels are installed. */
export interface WasmStock {
  batchMatMul: tf.KernelFunc;
  transpose: tf.KernelFunc;
  conv2d: tf.KernelFunc;
}

/** a[rows, inner] · b[inner, cols] with the stock (XNNPACK) kernel, no transposes. */
function matMul(
  stock: WasmStock,
  backend: WasmBackendLike,
  a: tf.TensorInfo,
  b: tf.TensorInfo,
): tf.TensorInfo {
  return single(
    stock.batchMatMul({ inputs: { a, b }, backend, attrs: { transposeA: false, transposeB: false } }),
  );
}

/** A view of an existing tensor's data under another shape (same element count). */
function as(t: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  return { dataId: t.dataId, shape, dtype: t.dtype };
}

/** Copies rows [r0, r1) of a row-major [rows, cols] tensor into a new heap tensor. */
function sliceRows(
  backend: WasmBackendLike,
  t: tf.TensorInfo,
  cols: number,
  r0: number,
  r1: number,
): tf.TensorInfo {
  const out = backend.makeOutput([r1 - r0, cols], "float32");
  heap(backend, out).set(heap(backend, t).subarray(r0 * cols, r1 * cols));
  return out;
}

function chunkRows(M: number, Kd: number): number {
  return Math.max(1, Math.min(M, Math.floor(maxScratchFloats / Math.max(1, Kd))));
}

export function conv2dBackpropFilterWasm(stock: WasmStock, args: KernelArgs): tf.TensorInfo {
  const backend = wasmBackend(args);
  const x = input(args, "x");
  const dy = input(args, "dy");
  const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  const g = convGeometry(
    "Conv2DBackpropFilter",
    shape4(x.shape),
    attrs.filterShape,
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
    attrs.dataFormat,
  );
  return filterGrad(stock, backend, x, dy, g, attrs.filterShape);
}

function filterGrad(
  stock: WasmStock,
  backend: WasmBackendLike,
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  g: ConvGeometry,
  filterShape: number[],
): tf.TensorInfo {
  return g.inC === 1
    ? filterGradT(stock, backend, x, dy, g, filterShape)
    : filterGradN(stock, backend, x, dy, g, filterShape);
}

/**
 * One input channel: dW[Kd, Co] = colT[Kd, M] · dy[M, Co]. With inC = 1 each row of colT is a
 * (strided) copy of the image, cheap to write.
 */
function filterGradT(
  stock: WasmStock,
  backend: WasmBackendLike,
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  g: ConvGeometry,
  filterShape: number[],
): tf.TensorInfo {
  const { M, Kd } = convSizes(g);
  const Co = g.outC;
  const rows = chunkRows(M, Kd);
  if (rows >= M) {
    const colT = backend.makeOutput([Kd, M], "float32");
    im2colT(heap(backend, x), g, heap(backend, colT));
    const dw = matMul(stock, backend, colT, as(dy, [M, Co]));
    backend.disposeData(colT.dataId);
    return as(dw, filterShape);
  }
  // Too large for one scratch buffer: split the batch (im2colT works on whole images).
  const perImage = g.outH * g.outW;
  const imagesPerChunk = Math.max(1, Math.floor(rows / perImage));
  const dw = backend.makeOutput([Kd, Co], "float32");
  heap(backend, dw).fill(0);
  const imageX = g.inH * g.inW * g.inC;
  for (let n0 = 0; n0 < g.batch; n0 += imagesPerChunk) {
    const n1 = Math.min(g.batch, n0 + imagesPerChunk);
    const gc: ConvGeometry = { ...g, batch: n1 - n0 };
    const Mc = (n1 - n0) * perImage;
    const xc = sliceRows(backend, x, imageX, n0, n1);
    const dyc = sliceRows(backend, dy, perImage * Co, n0, n1);
    const colT = backend.makeOutput([Kd, Mc], "float32");
    im2colT(heap(backend, xc), gc, heap(backend, colT));
    const part = matMul(stock, backend, colT, as(dyc, [Mc, Co]));
    addInto(heap(backend, dw), heap(backend, part));
    for (const t of [xc, dyc, colT, part]) backend.disposeData(t.dataId);
  }
  return as(dw, filterShape);
}

/**
 * Several input channels: dWᵀ[Co, Kd] = dyᵀ[Co, M] · col[M, Kd], then a small transpose. The
 * patches are written row by row (contiguous), which stays fast when M is a power of two — the
 * transposed layout then maps all inC rows being written onto the same cache sets.
 */
function filterGradN(
  stock: WasmStock,
  backend: WasmBackendLike,
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  g: ConvGeometry,
  filterShape: number[],
): tf.TensorInfo {
  const { M, Kd } = convSizes(g);
  const Co = g.outC;
  const rows = chunkRows(M, Kd);
  let dwT: tf.TensorInfo | null = null;
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(M, m0 + rows);
    const col = backend.makeOutput([m1 - m0, Kd], "float32");
    const dyT = backend.makeOutput([Co, m1 - m0], "float32");
    im2col(heap(backend, x), g, heap(backend, col), m0, m1);
    transpose2d(heap(backend, dy).subarray(m0 * Co, m1 * Co), m1 - m0, Co, heap(backend, dyT));
    const part = matMul(stock, backend, dyT, col);
    backend.disposeData(col.dataId);
    backend.disposeData(dyT.dataId);
    if (dwT === null) {
      dwT = part;
    } else {
      addInto(heap(backend, dwT), heap(backend, part));
      backend.disposeData(part.dataId);
    }
  }
  if (dwT === null) throw new CourseError("Conv2DBackpropFilter: empty input");
  const dw = backend.makeOutput(filterShape, "float32");
  transpose2d(heap(backend, dwT), Co, Kd, heap(backend, dw));
  backend.disposeData(dwT.dataId);
  return dw;
}

function addInto(acc: Float32Array, part: Float32Array): void {
  for (let i = 0; i < acc.length; i++) acc[i] = (acc[i] as number) + (part[i] as number);
}

export function conv2dBackpropInputWasm(stock: WasmStock, args: KernelArgs): tf.TensorInfo {
  const backend = wasmBackend(args);
  const dy = input(args, "dy");
  const filter = input(args, "filter");
  const attrs = args.attrs as unknown as tf.Conv2DBackpropInputAttrs;
  const g = convGeometry(
    "Conv2DBackpropInput",
    attrs.inputShape,
    shape4(filter.shape),
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
    attrs.dataFormat,
  );
  if (g.strideH === 1 && g.strideW === 1 && !isPointwise(g)) {
    const viaConv = inputGradByConv(stock, backend, dy, filter, g);
    if (viaConv !== null) return viaConv;
  }
  const { M, Kd } = convSizes(g);
  const Co = g.outC;
  // Wᵀ [Co, Kd] from the filter [kH, kW, inC, Co] = [Kd, Co].
  const wT = backend.makeOutput([Co, Kd], "float32");
  transpose2d(heap(backend, filter), Kd, Co, heap(backend, wT));
  if (isPointwise(g)) {
    const dx = matMul(stock, backend, as(dy, [M, Co]), wT);
    backend.disposeData(wT.dataId);
    return as(dx, attrs.inputShape);
  }
  const dx = backend.makeOutput(attrs.inputShape, "float32");
  heap(backend, dx).fill(0);
  const rows = chunkRows(M, Kd);
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(M, m0 + rows);
    const dyc = m0 === 0 && m1 === M ? as(dy, [M, Co]) : sliceRows(backend, dy, Co, m0, m1);
    const dcol = matMul(stock, backend, dyc, wT);
    col2imAdd(heap(backend, dcol), g, heap(backend, dx), m0, m1);
    backend.disposeData(dcol.dataId);
    if (dyc.dataId !== dy.dataId) backend.disposeData(dyc.dataId);
  }
  backend.disposeData(wT.dataId);
  return dx;
}

/**
 * At stride 1 the input gradient is itself a convolution: dx = conv2d(dy, W′) with W′ the filter
 * rotated by 180° and its channel axes swapped, W′[kH−1−kh, kW−1−kw, co, ci] = W[kh, kw, ci, co],
 * and padding kH−1−padTop on top (kW−1−padLeft on the left), whatever makes the output inH×inW at
 * the bottom and right. The stock wasm Conv2D (XNNPACK) runs it ~4× faster than GEMM + col2im.
 * Returns null when that padding would be negative (explicit paddings larger than the window).
 */
function inputGradByConv(
  stock: WasmStock,
  backend: WasmBackendLike,
  dy: tf.TensorInfo,
  filter: tf.TensorInfo,
  g: ConvGeometry,
): tf.TensorInfo | null {
  const { kH, kW, inC, outC } = g;
  const top = kH - 1 - g.padTop;
  const left = kW - 1 - g.padLeft;
  const bottom = g.inH - g.outH + kH - 1 - top;
  const right = g.inW - g.outW + kW - 1 - left;
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return null;
  const flipped = backend.makeOutput([kH, kW, outC, inC], "float32");
  flipFilter(heap(backend, filter), kH, kW, inC, outC, heap(backend, flipped));
  const dx = single(
    stock.conv2d({
      inputs: { x: dy, filter: flipped },
      backend,
      attrs: {
        strides: [1, 1],
        dilations: [1, 1],
        pad: [
          [0, 0],
          [top, bottom],
          [left, right],
          [0, 0],
        ],
        dataFormat: "NHWC",
      },
    }),
  );
  backend.disposeData(flipped.dataId);
  return dx;
}

export function maxPoolGradWasm(args: KernelArgs): tf.TensorInfo {
  const backend = wasmBackend(args);
  const dy = input(args, "dy");
  const x = input(args, "input");
  const attrs = args.attrs as unknown as tf.MaxPoolGradAttrs;
  const g = poolGeometry(
    "MaxPoolGrad",
    shape4(x.shape),
    attrs.filterSize,
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const dx = backend.makeOutput(x.shape, "float32");
  const out = heap(backend, dx);
  out.fill(0);
  maxPoolGradInto(heap(backend, x), heap(backend, dy), g, out);
  return dx;
}

export function avgPoolGradWasm(args: KernelArgs): tf.TensorInfo {
  const backend = wasmBackend(args);
  const dy = input(args, "dy");
  const x = input(args, "input");
  const attrs = args.attrs as unknown as tf.AvgPoolGradAttrs;
  const g = poolGeometry("AvgPoolGrad", shape4(x.shape), attrs.filterSize, attrs.strides, attrs.pad);
  const dx = backend.makeOutput(x.shape, "float32");
  const out = heap(backend, dx);
  out.fill(0);
  avgPoolGradInto(heap(backend, dy), g, out);
  return dx;
}

/** Swaps the last two axes with the stock wasm Transpose kernel. */
function transposeLast2(stock: WasmStock, backend: WasmBackendLike, t: tf.TensorInfo): tf.TensorInfo {
  const r = t.shape.length;
  const perm = [...Array(r).keys()];
  perm[r - 2] = r - 1;
  perm[r - 1] = r - 2;
  return single(stock.transpose({ inputs: { x: t }, backend, attrs: { perm } }));
}

export function batchMatMulWasm(stock: WasmStock, args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const attrs = args.attrs as unknown as tf.BatchMatMulAttrs;
  if (!attrs.transposeA && !attrs.transposeB) return stock.batchMatMul(args);
  const backend = wasmBackend(args);
  const a = input(args, "a");
  const b = input(args, "b");
  const aa = attrs.transposeA ? transposeLast2(stock, backend, a) : a;
  const bb = attrs.transposeB ? transposeLast2(stock, backend, b) : b;
  const out = stock.batchMatMul({
    inputs: { a: aa, b: bb },
    backend,
    attrs: { transposeA: false, transposeB: false },
  });
  if (aa !== a) backend.disposeData(aa.dataId);
  if (bb !== b) backend.disposeData(bb.dataId);
  return out;
}

/**
 * Slice without copying the whole input first: the stock wasm Slice reads its input with
 * `readSync`, a copy of the entire tensor, so taking a 64-row batch out of a 60,000-row
 * dataset copied all 60,000 rows. This reads a view of the heap and copies only the slice.
 */
export function sliceWasm(stockSlice: tf.KernelFunc, args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const x = args.inputs.x;
  if (x === undefined || x.dtype === "string" || x.dtype === "complex64") return stockSlice(args);
  const backend = wasmBackend(args);
  const attrs = args.attrs as unknown as tf.SliceAttrs;
  const [begin, size] = tf.slice_util.parseSliceParams(x as tf.Tensor, attrs.begin, attrs.size);
  if (begin === undefined || size === undefined) throw new CourseError("Slice: bad begin/size");
  const out = backend.makeOutput(size, x.dtype);
  const total = tf.util.sizeFromShape(size);
  if (total === 0) return out;
  const src = backend.typedArrayFromHeap(x);
  const dst = backend.typedArrayFromHeap(out);
  const strides = tf.util.computeStrides(x.shape);
  const rank = x.shape.length;
  if (rank === 0 || tf.slice_util.isSliceContinous(x.shape, begin, size)) {
    const offset = tf.slice_util.computeFlatOffset(begin, strides);
    dst.set(src.subarray(offset, offset + total));
    return out;
  }
  // Copy contiguous runs along the last axis; an odometer walks the other axes.
  const run = size[rank - 1] as number;
  const index = new Array<number>(rank - 1).fill(0);
  for (let o = 0; o < total; o += run) {
    let offset = begin[rank - 1] as number;
    for (let d = 0; d < rank - 1; d++)
      offset += ((begin[d] as number) + (index[d] as number)) * (strides[d] as number);
    dst.set(src.subarray(offset, offset + run), o);
    for (let d = rank - 2; d >= 0; d--) {
      index[d] = (index[d] as number) + 1;
      if ((index[d] as number) < (size[d] as number)) break;
      index[d] = 0;
    }
  }
  return out;
}

/**
 * Tile by block copies. The stock wasm Tile computes an index per output element; the gradient
 * of batch normalisation tiles per-channel statistics to the full activation shape, so in a
 * small ResNet it was the most expensive kernel of a training step. Here the axes are expanded
 * from the last to the first, each repetition one `TypedArray.set` of a contiguous block.
 */
export function tileWasm(stockTile: tf.KernelFunc, args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const x = args.inputs.x;
  if (x === undefined || x.dtype === "string" || x.dtype === "complex64") return stockTile(args);
  const backend = wasmBackend(args);
  const { reps } = args.attrs as unknown as tf.TileAttrs;
  const rank = x.shape.length;
  const outShape = x.shape.map((d, i) => d * (reps[i] ?? 1));
  const out = backend.makeOutput(outShape, x.dtype);
  const total = tf.util.sizeFromShape(outShape);
  if (total === 0) return out;
  const src = backend.typedArrayFromHeap(x);
  const dst = backend.typedArrayFromHeap(out);
  // `dst` holds the tiled tensor of shape `shape` (the axes after d tiled already) in its first `size` values.
  dst.set(src);
  const shape = [...x.shape];
  let size = src.length;
  for (let d = rank - 1; d >= 0; d--) {
    const r = reps[d] ?? 1;
    if (r === 1) continue;
    const outer = tf.util.sizeFromShape(shape.slice(0, d));
    const block = size / Math.max(outer, 1);
    // Expand in place from the last outer block backwards, so no block is overwritten before it is read.
    for (let o = outer - 1; o >= 0; o--) {
      const from = o * block;
      const to = o * block * r;
      for (let k = r - 1; k >= 0; k--) dst.copyWithin(to + k * block, from, from + block);
    }
    shape[d] = (shape[d] as number) * r;
    size *= r;
  }
  return out;
}
