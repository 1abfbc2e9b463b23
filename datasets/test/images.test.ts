import { describe, expect, it } from "vitest";
import { Rng } from "../../lib/rng";
import { loadDataset } from "../index";
import { mirrorOptions } from "./helpers";

describe("cats vs dogs image folders", () => {
  it("counts every image: train 500 + 500, test 250 + 250, labels from folder names", async () => {
    const d = await loadDataset("cats-vs-dogs", mirrorOptions());
    expect(d.classes).toEqual(["cat", "dog"]);
    expect(d.train.counts()).toEqual({ cat: 500, dog: 500 });
    expect(d.test.counts()).toEqual({ cat: 250, dog: 250 });
    expect(d.train.items[0]?.path).toMatch(/train[/\\]cat[/\\]cat\.1\.jpg$/);
    expect(d.train.items.every((it) => it.label === (it.className === "cat" ? 0 : 1))).toBe(true);
  });

  it("decodes a shuffled subset batch by batch into NHWC Float32 in [0, 1]", async () => {
    const d = await loadDataset("cats-vs-dogs", mirrorOptions());
    const shapes: number[][] = [];
    const labels: number[] = [];
    for await (const batch of d.train.batches({
      size: [48, 64],
      batchSize: 16,
      shuffle: new Rng(7),
      limit: 40,
    })) {
      shapes.push(batch.shape);
      expect(batch.images).toBeInstanceOf(Float32Array);
      expect(batch.images.length).toBe(batch.shape[0] * 48 * 64 * 3);
      let min = 1;
      let max = 0;
      for (const v of batch.images) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      expect(min).toBeGreaterThanOrEqual(0);
      expect(max).toBeLessThanOrEqual(1);
      expect(max - min).toBeGreaterThan(0.5);
      labels.push(...batch.labels);
    }
    expect(shapes).toEqual([
      [16, 48, 64, 3],
      [16, 48, 64, 3],
      [8, 48, 64, 3],
    ]);
    // Shuffled: both classes appear among the first 40.
    expect(new Set(labels)).toEqual(new Set([0, 1]));
  });

  it("is deterministic for a seed and decodes the same pixels twice", async () => {
    const d = await loadDataset("cats-vs-dogs", mirrorOptions());
    const first = async () => {
      for await (const b of d.test.batches({ size: 32, batchSize: 4, shuffle: new Rng(3), limit: 4 }))
        return b;
      throw new Error("no batch");
    };
    const [a, b] = [await first(), await first()];
    expect(a.paths).toEqual(b.paths);
    expect(a.images).toEqual(b.images);
  });

  it("fit modes: cover crops and contain pads to the same output size", async () => {
    const d = await loadDataset("cats-vs-dogs", mirrorOptions());
    const items = d.train.items.slice(0, 2);
    for (const fit of ["fill", "cover", "contain"] as const) {
      const b = await d.train.decode(items, { size: 24, fit });
      expect(b.shape).toEqual([2, 24, 24, 3]);
    }
  });
});
