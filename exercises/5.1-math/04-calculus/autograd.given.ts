/**
 * GIVEN — the node of 5.1.4's computation graph (task 4). Your `Value` in `autograd.ts` extends
 * it with the operations and `backward()`. Read it; do not change it.
 */

/** One node of a computation graph: a number, its gradient, its inputs and its chain-rule step. */
export class GraphNode {
  /** The number this node holds, computed in the forward pass. */
  data: number;
  /** ∂(output)/∂(this node), filled in by `backward()` on the output; 0 until then. */
  grad = 0;
  /** The nodes this one was computed from; empty for inputs and constants. */
  readonly children: readonly GraphNode[];
  /** The operation that made this node ("+", "*", "tanh", …), for printing and debugging only. */
  readonly op: string;
  /**
   * The local chain-rule step: adds this node's contribution to each child's `grad`, using
   * `this.grad` (∂output/∂this) and the local derivative ∂this/∂child. Every operation sets it
   * on the node it creates; inputs and constants keep this no-op.
   */
  _backward: () => void = () => {};

  constructor(data: number, children: readonly GraphNode[] = [], op = "") {
    this.data = data;
    this.children = children;
    this.op = op;
  }

  /**
   * Wraps a plain number as a constant node of the class it is called on (no children) and
   * returns a node unchanged: `Value.from(2)` is `new Value(2)`, `Value.from(v)` is `v`.
   */
  static from<T extends GraphNode>(this: new (data: number) => T, x: T | number): T {
    return typeof x === "number" ? new this(x) : x;
  }
}
