/**
 * The course kernels' arithmetic on plain typed arrays (NHWC, row-major), independent of any
 * TensorFlow.js backend. The backend adapters (`cpu.ts`, `wasm.ts`) read their inputs as
 * `Float32Array`s, call these functions, and hand the result back to the backend.
 *
 * Index names: a convolution output pixel `m = (n, oh, ow)` (M = batch·outH·outW of them) reads
 * the input patch `kd = (kh, kw, ci)` (Kd = kH·kW·inC values) at row `ih = oh·strideH − padTop + kh`
 * and column `iw = ow·strideW − padLeft + kw`; positions outside the input are zero padding.
 *
 * Precision: the JS paths accumulate in float64 (a JS `number` or a `Float64Array`) and round
 * to float32 once at the end, as the stock cpu kernels do.
 */

import { gemm } from "./gemm";
import type { ConvGeometry } from "./geometry";

/** Number of output pixels M and patch length Kd of a convolution. */
export function convSizes(g: ConvGeometry): { M: number; Kd: number } {
  return { M: g.batch * g.outH * g.outW, Kd: g.kH * g.kW * g.inC };
}

/**
 * im2col: writes the patches of output pixels [m0, m1) as rows of `col` (row `m − m0`, length Kd).
 * Padding positions become 0.
 */
export function im2col(x: Float32Array, g: ConvGeometry, col: Float32Array, m0: number, m1: number): void {
  const { inH, inW, inC, outH, outW, kH, kW, strideH, strideW, padTop, padLeft } = g;
  const Kd = kH * kW * inC;
  const rowLen = kW * inC;
  for (let m = m0; m < m1; m++) {
    const ow = m % outW;
    const t = (m - ow) / outW;
    const oh = t % outH;
    const n = (t - oh) / outH;
    let o = (m - m0) * Kd;
    const ih0 = oh * strideH - padTop;
    const iw0 = ow * strideW - padLeft;
    for (let kh = 0; kh < kH; kh++) {
      const ih = ih0 + kh;
      if (ih < 0 || ih >= inH) {
        col.fill(0, o, o + rowLen);
        o += rowLen;
        continue;
      }
      const rowBase = (n * inH + ih) * inW;
      for (let kw = 0; kw < kW; kw++) {
        const iw = iw0 + kw;
        if (iw < 0 || iw >= inW) {
          for (let ci = 0; ci < inC; ci++) col[o + ci] = 0;
        } else {
          const xi = (rowBase + iw) * inC;
          for (let ci = 0; ci < inC; ci++) col[o + ci] = x[xi + ci] as number;
        }
        o += inC;
      }
    }
  }
}

/**
 * Transposed im2col: `colT[kd · M + m]` is input value `kd` of the patch of output pixel `m`.
 * This is the left operand of dW = colTᵀ… = colT · dy, in the layout a non-transposed GEMM wants.
 */
export function im2colT(x: Float32Array, g: ConvGeometry, colT: Float32Array): void {
  const { batch, inH, inW, inC, outH, outW, kH, kW, strideH, strideW, padTop, padLeft } = g;
  const M = batch * outH * outW;
  for (let kh = 0; kh < kH; kh++) {
    for (let kw = 0; kw < kW; kw++) {
      const rowBase = (kh * kW + kw) * inC;
      let m = 0;
      for (let n = 0; n < batch; n++) {
        for (let oh = 0; oh < outH; oh++) {
          const ih = oh * strideH - padTop + kh;
          if (ih < 0 || ih >= inH) {
            for (let ci = 0; ci < inC; ci++)
              colT.fill(0, (rowBase + ci) * M + m, (rowBase + ci) * M + m + outW);
            m += outW;
            continue;
          }
          const xRow = (n * inH + ih) * inW;
          if (inC === 1) {
            const dst = rowBase * M + m;
            for (let ow = 0; ow < outW; ow++) {
              const iw = ow * strideW - padLeft + kw;
              colT[dst + ow] = iw < 0 || iw >= inW ? 0 : (x[xRow + iw] as number);
            }
            m += outW;
            continue;
          }
          for (let ow = 0; ow < outW; ow++, m++) {
            const iw = ow * strideW - padLeft + kw;
            let dst = rowBase * M + m;
            if (iw < 0 || iw >= inW) {
              for (let ci = 0; ci < inC; ci++, dst += M) colT[dst] = 0;
            } else {
              const xi = (xRow + iw) * inC;
              for (let ci = 0; ci < inC; ci++, dst += M) colT[dst] = x[xi + ci] as number;
            }
          }
        }
      }
    }
  }
}

/**
 * col2im with accumulation: adds the patch gradients of output pixels [m0, m1) (rows of `dcol`,
 * row `m − m0`) into `dx`. Overlapping patches add up; padding positions are dropped.
 */
export function col2imAdd(
  dcol: Float32Array | Float64Array,
  g: ConvGeometry,
  dx: Float32Array | Float64Array,
  m0: number,
  m1: number,
): void {
  const { inH, inW, inC, outH, outW, kH, kW, strideH, strideW, padTop, padLeft } = g;
  const Kd = kH * kW * inC;
  for (let m = m0; m < m1; m++) {
    const ow = m % outW;
    const t = (m - ow) / outW;
    const oh = t % outH;
    const n = (t - oh) / outH;
    const o = (m - m0) * Kd;
    const ih0 = oh * strideH - padTop;
    const iw0 = ow * strideW - padLeft;
    for (let kh = 0; kh < kH; kh++) {
      const ih = ih0 + kh;
      if (ih < 0 || ih >= inH) continue;
      const rowBase = (n * inH + ih) * inW;
      for (let kw = 0; kw < kW; kw++) {
        const iw = iw0 + kw;
        if (iw < 0 || iw >= inW) continue;
        const xi = (rowBase + iw) * inC;
        const ci0 = o + (kh * kW + kw) * inC;
        for (let ci = 0; ci < inC; ci++) dx[xi + ci] = (dx[xi + ci] as number) + (dcol[ci0 + ci] as number);
      }
    }
  }
}

/** Row-major transpose of a rows×cols matrix into `out` (cols×rows). */
export function transpose2d(a: Float32Array, rows: number, cols: number, out: Float32Array): void {
  const B = 32;
  for (let r0 = 0; r0 < rows; r0 += B) {
    const r1 = Math.min(rows, r0 + B);
    for (let c0 = 0; c0 < cols; c0 += B) {
      const c1 = Math.min(cols, c0 + B);
      for (let r = r0; r < r1; r++) {
        const src = r * cols;
        for (let c = c0; c < c1; c++) out[c * rows + r] = a[src + c] as number;
      }
    }
  }
}

/** Rows of output pixels per im2col chunk in the JS paths: bounds the scratch memory. */
const CHUNK_ROWS = 256;

/**
 * dW[kd, co] = Σ_m col[m, kd] · dy[m, co] (Conv2DBackpropFilter), in plain JS: im2col by chunks,
 * then a rank-4 update of a float64 accumulator (four output pixels per pass over dW, so each
 * load and store of the accumulator does four multiply-adds).
 */
export function conv2dBackpropFilterJs(x: Float32Array, dy: Float32Array, g: ConvGeometry): Float32Array {
  const { M, Kd } = convSizes(g);
  const Co = g.outC;
  const acc = new Float64Array(Kd * Co);
  const col = new Float32Array(CHUNK_ROWS * Kd);
  for (let m0 = 0; m0 < M; m0 += CHUNK_ROWS) {
    const m1 = Math.min(M, m0 + CHUNK_ROWS);
    im2col(x, g, col, m0, m1);
    let m = m0;
    for (; m + 3 < m1; m += 4) {
      const r = (m - m0) * Kd;
      const d0 = m * Co;
      const d1 = d0 + Co;
      const d2 = d1 + Co;
      const d3 = d2 + Co;
      for (let kd = 0; kd < Kd; kd++) {
        const a0 = col[r + kd] as number;
        const a1 = col[r + Kd + kd] as number;
        const a2 = col[r + 2 * Kd + kd] as number;
        const a3 = col[r + 3 * Kd + kd] as number;
        if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue;
        const base = kd * Co;
        for (let co = 0; co < Co; co++) {
          acc[base + co] =
            (acc[base + co] as number) +
            a0 * (dy[d0 + co] as number) +
            a1 * (dy[d1 + co] as number) +
            a2 * (dy[d2 + co] as number) +
            a3 * (dy[d3 + co] as number);
        }
      }
    }
    for (; m < m1; m++) {
      const r = (m - m0) * Kd;
      const d0 = m * Co;
      for (let kd = 0; kd < Kd; kd++) {
        const a0 = col[r + kd] as number;
        if (a0 === 0) continue;
        const base = kd * Co;
        for (let co = 0; co < Co; co++)
          acc[base + co] = (acc[base + co] as number) + a0 * (dy[d0 + co] as number);
      }
    }
  }
  return Float32Array.from(acc);
}

/**
 * y = conv2d(x, W) (Conv2D), in plain JS: im2col by chunks of output pixels, then the blocked
 * `gemm` with the filter seen as a [Kd, Co] matrix. A 1×1 stride-1 unpadded convolution is
 * one `gemm` on x itself.
 */
export function conv2dForwardJs(x: Float32Array, w: Float32Array, g: ConvGeometry): Float32Array {
  const { M, Kd } = convSizes(g);
  const Co = g.outC;
  const y = new Float32Array(M * Co);
  if (g.kH === 1 && g.kW === 1 && g.strideH === 1 && g.strideW === 1 && g.padTop === 0 && g.padLeft === 0) {
    gemm(x, w, y, M, Kd, Co);
    return y;
  }
  const col = new Float32Array(CHUNK_ROWS * Kd);
  for (let m0 = 0; m0 < M; m0 += CHUNK_ROWS) {
    const m1 = Math.min(M, m0 + CHUNK_ROWS);
    im2col(x, g, col, m0, m1);
    gemm(col, w, y, m1 - m0, Kd, Co, 0, m0 * Co);
  }
  return y;
}

/** The filter rotated by 180° with its channel axes swapped: W′[kH−1−kh, kW−1−kw, co, ci] = W[kh, kw, ci, co]. */
export function flipFilter(
  w: Float32Array,
  kH: number,
  kW: number,
  inC: number,
  outC: number,
  out: Float32Array,
): void {
  for (let kh = 0; kh < kH; kh++) {
    for (let kw = 0; kw < kW; kw++) {
      const src = (kh * kW + kw) * inC * outC;
      const dst = ((kH - 1 - kh) * kW + (kW - 1 - kw)) * outC * inC;
      for (let ci = 0; ci < inC; ci++) {
        for (let co = 0; co < outC; co++) out[dst + co * inC + ci] = w[src + ci * outC + co] as number;
      }
    }
  }
}

/**
 * dx (Conv2DBackpropInput), in plain JS.
 * - Stride 1: dx is the convolution of dy with the flipped filter (see `flipFilter`), padded by
 *   kH−1−padTop on top and kW−1−padLeft on the left, so `conv2dForwardJs` does it.
 * - Otherwise: dcol = dy · Wᵀ by chunks (`gemm`), scattered back with `col2imAdd` into a float64
 *   accumulator.
 */
export function conv2dBackpropInputJs(dy: Float32Array, w: Float32Array, g: ConvGeometry): Float32Array {
  const { batch, inH, inW, inC, outH, outW, outC: Co, kH, kW } = g;
  if (g.strideH === 1 && g.strideW === 1) {
    const flipped = new Float32Array(w.length);
    flipFilter(w, kH, kW, inC, Co, flipped);
    const transposed: ConvGeometry = {
      batch,
      inH: outH,
      inW: outW,
      inC: Co,
      outH: inH,
      outW: inW,
      outC: inC,
      kH,
      kW,
      strideH: 1,
      strideW: 1,
      padTop: kH - 1 - g.padTop,
      padLeft: kW - 1 - g.padLeft,
    };
    return conv2dForwardJs(dy, flipped, transposed);
  }
  const { M, Kd } = convSizes(g);
  const wT = new Float32Array(Kd * Co);
  transpose2d(w, Kd, Co, wT);
  const dx = new Float64Array(batch * inH * inW * inC);
  const dcol = new Float32Array(CHUNK_ROWS * Kd);
  for (let m0 = 0; m0 < M; m0 += CHUNK_ROWS) {
    const m1 = Math.min(M, m0 + CHUNK_ROWS);
    gemm(dy, wT, dcol, m1 - m0, Co, Kd, m0 * Co, 0);
    col2imAdd(dcol, g, dx, m0, m1);
  }
  return Float32Array.from(dx);
}

/**
 * MaxPoolGrad: routes each dy value to the position of its window's maximum in `x` (the first
 * maximum in row-major window order, strictly greater wins, as the stock kernels do; a window
 * whose values are all NaN or −∞ routes nothing). `dx` must be zeroed by the caller.
 */
export function maxPoolGradInto(x: Float32Array, dy: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { batch, inH, inW, inC: C, outH, outW, kH, kW, strideH, strideW, padTop, padLeft } = g;
  const rowStep = inW * C;
  let d = 0;
  for (let n = 0; n < batch; n++) {
    for (let oh = 0; oh < outH; oh++) {
      const ih0 = oh * strideH - padTop;
      const khMin = Math.max(0, -ih0);
      const khMax = Math.min(kH, inH - ih0);
      for (let ow = 0; ow < outW; ow++, d += C) {
        const iw0 = ow * strideW - padLeft;
        const kwMin = Math.max(0, -iw0);
        const kwMax = Math.min(kW, inW - iw0);
        const corner = ((n * inH + ih0 + khMin) * inW + iw0 + kwMin) * C;
        for (let c = 0; c < C; c++) {
          let best = Number.NEGATIVE_INFINITY;
          let pos = -1;
          let rowBase = corner + c;
          for (let kh = khMin; kh < khMax; kh++, rowBase += rowStep) {
            let p = rowBase;
            for (let kw = kwMin; kw < kwMax; kw++, p += C) {
              const v = x[p] as number;
              if (v > best) {
                best = v;
                pos = p;
              }
            }
          }
          if (pos >= 0) dx[pos] = (dx[pos] as number) + (dy[d + c] as number);
        }
      }
    }
  }
}

/**
 * AvgPoolGrad: spreads each dy value evenly over the in-bounds positions of its window. The
 * forward `avgPool` of both stock backends divides by the number of in-bounds positions (padding
 * excluded), so this is its exact gradient. (The stock AvgPoolGrad kernels divide by the full
 * window size, which is wrong at borders with `same` padding; see docs/dl-runtime.md.)
 * `dx` must be zeroed by the caller.
 */
export function avgPoolGradInto(dy: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { batch, inH, inW, inC: C, outH, outW, kH, kW, strideH, strideW, padTop, padLeft } = g;
  let d = 0;
  for (let n = 0; n < batch; n++) {
    for (let oh = 0; oh < outH; oh++) {
      const ih0 = oh * strideH - padTop;
      const khMin = Math.max(0, -ih0);
      const khMax = Math.min(kH, inH - ih0);
      for (let ow = 0; ow < outW; ow++, d += C) {
        const iw0 = ow * strideW - padLeft;
        const kwMin = Math.max(0, -iw0);
        const kwMax = Math.min(kW, inW - iw0);
        const count = (khMax - khMin) * (kwMax - kwMin);
        if (count <= 0) continue;
        const scale = 1 / count;
        for (let kh = khMin; kh < khMax; kh++) {
          const rowBase = (n * inH + ih0 + kh) * inW;
          for (let kw = kwMin; kw < kwMax; kw++) {
            const xi = (rowBase + iw0 + kw) * C;
            for (let c = 0; c < C; c++) dx[xi + c] = (dx[xi + c] as number) + (dy[d + c] as number) * scale;
          }
        }
      }
    }
  }
}
