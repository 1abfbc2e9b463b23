/** Mutant: loadLine returns whatever model the folder holds, without checking it is a line. */
import type { LayersModel } from "@tensorflow/tfjs";
import { getTf } from "../../../../../lib/tf";
import { loadModel } from "../../../../../lib/tf/io";

export * from "@solution/6.1-nn-core/06-tfjs-hello-world/hello";

export async function loadLine(dir: string): Promise<LayersModel> {
  await getTf();
  return loadModel(dir);
}
