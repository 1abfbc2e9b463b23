/**
 * 6.1.1 The perceptron — given code (read it, do not edit it): the types that `perceptron.ts`
 * uses, and `createPerceptron`, which the specs use too.
 */
import type { IrisRow } from "../../../datasets";
import { InvalidArgument } from "../../../lib/errors";
import type { Rng } from "../../../lib/rng";

/** A perceptron: one weight per feature, and a bias. */
export interface Perceptron {
  weights: Float64Array;
  bias: number;
}

/** A new perceptron with `features` zero weights and a zero bias. */
export function createPerceptron(features: number): Perceptron {
  if (!(Number.isInteger(features) && features >= 1)) {
    throw new InvalidArgument(`createPerceptron: features must be an integer ≥ 1, got ${features}`);
  }
  return { weights: new Float64Array(features), bias: 0 };
}

/** The options of `trainPerceptron`. */
export interface TrainOptions {
  /** η; finite and > 0. Default 1. */
  learningRate?: number;
  /** The most passes over the data; an integer ≥ 1. Default 100. */
  maxEpochs?: number;
  /**
   * When given, epoch e (e = 1, 2, …) visits the samples in the order of the e-th call
   * `rng.permutation(n)`, drawn at the start of that epoch (a new permutation every epoch, and
   * no other draws); otherwise in the order 0, 1, …, n − 1.
   */
  rng?: Rng;
}

/** What `trainPerceptron` returns. */
export interface TrainResult {
  /** The model after the last epoch run (training starts from `createPerceptron(features)`: all zeros). */
  model: Perceptron;
  /** True when an epoch made no mistake: the training data are separated. */
  converged: boolean;
  /** Epochs run, the final clean one included; `maxEpochs` when it did not converge. */
  epochs: number;
  /** Total number of updates (= mistakes) over the whole run. */
  updates: number;
  /** The number of mistakes made during each epoch; its length is `epochs`. */
  mistakesPerEpoch: number[];
}

/** The four numeric columns of an Iris row. */
export type IrisFeature = "sepalLength" | "sepalWidth" | "petalLength" | "petalWidth";

/** An Iris species: "setosa", "versicolor" or "virginica". */
export type IrisSpecies = IrisRow["species"];

/** A binary data set in the layout `trainPerceptron` takes. */
export interface BinaryDataset {
  /** n × features.length, row-major, the columns in the order of `features`. */
  X: Float64Array;
  /** 1 for the `positive` species, 0 for the `negative` one. */
  labels: Uint8Array;
}
