/**
 * Saving and loading Layers models to and from a folder on disk, in Node, without tfjs-node.
 *
 * `model.save("file://…")` needs `@tensorflow/tfjs-node`. These functions write the same two
 * files that it writes — `model.json` (topology + weights manifest, the standard TensorFlow.js
 * format, loadable in a browser with `tf.loadLayersModel(url)`) and `weights.bin` (all weights,
 * little-endian float32, concatenated in manifest order) — through `tf.io.withSaveHandler`, and
 * read them back through `tf.io.fromMemory`.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { InvalidArgument } from "../errors";

export const MODEL_JSON = "model.json";
export const WEIGHTS_BIN = "weights.bin";

export interface SavedModelInfo {
  dir: string;
  modelJsonPath: string;
  weightsPath: string;
  weightBytes: number;
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * Saves `model` into `dir` (created if needed) as `model.json` + `weights.bin`.
 * `config.includeOptimizer` also saves the optimizer's state, to resume training.
 */
export async function saveModel(
  model: tf.LayersModel,
  dir: string,
  config: tf.io.SaveConfig = {},
): Promise<SavedModelInfo> {
  await mkdir(dir, { recursive: true });
  const modelJsonPath = join(dir, MODEL_JSON);
  const weightsPath = join(dir, WEIGHTS_BIN);
  let weightBytes = 0;
  const handler = tf.io.withSaveHandler(async (artifacts) => {
    if (artifacts.modelTopology === undefined || artifacts.modelTopology instanceof ArrayBuffer) {
      throw new InvalidArgument("saveModel: the model produced no JSON topology");
    }
    const weights =
      artifacts.weightData === undefined
        ? new Uint8Array(0)
        : new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
    weightBytes = weights.byteLength;
    const modelJson: tf.io.ModelJSON = {
      modelTopology: artifacts.modelTopology,
      format: artifacts.format ?? "layers-model",
      generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: artifacts.convertedBy ?? null,
      weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
    };
    if (artifacts.trainingConfig !== undefined) modelJson.trainingConfig = artifacts.trainingConfig;
    if (artifacts.userDefinedMetadata !== undefined)
      modelJson.userDefinedMetadata = artifacts.userDefinedMetadata;
    // Weights first: a model.json on disk always points at complete weights.
    await writeAtomically(weightsPath, weights);
    await writeAtomically(modelJsonPath, `${JSON.stringify(modelJson)}\n`);
    return {
      modelArtifactsInfo: {
        dateSaved: new Date(),
        modelTopologyType: "JSON",
        modelTopologyBytes: JSON.stringify(artifacts.modelTopology).length,
        weightSpecsBytes: JSON.stringify(artifacts.weightSpecs ?? []).length,
        weightDataBytes: weights.byteLength,
      },
    };
  });
  await model.save(handler, config);
  return { dir, modelJsonPath, weightsPath, weightBytes };
}

function isModelJson(value: unknown): value is tf.io.ModelJSON {
  return (
    typeof value === "object" &&
    value !== null &&
    "modelTopology" in value &&
    "weightsManifest" in value &&
    Array.isArray((value as { weightsManifest: unknown }).weightsManifest)
  );
}

/** Reads `model.json` + the weight files it lists from `dir` into model artifacts. */
export async function loadModelArtifacts(dir: string): Promise<tf.io.ModelArtifacts> {
  const modelJsonPath = join(dir, MODEL_JSON);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(modelJsonPath, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidArgument(`loadModel: cannot read ${modelJsonPath}: ${reason}`);
  }
  if (!isModelJson(parsed)) {
    throw new InvalidArgument(`loadModel: ${modelJsonPath} is not a TensorFlow.js model.json`);
  }
  return tf.io.getModelArtifactsForJSON(parsed, async (manifest) => {
    const specs: tf.io.WeightsManifestEntry[] = [];
    const buffers: ArrayBuffer[] = [];
    for (const group of manifest) {
      specs.push(...group.weights);
      for (const path of group.paths) {
        const bytes = await readFile(join(dir, path));
        buffers.push(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
      }
    }
    return [specs, tf.io.CompositeArrayBuffer.join(buffers)];
  });
}

/** Loads a Layers model saved by `saveModel` (or by `model.save("file://…")` of tfjs-node). */
export async function loadModel(dir: string, options: tf.io.LoadOptions = {}): Promise<tf.LayersModel> {
  const artifacts = await loadModelArtifacts(dir);
  return tf.loadLayersModel(tf.io.fromMemory(artifacts), options);
}
