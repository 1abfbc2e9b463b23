/**
 * 5.1.4 Calculus — task 4: a tiny scalar autograd (after Karpathy's micrograd).
 *
 * Every arithmetic operation on `Value`s builds a node of a graph that remembers its inputs
 * (`children`) and how to push a gradient back to them (`_backward`). `backward()` on the final
 * node then applies the chain rule to every node, output first, inputs last.
 *
 * `Value` extends `GraphNode` (autograd.given.ts), which holds the fields (`data`, `grad`,
 * `children`, `op`, `_backward`), the constructor and `Value.from`; write the methods below.
 * See README.md, task 4.
 */
import { NotImplemented } from "../../../lib/errors";
import { GraphNode } from "./autograd.given";

/** What the binary operations accept: another `Value`, or a plain number (wrapped as a constant). */
export type Operand = Value | number;

export class Value extends GraphNode {
  /** The nodes this one was computed from: `Value`s too. */
  declare readonly children: readonly Value[];

  /** this + other. ∂/∂this = 1, ∂/∂other = 1. */
  add(_other: Operand): Value {
    throw new NotImplemented("Value.add", 4);
  }

  /** this · other. ∂/∂this = other, ∂/∂other = this. */
  mul(_other: Operand): Value {
    throw new NotImplemented("Value.mul", 4);
  }

  /**
   * this^exponent for a constant exponent. ∂/∂this = exponent · this^(exponent − 1), with two
   * special cases at this = 0: exponent 0 gives 0 (x⁰ is the constant 1; the formula would give
   * 0 · 0⁻¹ = 0 · ∞ = NaN), and exponent 1 gives 1 (x¹ is x; here 1 · 0⁰ = 1 already).
   * @throws InvalidArgument when `exponent` is not a finite number.
   */
  pow(_exponent: number): Value {
    throw new NotImplemented("Value.pow", 4);
  }

  /** e^this. ∂/∂this = e^this (the output itself). exp of a large input overflows to Infinity. */
  exp(): Value {
    throw new NotImplemented("Value.exp", 4);
  }

  /**
   * tanh(this). ∂/∂this = 1 − tanh²(this), written with the *output* t: 1 − t².
   * Must stay finite for huge inputs: tanh(±1000) = ±1 with gradient 0, never NaN.
   */
  tanh(): Value {
    throw new NotImplemented("Value.tanh", 4);
  }

  /** max(0, this). ∂/∂this = 1 when this > 0, and 0 otherwise (0 at exactly 0, like PyTorch). */
  relu(): Value {
    throw new NotImplemented("Value.relu", 4);
  }

  /** −this. Build it from the operations above. */
  neg(): Value {
    throw new NotImplemented("Value.neg", 4);
  }

  /** this − other. Build it from the operations above. */
  sub(_other: Operand): Value {
    throw new NotImplemented("Value.sub", 4);
  }

  /** this / other. Build it from the operations above (hint: other^−1). Division by 0 gives ±Infinity. */
  div(_other: Operand): Value {
    throw new NotImplemented("Value.div", 4);
  }

  /**
   * Back-propagation from this node: sets `this.grad = 1` (∂out/∂out), then calls `_backward`
   * of every node reachable from this one in reverse topological order — a node only after
   * every node that uses it — so that each node's `grad` is complete before it is passed on.
   * Gradients accumulate (`+=`): a node used twice, as in `a.mul(a)`, collects both
   * contributions. Call it once per graph (like PyTorch, a second call adds up again).
   * Must not overflow the call stack on deep graphs (a chain of 50 000 operations).
   */
  backward(): void {
    throw new NotImplemented("Value.backward", 4);
  }
}
