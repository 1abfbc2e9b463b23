/**
 * Fast checks of the MNIST proof's training loop on a few hundred images: no tensor leaks
 * from one epoch to the next, and reproducible results. The full run is mnist.slow.test.ts.
 */
import { describe, expect, it } from "vitest";
import { trainMnistProof } from "./mnist-proof";

describe("MNIST proof training loop (short run)", () => {
  it("keeps tf.memory().numTensors constant across epochs and is reproducible", async () => {
    const quick = {
      epochs: 3,
      limit: 1024,
      testLimit: 500,
      learningRate: 3e-3,
      convFilters: [4, 8],
      denseUnits: 16,
    } as const;
    const first = await trainMnistProof({ ...quick, convFilters: [...quick.convFilters] });
    const counts = first.epochs.map((e) => e.numTensors);
    expect(counts[0], "tensors alive after epoch 1").toBeGreaterThan(0);
    expect(counts, "tensors alive after each epoch").toEqual(counts.map(() => counts[0]));
    // It learns something even from 1,024 images...
    expect(first.testAccuracy).toBeGreaterThan(0.5);
    // ...and the same seeds give exactly the same run.
    const second = await trainMnistProof({ ...quick, convFilters: [...quick.convFilters] });
    expect(second.epochs.map((e) => e.meanLoss)).toEqual(first.epochs.map((e) => e.meanLoss));
    expect(second.testAccuracy).toBe(first.testAccuracy);
  });
});
