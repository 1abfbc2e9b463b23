/** Known-wrong variants of the 6.1-nn-core/06-tfjs-hello-world solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "hello-fit-default-one-epoch",
    file: "hello.ts",
    task: 0,
    why: "fitLine forgets to pass `epochs` to model.fit, which then trains for its default of ONE epoch: the line is barely moved from its random start.",
    edits: [
      {
        find: `  const what = "fitLine";
`,
        replace: ``,
      },
      {
        find: `  if (data.ys.length !== n) {
    throw new ShapeError(\`\${what}: \${n} xs but \${data.ys.length} ys\`);
  }
  if (n === 0) throw new InvalidArgument(\`\${what}: no samples\`);
`,
        replace: `  if (data.ys.length !== n) throw new ShapeError(\`fitLine: \${n} xs but \${data.ys.length} ys\`);
  if (n === 0) throw new InvalidArgument("fitLine: no samples");
`,
      },
      {
        find: `      throw new InvalidArgument(\`\${what}: sample \${i} is (\${data.xs[i]}, \${data.ys[i]}); all must be finite\`);
`,
        replace: `      throw new InvalidArgument(\`fitLine: sample \${i} is not finite\`);
`,
      },
      {
        find: `  if (!(Number.isInteger(epochs) && epochs >= 1)) {
    throw new InvalidArgument(\`\${what}: epochs must be an integer ≥ 1, got \${epochs}\`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(\`\${what}: learningRate must be finite and > 0, got \${learningRate}\`);
  }
`,
        replace: `  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument(\`fitLine: bad epochs \${epochs}\`);
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("fitLine: bad learningRate");
`,
      },
      {
        find: `    // Full batch and no shuffling: fit's shuffle uses Math.random, which cannot be seeded.
    const history = await model.fit(x, y, { epochs, batchSize: n, shuffle: false, verbose: 0 });
    const losses = (history.history.loss ?? []).map(Number);
    return { model, losses, ...readLine(model) };
  } catch (error) {
    model.dispose();
    throw error;
`,
        replace: `    const history = await model.fit(x, y, { batchSize: n, shuffle: false, verbose: 0 });
    return { model, losses: (history.history.loss ?? []).map(Number), ...readLine(model) };
`,
      },
    ],
  },
  {
    name: "hello-fit-leaks-data-tensors",
    file: "hello.ts",
    task: 0,
    why: "fitLine never disposes the x and y tensors nor the SGD optimizer. The line is right; every call leaks.",
    edits: [
      {
        find: `  const what = "fitLine";
`,
        replace: ``,
      },
      {
        find: `  if (data.ys.length !== n) {
    throw new ShapeError(\`\${what}: \${n} xs but \${data.ys.length} ys\`);
  }
  if (n === 0) throw new InvalidArgument(\`\${what}: no samples\`);
`,
        replace: `  if (data.ys.length !== n) throw new ShapeError(\`fitLine: \${n} xs but \${data.ys.length} ys\`);
  if (n === 0) throw new InvalidArgument("fitLine: no samples");
`,
      },
      {
        find: `      throw new InvalidArgument(\`\${what}: sample \${i} is (\${data.xs[i]}, \${data.ys[i]}); all must be finite\`);
`,
        replace: `      throw new InvalidArgument(\`fitLine: sample \${i} is not finite\`);
`,
      },
      {
        find: `  if (!(Number.isInteger(epochs) && epochs >= 1)) {
    throw new InvalidArgument(\`\${what}: epochs must be an integer ≥ 1, got \${epochs}\`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(\`\${what}: learningRate must be finite and > 0, got \${learningRate}\`);
  }
`,
        replace: `  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new InvalidArgument(\`fitLine: bad epochs \${epochs}\`);
  if (!(Number.isFinite(learningRate) && learningRate > 0))
    throw new InvalidArgument("fitLine: bad learningRate");
`,
      },
      {
        find: `  const optimizer = tf.train.sgd(learningRate);
  const x = tf.tensor2d(data.xs, [n, 1]);
  const y = tf.tensor2d(data.ys, [n, 1]);
  try {
    model.compile({ optimizer, loss: "meanSquaredError" });
    // Full batch and no shuffling: fit's shuffle uses Math.random, which cannot be seeded.
    const history = await model.fit(x, y, { epochs, batchSize: n, shuffle: false, verbose: 0 });
    const losses = (history.history.loss ?? []).map(Number);
    return { model, losses, ...readLine(model) };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose([x, y]);
    optimizer.dispose();
  }
`,
        replace: `  model.compile({ optimizer: tf.train.sgd(learningRate), loss: "meanSquaredError" });
  const history = await model.fit(tf.tensor2d(data.xs, [n, 1]), tf.tensor2d(data.ys, [n, 1]), {
    epochs,
    batchSize: n,
    shuffle: false,
    verbose: 0,
  });
  return { model, losses: (history.history.loss ?? []).map(Number), ...readLine(model) };
`,
      },
    ],
  },
  {
    name: "hello-load-skips-shape-check",
    file: "hello.ts",
    task: 0,
    why: "loadLine returns whatever model the folder holds, without checking it is a line.",
    edits: [
      {
        find: `  const model = await loadModel(dir);
  const input = model.inputs[0]?.shape;
  const output = model.outputs[0]?.shape;
  const ok =
    model.inputs.length === 1 &&
    model.outputs.length === 1 &&
    input?.length === 2 &&
    input[1] === 1 &&
    output?.length === 2 &&
    output[1] === 1 &&
    model.countParams() === 2;
  if (!ok) {
    const shapes = \`input \${JSON.stringify(input)}, output \${JSON.stringify(output)}, \${model.countParams()} parameters\`;
    model.dispose();
    throw new ShapeError(\`loadLine: \${dir} does not hold a one-unit line model (\${shapes})\`);
  }
  return model;
`,
        replace: `  return loadModel(dir);
`,
      },
    ],
  },
  {
    name: "hello-noise-ignored",
    file: "hello.ts",
    task: 0,
    why: "makeLineData puts every sample exactly on the line (the noise is forgotten).",
    edits: [
      {
        find: `  const what = "makeLineData";
`,
        replace: ``,
      },
      {
        find: `  if (!(Number.isInteger(n) && n >= 1))
    throw new InvalidArgument(\`\${what}: n must be an integer ≥ 1, got \${n}\`);
  checkFinite(slope, "slope", what);
  checkFinite(intercept, "intercept", what);
  checkFinite(xMin, "xMin", what);
  checkFinite(xMax, "xMax", what);
  if (!(Number.isFinite(noiseStd) && noiseStd >= 0)) {
    throw new InvalidArgument(\`\${what}: noiseStd must be finite and ≥ 0, got \${noiseStd}\`);
`,
        replace: `  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgument(\`makeLineData: bad n \${n}\`);
  for (const v of [slope, intercept, xMin, xMax]) {
    if (!Number.isFinite(v)) throw new InvalidArgument("makeLineData: an option is not finite");
`,
      },
      {
        find: `  if (!(xMin < xMax)) throw new InvalidArgument(\`\${what}: xMin (\${xMin}) must be below xMax (\${xMax})\`);
`,
        replace: `  if (!(Number.isFinite(noiseStd) && noiseStd >= 0)) throw new InvalidArgument("makeLineData: bad noiseStd");
  if (!(xMin < xMax)) throw new InvalidArgument("makeLineData: xMin must be below xMax");
`,
      },
      {
        find: `    ys[i] = slope * x + intercept + rng.normal(0, noiseStd);
`,
        replace: `    ys[i] = slope * x + intercept;
`,
      },
    ],
  },
  {
    name: "hello-predict-leaks-tensors",
    file: "hello.ts",
    task: 0,
    why: "predict never disposes its input tensor nor the prediction (no tf.tidy).",
    edits: [
      {
        find: `import { SeededInit } from "../../../lib/tf/seeded";
`,
        replace: `import { SeededInit } from "../../../lib/tf/seeded";
import type { Tensor } from "@tensorflow/tfjs";
`,
      },
      {
        find: `  const y = tf.tidy(() => model.predict(tf.tensor2d(xs, [xs.length, 1])) as ReturnType<typeof tf.tensor2d>);
  try {
    return Float32Array.from(await y.data());
  } finally {
    y.dispose();
  }
`,
        replace: `  const y = model.predict(tf.tensor2d(xs, [xs.length, 1])) as Tensor;
  return Float32Array.from(await y.data());
`,
      },
    ],
  },
  {
    name: "hello-read-line-swapped",
    file: "hello.ts",
    task: 0,
    why: "readLine takes getWeights() as [bias, kernel] — the weight and bias come out swapped.",
    edits: [
      {
        find: `  const [kernel, bias] = model.getWeights();
`,
        replace: `  const [bias, kernel] = model.getWeights();
`,
      },
      {
        find: `    throw new ShapeError("readLine: expected one dense unit on one input (a 1×1 kernel and one bias)");
`,
        replace: `    throw new ShapeError("readLine: expected one dense unit on one input");
`,
      },
    ],
  },
  {
    name: "hello-relu-unit",
    file: "hello.ts",
    task: 3,
    why: 'the dense unit gets a ReLU activation ("neurons have activations"), so ŷ = max(0, w·x + b) instead of a line: every negative prediction is cut to 0.',
    edits: [
      {
        find: `  const init = new SeededInit(seed);
`,
        replace: ``,
      },
      {
        find: `  model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(
    tf.layers.dense({
      units: 1,
      inputShape: [1],
      activation: "relu",
      kernelInitializer: new SeededInit(seed).glorotUniform(),
    }),
  );
`,
      },
    ],
  },
  {
    name: "hello-unseeded-init",
    file: "hello.ts",
    task: 3,
    why: "buildModel keeps TensorFlow.js's default kernel initializer, which draws from Math.random: the seed is ignored and no two runs start from the same weight.",
    edits: [
      {
        find: `  const init = new SeededInit(seed);
`,
        replace: ``,
      },
      {
        find: `  model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: init.glorotUniform() }));
`,
        replace: `  model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
`,
      },
    ],
  },
];
