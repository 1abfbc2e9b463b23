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

/** What the sandbox serves besides learner modules, by the name a spec side imports it under. */
export const BUILTIN = {
  /** `{ sandboxTensors }`, for lib/testing's `liveTensors`. */
  tensors: "course:tensors",
  /** Loads lib/tf and runs `getTf()`; imported before the first tensor or model crosses. */
  tf: "course:tf",
} as const;

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
  isDisposed: boolean;
  dataSync(): ArrayLike<number>;
  dispose(): void;
}
interface ModelLike {
  getClassName(): string;
  getConfig(): unknown;
  getWeights(): TensorLike[];
  setWeights(weights: object[]): void;
  weights: { read(): TensorLike }[];
}
type ModelClass = { fromConfig(cls: unknown, config: unknown): ModelLike };
interface TfLike {
  tensor(values: ArrayLike<number>, shape: number[], dtype: string): TensorLike;
  dispose(tensors: object[]): void;
  LayersModel: ModelClass & (abstract new (...args: never[]) => object);
  Sequential: ModelClass;
}

/** This side's `@tensorflow/tfjs`, once lib/tf has loaded (it registers itself under this symbol). */
function loadedTf(): TfLike | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for("course.tfjs")] as TfLike | undefined;
}

function requireTf(): TfLike {
  const tf = loadedTf();
  if (!tf)
    throw new SandboxError(
      "A TensorFlow.js value crossed the sandbox boundary to a side that has not loaded lib/tf. Import getTf from lib/tf there.",
    );
  return tf;
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

interface EncodedTensor {
  shape: number[];
  dtype: string;
  data: ArrayLike<number>;
}

// dataSync may hand out the backend's own storage: copy it.
const tensorData = (t: TensorLike): EncodedTensor => ({
  shape: t.shape,
  dtype: t.dtype,
  data: (t.dataSync() as Float32Array).slice(),
});

/**
 * The tensors on this side that are one half of a pair across the boundary: a copy of the other
 * side's tensor, or an original whose copy the other side holds. The sandbox counts them out of
 * its `numTensors` (see `sandboxTensors`), so that a spec's leak check sees each pair once, as
 * in one process. Only the sandbox side keeps this list.
 */
const pairedTensors = new Set<TensorLike>();

function pair(tensors: TensorLike[], track: boolean): void {
  if (track) for (const t of tensors) pairedTensors.add(t);
}

/**
 * `tf.memory().numTensors` of this side, less the tensors paired with the other side's. Learner
 * code runs on this side, so it could forge the figure; see docs/grading.md.
 */
export function sandboxTensors(): number {
  const tf = loadedTf() as (TfLike & { memory(): { numTensors: number } }) | undefined;
  if (!tf) return 0;
  let paired = 0;
  for (const t of pairedTensors) {
    if (t.isDisposed) pairedTensors.delete(t);
    else paired++;
  }
  return tf.memory().numTensors - paired;
}

/** A tensor crosses by value and is rebuilt with the receiving side's `tf`. */
const tensorCodec = (track: boolean): Codec => ({
  name: "Tensor",
  matches: isTensor,
  encode: (value) => {
    pair([value as TensorLike], track);
    return tensorData(value as TensorLike);
  },
  decode: (data) => {
    const { shape, dtype, data: values } = data as EncodedTensor;
    const tensor = requireTf().tensor(values, shape, dtype);
    pair([tensor], track);
    return tensor;
  },
});

/**
 * A TF.js layers model crosses by value: its topology (`model.getConfig()`) and its weights, rebuilt
 * on the receiving side with `fromConfig` and `setWeights`. So a spec holds a real model of its
 * own — its predictions are computed by the spec's engine from the weights, not by learner code —
 * and a model a spec passes to learner code is a copy whose new weights (after training) are
 * written back into the spec's model. Custom layer classes do not cross: use tf.layers.
 */
const modelCodec = (track: boolean): Codec => ({
  name: "LayersModel",
  matches: (value) => {
    const tf = loadedTf();
    return tf !== undefined && value instanceof tf.LayersModel;
  },
  encode: (value) => {
    const model = value as ModelLike;
    pair(
      model.weights.map((w) => w.read()),
      track,
    );
    // getConfig, not toJSON: fromConfig reads the TypeScript-style config, toJSON writes Keras's.
    return {
      className: model.getClassName(),
      config: model.getConfig(),
      weights: model.getWeights().map(tensorData),
    };
  },
  decode: (data) => {
    const tf = requireTf();
    const { className, config, weights } = data as {
      className: string;
      config: unknown;
      weights: EncodedTensor[];
    };
    const cls = className === "Sequential" ? tf.Sequential : tf.LayersModel;
    const model = cls.fromConfig(cls, config);
    setWeights(tf, model, weights);
    pair(
      model.weights.map((w) => w.read()),
      track,
    );
    return model;
  },
  update: (value, data) => {
    setWeights(requireTf(), value as ModelLike, (data as { weights: EncodedTensor[] }).weights);
  },
});

function setWeights(tf: TfLike, model: ModelLike, weights: EncodedTensor[]): void {
  const tensors = weights.map((w) => tf.tensor(w.data, w.shape, w.dtype));
  try {
    model.setWeights(tensors);
  } finally {
    tf.dispose(tensors);
  }
}

/** The `tf` namespace itself (`toBatch(tf, …)`): the receiving side uses its own. */
const tfCodec: Codec = {
  name: "tf",
  matches: (value) => value === loadedTf(),
  encode: () => null,
  decode: () => requireTf(),
};

/** The codecs of one side; `track` on the sandbox side, which counts paired tensors out. */
export function courseCodecs(side: "spec" | "sandbox"): Codec[] {
  const track = side === "sandbox";
  return [rngCodec, rngSourceCodec, tfCodec, tensorCodec(track), modelCodec(track)];
}
