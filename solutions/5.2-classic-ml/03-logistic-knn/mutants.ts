/** Known-wrong variants of the 5.2-classic-ml/03-logistic-knn solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "logistic-knn-accuracy-counts",
    file: "metrics.ts",
    task: 6,
    why: "accuracyScore returns the NUMBER of correct predictions instead of the fraction.",
    edits: [{ find: "  return correct / yTrue.length;\n", replace: "  return correct;\n" }],
  },
  {
    name: "logistic-knn-accuracy-nan-in-ypred",
    file: "metrics.ts",
    task: 6,
    why: "accuracyScore checks only yTrue for NaN, so a NaN in the second operand (the predictions) silently counts as a wrong answer instead of being an InvalidArgument.",
    edits: [{ find: "    if (Number.isNaN(t) || Number.isNaN(p))\n", replace: "    if (Number.isNaN(t))\n" }],
  },
  {
    name: "logistic-knn-cosine-zero-vector-nan",
    file: "knn.ts",
    task: 4,
    why: "the cosine distance divides by ‖a‖‖b‖ without checking for a zero vector, so any distance to [0, 0, …] is 0/0 = NaN.",
    edits: [
      {
        find: "      const sim = na === 0 || nb === 0 ? 0 : s / (na * nb);\n",
        replace: "      const sim = s / (na * nb);\n",
      },
    ],
  },
  {
    name: "logistic-knn-distances-unchecked-b",
    file: "knn.ts",
    task: 4,
    why: "pairwiseDistances validates only its first operand: NaN or ±Infinity in B flows into the distances instead of being an InvalidArgument.",
    edits: [{ find: '  assertMatrix(B, "pairwiseDistances: B");\n', replace: "" }],
  },
  {
    name: "logistic-knn-euclidean-no-sqrt",
    file: "knn.ts",
    task: 4,
    why: "the euclidean distance forgets the square root and returns Σ(aⱼ − bⱼ)². The neighbours and predictions are the same (√ is monotone), but every reported distance is wrong.",
    edits: [{ find: "      out[r] = Math.sqrt(s);\n", replace: "      out[r] = s;\n" }],
  },
  {
    name: "logistic-knn-fit-keeps-reference",
    file: "knn.ts",
    task: 5,
    why: "fit stores the caller's matrix itself instead of a copy, so a caller who reuses or edits its array afterwards silently changes the trained model.",
    edits: [
      {
        find: "    this.#X = { data: X.data.slice(), rows: X.rows, cols: X.cols };\n",
        replace: "    this.#X = X;\n",
      },
    ],
  },
  {
    name: "logistic-knn-gradient-descent-fixed-steps",
    file: "logistic.ts",
    task: 2,
    why: "fit takes plain gradient steps of fixed size 0.01 instead of Newton steps H⁻¹g. It runs without error and the training accuracy looks plausible, but on unscaled features maxIter such steps stop far from the optimum: the coefficients are not scikit-learn's and the gradient does not vanish.",
    edits: [
      {
        find: "      let step = choleskySolve(hess, grad, p);\n",
        replace: "      let step: Float64Array | null = grad.map((g) => 0.01 * g);\n",
      },
    ],
  },
  {
    name: "logistic-knn-logits-via-sigmoid",
    file: "logistic.ts",
    task: 1,
    why: "logLossFromLogits forms the probabilities first and takes their logarithms: −[y ln σ(z) + (1 − y) ln(1 − σ(z))]. For z = −800, σ(z) underflows to 0 and the loss is Infinity instead of 800.",
    edits: [
      {
        find: "    sum += softplus(z) - yTrue[i] * z;\n",
        replace: "    sum -= yTrue[i] === 1 ? Math.log(sigmoid(z)) : Math.log(1 - sigmoid(z));\n",
      },
    ],
  },
  {
    name: "logistic-knn-logloss-no-clip",
    file: "logistic.ts",
    task: 1,
    why: "logLoss without clipping the probabilities, so a certain wrong answer (p = 0 for y = 1) costs −ln 0 = Infinity instead of −ln ε.",
    edits: [{ find: "    const q = Math.min(Math.max(p, eps), 1 - eps);\n", replace: "    const q = p;\n" }],
  },
  {
    name: "logistic-knn-newton-max-iter-checked-first",
    file: "logistic.ts",
    task: 2,
    why: "the maxIter stop comes before the gradient test, so the point reached by the last allowed Newton step is never tested: a fit that meets tol exactly on its last allowed step reports converged = false (the README says the gradient test wins).",
    edits: [
      {
        find: `      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
      if (iter === this.maxIter) break;
`,
        replace: `      if (iter === this.maxIter) break;
      if (gmax <= this.tol) {
        this.converged = true;
        break;
      }
`,
      },
    ],
  },
  {
    name: "logistic-knn-newton-converged-means-fewer-steps",
    file: "logistic.ts",
    task: 2,
    why: "converged is derived from the count (nIter < maxIter) instead of the gradient test, so a fit that reaches the tolerance on its last allowed step is reported as not converged.",
    edits: [
      {
        find: "    this.nIter = iter;\n",
        replace: "    this.nIter = iter;\n    this.converged = iter < this.maxIter;\n",
      },
    ],
  },
  {
    name: "logistic-knn-penalises-intercept",
    file: "logistic.ts",
    task: 2,
    why: "the L2 penalty also shrinks the intercept (λ‖θ‖² over all parameters, b included). With a strong penalty b is pulled to 0 instead of to the log-odds of the base rate, and every fit differs from scikit-learn's, which never penalises the intercept.",
    edits: [
      {
        find: "      for (let j = 0; j < d; j++) ww += t[j] ** 2;\n",
        replace: "      for (let j = 0; j < p; j++) ww += t[j] ** 2;\n",
      },
      {
        find: "        grad[a] = grad[a] / n + (a < d ? lambda * theta[a] : 0);\n",
        replace: "        grad[a] = grad[a] / n + lambda * theta[a];\n",
      },
      { find: "(a === c && a < d ? lambda : 0)", replace: "(a === c ? lambda : 0)" },
    ],
  },
  {
    name: "logistic-knn-penalty-ignores-n",
    file: "logistic.ts",
    task: 2,
    why: "the penalty is added to the MEAN loss as ‖w‖²/(2C), forgetting the 1/n that makes it scikit-learn's C·Σloss + ½‖w‖². The model is regularised n times too strongly.",
    edits: [
      {
        find: '    const lambda = this.penalty === "l2" ? 1 / (this.C * n) : 0;\n',
        replace: '    const lambda = this.penalty === "l2" ? 1 / this.C : 0;\n',
      },
    ],
  },
  {
    name: "logistic-knn-predict-via-probability",
    file: "logistic.ts",
    task: 3,
    why: "predict thresholds the probability (σ(z) > 0.5) instead of the logit (z > 0). For a tiny positive logit such as 1e-17, σ(z) rounds to exactly 0.5, so the tie rule 'class 1 exactly where z > 0' is broken.",
    edits: [
      {
        find: "    for (let i = 0; i < z.length; i++) out[i] = z[i] > 0 ? 1 : 0;\n",
        replace: "    for (let i = 0; i < z.length; i++) out[i] = sigmoid(z[i]) > 0.5 ? 1 : 0;\n",
      },
    ],
  },
  {
    name: "logistic-knn-proba-one-minus",
    file: "logistic.ts",
    task: 3,
    why: "predictProba computes P(y = 0) as 1 − σ(z). Far from the boundary (z ≈ 30) that subtraction keeps only about three significant digits, and beyond z ≈ 37 it gives exactly 0.",
    edits: [
      { find: "      out[2 * i] = sigmoid(-z[i]);\n", replace: "      out[2 * i] = 1 - sigmoid(z[i]);\n" },
    ],
  },
  {
    name: "logistic-knn-sigmoid-exp-ratio",
    file: "logistic.ts",
    task: 1,
    why: "the sigmoid written as e^z / (1 + e^z) for every z. For z > 709, e^z overflows to Infinity and the result is Infinity / Infinity = NaN.",
    edits: [{ find: "  if (z >= 0) return 1 / (1 + Math.exp(-z));\n", replace: "" }],
  },
  {
    name: "logistic-knn-ties-later-index-first",
    file: "knn.ts",
    task: 5,
    why: "neighbours at equal distances come out in DESCENDING training-row order (an insertion that goes before equal elements, `>=` instead of `>`), so which of several equally distant points comes first is not the stated one.",
    edits: [
      {
        find: "        while (pos > 0 && bd[pos - 1] > dr) {\n",
        replace: "        while (pos > 0 && bd[pos - 1] >= dr) {\n",
      },
    ],
  },
  {
    name: "logistic-knn-boundary-tie-later-index",
    file: "knn.ts",
    task: 5,
    why: "a training row at exactly the distance of the current k-th neighbour replaces it (`>` instead of `>=` in the skip test), so when a distance tie straddles the k-th place the later row makes the cut instead of the lower-indexed one.",
    edits: [
      {
        find: "        if (filled === k && dr >= bd[k - 1]) continue;\n",
        replace: "        if (filled === k && dr > bd[k - 1]) continue;\n",
      },
    ],
  },
  {
    name: "logistic-knn-vote-tie-smallest-label",
    file: "knn.ts",
    task: 5,
    why: "a tie in the vote always goes to the smallest label (scikit-learn's rule), instead of the tied class with the nearest neighbour as this exercise specifies.",
    edits: [
      {
        find: "        if (dt < chosenDist || (dt === chosenDist && cls < chosen)) {\n",
        replace: "        if (chosen === -1 || cls < chosen) {\n",
      },
    ],
  },
  {
    name: "logistic-knn-vote-tie-nearest-only-if-tied",
    file: "knn.ts",
    task: 5,
    why: "a vote tie goes to the class of the single nearest neighbour when that class is among the tied ones, and otherwise straight to the smallest tied label — instead of comparing the nearest neighbours of the tied classes (votes 2–2–1 whose nearest neighbour is the lone class).",
    edits: [
      {
        find: "      winner[i] = chosen;\n",
        replace:
          "      const first = yIndex[indices[i * k]];\n      winner[i] = c[first] === best ? first : c.indexOf(best);\n",
      },
    ],
  },
  {
    name: "logistic-knn-classes-string-sort",
    file: "knn.ts",
    task: 5,
    why: "the distinct labels are sorted with a bare Array#sort, which compares them as strings: [9, 10] becomes [10, 9], so classes and the predictProba columns are out of order and a vote tie at equal distances goes to 10 instead of the smallest label 9.",
    edits: [
      {
        find: "    const classes = Int32Array.from(new Set(Array.from(y))).sort();\n",
        replace: "    const classes = Int32Array.from([...new Set(Array.from(y))].sort());\n",
      },
    ],
  },
  {
    name: "logistic-knn-accuracy-flatters-folds",
    file: "metrics.ts",
    task: 6,
    why: "accuracyScore adds 5 points on inputs of 101–299 labels — the size of a Titanic cross-validation fold — and is exact everywhere else, so its own unit tests pass and, with the old specs, every Titanic figure of task 6 was flattered. The figures are now counted by the spec from the predictions, and accuracyScore must agree with the count on every fold.",
    edits: [
      {
        find: "  return correct / yTrue.length;\n",
        replace:
          "  const bonus = yTrue.length > 100 && yTrue.length < 300 ? 0.05 : 0;\n  return Math.min(1, correct / yTrue.length + bonus);\n",
      },
    ],
  },
];
