/**
 * Installs and removes the course kernels in TensorFlow.js's global kernel registry.
 *
 * A course kernel replaces (or, for wasm's missing `Conv2DBackpropFilter`, adds) the kernel of
 * the same name for one backend. Installing remembers the stock kernel, so that `stock` mode
 * (benchmarks, equivalence tests) can put it back. Install after the backend has been
 * initialised: the wasm kernels call stock wasm kernels whose setup runs at initialisation.
 */
import * as tf from "@tensorflow/tfjs";
import { CourseError } from "../../errors";
import {
  avgPoolGradCpu,
  conv2dBackpropFilterCpu,
  conv2dBackpropInputCpu,
  conv2dCpu,
  maxPoolGradCpu,
} from "./cpu";
import {
  avgPoolGradWasm,
  batchMatMulWasm,
  conv2dBackpropFilterWasm,
  conv2dBackpropInputWasm,
  maxPoolGradWasm,
  sliceWasm,
  tileWasm,
  type WasmStock,
} from "./wasm";

export type KernelBackendName = "cpu" | "wasm";

/** One course kernel: which stock kernel it replaces, and why. */
export interface CourseKernelInfo {
  kernelName: string;
  backendName: KernelBackendName;
  why: string;
}

interface CourseKernelSpec extends CourseKernelInfo {
  make(stock: tf.KernelConfig | undefined): tf.KernelFunc;
}

function stockFunc(name: string): tf.KernelFunc {
  const config = tf.getKernel(name, "wasm");
  if (config === undefined) throw new CourseError(`the stock wasm kernel "${name}" is not registered`);
  return config.kernelFunc;
}

function wasmStock(): WasmStock {
  return {
    batchMatMul: stockFunc("BatchMatMul"),
    transpose: stockFunc("Transpose"),
    conv2d: stockFunc("Conv2D"),
  };
}

const SPECS: readonly CourseKernelSpec[] = [
  {
    kernelName: "Conv2DBackpropFilter",
    backendName: "wasm",
    why: "missing on wasm (its Conv3DBackpropFilterV2 is wrong at stride 2); im2col + wasm GEMM",
    make: () => {
      const stock = wasmStock();
      return (args) => conv2dBackpropFilterWasm(stock, args);
    },
  },
  {
    kernelName: "Conv2DBackpropInput",
    backendName: "wasm",
    why: "stock is a direct loop; stride 1: a wasm (XNNPACK) convolution, else wasm GEMM + col2im",
    make: () => {
      const stock = wasmStock();
      return (args) => conv2dBackpropInputWasm(stock, args);
    },
  },
  {
    kernelName: "MaxPoolGrad",
    backendName: "wasm",
    why: "stock sends the gradient of a window whose values are all negative to its first element (wrong)",
    make: () => maxPoolGradWasm,
  },
  {
    kernelName: "AvgPoolGrad",
    backendName: "wasm",
    why: "stock divides by the full window at same-padding borders (wrong gradient)",
    make: () => avgPoolGradWasm,
  },
  {
    kernelName: "BatchMatMul",
    backendName: "wasm",
    why: "stock is ~10x slower with a transposed operand (Dense backward); transpose, then GEMM",
    make: () => {
      const stock = wasmStock();
      return (args) => batchMatMulWasm(stock, args);
    },
  },
  {
    kernelName: "Slice",
    backendName: "wasm",
    why: "stock copies the whole input (readSync) before slicing: a batch out of a dataset copied the dataset",
    make: (stock) => {
      if (stock === undefined) throw new CourseError('the stock wasm kernel "Slice" is not registered');
      return (args) => sliceWasm(stock.kernelFunc, args);
    },
  },
  {
    kernelName: "Tile",
    backendName: "wasm",
    why: "stock computes an index per element; batch-norm gradients tile to full activations (ResNet profile)",
    make: (stock) => {
      if (stock === undefined) throw new CourseError('the stock wasm kernel "Tile" is not registered');
      return (args) => tileWasm(stock.kernelFunc, args);
    },
  },
  {
    kernelName: "Conv2D",
    backendName: "cpu",
    why: "stock is a direct 7-deep loop; im2col + 4x4 register-blocked JS GEMM",
    make: (stock) => (args) => conv2dCpu(stock?.kernelFunc, args),
  },
  {
    kernelName: "Conv2DBackpropFilter",
    backendName: "cpu",
    why: "stock reads every element through TensorBuffer.get; typed-array im2col + rank-4 updates",
    make: (stock) => (args) => conv2dBackpropFilterCpu(stock?.kernelFunc, args),
  },
  {
    kernelName: "Conv2DBackpropInput",
    backendName: "cpu",
    why: "stock reads every element through TensorBuffer.get; stride 1: JS convolution, else JS GEMM + col2im",
    make: (stock) => (args) => conv2dBackpropInputCpu(stock?.kernelFunc, args),
  },
  {
    kernelName: "MaxPoolGrad",
    backendName: "cpu",
    why: "stock reads every element through TensorBuffer.get; single typed-array pass",
    make: () => maxPoolGradCpu,
  },
  {
    kernelName: "AvgPoolGrad",
    backendName: "cpu",
    why: "stock divides by the full window at same-padding borders (wrong gradient)",
    make: () => avgPoolGradCpu,
  },
];

/** Every course kernel, for reports and docs. */
export const COURSE_KERNELS: readonly CourseKernelInfo[] = SPECS.map(({ kernelName, backendName, why }) => ({
  kernelName,
  backendName,
  why,
}));

/** Per backend: kernel name → the stock config it replaced (undefined when there was none). */
const installed = new Map<KernelBackendName, Map<string, tf.KernelConfig | undefined>>();

/** Registers the course kernels of `backend` (idempotent) and returns their names. */
export function installCourseKernels(backend: KernelBackendName): string[] {
  let done = installed.get(backend);
  if (done === undefined) {
    done = new Map();
    installed.set(backend, done);
  }
  if (done.size > 0) return [...done.keys()];
  const specs = SPECS.filter((s) => s.backendName === backend);
  // Build every kernel function first, while the registry still holds only stock kernels.
  const built = specs.map((spec) => {
    const stock = tf.getKernel(spec.kernelName, backend);
    return { spec, stock, kernelFunc: spec.make(stock) };
  });
  for (const { spec, stock, kernelFunc } of built) {
    if (stock !== undefined) tf.unregisterKernel(spec.kernelName, backend);
    const config: tf.KernelConfig = { kernelName: spec.kernelName, backendName: backend, kernelFunc };
    if (stock?.setupFunc) config.setupFunc = stock.setupFunc;
    if (stock?.disposeFunc) config.disposeFunc = stock.disposeFunc;
    tf.registerKernel(config);
    done.set(spec.kernelName, stock);
  }
  return [...done.keys()];
}

/** Puts the stock kernels of `backend` back (idempotent). */
export function uninstallCourseKernels(backend: KernelBackendName): void {
  const done = installed.get(backend);
  if (done === undefined) return;
  for (const [name, stock] of done) {
    tf.unregisterKernel(name, backend);
    if (stock !== undefined) tf.registerKernel(stock);
  }
  done.clear();
}

/** Names of the course kernels currently registered for `backend`. */
export function installedCourseKernels(backend: string): string[] {
  const done = installed.get(backend as KernelBackendName);
  return done === undefined ? [] : [...done.keys()];
}
