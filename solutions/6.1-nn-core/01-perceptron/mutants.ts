/** Known-wrong variants of the 6.1-nn-core/01-perceptron solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "perceptron-step-strict",
    file: "perceptron.ts",
    task: 1,
    why: "the step fires only for z > 0, so step(0) = 0. A different convention from the documented one (z ≥ 0 → 1), which changes every training trace that starts from zero weights.",
    edits: [{ find: "  return z >= 0 ? 1 : 0;\n", replace: "  return z > 0 ? 1 : 0;\n" }],
  },
  {
    name: "perceptron-no-bias-update",
    file: "perceptron.ts",
    task: 2,
    why: "the rule updates the weights but forgets the bias, so the boundary always passes through the origin; a point at the origin (AND's (0, 0)) can then never be fixed.",
    edits: [{ find: "  model.bias += learningRate * error;\n", replace: "" }],
  },
  {
    name: "perceptron-updates-on-correct",
    file: "perceptron.ts",
    task: 2,
    why: "the rule is applied to every sample, correct or not, with ±1 targets: w ← w + η·(2y − 1)·x. Correctly classified samples keep pushing the weights, and the function always reports an update.",
    edits: [
      {
        find: "  const error = y - predict(model, x);\n  if (error === 0) return false;\n",
        replace: "  predict(model, x); // only to check the lengths\n  const error = 2 * y - 1;\n",
      },
    ],
  },
  {
    name: "perceptron-mistakes-not-reset",
    file: "perceptron.ts",
    task: 3,
    why: "the mistake counter is declared outside the epoch loop and never reset, so after the first mistake no epoch ever looks clean: training never converges, and mistakesPerEpoch is a running total.",
    edits: [
      { find: "  let updates = 0;\n", replace: "  let updates = 0;\n  let mistakes = 0;\n" },
      { find: "    let mistakes = 0;\n", replace: "" },
    ],
  },
  {
    name: "perceptron-iris-labels-swapped",
    file: "perceptron.ts",
    task: 4,
    why: "irisBinary labels the `negative` species 1 and the `positive` species 0 (the arguments read the wrong way round).",
    edits: [
      {
        find: "    labels[i] = row.species === positive ? 1 : 0;\n",
        replace: "    labels[i] = row.species === negative ? 1 : 0;\n",
      },
    ],
  },
  // Gap class 1: the documented draw order (one rng.permutation(n) per epoch) replayed.
  {
    name: "perceptron-shuffle-in-place",
    file: "perceptron.ts",
    task: 3,
    why: "one index array is shuffled in place (rng.shuffle) at every epoch, so epoch e visits the composition of all the permutations drawn so far instead of the e-th rng.permutation(n): the same first epoch, a different order from the second on.",
    edits: [
      {
        find: "  for (let epoch = 0; epoch < maxEpochs; epoch++) {\n    const order = rng ? rng.permutation(n) : undefined;\n",
        replace:
          "  const indices = Array.from({ length: n }, (_, i) => i);\n  for (let epoch = 0; epoch < maxEpochs; epoch++) {\n    const order = rng ? rng.shuffle(indices) : undefined;\n",
      },
    ],
  },
  {
    name: "perceptron-permutes-previous-order",
    file: "perceptron.ts",
    task: 3,
    why: "each epoch draws rng.permutation(n) but maps the previous epoch's order through it (order[k] ← perm[order[k]]) instead of visiting the new permutation itself: the first epoch is right, the later ones follow another order than the documented e-th permutation.",
    edits: [
      {
        find: "    const order = rng ? rng.permutation(n) : undefined;\n",
        replace:
          "    const perm = rng?.permutation(n);\n    if (perm) order = order ? order.map((i) => perm[i]) : perm;\n",
      },
      {
        find: "  let updates = 0;\n",
        replace: "  let updates = 0;\n  let order: Uint32Array | undefined;\n",
      },
    ],
  },
  // Gap class 2: reshuffling every epoch, checked over many epochs.
  {
    name: "perceptron-shuffles-once",
    file: "perceptron.ts",
    task: 3,
    why: "the permutation is drawn once, before the epoch loop, so every epoch visits the samples in the same random order instead of a new one each epoch.",
    edits: [
      { find: "    const order = rng ? rng.permutation(n) : undefined;\n", replace: "" },
      {
        find: "  let updates = 0;\n",
        replace: "  let updates = 0;\n  const order = rng ? rng.permutation(n) : undefined;\n",
      },
    ],
  },
  {
    name: "perceptron-shuffle-cached",
    file: "perceptron.ts",
    task: 3,
    why: "the order is kept in a variable outside the epoch loop and only drawn when it is still unset (`order ??= rng.permutation(n)`), meant to avoid an allocation per epoch: after the first epoch the samples are never reshuffled.",
    edits: [
      {
        find: "    const order = rng ? rng.permutation(n) : undefined;\n",
        replace: "    if (rng) order ??= rng.permutation(n);\n",
      },
      {
        find: "  let updates = 0;\n",
        replace: "  let updates = 0;\n  let order: Uint32Array | undefined;\n",
      },
    ],
  },
  // Gap class 3: a clean epoch that is the last allowed one.
  {
    name: "perceptron-clean-last-epoch-not-converged",
    file: "perceptron.ts",
    task: 3,
    why: "convergence is only declared while epochs remain (as with `converged = epochs < maxEpochs` after the loop), so a run whose clean epoch is exactly the maxEpochs-th is reported as not converged.",
    edits: [
      {
        find: "    if (mistakes === 0) {\n",
        replace: "    if (mistakes === 0 && epoch + 1 < maxEpochs) {\n",
      },
    ],
  },
  // Gap class 5: the model reported by a run that hit maxEpochs.
  {
    name: "perceptron-returns-best-epoch-model",
    file: "perceptron.ts",
    task: 3,
    why: 'when the run hits maxEpochs, the model after the epoch with the fewest mistakes is returned ("pocket") instead of the documented last model; on a converging run the two coincide, so only the non-converged result shows it.',
    edits: [
      {
        find: "  let updates = 0;\n",
        replace:
          "  let updates = 0;\n  let best = { model: createPerceptron(features), mistakes: Number.POSITIVE_INFINITY };\n",
      },
      {
        find: "    updates += mistakes;\n",
        replace:
          "    updates += mistakes;\n    if (mistakes < best.mistakes) best = { model: { weights: model.weights.slice(), bias: model.bias }, mistakes };\n",
      },
      {
        find: "  return { model, converged: false, epochs: maxEpochs, updates, mistakesPerEpoch };\n",
        replace:
          "  return { model: best.model, converged: false, epochs: maxEpochs, updates, mistakesPerEpoch };\n",
      },
    ],
  },
];
