/**
 * Mutant: minimize counts gradient evaluations instead of steps (the counter is incremented
 * at the top of the loop), so every reported iteration count is one too high, and
 * `maxIterations: n` takes only n − 1 steps.
 */
export * from "@solution/6.1-nn-core/04-optimizers/optimizers";

import type {
  MinimizeOptions,
  MinimizeResult,
  Optimizer,
} from "@solution/6.1-nn-core/04-optimizers/optimizers";
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export function minimize(
  grad: (x: Float64Array) => Float64Array,
  x0: ArrayLike<number>,
  optimizer: Optimizer,
  options: MinimizeOptions = {},
): MinimizeResult {
  const { maxIterations = 10_000, tolerance = 1e-6 } = options;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) throw new InvalidArgument("maxIterations");
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
  }
}
