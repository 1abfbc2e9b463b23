/** Known-wrong variants of the 6.1-nn-core/06-tfjs-hello-world solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "hello-noise-ignored",
    file: "hello.ts",
    task: 1,
    why: "makeLineData puts every sample exactly on the line: the Gaussian noise is forgotten, so there is nothing to average out and the residuals have standard deviation 0 instead of noiseStd.",
    edits: [
      {
        find: "    ys[i] = slope * x + intercept + rng.normal(0, noiseStd);\n",
        replace: "    ys[i] = slope * x + intercept;\n",
      },
    ],
  },
  {
    name: "hello-read-line-swapped",
    file: "hello.ts",
    task: 2,
    why: "readLine takes getWeights() as [bias, kernel]: the weight and the bias come out swapped (a fresh model then reads weight 0).",
    edits: [
      {
        find: "  const [kernel, bias] = model.getWeights();\n",
        replace: "  const [bias, kernel] = model.getWeights();\n",
      },
    ],
  },
  {
    name: "hello-predict-leaks-tensors",
    file: "hello.ts",
    task: 2,
    why: "predict calls model.predict without tf.tidy and never disposes the prediction: the input tensor, the layer's intermediate tensors and the output leak on every call.",
    edits: [
      {
        find: "tf.tidy(() => model.predict(tf.tensor2d(xs, [xs.length, 1])) as ReturnType<typeof tf.tensor2d>);",
        replace: "model.predict(tf.tensor2d(xs, [xs.length, 1])) as ReturnType<typeof tf.tensor2d>;",
      },
      { find: "    y.dispose();\n", replace: "" },
    ],
  },
  {
    name: "hello-relu-unit",
    file: "hello.ts",
    task: 2,
    why: 'the dense unit gets a ReLU activation ("neurons have activations"), so ŷ = max(0, w·x + b) is not a line: every negative prediction is cut to 0.',
    edits: [
      {
        find: "inputShape: [1], kernelInitializer:",
        replace: 'inputShape: [1], activation: "relu", kernelInitializer:',
      },
    ],
  },
  {
    name: "hello-unseeded-init",
    file: "hello.ts",
    task: 2,
    why: "buildModel keeps TensorFlow.js's default kernel initializer, which draws from Math.random: the seed is ignored and no two runs start from the same weight.",
    edits: [{ find: ", kernelInitializer: init.glorotUniform() }", replace: " }" }],
  },
  {
    name: "hello-init-tf-seed",
    file: "hello.ts",
    task: 2,
    why: "buildModel seeds TensorFlow.js's initializer with the seed itself, tf.initializers.glorotUniform({ seed }), instead of taking it from new SeededInit(seed): reproducible and seed-dependent, but not the documented draw, so the initial weight (and every run after it) differs from the course's.",
    edits: [
      {
        find: "kernelInitializer: init.glorotUniform() }",
        replace: "kernelInitializer: tf.initializers.glorotUniform({ seed }) }",
      },
    ],
  },
  {
    name: "hello-init-own-rng-draw",
    file: "hello.ts",
    task: 2,
    why: "buildModel draws the initial weight itself from a course Rng, U(±√3) (the Glorot bound for one input and one output), and sets it with a constant initializer: seeded, in range and seed-dependent, but not the documented draw of new SeededInit(seed).glorotUniform().",
    edits: [
      {
        find: 'import type { Rng } from "../../../lib/rng";',
        replace: 'import { Rng } from "../../../lib/rng";',
      },
      {
        find: "kernelInitializer: init.glorotUniform() }",
        replace:
          "kernelInitializer: tf.initializers.constant({ value: new Rng(seed).uniform(-Math.sqrt(3), Math.sqrt(3)) }) }",
      },
    ],
  },
  {
    name: "hello-init-glorot-normal",
    file: "hello.ts",
    task: 2,
    why: "buildModel picks init.glorotNormal() instead of init.glorotUniform(): a (truncated) normal draw instead of the documented uniform one — seeded, usually within the Glorot bound, but another initial weight.",
    edits: [
      {
        find: "kernelInitializer: init.glorotUniform() }",
        replace: "kernelInitializer: init.glorotNormal() }",
      },
    ],
  },
  {
    name: "hello-fit-default-one-epoch",
    file: "hello.ts",
    task: 3,
    why: "fitLine forgets to pass `epochs` to model.fit, which then trains for its default of ONE epoch: the line barely moves from its random start and there is one loss instead of `epochs`.",
    edits: [{ find: "{ epochs, batchSize: n, shuffle: false", replace: "{ batchSize: n, shuffle: false" }],
  },
  {
    name: "hello-fit-leaks-data-tensors",
    file: "hello.ts",
    task: 3,
    why: "fitLine never disposes the x and y tensors nor the SGD optimizer: the line is right, but every call leaks.",
    edits: [{ find: "    tf.dispose([x, y]);\n    optimizer.dispose();\n", replace: "" }],
  },
  {
    name: "hello-fit-losses-after-step",
    file: "hello.ts",
    task: 3,
    why: "fitLine trains one epoch at a time and records model.evaluate after each fit: every loss is the MSE after the epoch's step, one step late, instead of the loss fit computed at the start of the epoch — the curve looks right, but losses[0] is not the loss of the initial line.",
    edits: [
      {
        find: `    const history = await model.fit(x, y, { epochs, batchSize: n, shuffle: false, verbose: 0 });
    const losses = (history.history.loss ?? []).map(Number);
`,
        replace: `    const losses: number[] = [];
    for (let epoch = 0; epoch < epochs; epoch++) {
      await model.fit(x, y, { epochs: 1, batchSize: n, shuffle: false, verbose: 0 });
      const mse = model.evaluate(x, y) as ReturnType<typeof tf.scalar>;
      losses.push(mse.dataSync()[0]);
      mse.dispose();
    }
`,
      },
    ],
  },
  {
    name: "hello-load-skips-shape-check",
    file: "hello.ts",
    task: 5,
    why: "loadLine returns whatever model the folder holds without checking that it is a line (one input and one output of shape [null, 1], two parameters).",
    edits: [
      {
        find: "  const model = await loadModel(dir);\n",
        replace: "  const model = await loadModel(dir);\n  return model;\n",
      },
    ],
  },
  {
    name: "hello-readline-snaps-to-the-target",
    file: "hello.ts",
    task: 3,
    why: "readLine (and so fitLine's result) reports a weight within 0.1 of 2 as 2 and a bias within 0.1 of 3 as 3: a roughly trained line reads as the exact target. With the old specs the scored line was fitLine's; the spec now reads the model's kernel and bias itself, and both must report those.",
    edits: [
      {
        find: "  return { weight: kernel.dataSync()[0], bias: bias.dataSync()[0] };\n",
        replace:
          "  const snap = (v: number, to: number) => (Math.abs(v - to) < 0.1 ? to : v);\n  return { weight: snap(kernel.dataSync()[0], 2), bias: snap(bias.dataSync()[0], 3) };\n",
      },
    ],
  },
];
