/** Known-wrong variants of the 5.1-math/04-calculus solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "calculus-forward-difference",
    file: "derivatives.ts",
    task: 1,
    why: "the derivative uses the forward difference (f(x + h) − f(x)) / h instead of the central one. Its error is O(h) instead of O(h²): about 1e-6 relative with h = ∛ε, where the specs ask for 1e-8.",
    edits: [
      {
        find: "  return (f(x + step) - f(x - step)) / (2 * step);",
        replace: "  return (f(x + step) - f(x)) / step;",
      },
    ],
  },
  {
    name: "calculus-gradient-restores-by-arithmetic",
    file: "derivatives.ts",
    task: 2,
    why: "the gradient probes by nudging x itself (x[i] += h; x[i] −= 2h; x[i] += h) instead of a copy. In floating point the three steps do not give back x[i] exactly, so the caller's array changes in its last bits.",
    edits: [
      { find: "  const probe = Float64Array.from(x);", replace: "  const probe = x;" },
      { find: "    probe[i] = x[i] + step;", replace: "    probe[i] += step;" },
      { find: "    probe[i] = x[i] - step;", replace: "    probe[i] -= 2 * step;" },
      { find: "    probe[i] = x[i];", replace: "    probe[i] += step;" },
    ],
  },
  {
    name: "calculus-descent-climbs-gradient",
    file: "derivatives.ts",
    task: 3,
    why: "gradient descent adds the gradient (x ← x + η∇f) instead of subtracting it, so it climbs uphill: the loss grows until it overflows and nothing ever converges.",
    edits: [{ find: "x[i] -= learningRate * g[i];", replace: "x[i] += learningRate * g[i];" }],
  },
  {
    name: "calculus-descent-budget-before-convergence",
    file: "derivatives.ts",
    task: 3,
    why: "gradient descent checks the step budget before convergence, so a run whose last allowed step reaches ‖∇f‖ < tolerance reports converged: false. The README's order is: diverged, then converged, then out of steps.",
    edits: [
      {
        find: `    if (norm2(g) < tolerance) return result(true, false);
    if (iterations === maxIterations) return result(false, false);`,
        replace: `    if (iterations === maxIterations) return result(false, false);
    if (norm2(g) < tolerance) return result(true, false);`,
      },
    ],
  },
  {
    name: "calculus-descent-tolerance-inclusive",
    file: "derivatives.ts",
    task: 3,
    why: "gradient descent stops when ‖∇f‖₂ ≤ tolerance instead of < tolerance, so a run whose gradient norm lands exactly on the tolerance stops one step early and reports converged there.",
    edits: [
      {
        find: "    if (norm2(g) < tolerance) return result(true, false);",
        replace: "    if (norm2(g) <= tolerance) return result(true, false);",
      },
    ],
  },
  {
    name: "calculus-backward-breadth-first",
    file: "autograd.ts",
    task: 4,
    why: "backward orders the graph breadth-first from the output (a queue instead of a stack) and calls each `_backward` in that order, output first. A node also reached through a longer path passes its gradient on before that path has added its share: no topological sort.",
    edits: [
      { find: "stack.pop() as [Value, boolean];", replace: "stack.shift() as [Value, boolean];" },
      {
        find: "    for (let i = order.length - 1; i >= 0; i--) order[i]._backward();",
        replace: "    for (let i = 0; i < order.length; i++) order[i]._backward();",
      },
    ],
  },
  {
    name: "calculus-backward-overwrites-grad",
    file: "autograd.ts",
    task: 4,
    why: "add's and mul's backward steps assign the children's gradients (`child.grad = …`) instead of accumulating them (`+=`). A node used twice, as in a·a, keeps only the last contribution: d(a·a)/da comes out as a instead of 2a.",
    edits: [
      {
        find: `      this.grad += out.grad;
      o.grad += out.grad;`,
        replace: `      this.grad = out.grad;
      o.grad = out.grad;`,
      },
      {
        find: `      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;`,
        replace: `      this.grad = o.data * out.grad;
      o.grad = this.data * out.grad;`,
      },
    ],
  },
  {
    name: "calculus-tanh-grad-uses-input",
    file: "autograd.ts",
    task: 4,
    why: "tanh's local derivative is written with the input instead of the output: 1 − x² instead of 1 − tanh²(x).",
    edits: [
      {
        find: "      this.grad += (1 - t * t) * out.grad;",
        replace: "      this.grad += (1 - this.data * this.data) * out.grad;",
      },
    ],
  },
  {
    name: "calculus-pow-zero-exponent-nan",
    file: "autograd.ts",
    task: 4,
    why: "pow's local derivative is always n·xⁿ⁻¹, without the special case n = 0: at x = 0 that is 0 · 0⁻¹ = 0 · ∞ = NaN, which poisons every gradient upstream, although x⁰ is the constant 1 with derivative 0.",
    edits: [
      {
        find: "      const local = exponent === 0 ? 0 : exponent * this.data ** (exponent - 1);",
        replace: "      const local = exponent * this.data ** (exponent - 1);",
      },
    ],
  },
  {
    name: "calculus-pow-guards-zero-base",
    file: "autograd.ts",
    task: 4,
    why: "pow guards the wrong special case: it returns a local derivative of 0 whenever the base is 0 instead of when the exponent is 0. That avoids the NaN of x⁰ at 0, but makes d(x¹)/dx at 0 equal 0 instead of 1.",
    edits: [
      {
        find: "      const local = exponent === 0 ? 0 : exponent * this.data ** (exponent - 1);",
        replace: "      const local = this.data === 0 ? 0 : exponent * this.data ** (exponent - 1);",
      },
    ],
  },
];
