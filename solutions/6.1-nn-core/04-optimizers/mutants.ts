/** Known-wrong variants of the 6.1-nn-core/04-optimizers solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "optimizers-momentum-sign-error",
    file: "optimizers.ts",
    task: 2,
    why: "a sign error in the momentum update: v ← μ·v − g, then θ ← θ − η·v. The velocity points uphill, so the parameters climb the loss instead of descending it.",
    edits: [{ find: "      const vi = mu * v[i] + g;\n", replace: "      const vi = mu * v[i] - g;\n" }],
  },
  {
    name: "optimizers-momentum-velocity-not-kept",
    file: "optimizers.ts",
    task: 2,
    why: 'the velocity is a new zero array at every call of `step`, so nothing is remembered between steps and "momentum" is plain SGD.',
    edits: [
      {
        find: "    this.#velocity ??= new Float64Array(params.length);\n    const v = this.#velocity;\n",
        replace: "    const v = new Float64Array(params.length);\n    this.#velocity = v;\n",
      },
    ],
  },
  {
    name: "optimizers-nesterov-ignored",
    file: "optimizers.ts",
    task: 2,
    why: "the `nesterov` option is stored but ignored: every SGDMomentum is classic momentum.",
    edits: [
      {
        find: "      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);\n",
        replace: "      params[i] -= lr * vi;\n",
      },
    ],
  },
  {
    name: "optimizers-adam-bias-correction-off-by-one",
    file: "optimizers.ts",
    task: 3,
    why: "the step counter is read BEFORE it is incremented, so the bias correction uses t = 0, 1, 2, … instead of 1, 2, 3, …: at the first step 1 − β⁰ = 0, so m̂ and v̂ are ±∞ or NaN and so is the step.",
    edits: [{ find: "    const t = ++this.#t;\n", replace: "    const t = this.#t++;\n" }],
  },
  {
    name: "optimizers-adam-epsilon-inside-sqrt",
    file: "optimizers.ts",
    task: 3,
    why: "Adam with ε inside the square root, θ ← θ − η·m̂/√(v̂ + ε). Harmless for large gradients, but for |g| ~ √ε the steps shrink: a different algorithm than documented.",
    edits: [
      {
        find: "(Math.sqrt(vi / c2) + eps);\n",
        replace: "Math.sqrt(vi / c2 + eps);\n",
      },
    ],
  },
  {
    name: "optimizers-adam-no-bias-correction",
    file: "optimizers.ts",
    task: 3,
    why: "Adam without bias correction: θ ← θ − η·m/(√v + ε) with the raw moments. Since m and v start at 0, the first steps are far too large (m/√v = (1 − β₁)/√(1 − β₂) ≈ 3.16 at t = 1).",
    edits: [
      {
        find: "      params[i] -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);\n",
        replace: "      params[i] -= (lr * mi) / (Math.sqrt(vi) + eps);\n",
      },
    ],
  },
  {
    name: "optimizers-minimize-counts-gradient-calls",
    file: "optimizers.ts",
    task: 4,
    why: "minimize counts gradient evaluations instead of steps (the counter is incremented at the top of the loop), so every reported iteration count is one too high, and `maxIterations: n` takes only n − 1 steps.",
    edits: [
      {
        find: "  for (;;) {\n    const g = grad(x);\n",
        replace: "  for (;;) {\n    iterations++;\n    const g = grad(x);\n",
      },
      { find: "    optimizer.step(x, g);\n    iterations++;\n", replace: "    optimizer.step(x, g);\n" },
    ],
  },
  // Gap class 3: which condition wins at the last allowed iteration.
  {
    name: "optimizers-minimize-limit-before-tolerance",
    file: "optimizers.ts",
    task: 4,
    why: "minimize tests the iteration limit before the tolerance, so a run whose last allowed step lands below the tolerance is reported as not converged (and maxIterations: 0 at a minimum too).",
    edits: [
      {
        find: "    if (Math.sqrt(norm2) < tolerance) return { x, iterations, converged: true, diverged: false };\n    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };\n",
        replace:
          "    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };\n    if (Math.sqrt(norm2) < tolerance) return { x, iterations, converged: true, diverged: false };\n",
      },
    ],
  },
  {
    name: "optimizers-minimize-limit-before-divergence",
    file: "optimizers.ts",
    task: 4,
    why: "minimize stops at the iteration limit before looking at the new point, so a run whose last allowed step overflows is reported as neither diverged nor converged, with a non-finite x.",
    edits: [
      {
        find: "    if (!finite) return { x, iterations, converged: false, diverged: true };\n",
        replace:
          "    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };\n    if (!finite) return { x, iterations, converged: false, diverged: true };\n",
      },
    ],
  },
  // Gap class 4: special cases the old inputs never triggered.
  {
    name: "optimizers-minimize-tolerance-zero-ignored",
    file: "optimizers.ts",
    task: 4,
    why: 'the tolerance is used as `tolerance || 1e-6`, so tolerance: 0 — allowed, meaning "stop only at an exact zero gradient" — silently becomes the default 1e-6.',
    edits: [
      {
        find: "    if (Math.sqrt(norm2) < tolerance) return",
        replace: "    if (Math.sqrt(norm2) < (tolerance || 1e-6)) return",
      },
    ],
  },
  {
    name: "optimizers-adam-zero-beta1-ignored",
    file: "optimizers.ts",
    task: 3,
    why: "β₁ is stored as `beta1 || 0.9`, so beta1: 0 — allowed, meaning m = g (no momentum) — silently becomes 0.9. The first step is the same either way (bias correction), the second is not.",
    edits: [{ find: "    this.beta1 = beta1;\n", replace: "    this.beta1 = beta1 || 0.9;\n" }],
  },
  {
    name: "optimizers-minimize-checks-only-gradient",
    file: "optimizers.ts",
    task: 4,
    why: "divergence is detected from the gradient alone, so a point that overflows to ±Infinity while the gradient function still returns finite values (a clipped or saturating gradient) is never reported as diverged.",
    edits: [
      {
        find: "      if (!Number.isFinite(gi) || !Number.isFinite(x[i])) finite = false;\n",
        replace: "      if (!Number.isFinite(gi)) finite = false;\n",
      },
    ],
  },
  // Gap class 5: the step count of SGDMomentum, only ever checked as 0 after reset().
  {
    name: "optimizers-momentum-iterations-not-counted",
    file: "optimizers.ts",
    task: 2,
    why: "SGDMomentum.step never increments the step count, so `iterations` stays 0 however many steps were taken (it is only right after construction and reset()).",
    edits: [
      {
        find: "      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);\n    }\n    this.#iterations++;\n",
        replace: "      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);\n    }\n",
      },
    ],
  },
  {
    name: "optimizers-momentum-iterations-per-coordinate",
    file: "optimizers.ts",
    task: 2,
    why: "SGDMomentum increments the step count inside the loop over the coordinates, so `iterations` counts parameters updated (steps × length) instead of steps.",
    edits: [
      {
        find: "      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);\n    }\n    this.#iterations++;\n",
        replace:
          "      params[i] -= lr * (this.nesterov ? g + mu * vi : vi);\n      this.#iterations++;\n    }\n",
      },
    ],
  },
];
