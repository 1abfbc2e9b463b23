/**
 * The course's one way to get a ready TensorFlow.js.
 *
 * Importing `@tensorflow/tfjs-backend-wasm` silently makes wasm the default backend, and a
 * silently chosen backend makes speed and results hard to explain. So the backend is always
 * chosen explicitly: by the `backend` option, else `COURSE_TF_BACKEND`, else `wasm`.
 *
 * - `wasm` (default): the stock wasm backend (XNNPACK, SIMD, one thread) plus the course
 *   kernels for the convolution and pooling gradients it lacks or gets wrong.
 * - `cpu`: the stock pure-JS backend plus typed-array course kernels for its pathologically slow
 *   gradients. Slow, but every kernel exists; a reference.
 * - `tensorflow`: native TensorFlow through `@tensorflow/tfjs-node`, only if the learner has a
 *   working install of it (the course does not depend on it: its install downloads libtensorflow).
 *
 * The course kernels (for cpu and wasm) are registered once, by the first `getTf`; `kernels: "stock"`
 * (or `COURSE_TF_KERNELS=stock`) puts the stock kernels back, for benchmarks and comparisons.
 * `runtimeInfo()` / `describeRuntime()` report what is active.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { InvalidArgument } from "../errors";
import {
  installCourseKernels,
  installedCourseKernels,
  type KernelBackendName,
  uninstallCourseKernels,
} from "./kernels/registry";

export type TfBackend = "wasm" | "cpu" | "tensorflow";
export const TF_BACKENDS: readonly TfBackend[] = ["wasm", "cpu", "tensorflow"];

/** `course`: course kernels registered (the default). `stock`: TensorFlow.js's own kernels only. */
export type TfKernels = "course" | "stock";
export const TF_KERNEL_MODES: readonly TfKernels[] = ["course", "stock"];

export type Tf = typeof tf;

const KERNEL_BACKENDS: readonly KernelBackendName[] = ["cpu", "wasm"];

export interface GetTfOptions {
  /** Backend to activate; default: `COURSE_TF_BACKEND`, else `wasm`. */
  backend?: TfBackend;
  /** Kernel set; default: `COURSE_TF_KERNELS`, else `course`. */
  kernels?: TfKernels;
}

/** What `getTf` activated, and why. */
export interface RuntimeInfo {
  backend: TfBackend;
  /** Where the backend choice came from. */
  backendSource: "option" | "COURSE_TF_BACKEND" | "default";
  kernels: TfKernels;
  /** Course kernels registered for the active backend (empty in `stock` mode and for `tensorflow`). */
  courseKernels: string[];
  tfjsVersion: string;
  /** For wasm: whether the SIMD build is in use (null for other backends). */
  wasmSimd: boolean | null;
}

let current: RuntimeInfo | undefined;

/**
 * This process's TensorFlow.js, under a registered symbol, for the grader's sandbox boundary:
 * a tensor that crosses between the spec process and the sandbox is rebuilt with the
 * receiving side's `tf` (grader/sandbox/course.ts).
 */
(globalThis as Record<symbol, unknown>)[Symbol.for("course.tfjs")] = tf;

function pickBackend(requested: string | undefined): {
  backend: TfBackend;
  source: RuntimeInfo["backendSource"];
} {
  const fromEnv = process.env.COURSE_TF_BACKEND;
  const source = requested !== undefined ? "option" : fromEnv ? "COURSE_TF_BACKEND" : "default";
  const name = requested ?? (fromEnv || "wasm");
  if (!(TF_BACKENDS as readonly string[]).includes(name)) {
    const where = source === "option" ? "option backend" : "COURSE_TF_BACKEND";
    throw new InvalidArgument(
      `Unknown TensorFlow.js backend "${name}" (from ${where}); use one of: ${TF_BACKENDS.join(", ")}`,
    );
  }
  return { backend: name as TfBackend, source };
}

function pickKernels(requested: string | undefined): TfKernels {
  const name = requested ?? (process.env.COURSE_TF_KERNELS || "course");
  if (!(TF_KERNEL_MODES as readonly string[]).includes(name)) {
    throw new InvalidArgument(`Unknown kernel set "${name}"; use one of: ${TF_KERNEL_MODES.join(", ")}`);
  }
  return name as TfKernels;
}

/** The module name in a variable, so that neither TypeScript nor a bundler tries to resolve it. */
const TFJS_NODE = "@tensorflow/tfjs-node";

async function loadTfjsNode(): Promise<void> {
  if (tf.findBackendFactory("tensorflow")) return;
  try {
    await import(TFJS_NODE);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InvalidArgument(
      `Backend "tensorflow" needs a working ${TFJS_NODE}, and it could not be loaded (${reason}). ` +
        'The course does not install it; use backend "wasm" (the default) or "cpu".',
    );
  }
  if (!tf.findBackendFactory("tensorflow")) {
    throw new InvalidArgument(
      `${TFJS_NODE} loaded but registered no "tensorflow" backend with this copy of @tensorflow/tfjs ` +
        "(its @tensorflow/tfjs version must match the course's, 4.22.0).",
    );
  }
}

/** Returns TensorFlow.js with the requested backend active and initialised, course kernels registered. */
export async function getTf(options: GetTfOptions = {}): Promise<Tf> {
  const { backend, source } = pickBackend(options.backend);
  const kernels = pickKernels(options.kernels);
  if (backend === "tensorflow") await loadTfjsNode();
  const ok = await tf.setBackend(backend);
  if (!ok) throw new InvalidArgument(`TensorFlow.js backend "${backend}" failed to initialise`);
  await tf.ready();
  if (backend === "cpu") silenceTfjsNodeAdvert();
  // The kernel set applies to both JS backends, so that a later tf.setBackend("cpu" | "wasm")
  // keeps it. Installing after the active backend is initialised (the wasm kernels call stock
  // wasm kernels, whose setup runs then; each course kernel also carries the setup of the stock
  // kernel it replaces, so a backend initialised later is set up too).
  for (const name of KERNEL_BACKENDS) {
    if (kernels === "course") installCourseKernels(name);
    else uninstallCourseKernels(name);
  }
  const courseKernels = backend === "tensorflow" ? [] : installedCourseKernels(backend);
  const wasmSimd = backend === "wasm" ? await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT") : null;
  current = {
    backend,
    backendSource: source,
    kernels,
    courseKernels,
    tfjsVersion: tf.version_core,
    wasmSimd: typeof wasmSimd === "boolean" ? wasmSimd : null,
  };
  return tf;
}

/**
 * The cpu backend prints "install our node backend" on first use; that advice does not apply
 * here (tfjs-node does not install), so mark its first use as done.
 */
function silenceTfjsNodeAdvert(): void {
  const cpu = tf.findBackend("cpu") as unknown as { firstUse?: boolean } | null;
  if (cpu && "firstUse" in cpu) cpu.firstUse = false;
}

/** What the last `getTf` call activated. Throws if `getTf` has not been called. */
export function runtimeInfo(): RuntimeInfo {
  if (current === undefined || tf.getBackend() !== current.backend) {
    throw new InvalidArgument(
      "TensorFlow.js runtime not initialised (or switched behind its back): call getTf()",
    );
  }
  return { ...current, courseKernels: installedCourseKernels(current.backend) };
}

/** One line for logs: backend, why it was chosen, course kernels. */
export function describeRuntime(info: RuntimeInfo = runtimeInfo()): string {
  const simd = info.wasmSimd === null ? "" : info.wasmSimd ? " (SIMD)" : " (no SIMD)";
  const kernels =
    info.courseKernels.length > 0
      ? `course kernels: ${info.courseKernels.join(", ")}`
      : `${info.kernels} kernels`;
  return `TensorFlow.js ${info.tfjsVersion}, backend ${info.backend}${simd} [${info.backendSource}], ${kernels}`;
}

export { COURSE_KERNELS, type CourseKernelInfo } from "./kernels/registry";
