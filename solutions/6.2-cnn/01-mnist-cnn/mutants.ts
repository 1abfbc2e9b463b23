/** Known-wrong variants of the 6.2-cnn/01-mnist-cnn solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "mnist-cnn-evaluate-drops-last-batch",
    file: "cnn.ts",
    task: 4,
    why: "evaluate loops over whole batches only (`start + batchSize <= count`): the images of a last, smaller batch are never predicted, yet the accuracy still divides by count.",
    edits: [
      {
        find: `  const what = "evaluate";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to evaluate on\`);
  checkModel(model, what);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(\`\${what}: batchSize must be an integer ≥ 1, got \${batchSize}\`);
  }
  const tf = await getTf();
`,
        replace: `  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("evaluate: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("evaluate: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("evaluate: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("evaluate: bad batchSize");
  const tf = await getTf();
`,
      },
      {
        find: `  for (let start = 0; start < data.count; start += batchSize) {
    const n = Math.min(batchSize, data.count - start);
    const indices = Uint32Array.from({ length: n }, (_, b) => start + b);
`,
        replace: `  for (let start = 0; start + batchSize <= data.count; start += batchSize) {
    const indices = Uint32Array.from({ length: batchSize }, (_, b) => start + b);
`,
      },
      {
        find: `    try {
      const digits = await predicted.data();
      for (let b = 0; b < n; b++) if (digits[b] === data.labels[start + b]) correct++;
    } finally {
      predicted.dispose();
    }
`,
        replace: `    const digits = await predicted.data();
    predicted.dispose();
    for (let b = 0; b < batchSize; b++) if (digits[b] === data.labels[start + b]) correct++;
`,
      },
    ],
  },
  {
    name: "mnist-cnn-evaluate-unscaled-pixels",
    file: "cnn.ts",
    task: 4,
    why: "evaluate builds its own input tensor straight from the bytes (0–255) instead of going through toBatch: the model sees test images 255 times brighter than its training images.",
    edits: [
      {
        find: `  const what = "evaluate";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to evaluate on\`);
  checkModel(model, what);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new InvalidArgument(\`\${what}: batchSize must be an integer ≥ 1, got \${batchSize}\`);
  }
  const tf = await getTf();
`,
        replace: `  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("evaluate: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("evaluate: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("evaluate: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("evaluate: bad batchSize");
  const tf = await getTf();
`,
      },
      {
        find: `    const indices = Uint32Array.from({ length: n }, (_, b) => start + b);
    const { x, y } = toBatch(tf, data, indices);
    const predicted = tf.tidy(() => (model.predict(x) as Tensor).argMax(-1));
    tf.dispose([x, y]);
    try {
      const digits = await predicted.data();
      for (let b = 0; b < n; b++) if (digits[b] === data.labels[start + b]) correct++;
    } finally {
      predicted.dispose();
    }
`,
        replace: `    const pixels = Float32Array.from(data.images.subarray(start * 784, (start + n) * 784));
    const predicted = tf.tidy(() =>
      (model.predict(tf.tensor4d(pixels, [n, 28, 28, 1])) as Tensor).argMax(-1),
    );
    const digits = await predicted.data();
    predicted.dispose();
    for (let b = 0; b < n; b++) if (digits[b] === data.labels[start + b]) correct++;
`,
      },
    ],
  },
  {
    name: "mnist-cnn-labels-not-gathered",
    file: "cnn.ts",
    task: 0,
    why: "toBatch gathers the images at `indices` but takes the labels in batch order (label b for row b) instead of labels[indices[b]]: after shuffling, images and labels no longer match.",
    edits: [
      {
        find: `  const { count } = data;
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidArgument(\`\${what}: count must be an integer ≥ 0, got \${count}\`);
  }
  if (data.images.length !== count * PIXELS) {
    throw new ShapeError(
      \`\${what}: \${count} images need \${count * PIXELS} bytes (\${count} × \${PIXELS}), got \${data.images.length}\`,
    );
  }
  if (data.labels.length !== count) {
    throw new ShapeError(\`\${what}: \${count} images but \${data.labels.length} labels\`);
  }
`,
        replace: `  if (data.images.length !== data.count * 784)
    throw new ShapeError(\`\${what}: images do not hold count × 784 bytes\`);
  if (data.labels.length !== data.count)
    throw new ShapeError(\`\${what}: \${data.count} images, \${data.labels.length} labels\`);
`,
      },
      {
        find: `  const what = "toBatch";
  checkImages(data, what);
`,
        replace: `  checkImages(data, "toBatch");
`,
      },
      {
        find: `  if (n === 0) throw new InvalidArgument(\`\${what}: no indices\`);
`,
        replace: `  if (n === 0) throw new InvalidArgument("toBatch: no indices");
`,
      },
      {
        find: `    if (!Number.isInteger(i) || i < 0 || i >= data.count) {
      throw new InvalidArgument(\`\${what}: indices[\${b}] = \${i} is not an image of 0..\${data.count - 1}\`);
    }
`,
        replace: `    if (!Number.isInteger(i) || i < 0 || i >= data.count)
      throw new InvalidArgument(\`toBatch: bad index \${i}\`);
`,
      },
      {
        find: `  // Checked first, so that no tensor is created for a batch that cannot be built.
  const labels = oneHotBatch(data.labels, indices, CLASSES);
  const pixels = gatherBatch(data.images, PIXELS, indices, 1 / 255);
  return {
    x: tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]),
    y: tf.tensor2d(labels, [n, CLASSES]),
  };
`,
        replace: `  const labels = oneHotBatch(
    data.labels,
    Uint32Array.from({ length: n }, (_, b) => b),
    10,
  );
  const pixels = gatherBatch(data.images, 784, indices, 1 / 255);
  return { x: tf.tensor4d(pixels, [n, 28, 28, 1]), y: tf.tensor2d(labels, [n, 10]) };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-missing-second-pool",
    file: "cnn.ts",
    task: 1,
    why: "the second max-pool is forgotten: flatten sees 14·14·32 = 6272 values and the dense layer has 802,944 weights instead of 200,832.",
    edits: [
      {
        find: `      inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
      filters: 16,
      kernelSize: 3,
      strides: 1,
      padding: "same",
`,
        replace: `      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "same",
`,
      },
      {
        find: `      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: "same",
`,
        replace: `      filters: 32,
      kernelSize: 3,
      padding: "same",
`,
      },
      {
        find: `  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.flatten());
`,
        replace: `  );
  model.add(tf.layers.flatten());
`,
      },
      {
        find: `  model.add(tf.layers.dense({ units: CLASSES, kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(tf.layers.dense({ units: 10, kernelInitializer: init.glorotUniform() }));
`,
      },
    ],
  },
  {
    name: "mnist-cnn-never-shuffles",
    file: "cnn.ts",
    task: 4,
    why: "the training loop visits the images in file order every epoch (no shuffling): shuffleSeed is ignored, and every epoch sees the same batches in the same order.",
    edits: [
      {
        find: `  const what = "trainCnn";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to train on\`);
  checkModel(model, what);
  const { epochs, batchSize, learningRate, shuffleSeed } = checkTrainOptions(options);

`,
        replace: `  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("trainCnn: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("trainCnn: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("trainCnn: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument("trainCnn: bad epochs");
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("trainCnn: bad batchSize");
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("trainCnn: bad learningRate");
  if (!Number.isInteger(shuffleSeed)) throw new InvalidArgument("trainCnn: bad shuffleSeed");
`,
      },
      {
        find: `  const rng = new Rng(shuffleSeed);
`,
        replace: ``,
      },
      {
        find: `  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      let lossSum = 0;
      for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
        const { x, y } = toBatch(tf, data, indices);
        let loss: Scalar | null = null;
        try {
          // \`true\`: return the loss (otherwise minimize disposes it). \`training: true\` is what
          // layers such as dropout and batch normalisation look at; this network has none.
          loss = optimizer.minimize(
            () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
            true,
          );
          lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
        } finally {
          tf.dispose([x, y]);
          loss?.dispose();
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const report: EpochReport = {
        epoch,
        meanLoss: lossSum / data.count,
        seconds,
        samplesPerSecond: data.count / seconds,
        numTensors: tf.memory().numTensors,
      };
      reports.push(report);
      await options.onEpoch?.(report);
`,
        replace: `  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = performance.now();
    let lossSum = 0;
    for (const indices of batches(
      Uint32Array.from({ length: data.count }, (_, i) => i),
      batchSize,
    )) {
      const { x, y } = toBatch(tf, data, indices);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
      tf.dispose([x, y]);
      loss?.dispose();
`,
      },
      {
        find: `  } finally {
    optimizer.dispose(); // Adam's moment estimates: two tensors per weight
  }
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
        replace: `    const seconds = (performance.now() - epochStart) / 1000;
    const report: EpochReport = {
      epoch,
      meanLoss: lossSum / data.count,
      seconds,
      samplesPerSecond: data.count / seconds,
      numTensors: tf.memory().numTensors,
    };
    reports.push(report);
    await options.onEpoch?.(report);
  }
  optimizer.dispose();
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-pixels-not-normalised",
    file: "cnn.ts",
    task: 0,
    why: "toBatch copies the bytes as they are (0–255) instead of scaling them to [0, 1]. The network still trains, a little, but its first layer sees inputs 255 times too large.",
    edits: [
      {
        find: `  const { count } = data;
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidArgument(\`\${what}: count must be an integer ≥ 0, got \${count}\`);
  }
  if (data.images.length !== count * PIXELS) {
    throw new ShapeError(
      \`\${what}: \${count} images need \${count * PIXELS} bytes (\${count} × \${PIXELS}), got \${data.images.length}\`,
    );
  }
  if (data.labels.length !== count) {
    throw new ShapeError(\`\${what}: \${count} images but \${data.labels.length} labels\`);
  }
`,
        replace: `  if (data.images.length !== data.count * 784)
    throw new ShapeError(\`\${what}: images do not hold count × 784 bytes\`);
  if (data.labels.length !== data.count)
    throw new ShapeError(\`\${what}: \${data.count} images, \${data.labels.length} labels\`);
`,
      },
      {
        find: `  const what = "toBatch";
  checkImages(data, what);
`,
        replace: `  checkImages(data, "toBatch");
`,
      },
      {
        find: `  if (n === 0) throw new InvalidArgument(\`\${what}: no indices\`);
`,
        replace: `  if (n === 0) throw new InvalidArgument("toBatch: no indices");
`,
      },
      {
        find: `    if (!Number.isInteger(i) || i < 0 || i >= data.count) {
      throw new InvalidArgument(\`\${what}: indices[\${b}] = \${i} is not an image of 0..\${data.count - 1}\`);
    }
`,
        replace: `    if (!Number.isInteger(i) || i < 0 || i >= data.count)
      throw new InvalidArgument(\`toBatch: bad index \${i}\`);
`,
      },
      {
        find: `  // Checked first, so that no tensor is created for a batch that cannot be built.
  const labels = oneHotBatch(data.labels, indices, CLASSES);
  const pixels = gatherBatch(data.images, PIXELS, indices, 1 / 255);
  return {
    x: tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]),
    y: tf.tensor2d(labels, [n, CLASSES]),
  };
`,
        replace: `  const labels = oneHotBatch(data.labels, indices, 10);
  const pixels = gatherBatch(data.images, 784, indices);
  return { x: tf.tensor4d(pixels, [n, 28, 28, 1]), y: tf.tensor2d(labels, [n, 10]) };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-reseeds-every-epoch",
    file: "cnn.ts",
    task: 4,
    why: "the training loop creates `new Rng(shuffleSeed)` inside the epoch loop, so every epoch repeats the first epoch's order instead of drawing a new one.",
    edits: [
      {
        find: `  const what = "trainCnn";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to train on\`);
  checkModel(model, what);
  const { epochs, batchSize, learningRate, shuffleSeed } = checkTrainOptions(options);

`,
        replace: `  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("trainCnn: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("trainCnn: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("trainCnn: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument("trainCnn: bad epochs");
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("trainCnn: bad batchSize");
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("trainCnn: bad learningRate");
  if (!Number.isInteger(shuffleSeed)) throw new InvalidArgument("trainCnn: bad shuffleSeed");
`,
      },
      {
        find: `  const rng = new Rng(shuffleSeed);
`,
        replace: `
`,
      },
      {
        find: `  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      let lossSum = 0;
      for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
        const { x, y } = toBatch(tf, data, indices);
        let loss: Scalar | null = null;
        try {
          // \`true\`: return the loss (otherwise minimize disposes it). \`training: true\` is what
          // layers such as dropout and batch normalisation look at; this network has none.
          loss = optimizer.minimize(
            () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
            true,
          );
          lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
        } finally {
          tf.dispose([x, y]);
          loss?.dispose();
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const report: EpochReport = {
        epoch,
        meanLoss: lossSum / data.count,
        seconds,
        samplesPerSecond: data.count / seconds,
        numTensors: tf.memory().numTensors,
      };
      reports.push(report);
      await options.onEpoch?.(report);
`,
        replace: `  for (let epoch = 1; epoch <= epochs; epoch++) {
    const rng = new Rng(shuffleSeed);
    const epochStart = performance.now();
    let lossSum = 0;
    for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
      const { x, y } = toBatch(tf, data, indices);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
      tf.dispose([x, y]);
      loss?.dispose();
`,
      },
      {
        find: `  } finally {
    optimizer.dispose(); // Adam's moment estimates: two tensors per weight
  }
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
        replace: `    const seconds = (performance.now() - epochStart) / 1000;
    const report: EpochReport = {
      epoch,
      meanLoss: lossSum / data.count,
      seconds,
      samplesPerSecond: data.count / seconds,
      numTensors: tf.memory().numTensors,
    };
    reports.push(report);
    await options.onEpoch?.(report);
  }
  optimizer.dispose();
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-softmax-output",
    file: "cnn.ts",
    task: 1,
    why: 'the last layer applies a softmax ("outputs probabilities"), while the loss tf.losses.softmaxCrossEntropy applies its own: a double softmax, which trains badly. The model must output logits.',
    edits: [
      {
        find: `      inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
      filters: 16,
      kernelSize: 3,
      strides: 1,
      padding: "same",
`,
        replace: `      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "same",
`,
      },
      {
        find: `      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: "same",
`,
        replace: `      filters: 32,
      kernelSize: 3,
      padding: "same",
`,
      },
      {
        find: `  model.add(tf.layers.dense({ units: CLASSES, kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(tf.layers.dense({ units: 10, activation: "softmax", kernelInitializer: init.glorotUniform() }));
`,
      },
    ],
  },
  {
    name: "mnist-cnn-train-keeps-optimizer",
    file: "cnn.ts",
    task: 4,
    why: "the training loop never disposes the Adam optimizer: its moment estimates (two tensors per weight) outlive every call of trainCnn.",
    edits: [
      {
        find: `  const what = "trainCnn";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to train on\`);
  checkModel(model, what);
  const { epochs, batchSize, learningRate, shuffleSeed } = checkTrainOptions(options);

`,
        replace: `  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("trainCnn: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("trainCnn: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("trainCnn: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument("trainCnn: bad epochs");
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("trainCnn: bad batchSize");
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("trainCnn: bad learningRate");
  if (!Number.isInteger(shuffleSeed)) throw new InvalidArgument("trainCnn: bad shuffleSeed");
`,
      },
      {
        find: `  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      let lossSum = 0;
      for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
        const { x, y } = toBatch(tf, data, indices);
        let loss: Scalar | null = null;
        try {
          // \`true\`: return the loss (otherwise minimize disposes it). \`training: true\` is what
          // layers such as dropout and batch normalisation look at; this network has none.
          loss = optimizer.minimize(
            () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
            true,
          );
          lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
        } finally {
          tf.dispose([x, y]);
          loss?.dispose();
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const report: EpochReport = {
        epoch,
        meanLoss: lossSum / data.count,
        seconds,
        samplesPerSecond: data.count / seconds,
        numTensors: tf.memory().numTensors,
      };
      reports.push(report);
      await options.onEpoch?.(report);
`,
        replace: `  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = performance.now();
    let lossSum = 0;
    for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
      const { x, y } = toBatch(tf, data, indices);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
      tf.dispose([x, y]);
      loss?.dispose();
`,
      },
      {
        find: `  } finally {
    optimizer.dispose(); // Adam's moment estimates: two tensors per weight
  }
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
        replace: `    const seconds = (performance.now() - epochStart) / 1000;
    const report: EpochReport = {
      epoch,
      meanLoss: lossSum / data.count,
      seconds,
      samplesPerSecond: data.count / seconds,
      numTensors: tf.memory().numTensors,
    };
    reports.push(report);
    await options.onEpoch?.(report);
  }

  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-train-leaks-batches",
    file: "cnn.ts",
    task: 4,
    why: "the training loop never disposes the batch tensors x and y nor the returned loss: three tensors leak per batch (about 5,600 over the full MNIST run). The weights are right.",
    edits: [
      {
        find: `  const what = "trainCnn";
  checkImages(data, what);
  if (data.count === 0) throw new InvalidArgument(\`\${what}: no images to train on\`);
  checkModel(model, what);
  const { epochs, batchSize, learningRate, shuffleSeed } = checkTrainOptions(options);

`,
        replace: `  const { epochs = 2, batchSize = 64, learningRate = 1e-3, shuffleSeed = 2025 } = options;
  if (data.images.length !== data.count * 784 || data.labels.length !== data.count) {
    throw new ShapeError("trainCnn: images and labels do not fit");
  }
  if (data.count === 0) throw new InvalidArgument("trainCnn: no images");
  if (
    JSON.stringify(model.inputs[0]?.shape) !== "[null,28,28,1]" ||
    JSON.stringify(model.outputs[0]?.shape) !== "[null,10]"
  ) {
    throw new ShapeError("trainCnn: the model must map [n, 28, 28, 1] to [n, 10]");
  }
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument("trainCnn: bad epochs");
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new InvalidArgument("trainCnn: bad batchSize");
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("trainCnn: bad learningRate");
  if (!Number.isInteger(shuffleSeed)) throw new InvalidArgument("trainCnn: bad shuffleSeed");
`,
      },
      {
        find: `  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      let lossSum = 0;
      for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
        const { x, y } = toBatch(tf, data, indices);
        let loss: Scalar | null = null;
        try {
          // \`true\`: return the loss (otherwise minimize disposes it). \`training: true\` is what
          // layers such as dropout and batch normalisation look at; this network has none.
          loss = optimizer.minimize(
            () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
            true,
          );
          lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
        } finally {
          tf.dispose([x, y]);
          loss?.dispose();
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const report: EpochReport = {
        epoch,
        meanLoss: lossSum / data.count,
        seconds,
        samplesPerSecond: data.count / seconds,
        numTensors: tf.memory().numTensors,
      };
      reports.push(report);
      await options.onEpoch?.(report);
`,
        replace: `  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = performance.now();
    let lossSum = 0;
    for (const indices of batches(epochOrder(rng, data.count), batchSize)) {
      const { x, y } = toBatch(tf, data, indices);
      const loss = optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar,
        true,
      );
      lossSum += ((await loss?.data())?.[0] ?? Number.NaN) * indices.length;
`,
      },
      {
        find: `  } finally {
    optimizer.dispose(); // Adam's moment estimates: two tensors per weight
  }
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
        replace: `    const seconds = (performance.now() - epochStart) / 1000;
    const report: EpochReport = {
      epoch,
      meanLoss: lossSum / data.count,
      seconds,
      samplesPerSecond: data.count / seconds,
      numTensors: tf.memory().numTensors,
    };
    reports.push(report);
    await options.onEpoch?.(report);
  }
  optimizer.dispose();
  return { epochs: reports, samples: data.count, seconds: (performance.now() - started) / 1000 };
`,
      },
    ],
  },
  {
    name: "mnist-cnn-unseeded-init",
    file: "cnn.ts",
    task: 1,
    why: "buildCnn leaves out the seeded initializers. TensorFlow.js's default Glorot uniform then draws from Math.random: the seed is ignored and no two builds start from the same weights.",
    edits: [
      {
        find: `  const init = new SeededInit(seed);
`,
        replace: ``,
      },
      {
        find: `      inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
      filters: 16,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(
    tf.layers.conv2d({
      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
      kernelInitializer: init.glorotUniform(),
    }),
  );
`,
        replace: `      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "same",
      activation: "relu",
    }),
  );
  model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: "same", activation: "relu" }));
`,
      },
      {
        find: `  model.add(tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: init.glorotUniform() }));
  model.add(tf.layers.dense({ units: CLASSES, kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(tf.layers.dense({ units: 128, activation: "relu" }));
  model.add(tf.layers.dense({ units: 10 }));
`,
      },
    ],
  },
  {
    name: "mnist-cnn-valid-padding",
    file: "cnn.ts",
    task: 1,
    why: 'the convolutions use padding "valid" (TensorFlow.js\'s default) instead of "same": every convolution shrinks the image by 2 pixels (28 → 26 → pool 13 → 11 → pool 5), so flatten has 800 values, not 1568, and the parameter count is wrong.',
    edits: [
      {
        find: `      inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
      filters: 16,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
`,
        replace: `      inputShape: [28, 28, 1],
      filters: 16,
      kernelSize: 3,
      padding: "valid",
      activation: "relu",
`,
      },
      {
        find: `      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: "same",
      activation: "relu",
`,
        replace: `      filters: 32,
      kernelSize: 3,
      padding: "valid",
      activation: "relu",
`,
      },
      {
        find: `  model.add(tf.layers.dense({ units: CLASSES, kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(tf.layers.dense({ units: 10, kernelInitializer: init.glorotUniform() }));
`,
      },
    ],
  },
];
