/** Known-wrong variants of the 5.1-math/04-calculus solution, each a small edit of its source (see grader/mutants.ts). */
import type { Mutant } from "../../../grader/mutants";

export const mutants: Mutant[] = [
  {
    name: "calculus-backward-breadth-first",
    file: "autograd.ts",
    task: 0,
    why: "backward walks the graph breadth-first from the output and calls each node's `_backward` the first time it reaches it, without a topological sort. A node that is also reached through a longer path passes its gradient on before that path has added its share.",
    edits: [
      {
        find: `    // Iterative depth-first post-order: children before parents, no recursion (deep graphs).
    const order: Value[] = [];
    const visited = new Set<Value>();
    const stack: Array<{ node: Value; expanded: boolean }> = [{ node: this, expanded: false }];
    while (stack.length > 0) {
      const top = stack.pop() as { node: Value; expanded: boolean };
      if (top.expanded) {
        order.push(top.node);
        continue;
`,
        replace: `    this.grad = 1;
    const visited = new Set<Value>([this]);
    const queue: Value[] = [this];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as Value;
      node._backward();
      for (const child of node.children) {
        if (!visited.has(child)) {
          visited.add(child);
          queue.push(child);
        }
`,
      },
      {
        find: `      if (visited.has(top.node)) continue;
      visited.add(top.node);
      stack.push({ node: top.node, expanded: true });
      for (const child of top.node.children)
        if (!visited.has(child)) stack.push({ node: child, expanded: false });
`,
        replace: ``,
      },
      {
        find: `    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) (order[i] as Value)._backward();
`,
        replace: ``,
      },
    ],
  },
  {
    name: "calculus-backward-overwrites-grad",
    file: "autograd.ts",
    task: 0,
    why: "every local backward step assigns the child's gradient (`child.grad = …`) instead of accumulating it (`child.grad += …`). A node used twice, as in a·a, keeps only the last contribution: d(a·a)/da comes out as a instead of 2a.",
    edits: [
      {
        find: `      this.grad += out.grad;
      o.grad += out.grad;
`,
        replace: `      this.grad = out.grad;
      o.grad = out.grad;
`,
      },
      {
        find: `      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
`,
        replace: `      this.grad = o.data * out.grad;
      o.grad = this.data * out.grad;
`,
      },
      {
        find: `      this.grad += local * out.grad;
`,
        replace: `      this.grad = local * out.grad;
`,
      },
      {
        find: `      this.grad += out.data * out.grad;
`,
        replace: `      this.grad = out.data * out.grad;
`,
      },
      {
        find: `      this.grad += (1 - t * t) * out.grad;
`,
        replace: `      this.grad = (1 - t * t) * out.grad;
`,
      },
      {
        find: `      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
`,
        replace: `      this.grad = (this.data > 0 ? 1 : 0) * out.grad;
`,
      },
    ],
  },
  {
    name: "calculus-descent-climbs-gradient",
    file: "derivatives.ts",
    task: 0,
    why: "gradient descent adds the gradient (x ← x + η∇f) instead of subtracting it, so it climbs uphill: the loss grows until it overflows and nothing ever converges.",
    edits: [
      {
        find: `    for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) - learningRate * (g[i] as number);
`,
        replace: `    for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + learningRate * (g[i] as number);
`,
      },
    ],
  },
  {
    name: "calculus-forward-difference",
    file: "derivatives.ts",
    task: 2,
    why: "the derivative uses the forward difference (f(x + h) − f(x)) / h instead of the central one. Its error is O(h) instead of O(h²): about 1e-6 relative with h = ∛ε, where the specs ask for 1e-8.",
    edits: [
      {
        find: `  checkStep(step, "derivative");
  return (f(x + step) - f(x - step)) / (2 * step);
`,
        replace: `  if (!(Number.isFinite(step) && step > 0)) throw new InvalidArgument(\`derivative: bad step \${step}\`);
  return (f(x + step) - f(x)) / step;
`,
      },
    ],
  },
  {
    name: "calculus-gradient-restores-by-arithmetic",
    file: "derivatives.ts",
    task: 2,
    why: "the gradient probes by nudging x in place (x[i] += h; x[i] −= 2h; x[i] += h) instead of working on a copy. In floating point the three steps do not give back x[i] exactly, so the caller's array changes in its last bits.",
    edits: [
      {
        find: `  if (x.length === 0)
    throw new InvalidArgument("gradient: x is empty; a gradient needs at least one variable");
`,
        replace: `  if (x.length === 0) throw new InvalidArgument("gradient: x is empty");
`,
      },
      {
        find: `  if (h !== undefined) checkStep(h, "gradient");

  // Probe a copy: writing x[i] += h and then x[i] -= h would not always restore x[i] exactly.
  const probe = Float64Array.from(x);
`,
        replace: `  if (h !== undefined && !(Number.isFinite(h) && h > 0)) throw new InvalidArgument(\`gradient: bad step \${h}\`);
`,
      },
      {
        find: `    const xi = x[i] as number;
    const step = h ?? defaultStep(xi);
    probe[i] = xi + step;
    const forward = f(probe);
    probe[i] = xi - step;
    const backward = f(probe);
    probe[i] = xi;
`,
        replace: `    const step = h ?? defaultStep(x[i] as number);
    x[i] = (x[i] as number) + step;
    const forward = f(x);
    x[i] = (x[i] as number) - 2 * step;
    const backward = f(x);
    x[i] = (x[i] as number) + step;
`,
      },
    ],
  },
  {
    name: "calculus-tanh-grad-uses-input",
    file: "autograd.ts",
    task: 0,
    why: "tanh's local derivative is written with the input instead of the output: 1 − x² instead of 1 − tanh²(x).",
    edits: [
      {
        find: `      this.grad += (1 - t * t) * out.grad;
`,
        replace: `      this.grad += (1 - this.data * this.data) * out.grad;
`,
      },
    ],
  },
];
