/** Known-wrong variants of the 6.1-nn-core/04-optimizers solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "optimizers-adam-bias-correction-off-by-one",
    file: "optimizers.ts",
    task: 0,
    why: "the step counter is incremented AFTER the update, so the bias correction uses t = 0, 1, 2, … instead of 1, 2, 3, …: at the first step 1 − β⁰ = 0, so m̂ and v̂ are ±∞ and the step m̂/√v̂ is ∞/∞ = NaN.",
    edits: [
      {
        find: `  /** The first moment m (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `  /** The second moment v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    const t = ++this.#t;
`,
        replace: `
`,
      },
      {
        find: `    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
`,
        replace: ``,
      },
      {
        find: `      params[i] = (params[i] as number) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
    }
  }
`,
        replace: `      const t = this.#t;
      const mHat = mi / (1 - b1 ** t);
      const vHat = vi / (1 - b2 ** t);
      params[i] = (params[i] as number) - (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
    this.#t++;
  }
`,
      },
    ],
  },
  {
    name: "optimizers-adam-epsilon-inside-sqrt",
    file: "optimizers.ts",
    task: 0,
    why: "Adam with ε inside the square root, θ ← θ − η·m̂/√(v̂ + ε). Harmless for large gradients, but for |g| ~ √ε the steps shrink: a different algorithm than documented.",
    edits: [
      {
        find: `  /** The first moment m (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `  /** The second moment v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    const t = ++this.#t;
`,
        replace: `    this.#t++;
`,
      },
      {
        find: `    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
`,
        replace: ``,
      },
      {
        find: `      params[i] = (params[i] as number) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
`,
        replace: `      const t = this.#t;
      const mHat = mi / (1 - b1 ** t);
      const vHat = vi / (1 - b2 ** t);
      params[i] = (params[i] as number) - (lr * mHat) / Math.sqrt(vHat + eps);
`,
      },
    ],
  },
  {
    name: "optimizers-adam-no-bias-correction",
    file: "optimizers.ts",
    task: 0,
    why: "Adam without bias correction: θ ← θ − η·m/(√v + ε) with the raw moments. Since m and v start at 0, the first steps are far too large (m/√v = (1 − β₁)/√(1 − β₂) ≈ 3.16 at t = 1).",
    edits: [
      {
        find: `  /** The first moment m (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `  /** The second moment v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    const t = ++this.#t;
`,
        replace: `    this.#t++;
`,
      },
      {
        find: `    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
`,
        replace: ``,
      },
      {
        find: `      params[i] = (params[i] as number) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
`,
        replace: `      params[i] = (params[i] as number) - (lr * mi) / (Math.sqrt(vi) + eps);
`,
      },
    ],
  },
  {
    name: "optimizers-minimize-counts-gradient-calls",
    file: "optimizers.ts",
    task: 0,
    why: "minimize counts gradient evaluations instead of steps (the counter is incremented at the top of the loop), so every reported iteration count is one too high, and `maxIterations: n` takes only n − 1 steps.",
    edits: [
      {
        find: `  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new InvalidArgument(\`minimize: maxIterations must be an integer ≥ 0, got \${maxIterations}\`);
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new InvalidArgument(\`minimize: tolerance must be finite and ≥ 0, got \${tolerance}\`);
  }
  if (x0.length === 0) throw new InvalidArgument("minimize: x0 is empty");
  const x = Float64Array.from(x0);
  let iterations = 0;
  for (;;) {
    const g = grad(x);
    if (g.length !== x.length) {
      throw new ShapeError(\`minimize: grad returned \${g.length} values for \${x.length} coordinates\`);
    }
    let norm2 = 0;
    let finite = true;
    for (let i = 0; i < x.length; i++) {
      const gi = g[i] as number;
      if (!Number.isFinite(gi) || !Number.isFinite(x[i] as number)) finite = false;
      norm2 += gi * gi;
    }
    if (!finite) return { x, iterations, converged: false, diverged: true };
    if (Math.sqrt(norm2) < tolerance) return { x, iterations, converged: true, diverged: false };
    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };
    optimizer.step(x, g);
    iterations++;
`,
        replace: `  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) throw new InvalidArgument("maxIterations");
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) throw new InvalidArgument("tolerance");
  if (x0.length === 0) throw new InvalidArgument("empty x0");
  const x = Float64Array.from(x0);
  let iterations = 0;
  for (;;) {
    iterations++;
    const g = grad(x);
    if (g.length !== x.length) throw new ShapeError("grad length");
    let norm2 = 0;
    let finite = true;
    for (let i = 0; i < x.length; i++) {
      const gi = g[i] as number;
      if (!Number.isFinite(gi) || !Number.isFinite(x[i] as number)) finite = false;
      norm2 += gi * gi;
    }
    if (!finite) return { x, iterations, converged: false, diverged: true };
    if (Math.sqrt(norm2) < tolerance) return { x, iterations, converged: true, diverged: false };
    if (iterations >= maxIterations) return { x, iterations, converged: false, diverged: false };
    optimizer.step(x, g);
`,
      },
    ],
  },
  {
    name: "optimizers-momentum-sign-error",
    file: "optimizers.ts",
    task: 0,
    why: "a sign error in the momentum update: v ← μ·v − g, then θ ← θ − η·v. The velocity points uphill, so the parameters climb the loss instead of descending it.",
    edits: [
      {
        find: `  /** The velocity v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    const { learningRate: lr, momentum: mu } = this;
`,
        replace: ``,
      },
      {
        find: `      const vi = mu * (v[i] as number) + g;
`,
        replace: `      const vi = this.momentum * (v[i] as number) - g;
`,
      },
      {
        find: `      params[i] = (params[i] as number) - lr * (this.nesterov ? g + mu * vi : vi);
`,
        replace: `      params[i] = (params[i] as number) - this.learningRate * (this.nesterov ? -g + this.momentum * vi : vi);
`,
      },
    ],
  },
  {
    name: "optimizers-momentum-velocity-not-kept",
    file: "optimizers.ts",
    task: 0,
    why: 'the velocity is a local variable of `step`, created afresh (at 0) at every call, so nothing is remembered between steps and "momentum" is plain SGD.',
    edits: [
      {
        find: `  /** The velocity v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    this.#velocity ??= new Float64Array(params.length);
    const v = this.#velocity;
    const { learningRate: lr, momentum: mu } = this;
`,
        replace: `    const v = new Float64Array(params.length);
`,
      },
      {
        find: `      const vi = mu * (v[i] as number) + g;
`,
        replace: `      const vi = this.momentum * (v[i] as number) + g;
`,
      },
      {
        find: `      params[i] = (params[i] as number) - lr * (this.nesterov ? g + mu * vi : vi);
    }
    this.#iterations++;
`,
        replace: `      params[i] = (params[i] as number) - this.learningRate * (this.nesterov ? g + this.momentum * vi : vi);
    }
    this.#velocity = v;
    this.#iterations++;
`,
      },
    ],
  },
  {
    name: "optimizers-nesterov-ignored",
    file: "optimizers.ts",
    task: 0,
    why: "the `nesterov` option is stored but ignored: every SGDMomentum is classic momentum.",
    edits: [
      {
        find: `  /** The velocity v (a copy), or undefined before the first step. */
`,
        replace: ``,
      },
      {
        find: `    const { learningRate: lr, momentum: mu } = this;
`,
        replace: ``,
      },
      {
        find: `      const g = grads[i] as number;
      const vi = mu * (v[i] as number) + g;
`,
        replace: `      const vi = this.momentum * (v[i] as number) + (grads[i] as number);
`,
      },
      {
        find: `      params[i] = (params[i] as number) - lr * (this.nesterov ? g + mu * vi : vi);
`,
        replace: `      params[i] = (params[i] as number) - this.learningRate * vi;
`,
      },
    ],
  },
];
