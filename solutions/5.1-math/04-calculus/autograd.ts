/**
 * Reference solution — 5.1.4 Calculus, task 4: a tiny scalar autograd (after micrograd).
 */
import { GraphNode } from "@exercise/5.1-math/04-calculus/autograd.given";
import { InvalidArgument } from "../../../lib/errors";

/** What the binary operations accept: another `Value`, or a plain number (wrapped as a constant). */
export type Operand = Value | number;

export class Value extends GraphNode {
  declare readonly children: readonly Value[];

  add(other: Operand): Value {
    const o = Value.from(other);
    const out = new Value(this.data + o.data, [this, o], "+");
    out._backward = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  mul(other: Operand): Value {
    const o = Value.from(other);
    const out = new Value(this.data * o.data, [this, o], "*");
    out._backward = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  pow(exponent: number): Value {
    if (!Number.isFinite(exponent)) {
      throw new InvalidArgument(`Value.pow: the exponent must be a finite number, got ${exponent}`);
    }
    const out = new Value(this.data ** exponent, [this], `**${exponent}`);
    out._backward = () => {
      // x^0 is the constant 1: its derivative is 0 even at x = 0 (where 0 · 0^−1 would be NaN).
      const local = exponent === 0 ? 0 : exponent * this.data ** (exponent - 1);
      this.grad += local * out.grad;
    };
    return out;
  }

  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], "exp");
    out._backward = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  tanh(): Value {
    // Math.tanh saturates to ±1 for large |x|; (e^2x − 1)/(e^2x + 1) would give ∞/∞ = NaN.
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], "tanh");
    out._backward = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  relu(): Value {
    const out = new Value(Math.max(0, this.data), [this], "relu");
    out._backward = () => {
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  neg(): Value {
    return this.mul(-1);
  }

  sub(other: Operand): Value {
    return this.add(Value.from(other).neg());
  }

  div(other: Operand): Value {
    return this.mul(Value.from(other).pow(-1));
  }

  backward(): void {
    // Iterative depth-first post-order (no recursion: deep graphs): a node is appended to
    // `order` only after all of its children, so `order` lists children before parents.
    const order: Value[] = [];
    const visited = new Set<Value>();
    const stack: Array<[node: Value, expanded: boolean]> = [[this, false]];
    while (stack.length > 0) {
      const [node, expanded] = stack.pop() as [Value, boolean];
      if (expanded) {
        order.push(node);
        continue;
      }
      if (visited.has(node)) continue;
      visited.add(node);
      stack.push([node, true]);
      for (const child of node.children) if (!visited.has(child)) stack.push([child, false]);
    }
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]._backward();
  }
}
