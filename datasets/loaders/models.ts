/**
 * Pretrained files resolved to local paths: Tiny Darknet (TF.js layers format) and the
 * BERT-base-cased WordPiece vocabulary.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DatasetFormatError } from "../errors";

export interface TinyDarknet {
  /** Local path of model.json (its weight shards sit beside it). */
  modelPath: string;
  /** `file://` URL of model.json, for `tf.loadLayersModel` with a file-capable IO handler. */
  modelUrl: string;
  dir: string;
  /** 1000 class names in Darknet's own order (not the standard ImageNet index order). */
  labels: string[];
  inputShape: readonly [224, 224, 3];
}

interface LayersModelJson {
  modelTopology?: unknown;
  weightsManifest?: { paths: string[] }[];
}

export async function loadTinyDarknet(dir: string): Promise<TinyDarknet> {
  const modelPath = join(dir, "model.json");
  const json = JSON.parse(await readFile(modelPath, "utf8")) as LayersModelJson;
  if (json.modelTopology === undefined || !Array.isArray(json.weightsManifest)) {
    throw new DatasetFormatError(`${modelPath}: not a TF.js layers model (no modelTopology/weightsManifest)`);
  }
  const labels = (await readFile(join(dir, "darknet_labels.txt"), "utf8"))
    .split(/\r?\n/)
    .filter((l) => l !== "");
  if (labels.length !== 1000)
    throw new DatasetFormatError(`darknet_labels.txt: ${labels.length} labels, expected 1000`);
  return { modelPath, modelUrl: pathToFileURL(modelPath).href, dir, labels, inputShape: [224, 224, 3] };
}

/** The shard file names that model.json refers to. */
export async function tinyDarknetShards(dir: string): Promise<string[]> {
  const json = JSON.parse(await readFile(join(dir, "model.json"), "utf8")) as LayersModelJson;
  return (json.weightsManifest ?? []).flatMap((g) => g.paths);
}

export interface BertVocab {
  path: string;
  /** Token i has id i. 28,996 tokens. */
  tokens: string[];
}

export async function loadBertVocab(dir: string): Promise<BertVocab> {
  const path = join(dir, "bert-base-cased-vocab.txt");
  const lines = (await readFile(path, "utf8")).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const tokens = lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (tokens.length !== 28_996)
    throw new DatasetFormatError(`${path}: ${tokens.length} tokens, expected 28996`);
  return { path, tokens };
}
