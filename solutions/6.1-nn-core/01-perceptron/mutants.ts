/** Known-wrong variants of the 6.1-nn-core/01-perceptron solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "perceptron-iris-labels-swapped",
    file: "perceptron.ts",
    task: 0,
    why: "irisBinary labels the `negative` species 1 and the `positive` species 0 (the arguments read the wrong way round).",
    edits: [
      {
        find: `  if (features.length === 0) throw new InvalidArgument("irisBinary: choose at least one feature");
  if (negative === positive) throw new InvalidArgument(\`irisBinary: both classes are \${negative}\`);
`,
        replace: `  if (features.length === 0 || negative === positive) throw new InvalidArgument("irisBinary");
`,
      },
      {
        find: `    labels[i] = row.species === positive ? 1 : 0;
`,
        replace: `    labels[i] = row.species === negative ? 1 : 0;
`,
      },
    ],
  },
  {
    name: "perceptron-mistakes-not-reset",
    file: "perceptron.ts",
    task: 4,
    why: "the mistake counter is declared outside the epoch loop and never reset, so after the first mistake no epoch ever looks clean: training never converges, and mistakesPerEpoch is a running total.",
    edits: [
      {
        find: `  const n = rowsOf(X, features, "trainPerceptron");
  if (n === 0) throw new InvalidArgument("trainPerceptron: no samples");
  if (labels.length !== n) throw new ShapeError(\`trainPerceptron: \${n} samples but \${labels.length} labels\`);
  for (let i = 0; i < n; i++) checkLabel(labels[i] as number, "trainPerceptron");
  for (let i = 0; i < X.length; i++) {
    if (!Number.isFinite(X[i] as number)) throw new InvalidArgument(\`trainPerceptron: X[\${i}] = \${X[i]}\`);
  }
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(\`trainPerceptron: learningRate must be finite and > 0, got \${learningRate}\`);
  }
  if (!(Number.isInteger(maxEpochs) && maxEpochs >= 1)) {
    throw new InvalidArgument(\`trainPerceptron: maxEpochs must be an integer ≥ 1, got \${maxEpochs}\`);
  }
`,
        replace: `  if (!(Number.isInteger(features) && features >= 1)) throw new InvalidArgument("features");
  if (X.length % features !== 0) throw new ShapeError("ragged X");
  const n = X.length / features;
  if (n === 0) throw new InvalidArgument("no samples");
  if (labels.length !== n) throw new ShapeError("labels");
  for (let i = 0; i < X.length; i++) if (!Number.isFinite(X[i] as number)) throw new InvalidArgument("X");
  if (!(Number.isInteger(maxEpochs) && maxEpochs >= 1)) throw new InvalidArgument("maxEpochs");
`,
      },
      {
        find: `  let updates = 0;
`,
        replace: `  let mistakes = 0;
`,
      },
      {
        find: `    let mistakes = 0;
`,
        replace: ``,
      },
      {
        find: `      const x = X.subarray(i * features, (i + 1) * features);
      if (perceptronUpdate(model, x, labels[i] as number, learningRate)) mistakes++;
`,
        replace: `      if (
        perceptronUpdate(
          model,
          X.subarray(i * features, (i + 1) * features),
          labels[i] as number,
          learningRate,
        )
      ) {
        mistakes++;
      }
`,
      },
      {
        find: `    updates += mistakes;
    if (mistakes === 0) {
      return { model, converged: true, epochs: epoch + 1, updates, mistakesPerEpoch };
    }
`,
        replace: `    if (mistakes === 0)
      return { model, converged: true, epochs: epoch + 1, updates: mistakes, mistakesPerEpoch };
`,
      },
      {
        find: `  return { model, converged: false, epochs: maxEpochs, updates, mistakesPerEpoch };
`,
        replace: `  return { model, converged: false, epochs: maxEpochs, updates: mistakes, mistakesPerEpoch };
`,
      },
    ],
  },
  {
    name: "perceptron-no-bias-update",
    file: "perceptron.ts",
    task: 2,
    why: "the rule updates the weights but forgets the bias, so the boundary always passes through the origin; a point at the origin (AND's (0, 0)) can then never be fixed.",
    edits: [
      {
        find: `  checkLabel(y, "perceptronUpdate");
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(\`perceptronUpdate: learningRate must be finite and > 0, got \${learningRate}\`);
  }
`,
        replace: `  if (y !== 0 && y !== 1) throw new InvalidArgument(\`label \${y}\`);
  if (!(Number.isFinite(learningRate) && learningRate > 0)) throw new InvalidArgument("learningRate");
`,
      },
      {
        find: `  const w = model.weights;
  for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + learningRate * error * (x[i] as number);
  model.bias += learningRate * error;
`,
        replace: `  for (let i = 0; i < model.weights.length; i++) {
    model.weights[i] = (model.weights[i] as number) + learningRate * error * (x[i] as number);
  }
`,
      },
    ],
  },
  {
    name: "perceptron-step-strict",
    file: "perceptron.ts",
    task: 1,
    why: "the step fires only for z > 0, so step(0) = 0. A different convention from the documented one (z ≥ 0 → 1), which changes every training trace that starts from zero weights.",
    edits: [
      {
        find: `  return z >= 0 ? 1 : 0;
`,
        replace: `  return z > 0 ? 1 : 0;
`,
      },
    ],
  },
  {
    name: "perceptron-updates-on-correct",
    file: "perceptron.ts",
    task: 2,
    why: "the rule is applied to every sample, correct or not, with ±1 targets: w ← w + η·(2y − 1)·x. Correctly classified samples keep pushing the weights, and the function always reports an update.",
    edits: [
      {
        find: `  checkLabel(y, "perceptronUpdate");
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new InvalidArgument(\`perceptronUpdate: learningRate must be finite and > 0, got \${learningRate}\`);
`,
        replace: `  if (y !== 0 && y !== 1) throw new InvalidArgument(\`label \${y}\`);
  if (!(Number.isFinite(learningRate) && learningRate > 0)) throw new InvalidArgument("learningRate");
  if (x.length !== model.weights.length) throw new ShapeError("length");
  const sign = 2 * y - 1;
  for (let i = 0; i < model.weights.length; i++) {
    model.weights[i] = (model.weights[i] as number) + learningRate * sign * (x[i] as number);
`,
      },
      {
        find: `  const error = y - predict(model, x);
  if (error === 0) return false;
  const w = model.weights;
  for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + learningRate * error * (x[i] as number);
  model.bias += learningRate * error;
`,
        replace: `  model.bias += learningRate * sign;
`,
      },
    ],
  },
];
