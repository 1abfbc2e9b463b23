/**
 * Course kernels for the `cpu` backend: typed-array versions of the gradients that the stock
 * cpu backend computes element by element through `TensorBuffer.get` (index arithmetic per
 * element, 30–300× slower). Arithmetic in `typed.ts`, float64 accumulation.
 *
 * Cases the course kernels do not cover (NCHW layout, dilated Conv2D) fall back to the stock kernel.
 */
import * as tf from "@tensorflow/tfjs";
import { CourseError } from "../../errors";
import { convGeometry, poolGeometry } from "./geometry";
import {
  avgPoolGradInto,
  conv2dBackpropFilterJs,
  conv2dBackpropInputJs,
  conv2dForwardJs,
  maxPoolGradInto,
} from "./typed";

/** The parts of the cpu backend (`MathBackendCPU`) the course kernels use. */
export interface CpuBackendLike {
  readSync(dataId: tf.DataId): tf.backend_util.BackendValues;
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: tf.backend_util.BackendValues): tf.TensorInfo;
}

type KernelArgs = Parameters<tf.KernelFunc>[0];

function cpuBackend(args: KernelArgs): CpuBackendLike {
  return args.backend as CpuBackendLike;
}

function shape4(s: number[]): [number, number, number, number] {
  if (s.length !== 4) throw new CourseError(`course kernel: expected a rank-4 shape, got [${s.join(", ")}]`);
  return [s[0] as number, s[1] as number, s[2] as number, s[3] as number];
}

/** The float32 values of an input tensor, without copying when they already are a Float32Array. */
function values(args: KernelArgs, name: string): { info: tf.TensorInfo; data: Float32Array } {
  const info = args.inputs[name];
  if (info === undefined) throw new CourseError(`course kernel: missing input "${name}"`);
  if (info.dtype !== "float32") {
    throw new CourseError(`course kernel: input "${name}" must be float32, got ${info.dtype}`);
  }
  const raw = cpuBackend(args).readSync(info.dataId);
  const data = raw instanceof Float32Array ? raw : Float32Array.from(raw as ArrayLike<number>);
  return { info, data };
}

function isNchw(format: string | undefined): boolean {
  return format === "NCHW";
}

export function conv2dCpu(stock: tf.KernelFunc | undefined, args: KernelArgs): tf.TensorInfo {
  const attrs = args.attrs as unknown as tf.Conv2DAttrs;
  const dilated = [attrs.dilations ?? 1].flat().some((d) => d !== 1);
  if (isNchw(attrs.dataFormat) || dilated) {
    if (stock) return stock(args) as tf.TensorInfo;
    throw new CourseError("Conv2D: the course kernel supports NHWC and dilation 1 only");
  }
  const x = values(args, "x");
  const w = values(args, "filter");
  const g = convGeometry(
    "Conv2D",
    shape4(x.info.shape),
    shape4(w.info.shape),
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
    attrs.dataFormat,
  );
  const y = conv2dForwardJs(x.data, w.data, g);
  return cpuBackend(args).makeTensorInfo([g.batch, g.outH, g.outW, g.outC], "float32", y);
}

export function conv2dBackpropFilterCpu(stock: tf.KernelFunc | undefined, args: KernelArgs): tf.TensorInfo {
  const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  if (isNchw(attrs.dataFormat) && stock) return stock(args) as tf.TensorInfo;
  const x = values(args, "x");
  const dy = values(args, "dy");
  const g = convGeometry(
    "Conv2DBackpropFilter",
    shape4(x.info.shape),
    attrs.filterShape,
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
    attrs.dataFormat,
  );
  const dw = conv2dBackpropFilterJs(x.data, dy.data, g);
  return cpuBackend(args).makeTensorInfo([...attrs.filterShape], "float32", dw);
}

export function conv2dBackpropInputCpu(stock: tf.KernelFunc | undefined, args: KernelArgs): tf.TensorInfo {
  const attrs = args.attrs as unknown as tf.Conv2DBackpropInputAttrs;
  if (isNchw(attrs.dataFormat) && stock) return stock(args) as tf.TensorInfo;
  const dy = values(args, "dy");
  const w = values(args, "filter");
  const g = convGeometry(
    "Conv2DBackpropInput",
    attrs.inputShape,
    shape4(w.info.shape),
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
    attrs.dataFormat,
  );
  const dx = conv2dBackpropInputJs(dy.data, w.data, g);
  return cpuBackend(args).makeTensorInfo([...attrs.inputShape], "float32", dx);
}

export function maxPoolGradCpu(args: KernelArgs): tf.TensorInfo {
  const attrs = args.attrs as unknown as tf.MaxPoolGradAttrs;
  const dy = values(args, "dy");
  const x = values(args, "input");
  const g = poolGeometry(
    "MaxPoolGrad",
    shape4(x.info.shape),
    attrs.filterSize,
    attrs.strides,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const dx = new Float32Array(x.data.length);
  maxPoolGradInto(x.data, dy.data, g, dx);
  return cpuBackend(args).makeTensorInfo([...x.info.shape], "float32", dx);
}

export function avgPoolGradCpu(args: KernelArgs): tf.TensorInfo {
  const attrs = args.attrs as unknown as tf.AvgPoolGradAttrs;
  const dy = values(args, "dy");
  const x = args.inputs.input;
  if (x === undefined) throw new CourseError('course kernel: missing input "input"');
  const g = poolGeometry("AvgPoolGrad", shape4(x.shape), attrs.filterSize, attrs.strides, attrs.pad);
  const dx = new Float32Array(tf.util.sizeFromShape(x.shape));
  avgPoolGradInto(dy.data, g, dx);
  return cpuBackend(args).makeTensorInfo([...x.shape], "float32", dx);
}
