/**
 * Task 5 (slow lane): train your CNN on all 60,000 MNIST training images and measure it on all
 * 10,000 test images.
 *
 * The recipe is fixed here, so that only your code decides the result: the steps of your
 * `runMnist` (cnn.spec.ts pins them) — `buildCnn(2024)`, then `trainCnn` with Adam (learning
 * rate 1e-3), batches of 64, 2 epochs, `shuffleSeed` 2025. The spec then reads the trained
 * model's predictions for the 10,000 test images and counts its hits itself (lib/testing's
 * predictedClasses and accuracyOf); your `evaluate` must give the same figure. The course's
 * solution reaches 98.82% with it (98.29% after one epoch), in 70–110 s on two busy cores.
 * Threshold (`metrics` in exercise.json, scored by the grader): `test-accuracy` ≥ 0.98.
 *
 * Recorded for the report, never checked (they depend on the machine and its load):
 * `train-seconds` (wall time of trainCnn), `samples-per-second` (training images per second),
 * `peak-rss-mb` (the process's peak resident memory, MiB), `tensors-after-epoch` (the last
 * epoch's tf.memory().numTensors) and `tensors-growth` (last epoch minus first: must be 0).
 *
 * Time budget: `timeBudgetSeconds` 420 in exercise.json for the whole grading run of this
 * exercise (Vitest start-up and the fast specs included); this test's own timeout is 360 s.
 */
import { describe, expect, it } from "vitest";
import { loadMnist } from "../../../datasets/loaders/mnist";
import { accuracyOf, predictedClasses, recordMetric } from "../../../lib/testing";
import { describeRuntime, getTf } from "../../../lib/tf";
import { buildCnn, evaluate, trainCnn } from "./cnn";

const RECIPE = { epochs: 2, batchSize: 64, learningRate: 1e-3, shuffleSeed: 2025 } as const;
const WEIGHT_SEED = 2024;
const TIMEOUT_SECONDS = 360;

describe("5. MNIST above 98%", () => {
  it("trains on all 60,000 images, ≥ 98% on the 10,000 test images, without leaking tensors", {
    timeout: TIMEOUT_SECONDS * 1000,
  }, async (ctx) => {
    const [train, test] = await Promise.all([loadMnist("train"), loadMnist("test")]);
    expect(train.count, "MNIST training images").toBe(60_000);
    expect(test.count, "MNIST test images").toBe(10_000);
    const tf = await getTf();
    const model = await buildCnn(WEIGHT_SEED);
    let accuracy: number;
    let report: Awaited<ReturnType<typeof trainCnn>>;
    try {
      report = await trainCnn(model, train, {
        ...RECIPE,
        onEpoch: (e) => {
          console.log(
            `epoch ${e.epoch}: loss ${e.meanLoss.toFixed(4)}, ${e.seconds.toFixed(1)} s ` +
              `(${e.samplesPerSecond.toFixed(0)} images/s), ${e.numTensors} tensors`,
          );
        },
      });
      const pixels = Float32Array.from(test.images, (v) => v / 255);
      accuracy = accuracyOf(
        test.labels,
        await predictedClasses(tf, model, pixels, [28, 28, 1]),
        "test accuracy",
      );
      expect(await evaluate(model, test), "evaluate vs the count of the model's hits").toBeCloseTo(
        accuracy,
        12,
      );
    } finally {
      model.dispose();
    }
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const counts = report.epochs.map((e) => e.numTensors);
    const first = counts[0];
    const last = counts[counts.length - 1];

    recordMetric(ctx, "test-accuracy", accuracy);
    recordMetric(ctx, "train-seconds", report.seconds, "s");
    recordMetric(ctx, "samples-per-second", (RECIPE.epochs * train.count) / report.seconds, "samples/s");
    recordMetric(ctx, "peak-rss-mb", peakRssMb, "MiB");
    recordMetric(ctx, "tensors-after-epoch", last);
    recordMetric(ctx, "tensors-growth", last - first);
    const summary =
      `test accuracy ${(100 * accuracy).toFixed(2)}%, training ${report.seconds.toFixed(1)} s ` +
      `(${((RECIPE.epochs * train.count) / report.seconds).toFixed(0)} images/s), ` +
      `epoch losses ${report.epochs.map((e) => e.meanLoss.toFixed(4)).join(", ")}, ` +
      `peak RSS ${peakRssMb.toFixed(0)} MiB; ${describeRuntime()}`;
    console.log(summary);
    ctx.annotate(summary);

    expect(report.epochs.length, "one report per epoch").toBe(RECIPE.epochs);
    expect(counts, "tf.memory().numTensors after each epoch").toEqual(counts.map(() => first));
    const [loss1, loss2] = report.epochs.map((e) => e.meanLoss);
    expect(loss2, `the second epoch's mean loss (first: ${loss1})`).toBeLessThan(loss1);
    expect(accuracy, "accuracy on the 10,000 MNIST test images").toBeGreaterThanOrEqual(0.98);
  });
});
