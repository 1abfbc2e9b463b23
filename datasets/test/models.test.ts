/**
 * The pretrained models added with MobileNet: files resolved to local paths, and MobileNet v1
 * loaded for real through the course's TF.js runtime (`lib/tf`), the way the course uses it.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Tensor } from "@tensorflow/tfjs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getTf } from "../../lib/tf";
import { loadModel } from "../../lib/tf/io";
import { loadDataset } from "../index";
import { layersModelShards } from "../loaders/models";
import { mirrorOptions, testMirror } from "./helpers";

describe("MobileNet v1 0.75 (TF.js layers format)", () => {
  it("model.json with 55 shards beside it, 2,601,976 weights, 1000 labels in the standard ImageNet order", async () => {
    const m = await loadDataset("mobilenet-v1-075-224", mirrorOptions());
    expect(m.modelPath).toMatch(/mobilenet-v1-0\.75-224-tfjs[/\\]model\.json$/);
    expect(m.modelUrl.startsWith("file://")).toBe(true);
    expect(m.parameters).toBe(2_601_976);
    expect(m.shards).toBe(55);
    expect(m.labels).toHaveLength(1000);
    expect(m.labels[0]).toBe("tench, Tinca tinca");
    expect(m.labels[285]).toBe("Egyptian cat");
    const shards = await layersModelShards(m.dir);
    expect(shards).toHaveLength(55);
    for (const s of shards) await expect(readFile(join(m.dir, s))).resolves.toBeInstanceOf(Buffer);
  });

  it("loads with lib/tf/io loadModel and scores a cat photo as a cat", async () => {
    const m = await loadDataset("mobilenet-v1-075-224", mirrorOptions());
    const tf = await getTf();
    const model = await loadModel(m.dir);
    try {
      expect(model.countParams()).toBe(m.parameters);
      expect(model.inputs[0]?.shape).toEqual([null, 224, 224, 3]);
      expect(model.outputs[0]?.shape).toEqual([null, 1000]);
      const photo = join(testMirror(), "cats-vs-dogs", "test", "cat", "cat.4001.jpg");
      const pixels = await sharp(photo).resize(224, 224, { fit: "fill" }).removeAlpha().raw().toBuffer();
      const probs = tf.tidy(() => {
        const x = tf.tensor4d(
          Float32Array.from(pixels, (v) => v / 127.5 - 1),
          [1, 224, 224, 3],
        );
        return (model.predict(x) as Tensor).dataSync();
      });
      let best = 0;
      for (let i = 1; i < probs.length; i++) if ((probs[i] ?? 0) > (probs[best] ?? 0)) best = i;
      // ImageNet's domestic cats: tabby, tiger cat, Persian, Siamese, Egyptian cat.
      expect(best, m.labels[best]).toBeGreaterThanOrEqual(281);
      expect(best, m.labels[best]).toBeLessThanOrEqual(285);
    } finally {
      model.dispose();
    }
  });
});

describe("MobileNetV2 1.0 (ONNX, TFLite)", () => {
  it("the ONNX and TFLite files and 1001 labels, background first", async () => {
    const m = await loadDataset("mobilenet-v2-100-224", mirrorOptions());
    expect(m.onnxPath).toMatch(/mobilenet-v2-1\.0-224[/\\]mobilenet_v2_1\.0_224\.onnx$/);
    expect(m.tflitePath).toMatch(/mobilenet_v2_1\.0_224_quant\.tflite$/);
    expect(m.labels).toHaveLength(1001);
    expect(m.labels[0]).toBe("background");
    expect(m.labels[1]).toBe("tench, Tinca tinca");
    expect(m.inputShape).toEqual([3, 224, 224]);
    // Without onnxruntime: the graph's input and output names are in the protobuf as strings.
    const onnx = (await readFile(m.onnxPath)).toString("latin1");
    for (const name of ["input", "probabilities", "features"]) expect(onnx).toContain(name);
  });

  it("the class names are MobileNet v1's, shifted by one for background", async () => {
    const v1 = await loadDataset("mobilenet-v1-075-224", mirrorOptions());
    const v2 = await loadDataset("mobilenet-v2-100-224", mirrorOptions());
    const differ = v1.labels.filter((l, i) => l !== v2.labels[i + 1]);
    expect(differ).toEqual(["jelly fish"]); // v2 writes "jellyfish"
  });
});

describe("BERT uncased tokenizer files", () => {
  it("30,522 tokens, the Hugging Face files beside them, BERT-Tiny's config", async () => {
    const t = await loadDataset("bert-base-uncased-tokenizer", mirrorOptions());
    expect(t.dir).toMatch(/models[/\\]bert-base-uncased-tokenizer$/);
    expect(t.tokens).toHaveLength(30_522);
    expect(t.tokens.indexOf("[PAD]")).toBe(0);
    expect(t.tokens.indexOf("[UNK]")).toBe(100);
    expect(t.tokens.indexOf("[CLS]")).toBe(101);
    expect(t.tokens.indexOf("[SEP]")).toBe(102);
    expect(t.tokens.indexOf("[MASK]")).toBe(103);
    expect(t.tokens).toContain("##ing");
    expect(t.tokens).not.toContain("The"); // uncased
    const config = JSON.parse(await readFile(join(t.dir, "tokenizer_config.json"), "utf8")) as {
      do_lower_case?: boolean;
    };
    expect(config.do_lower_case).toBe(true);
    await expect(readFile(join(t.dir, "special_tokens_map.json"), "utf8")).resolves.toContain("[MASK]");
    expect(t.config).toMatchObject({
      num_hidden_layers: 2,
      hidden_size: 128,
      num_attention_heads: 2,
      intermediate_size: 512,
      vocab_size: 30_522,
    });
  });
});
