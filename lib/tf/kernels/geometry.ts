/**
 * Geometry of a 2-D convolution or pooling window in NHWC layout, reduced to the numbers the
 * course kernels loop over. Built from TensorFlow.js's own `computeConv2DInfo` /
 * `computePool2DInfo`, so padding (`same`, `valid`, explicit) and rounding follow the library.
 */
import * as tf from "@tensorflow/tfjs";
import { InvalidArgument } from "../../errors";

export interface ConvGeometry {
  batch: number;
  inH: number;
  inW: number;
  inC: number;
  outH: number;
  outW: number;
  outC: number;
  kH: number;
  kW: number;
  strideH: number;
  strideW: number;
  padTop: number;
  padLeft: number;
}

type Pad = "valid" | "same" | number | tf.backend_util.ExplicitPadding;
type Pair = number | [number, number];
type Shape4 = [number, number, number, number];

function fromInfo(info: tf.backend_util.Conv2DInfo, what: string): ConvGeometry {
  if (info.dataFormat !== "channelsLast") {
    throw new InvalidArgument(`${what}: the course kernels support NHWC (channelsLast) only`);
  }
  if (info.dilationHeight !== 1 || info.dilationWidth !== 1) {
    throw new InvalidArgument(`${what}: the course kernels support dilation 1 only`);
  }
  return {
    batch: info.batchSize,
    inH: info.inHeight,
    inW: info.inWidth,
    inC: info.inChannels,
    outH: info.outHeight,
    outW: info.outWidth,
    outC: info.outChannels,
    kH: info.filterHeight,
    kW: info.filterWidth,
    strideH: info.strideHeight,
    strideW: info.strideWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
  };
}

/** Geometry of `conv2d(x, filter)` with `x` of `xShape` and a filter of `filterShape` [kH, kW, inC, outC]. */
export function convGeometry(
  what: string,
  xShape: Shape4,
  filterShape: Shape4,
  strides: Pair,
  pad: Pad,
  dimRoundingMode: "floor" | "round" | "ceil" | undefined,
  dataFormat: "NHWC" | "NCHW" | undefined,
): ConvGeometry {
  const format = tf.backend_util.convertConv2DDataFormat(dataFormat ?? "NHWC");
  const info = tf.backend_util.computeConv2DInfo(
    xShape,
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    format,
  );
  return fromInfo(info, what);
}

/** Geometry of a 2-D pooling window over `xShape` (NHWC); `outC` equals `inC`. */
export function poolGeometry(
  what: string,
  xShape: Shape4,
  filterSize: Pair,
  strides: Pair,
  pad: Pad,
  dimRoundingMode?: "floor" | "round" | "ceil",
): ConvGeometry {
  const info = tf.backend_util.computePool2DInfo(xShape, filterSize, strides, 1, pad, dimRoundingMode);
  return fromInfo(info, what);
}

/** Whether the geometry is a plain matrix product: a 1×1 window, stride 1, no padding. */
export function isPointwise(g: ConvGeometry): boolean {
  return g.kH === 1 && g.kW === 1 && g.strideH === 1 && g.strideW === 1 && g.padTop === 0 && g.padLeft === 0;
}
