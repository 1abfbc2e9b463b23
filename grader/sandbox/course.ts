/**
 * What the course's own values need to cross the sandbox boundary: its error classes (rebuilt by
 * name, so `toThrow(ShapeError)` holds for an error thrown in the sandbox) and codecs for the
 * values that must travel by value — an `Rng` or an `rngSource` function (a spec's generator,
 * drawn from by learner code and written back) and TF.js tensors (rebuilt with the receiving
 * side's `tf`).
 */
import * as errors from "../../lib/errors";
import * as mlErrors from "../../lib/ml/errors";
import { RNG_OF_SOURCE, Rng, rngSource } from "../../lib/rng";
import { type Codec, SandboxError } from "./peer";

function errorClasses(
  ...modules: Record<string, unknown>[]
): Record<string, new (...args: never[]) => Error> {
  const out: Record<string, new (...args: never[]) => Error> = { SandboxError };
  for (const m of modules)
    for (const [name, value] of Object.entries(m))
      if (typeof value === "function" && value.prototype instanceof Error)
        out[name] = value as new (...args: never[]) => Error;
  return out;
}

export const COURSE_ERRORS = errorClasses(errors, mlErrors);

const rngCodec: Codec = {
  name: "Rng",
  matches: (value) => value instanceof Rng,
  encode: (value) => (value as Rng).state,
  decode: (state) => Rng.fromState(state as number),
  update: (value, state) => {
    (value as Rng).state = state as number;
  },
};

type Source = (() => number) & { [RNG_OF_SOURCE]: Rng };

const rngSourceCodec: Codec = {
  name: "RngSource",
  matches: (value) => typeof value === "function" && (value as Partial<Source>)[RNG_OF_SOURCE] instanceof Rng,
  encode: (value) => (value as Source)[RNG_OF_SOURCE].state,
  decode: (state) => rngSource(Rng.fromState(state as number)),
  update: (value, state) => {
    (value as Source)[RNG_OF_SOURCE].state = state as number;
  },
};

interface TensorLike {
  shape: number[];
  dtype: string;
  dataSync(): ArrayLike<number>;
  dispose(): void;
}
interface TfLike {
  tensor(values: ArrayLike<number>, shape: number[], dtype: string): object;
}

function isTensor(value: object): value is TensorLike {
  const t = value as Partial<TensorLike> & { rankType?: unknown };
  return (
    Array.isArray(t.shape) &&
    typeof t.dtype === "string" &&
    typeof t.dataSync === "function" &&
    typeof t.dispose === "function" &&
    "rankType" in t
  );
}

const tensorCodec: Codec = {
  name: "Tensor",
  matches: isTensor,
  encode: (value) => {
    const t = value as TensorLike;
    // dataSync may hand out the backend's own storage: copy it.
    return { shape: t.shape, dtype: t.dtype, data: (t.dataSync() as Float32Array).slice() };
  },
  decode: (data) => {
    const tf = (globalThis as Record<symbol, unknown>)[Symbol.for("course.tfjs")] as TfLike | undefined;
    if (!tf)
      throw new SandboxError(
        "A TensorFlow.js tensor crossed the sandbox boundary to a side that has not loaded lib/tf. Import getTf from lib/tf there.",
      );
    const { shape, dtype, data: values } = data as { shape: number[]; dtype: string; data: Float32Array };
    return tf.tensor(values, shape, dtype);
  },
};

export const COURSE_CODECS: Codec[] = [rngCodec, rngSourceCodec, tensorCodec];
