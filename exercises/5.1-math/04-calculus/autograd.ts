/**
 * 5.1.4 Calculus — task 4: a tiny scalar autograd (after Karpathy's micrograd).
 *
 * Every arithmetic operation on `Value`s builds a node of a graph that remembers its inputs
 * (`children`) and how to push a gradient back to them (`_backward`). `backward()` on the final
 * node then applies the chain rule to every node, output first, inputs last.
 *
 * The constructor and `Value.from` are written for you; write the methods. See README.md, task 4.
 */
import { NotImplemented } from "../../../lib/errors";

/** What the binary operations accept: another `Value`, or a plain number (wrapped as a constant). */
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
  /**
   * The local chain-rule step: adds this node's contribution to each child's `grad`, using
   * `this.grad` (∂output/∂this) and the local derivative ∂this/∂child. Every operation sets it
   * on the node it creates; inputs and constants keep this no-op.
   */
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

  /** this + other. ∂/∂this = 1, ∂/∂other = 1. */
  add(_other: Operand): Value {
    throw new NotImplemented("Value.add");
  }

  /** this · other. ∂/∂this = other, ∂/∂other = this. */
  mul(_other: Operand): Value {
    throw new NotImplemented("Value.mul");
  }

  /**
   * this^exponent for a constant exponent. ∂/∂this = exponent · this^(exponent − 1).
   * @throws InvalidArgument when `exponent` is not a finite number.
   */
  pow(_exponent: number): Value {
    throw new NotImplemented("Value.pow");
  }

  /** e^this. ∂/∂this = e^this (the output itself). exp of a large input overflows to Infinity. */
  exp(): Value {
    throw new NotImplemented("Value.exp");
  }

  /**
   * tanh(this). ∂/∂this = 1 − tanh²(this), written with the *output* t: 1 − t².
   * Must stay finite for huge inputs: tanh(±1000) = ±1 with gradient 0, never NaN.
   */
  tanh(): Value {
    throw new NotImplemented("Value.tanh");
  }

  /** max(0, this). ∂/∂this = 1 when this > 0, and 0 otherwise (0 at exactly 0, like PyTorch). */
  relu(): Value {
    throw new NotImplemented("Value.relu");
  }

  /** −this. Build it from the operations above. */
  neg(): Value {
    throw new NotImplemented("Value.neg");
  }

  /** this − other. Build it from the operations above. */
  sub(_other: Operand): Value {
    throw new NotImplemented("Value.sub");
  }

  /** this / other. Build it from the operations above (hint: other^−1). Division by 0 gives ±Infinity. */
  div(_other: Operand): Value {
    throw new NotImplemented("Value.div");
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
    throw new NotImplemented("Value.backward");
  }
}
