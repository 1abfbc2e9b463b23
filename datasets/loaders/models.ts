/**
 * Pretrained files resolved to local paths: Tiny Darknet and MobileNet v1 0.75 (TF.js layers
 * format), MobileNetV2 (ONNX and TFLite), the BERT-base-cased WordPiece vocabulary and the BERT
 * uncased tokenizer files. The loaders check the files and return paths; running a model is the
 * caller's business (`loadModel(dir)` of `lib/tf/io.ts` for a layers model).
 */
import { open, readFile } from "node:fs/promises";
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
  weightsManifest?: { paths: string[]; weights?: { shape: number[] }[] }[];
}

async function readLayersModelJson(dir: string): Promise<{ modelPath: string; json: LayersModelJson }> {
  const modelPath = join(dir, "model.json");
  const json = JSON.parse(await readFile(modelPath, "utf8")) as LayersModelJson;
  if (json.modelTopology === undefined || !Array.isArray(json.weightsManifest)) {
    throw new DatasetFormatError(`${modelPath}: not a TF.js layers model (no modelTopology/weightsManifest)`);
  }
  return { modelPath, json };
}

export async function loadTinyDarknet(dir: string): Promise<TinyDarknet> {
  const { modelPath } = await readLayersModelJson(dir);
  const labels = (await readFile(join(dir, "darknet_labels.txt"), "utf8"))
    .split(/\r?\n/)
    .filter((l) => l !== "");
  if (labels.length !== 1000)
    throw new DatasetFormatError(`darknet_labels.txt: ${labels.length} labels, expected 1000`);
  return { modelPath, modelUrl: pathToFileURL(modelPath).href, dir, labels, inputShape: [224, 224, 3] };
}

/** The shard file names that a layers model's model.json in `dir` refers to. */
export async function layersModelShards(dir: string): Promise<string[]> {
  const json = JSON.parse(await readFile(join(dir, "model.json"), "utf8")) as LayersModelJson;
  return (json.weightsManifest ?? []).flatMap((g) => g.paths);
}

/** The shard file names that Tiny Darknet's model.json refers to. */
export const tinyDarknetShards = layersModelShards;

export interface MobileNetV1 {
  /** Local path of model.json (its 55 weight shards sit beside it). */
  modelPath: string;
  /** `file://` URL of model.json, for `tf.loadLayersModel` with a file-capable IO handler. */
  modelUrl: string;
  dir: string;
  /** 1000 ImageNet class names in the standard index order (from metadata.json). */
  labels: string[];
  /** NHWC, one image. */
  inputShape: readonly [224, 224, 3];
  /** Pixels are scaled to [-1, 1]: x / 127.5 − 1. */
  inputRange: readonly [-1, 1];
  /** Number of weights, counted from model.json's weights manifest. */
  parameters: number;
  shards: number;
}

export async function loadMobileNetV1(dir: string): Promise<MobileNetV1> {
  const { modelPath, json } = await readLayersModelJson(dir);
  const groups = json.weightsManifest ?? [];
  const parameters = groups
    .flatMap((g) => g.weights ?? [])
    .reduce((n, w) => n + w.shape.reduce((p, d) => p * d, 1), 0);
  const metadataPath = join(dir, "metadata.json");
  const metadata = JSON.parse(await readFile(metadataPath, "utf8")) as { labels?: unknown };
  const labels: unknown[] = Array.isArray(metadata.labels) ? metadata.labels : [];
  if (labels.length !== 1000 || !labels.every((l): l is string => typeof l === "string")) {
    throw new DatasetFormatError(`${metadataPath}: expected "labels", 1000 strings`);
  }
  return {
    modelPath,
    modelUrl: pathToFileURL(modelPath).href,
    dir,
    labels,
    inputShape: [224, 224, 3],
    inputRange: [-1, 1],
    parameters,
    shards: groups.flatMap((g) => g.paths).length,
  };
}

export interface MobileNetV2 {
  dir: string;
  /**
   * Float32 ONNX model (for onnxruntime-node). Input `input` [N, 3, 224, 224] = (RGB − 128) / 128;
   * outputs `probabilities` [N, 1001] (index 0 = background) and `features` [N, 1280].
   */
  onnxPath: string;
  /** The published uint8 quantization-aware-trained TFLite model the ONNX file was converted from. */
  tflitePath: string;
  /** 1001 class names: index 0 is "background", then ImageNet-1k in the standard order. */
  labels: string[];
  /** NCHW, one image (the ONNX model). */
  inputShape: readonly [3, 224, 224];
}

export async function loadMobileNetV2(dir: string): Promise<MobileNetV2> {
  const labelsPath = join(dir, "imagenet_labels.txt");
  const labels = (await readFile(labelsPath, "utf8")).split(/\r?\n/).filter((l) => l !== "");
  if (labels.length !== 1001 || labels[0] !== "background") {
    throw new DatasetFormatError(`${labelsPath}: ${labels.length} labels, expected "background" + 1000`);
  }
  const tflitePath = join(dir, "mobilenet_v2_1.0_224_quant.tflite");
  const head = Buffer.alloc(8);
  const fh = await open(tflitePath, "r");
  try {
    await fh.read(head, 0, 8, 0);
  } finally {
    await fh.close();
  }
  if (head.toString("latin1", 4, 8) !== "TFL3")
    throw new DatasetFormatError(`${tflitePath}: not a TFLite model`);
  return {
    dir,
    onnxPath: join(dir, "mobilenet_v2_1.0_224.onnx"),
    tflitePath,
    labels,
    inputShape: [3, 224, 224],
  };
}

export interface BertVocab {
  path: string;
  /** Token i has id i. 28,996 tokens. */
  tokens: string[];
}

/** A WordPiece vocab.txt: one token per line, token i has id i. */
async function readVocab(path: string, expected: number): Promise<string[]> {
  const lines = (await readFile(path, "utf8")).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const tokens = lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (tokens.length !== expected)
    throw new DatasetFormatError(`${path}: ${tokens.length} tokens, expected ${expected}`);
  return tokens;
}

export async function loadBertVocab(dir: string): Promise<BertVocab> {
  const path = join(dir, "bert-base-cased-vocab.txt");
  return { path, tokens: await readVocab(path, 28_996) };
}

/** The hyperparameters in `bert-tiny-config.json` (a Hugging Face `config.json`; snake_case as there). */
export interface BertConfig {
  vocab_size: number;
  hidden_size: number;
  num_hidden_layers: number;
  num_attention_heads: number;
  intermediate_size: number;
  max_position_embeddings: number;
  type_vocab_size: number;
  hidden_act: string;
  hidden_dropout_prob: number;
  attention_probs_dropout_prob: number;
  layer_norm_eps: number;
  pad_token_id: number;
}

export interface BertUncasedTokenizer {
  /**
   * The folder with `tokenizer.json` and `tokenizer_config.json`, for `@huggingface/transformers`:
   * `env.allowRemoteModels = false; env.localModelPath = dirname(dir)`, then
   * `AutoTokenizer.from_pretrained(basename(dir))`.
   */
  dir: string;
  vocabPath: string;
  tokenizerJsonPath: string;
  /** vocab.txt: token i has id i. 30,522 tokens; inputs are lowercased. */
  tokens: string[];
  /** BERT-Tiny's sizes (L=2, H=128, A=2). A config only: there are no weights. */
  config: BertConfig;
}

export async function loadBertUncasedTokenizer(dir: string): Promise<BertUncasedTokenizer> {
  const vocabPath = join(dir, "vocab.txt");
  const tokens = await readVocab(vocabPath, 30_522);
  const tokenizerJsonPath = join(dir, "tokenizer.json");
  const tokenizer = JSON.parse(await readFile(tokenizerJsonPath, "utf8")) as {
    model?: { type?: unknown; vocab?: Record<string, number> };
  };
  if (tokenizer.model?.type !== "WordPiece" || tokenizer.model.vocab?.[tokens[101] ?? ""] !== 101) {
    throw new DatasetFormatError(`${tokenizerJsonPath}: not a WordPiece tokenizer matching vocab.txt`);
  }
  const configPath = join(dir, "bert-tiny-config.json");
  const raw = JSON.parse(await readFile(configPath, "utf8")) as Record<string, unknown>;
  const num = (k: keyof BertConfig): number => {
    const v = raw[k];
    if (typeof v !== "number") throw new DatasetFormatError(`${configPath}: ${k} is not a number`);
    return v;
  };
  const hiddenAct = raw.hidden_act;
  if (typeof hiddenAct !== "string")
    throw new DatasetFormatError(`${configPath}: hidden_act is not a string`);
  const config: BertConfig = {
    vocab_size: num("vocab_size"),
    hidden_size: num("hidden_size"),
    num_hidden_layers: num("num_hidden_layers"),
    num_attention_heads: num("num_attention_heads"),
    intermediate_size: num("intermediate_size"),
    max_position_embeddings: num("max_position_embeddings"),
    type_vocab_size: num("type_vocab_size"),
    hidden_act: hiddenAct,
    hidden_dropout_prob: num("hidden_dropout_prob"),
    attention_probs_dropout_prob: num("attention_probs_dropout_prob"),
    layer_norm_eps: num("layer_norm_eps"),
    pad_token_id: num("pad_token_id"),
  };
  if (config.vocab_size !== tokens.length) {
    throw new DatasetFormatError(
      `${configPath}: vocab_size ${config.vocab_size}, but vocab.txt has ${tokens.length} tokens`,
    );
  }
  return { dir, vocabPath, tokenizerJsonPath, tokens, config };
}
