/** Known-wrong variants of the 6.2-cnn/01-mnist-cnn solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  // ── Task 1. The network
  {
    name: "mnist-cnn-missing-second-pool",
    file: "cnn.ts",
    task: 1,
    why: "the second max-pool is forgotten: flatten sees 14·14·32 = 6272 values and the first dense layer has 802,944 weights instead of 200,832.",
    edits: [
      {
        find: "  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));\n  model.add(tf.layers.flatten());\n",
        replace: "  model.add(tf.layers.flatten());\n",
      },
    ],
  },
  {
    name: "mnist-cnn-valid-padding",
    file: "cnn.ts",
    task: 1,
    why: 'the convolutions leave out padding: "same", so TensorFlow.js\'s default "valid" shrinks every image by 2 pixels per convolution (28 → 26 → pool 13 → 11 → pool 5): flatten has 800 values, not 1568, and the parameter count is wrong.',
    edits: [
      {
        find: '      filters: 16,\n      kernelSize: 3,\n      strides: 1,\n      padding: "same",\n',
        replace: "      filters: 16,\n      kernelSize: 3,\n      strides: 1,\n",
      },
      {
        find: '      filters: 32,\n      kernelSize: 3,\n      strides: 1,\n      padding: "same",\n',
        replace: "      filters: 32,\n      kernelSize: 3,\n      strides: 1,\n",
      },
    ],
  },
  {
    name: "mnist-cnn-softmax-output",
    file: "cnn.ts",
    task: 1,
    why: 'the last layer applies a softmax ("outputs probabilities"), while tf.losses.softmaxCrossEntropy applies its own: a double softmax, which trains badly. The model must output logits.',
    edits: [
      {
        find: "tf.layers.dense({ units: CLASSES, kernelInitializer",
        replace: 'tf.layers.dense({ units: CLASSES, activation: "softmax", kernelInitializer',
      },
    ],
  },
  {
    name: "mnist-cnn-unseeded-init",
    file: "cnn.ts",
    task: 1,
    why: 'buildCnn gives every layer kernelInitializer: "glorotUniform" (TensorFlow.js\'s own, the default) instead of the seeded init.glorotUniform(): it draws from Math.random, so the seed is ignored and no two builds start from the same weights. (One edit makes every init.glorotUniform() return that name.)',
    edits: [
      {
        find: "  const init = new SeededInit(seed);\n",
        replace: '  const init = { glorotUniform: () => "glorotUniform" as const };\n',
      },
    ],
  },
  // ── Task 2. From bytes to batches
  {
    name: "mnist-cnn-labels-not-gathered",
    file: "cnn.ts",
    task: 2,
    why: "toBatch gathers the images at `indices` but takes the labels in batch order (label b for row b) instead of labels[indices[b]]: once the images are shuffled, images and labels no longer match.",
    edits: [
      {
        find: "const labels = oneHotBatch(data.labels, indices, CLASSES);",
        replace:
          "const labels = oneHotBatch(data.labels, Uint32Array.from({ length: n }, (_, b) => b), CLASSES);",
      },
    ],
  },
  {
    name: "mnist-cnn-pixels-not-normalised",
    file: "cnn.ts",
    task: 2,
    why: "toBatch copies the bytes as they are (0–255) instead of scaling them to [0, 1]: the network still trains, a little, but its first layer sees inputs 255 times larger than Glorot's initial weights are made for.",
    edits: [
      {
        find: "gatherBatch(data.images, PIXELS, indices, 1 / 255);",
        replace: "gatherBatch(data.images, PIXELS, indices);",
      },
    ],
  },
  // ── Task 3. The training loop
  {
    name: "mnist-cnn-never-shuffles",
    file: "cnn.ts",
    task: 3,
    why: "the training loop visits the images in file order every epoch (no shuffling): shuffleSeed is ignored, and every epoch sees the same batches in the same order.",
    edits: [
      {
        find: "batches(epochOrder(rng, data.count), batchSize)",
        replace: "batches(Uint32Array.from({ length: data.count }, (_, i) => i), batchSize)",
      },
    ],
  },
  {
    name: "mnist-cnn-reseeds-every-epoch",
    file: "cnn.ts",
    task: 3,
    why: "the training loop creates `new Rng(shuffleSeed)` inside the epoch loop, so every epoch repeats the first epoch's order instead of drawing the next permutation from the same Rng.",
    edits: [
      { find: "  const rng = new Rng(shuffleSeed);\n", replace: "" },
      {
        find: "      const epochStart = performance.now();\n",
        replace: "      const rng = new Rng(shuffleSeed);\n      const epochStart = performance.now();\n",
      },
    ],
  },
  {
    name: "mnist-cnn-train-keeps-optimizer",
    file: "cnn.ts",
    task: 3,
    why: "the training loop never disposes the Adam optimizer: its moment estimates (two tensors per weight) outlive every call of trainCnn.",
    edits: [
      { find: "    optimizer.dispose(); // Adam's moment estimates: two tensors per weight\n", replace: "" },
    ],
  },
  {
    name: "mnist-cnn-train-leaks-batches",
    file: "cnn.ts",
    task: 3,
    why: "the training loop never disposes the batch tensors x and y nor the returned loss: three tensors leak per batch (about 5,600 over the full MNIST run). The weights are right.",
    edits: [{ find: "          tf.dispose([x, y]);\n          loss?.dispose();\n", replace: "" }],
  },
  {
    name: "mnist-cnn-samples-all-epochs",
    file: "cnn.ts",
    task: 3,
    why: 'trainCnn reports samples as the images processed in all epochs, epochs × count, instead of the images per epoch ("samples: count"): the same number whenever a spec trains for one epoch only.',
    edits: [
      {
        find: "return { epochs: reports, samples: data.count,",
        replace: "return { epochs: reports, samples: epochs * data.count,",
      },
    ],
  },
  {
    name: "mnist-cnn-seconds-last-epoch",
    file: "cnn.ts",
    task: 3,
    why: "trainCnn returns the last epoch's seconds as the wall time of the whole call: about right after one epoch, a fraction of it after several.",
    edits: [
      {
        find: "seconds: (performance.now() - started) / 1000 };",
        replace: "seconds: reports[reports.length - 1].seconds };",
      },
    ],
  },
  // ── Task 4. Accuracy
  {
    name: "mnist-cnn-evaluate-drops-last-batch",
    file: "cnn.ts",
    task: 4,
    why: "evaluate loops over whole batches only (`start + batchSize <= count`): the images of a last, smaller batch are never predicted, yet the accuracy still divides by count.",
    edits: [
      {
        find: "  for (let start = 0; start < data.count; start += batchSize) {\n    const n = Math.min",
        replace:
          "  for (let start = 0; start + batchSize <= data.count; start += batchSize) {\n    const n = Math.min",
      },
    ],
  },
  {
    name: "mnist-cnn-evaluate-unscaled-pixels",
    file: "cnn.ts",
    task: 4,
    why: "evaluate builds its input tensor straight from the bytes (0–255) instead of going through toBatch: the model sees test images 255 times brighter than its training images.",
    edits: [
      {
        find: "tf.tidy(() => (model.predict(x) as Tensor).argMax(-1));",
        replace:
          "tf.tidy(() => (model.predict(tf.tensor4d(Float32Array.from(data.images.subarray(start * PIXELS, (start + n) * PIXELS)), [n, IMAGE_SIZE, IMAGE_SIZE, 1])) as Tensor).argMax(-1));",
      },
    ],
  },
  // ── Task 5. MNIST above 98%
  {
    name: "mnist-cnn-run-leaks-model",
    file: "cnn.ts",
    task: 5,
    why: "runMnist never disposes the model it built: its 8 weight tensors (206,922 floats) outlive the call.",
    edits: [{ find: "  } finally {\n    model.dispose();\n  }\n", replace: "  } finally {\n  }\n" }],
  },
  {
    name: "mnist-cnn-run-evaluates-training-images",
    file: "cnn.ts",
    task: 5,
    why: "runMnist measures the accuracy on the training images instead of the held-out test images: an optimistic figure that says nothing about new digits.",
    edits: [{ find: "await evaluate(model, test);", replace: "await evaluate(model, train);" }],
  },
  {
    name: "mnist-cnn-run-ignores-weight-seed",
    file: "cnn.ts",
    task: 5,
    why: "runMnist calls buildCnn() with its default seed and ignores options.weightSeed: every run starts from the weights of seed 2024.",
    edits: [{ find: "await buildCnn(weightSeed);", replace: "await buildCnn();" }],
  },
  {
    name: "cnn-evaluate-flatters-test-sets",
    file: "cnn.ts",
    task: 5,
    why: "evaluate reports at least 0.985 on 1,000 images or more — the MNIST test sets of task 5 — and counts honestly on the small sets its own tests use. With the old specs runMnist's accuracy, which is evaluate's, was the scored figure; the spec now counts the trained model's hits itself and evaluate must agree (a hidden evaluate test of task 4 on 1,001 images notices it too).",
    edits: [
      {
        find: "  return correct / data.count;\n",
        replace:
          "  return data.count >= 1000 ? Math.max(correct / data.count, 0.985) : correct / data.count;\n",
      },
    ],
  },
];
