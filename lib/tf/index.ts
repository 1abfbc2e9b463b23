/**
 * The course's one way to get a ready TensorFlow.js.
 *
 * Importing `@tensorflow/tfjs-backend-wasm` silently makes wasm the default backend, and a
 * silently chosen backend makes speed and results hard to explain. So the backend is always
 * chosen explicitly: by the `backend` option, else `COURSE_TF_BACKEND`, else `wasm`.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { InvalidArgument } from "../errors";

export type TfBackend = "wasm" | "cpu";
export const TF_BACKENDS: readonly TfBackend[] = ["wasm", "cpu"];

export type Tf = typeof tf;

function pickBackend(requested: string | undefined): TfBackend {
  const name = requested ?? process.env.COURSE_TF_BACKEND ?? "wasm";
  if (!(TF_BACKENDS as readonly string[]).includes(name)) {
    throw new InvalidArgument(`Unknown TensorFlow.js backend "${name}"; use one of: ${TF_BACKENDS.join(", ")}`);
  }
  return name as TfBackend;
}

/** Returns TensorFlow.js with the requested backend active and initialised. */
export async function getTf(options: { backend?: TfBackend } = {}): Promise<Tf> {
  const backend = pickBackend(options.backend);
  const ok = await tf.setBackend(backend);
  if (!ok) throw new InvalidArgument(`TensorFlow.js backend "${backend}" failed to initialise`);
  await tf.ready();
  return tf;
}
