/** Mutant: norm uses the textbook √(Σ vᵢ²) directly, so huge components overflow and tiny ones underflow. */
import { InvalidArgument } from "../../../../../lib/errors";

export * from "@solution/5.1-math/01-vectors/vectors";

export function norm(v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (!Number.isFinite(x)) throw new InvalidArgument(`norm: v[${i}] is ${x}`);
    sum += x * x;
  }
  return Math.sqrt(sum);
}
