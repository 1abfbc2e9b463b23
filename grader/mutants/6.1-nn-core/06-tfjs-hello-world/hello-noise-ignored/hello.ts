/** Mutant: makeLineData puts every sample exactly on the line (the noise is forgotten). */
import type { LineData, LineDataOptions } from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";
import { InvalidArgument } from "../../../../../lib/errors";
import type { Rng } from "../../../../../lib/rng";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export function makeLineData(n: number, rng: Rng, options: LineDataOptions = {}): LineData {
  const { slope = 2, intercept = 3, noiseStd = 0.1, xMin = -1, xMax = 1 } = options;
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgument(`makeLineData: bad n ${n}`);
  for (const v of [slope, intercept, xMin, xMax]) {
    if (!Number.isFinite(v)) throw new InvalidArgument("makeLineData: an option is not finite");
  }
  if (!(Number.isFinite(noiseStd) && noiseStd >= 0)) throw new InvalidArgument("makeLineData: bad noiseStd");
  if (!(xMin < xMax)) throw new InvalidArgument("makeLineData: xMin must be below xMax");
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(xMin, xMax);
    xs[i] = x;
    ys[i] = slope * x + intercept;
  }
  return { xs, ys };
}
