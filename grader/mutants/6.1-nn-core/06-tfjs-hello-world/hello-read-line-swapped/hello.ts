/** Mutant: readLine takes getWeights() as [bias, kernel] — the weight and bias come out swapped. */

import type { Line } from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";
import type { LayersModel } from "@tensorflow/tfjs";
import { ShapeError } from "../../../../../lib/errors";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export function readLine(model: LayersModel): Line {
  const [bias, kernel] = model.getWeights();
  if (kernel === undefined || bias === undefined || kernel.size !== 1 || bias.size !== 1) {
    throw new ShapeError("readLine: expected one dense unit on one input");
  }
  return { weight: kernel.dataSync()[0] as number, bias: bias.dataSync()[0] as number };
}
