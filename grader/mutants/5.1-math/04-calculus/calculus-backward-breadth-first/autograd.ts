/**
 * Mutant: backward walks the graph breadth-first from the output and calls each node's
 * `_backward` the first time it reaches it, without a topological sort. A node that is also
 * reached through a longer path passes its gradient on before that path has added its share.
 */
export * from "@solution/5.1-math/04-calculus/autograd";

import { InvalidArgument } from "../../../../../lib/errors";

export type Operand = Value | number;

export class Value {
  /** The number this node holds, computed in the forward pass. */
  data: number;
  /** ∂(output)/∂(this node), filled in by `backward()` on the output; 0 until then. */
  grad = 0;
  /** The nodes this one was computed from; empty for inputs and constants. */
  readonly children: readonly Value[];
  /** The operation that made this node ("+", "*", "tanh", …), for printing and debugging only. */
  readonly op: string;
  /** The local chain-rule step: adds this node's contribution to each child's `grad`. */
  _backward: () => void = () => {};

  constructor(data: number, children: readonly Value[] = [], op = "") {
    this.data = data;
    this.children = children;
    this.op = op;
  }

  /** Wraps a plain number as a constant `Value` (no children); returns a `Value` unchanged. */
  static from(x: Operand): Value {
    return x instanceof Value ? x : new Value(x);
  }

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
    this.grad = 1;
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
      }
    }
  }
}
